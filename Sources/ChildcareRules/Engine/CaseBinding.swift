/// The case a saved ``EngineState`` belongs to: the caller's case identifier, if any, and the children and
/// contracts of its facts.
///
/// A service that stores one state per child could otherwise load the state of one child and apply the
/// facts or events of another, and so merge two ledgers. The engine checks the binding on every event and
/// refuses a mismatch with ``RulesError/Code/caseMismatch``.
package struct CaseBinding: Sendable, Hashable {
    /// The caller's case identifier, when the facts give one.
    package let caseID: CaseID?
    /// The children of the case, in the order of their identifiers.
    package let children: [ChildID]
    /// Each contract of the case with its child, in the order of the contract identifiers.
    package let contracts: [ContractBinding]

    /// One contract and its child.
    package struct ContractBinding: Sendable, Hashable {
        /// The contract.
        package let contract: ContractID
        /// Its child.
        package let child: ChildID
    }

    /// The binding of a state created from `facts`.
    package init(_ facts: CaseFacts) {
        caseID = facts.caseID
        children = facts.children.sorted { $0.rawValue < $1.rawValue }
        contracts = facts.contracts.map { ContractBinding(contract: $0.id, child: $0.child) }
            .sorted { $0.contract.rawValue < $1.contract.rawValue }
    }

    /// The binding of a state read from a schema that kept none (before version 2): it accepts any facts
    /// until the state is migrated with them.
    init(unbound: Void) {
        caseID = nil
        children = []
        contracts = []
    }

    /// Checks that `facts` describe this case: the same case identifier (when the state has one), every
    /// child of the state, and every contract of the state with the same child. The facts may add contracts
    /// (a move to another location, a new service, a sibling's first contract).
    ///
    /// - Throws: ``RulesError`` with code `caseMismatch`, naming what differs.
    package func check(_ facts: CaseFacts) throws(RulesError) {
        if let caseID, facts.caseID != caseID {
            throw RulesError(
                code: .caseMismatch, value: "case \(facts.caseID?.rawValue ?? "without an identifier")",
                context: "this state belongs to case \(caseID)")
        }
        if let missing = children.first(where: { child in !facts.contracts.contains { $0.child == child } }) {
            throw RulesError(
                code: .caseMismatch, value: "facts without child \(missing)",
                context: "this state belongs to a case with that child")
        }
        for binding in contracts {
            guard let contract = facts.contracts.first(where: { $0.id == binding.contract }) else {
                throw RulesError(
                    code: .caseMismatch, value: "contract \(binding.contract)",
                    context: "this state has that contract, but the facts do not")
            }
            if contract.child != binding.child {
                throw RulesError(
                    code: .caseMismatch, value: "contract \(binding.contract) of child \(contract.child)",
                    context: "in this state that contract is of child \(binding.child)")
            }
        }
    }
}

extension RulesError.Code {
    /// A saved state was used with the facts of another case or child.
    public static let caseMismatch = Self(rawValue: "caseMismatch")
    /// A saved state cannot be read: an unknown schema version, or content that breaks its invariants.
    public static let corruptState = Self(rawValue: "corruptState")
}

#if !hasFeature(Embedded)
    extension CaseBinding: Codable {}
    extension CaseBinding.ContractBinding: Codable {}
#endif
