/// A childcare contract: who, what, where, when, and for how much.
///
/// The TSO package runs for a school year, 1 August to 31 July, and renews tacitly for another
/// school year each time (art. 4 lid 1); an open ``endDate`` means it runs on.
///
/// ```swift
/// let contract = try Contract(
///     id: "contract-1", contractParent: "parent-anna", child: "child-noor", service: .tso,
///     location: "school-de-linde", signingDate: LocalDate("2026-06-15"), startDate: LocalDate("2026-08-31"),
///     schedule: schedule, annualAmount: Money(cents: 123_457), hourlyRate: Money(cents: 850),
///     hasDirectDebitMandate: true)
/// ```
public struct Contract: Sendable, Hashable {
    /// The contract's identifier.
    public let id: ContractID
    /// The parent who signed (contractouder, art. 2 lid 1).
    public let contractParent: ParentID
    /// The child cared for.
    public let child: ChildID
    /// The kind of care.
    public let service: ServiceKind
    /// The location; it may change during the contract (art. 5 lid 6).
    public let location: LocationID
    /// The date the contract was signed.
    public let signingDate: LocalDate
    /// The first day of care.
    public let startDate: LocalDate
    /// The last day of the contract, if it has ended or been terminated; `nil` while it runs on.
    public let endDate: LocalDate?
    /// The weekly care.
    public let schedule: WeeklySchedule
    /// The contractual annual amount (jaarbedrag), billed in 10 instalments (art. 6 lid 1).
    public let annualAmount: Money
    /// The hourly rate, also used for extra care (art. 5, extra opvang lid 4).
    public let hourlyRate: Money
    /// Whether the parent gave a direct-debit mandate (art. 6 lid 3 and 4).
    public let hasDirectDebitMandate: Bool

    /// Creates a contract, checking that its dates and amounts make sense.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` when the start is before the signing date,
    ///   the end is before the start, or an amount is negative.
    public init(
        id: ContractID, contractParent: ParentID, child: ChildID, service: ServiceKind, location: LocationID,
        signingDate: LocalDate, startDate: LocalDate, endDate: LocalDate? = nil, schedule: WeeklySchedule,
        annualAmount: Money, hourlyRate: Money, hasDirectDebitMandate: Bool
    ) throws(RulesError) {
        guard signingDate <= startDate else {
            throw RulesError(
                code: .invalidArgument, value: "start date \(startDate)",
                context: "care cannot start before the contract is signed (\(signingDate))")
        }
        if let endDate, endDate < startDate {
            throw RulesError(
                code: .invalidArgument, value: "end date \(endDate)",
                context: "a contract cannot end before it starts (\(startDate))")
        }
        guard annualAmount.cents >= 0 else {
            throw RulesError(
                code: .invalidArgument, value: "annual amount \(annualAmount.cents) cents",
                context: "amounts cannot be negative")
        }
        guard hourlyRate.cents >= 0 else {
            throw RulesError(
                code: .invalidArgument, value: "hourly rate \(hourlyRate.cents) cents",
                context: "amounts cannot be negative")
        }
        self.id = id
        self.contractParent = contractParent
        self.child = child
        self.service = service
        self.location = location
        self.signingDate = signingDate
        self.startDate = startDate
        self.endDate = endDate
        self.schedule = schedule
        self.annualAmount = annualAmount
        self.hourlyRate = hourlyRate
        self.hasDirectDebitMandate = hasDirectDebitMandate
    }

    /// Whether the contract covers `date`: on or after the start, and on or before the end if there is one.
    public func covers(_ date: LocalDate) -> Bool {
        startDate <= date && (endDate.map { date <= $0 } ?? true)
    }

    /// The same contract ending on `date`.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` when `date` is before the start.
    public func ending(on date: LocalDate) throws(RulesError) -> Contract {
        try Contract(
            id: id, contractParent: contractParent, child: child, service: service, location: location,
            signingDate: signingDate, startDate: startDate, endDate: date, schedule: schedule,
            annualAmount: annualAmount, hourlyRate: hourlyRate, hasDirectDebitMandate: hasDirectDebitMandate)
    }

    /// The same contract at another location (art. 5 lid 6: the swap hours stay with the child).
    public func moving(to newLocation: LocationID) -> Contract {
        Contract(unchecked: self, location: newLocation)
    }

    private init(unchecked other: Contract, location: LocationID) {
        id = other.id
        contractParent = other.contractParent
        child = other.child
        service = other.service
        self.location = location
        signingDate = other.signingDate
        startDate = other.startDate
        endDate = other.endDate
        schedule = other.schedule
        annualAmount = other.annualAmount
        hourlyRate = other.hourlyRate
        hasDirectDebitMandate = other.hasDirectDebitMandate
    }
}

#if !hasFeature(Embedded)
    extension Contract: Codable {}
#endif
