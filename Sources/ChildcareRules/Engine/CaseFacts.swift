/// The facts of one case the engine decides about: the contracts, the children's names, the school's
/// calendar, and the parents who use the app.
///
/// ```swift
/// let facts = CaseFacts(contracts: [contract], childNames: ["child-noor": "Noor"], school: calendar,
///                       parents: [CaseParent(id: "anna", access: AccessFacts())])
/// ```
public struct CaseFacts: Sendable, Hashable {
    /// The contracts, at least one. A case about siblings, or about BSO and VSO, has several.
    public let contracts: [Contract]
    /// The children's first names, for explanations.
    public let childNames: [ChildID: String]
    /// The school's holidays and closure days.
    public let school: SchoolCalendar
    /// The parents and other app users, with their app-access facts at the start of the case.
    public let parents: [CaseParent]
    /// The caller's identifier of the case, if it has one. A state saved for one case is refused with the
    /// facts of another (``RulesError/Code/caseMismatch``).
    public let caseID: CaseID?
    /// Answers on consent for one child at the start of the case, beside each parent's own answer for every
    /// child in ``CaseParent/access`` (I-316). Each is taken at the start of the case.
    public let consents: [ConsentAnswer]

    /// Creates the facts.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` when there is no contract, or an id is used twice.
    public init(
        contracts: [Contract], childNames: [ChildID: String] = [:], school: SchoolCalendar = .none,
        parents: [CaseParent] = [], consents: [ConsentAnswer] = [], caseID: CaseID? = nil
    ) throws(RulesError) {
        guard !contracts.isEmpty else {
            throw RulesError(
                code: .invalidArgument, value: "no contract", context: "a case needs at least one contract")
        }
        if let duplicate = Self.firstDuplicate(contracts.map { $0.id.rawValue }) {
            throw RulesError(
                code: .invalidArgument, value: "contract id \(duplicate)", context: "it is used twice")
        }
        if let duplicate = Self.firstDuplicate(parents.map { $0.id.rawValue }) {
            throw RulesError(
                code: .invalidArgument, value: "parent id \(duplicate)", context: "it is used twice")
        }
        for answer in consents {
            guard parents.contains(where: { $0.id == answer.parent }) else {
                throw RulesError(
                    code: .unknownReference, value: "parent \(answer.parent)",
                    context: "a consent answer names a parent the case does not have")
            }
            guard contracts.contains(where: { $0.child == answer.child }) else {
                throw RulesError(
                    code: .unknownReference, value: "child \(answer.child)",
                    context: "a consent answer names a child without a contract in the case")
            }
        }
        self.contracts = contracts
        self.childNames = childNames
        self.school = school
        self.parents = parents
        self.caseID = caseID
        self.consents = consents
    }

    /// The children of the case, in the order of their first contract.
    public var children: [ChildID] {
        // A case has a few contracts: a linear scan is cheaper than hashing.
        var children: [ChildID] = []
        for contract in contracts where !children.contains(contract.child) { children.append(contract.child) }
        return children
    }

    /// The contract with `id`.
    ///
    /// - Throws: ``RulesError`` with code `unknownReference` when there is none.
    public func contract(_ id: ContractID) throws(RulesError) -> Contract {
        guard let contract = contracts.first(where: { $0.id == id }) else {
            throw RulesError(
                code: .unknownReference, value: "contract \(id)", context: "the case has no such contract")
        }
        return contract
    }

    /// The first name of the child of `contract`, if known.
    public func childName(of contract: Contract) -> String? { childNames[contract.child] }

    private static func firstDuplicate(_ values: [String]) -> String? {
        var seen: Set<String> = []
        return values.first { !seen.insert($0).inserted }
    }
}

/// A parent or other app user in a case, with their app-access facts at the start.
public struct CaseParent: Sendable, Hashable {
    /// The parent's identifier.
    public let id: ParentID
    /// The app-access facts at the start of the case (role, authority, family, consents, …).
    public let access: AccessFacts

    /// Creates a parent.
    public init(id: ParentID, access: AccessFacts) {
        self.id = id
        self.access = access
    }
}

#if !hasFeature(Embedded)
    extension CaseFacts: Codable {}
    extension CaseParent: Codable {}
#endif
