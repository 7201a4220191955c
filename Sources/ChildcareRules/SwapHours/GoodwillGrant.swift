/// Swap hours a manager grants as an exception ("bij wijze van uitzondering"), outside the terms.
///
/// The complaints report shows managers doing this (Complaints report 2023, lines 11820 and 8605).
/// A grant is its own kind of ledger entry (`goodwill`), never mixed with hours earned under the
/// rules, and it names the minutes, the reason and who granted it.
public struct GoodwillGrant: Sendable, Hashable {
    /// The rule identifier under which grants are recorded.
    public static let rule: RuleID = "swapHours.goodwill"

    /// The account credited.
    public let account: LedgerAccount
    /// The minutes granted.
    public let minutes: Int
    /// Why the exception was made, in the manager's words.
    public let reason: String
    /// Who granted it.
    public let grantedBy: GrantorID
    /// The date of the grant.
    public let date: LocalDate
    /// The last date on which the granted hours can be used.
    public let expiry: LocalDate

    /// Creates a grant.
    ///
    /// - Parameters:
    ///   - account: the child and service whose account receives the hours.
    ///   - minutes: the minutes granted, at least 1.
    ///   - reason: why the exception was made, as the manager wrote it.
    ///   - grantedBy: who granted it.
    ///   - date: the date of the grant.
    ///   - contractEnd: the contract's end date, if known; it caps the default expiry.
    ///   - expiry: the last usable date; `nil` takes the default of I-110: 31 December of the
    ///     year granted, or the contract's end date if that is earlier.
    /// - Throws: ``RulesError`` `invalidArgument` for minutes that are not positive, an empty reason, or
    ///   an expiry before the grant date.
    public init(
        account: LedgerAccount, minutes: Int, reason: String, grantedBy: GrantorID, date: LocalDate,
        expiry: LocalDate? = nil, contractEnd: LocalDate? = nil
    ) throws(RulesError) {
        guard minutes > 0, minutes <= Int(Int32.max) else {
            throw RulesError(
                code: .invalidArgument, value: "\(minutes) minutes",
                context: "a grant is a positive number of minutes")
        }
        guard !reason.isEmpty else {
            throw RulesError(
                code: .invalidArgument, value: "an empty reason", context: "a grant names its reason")
        }
        let lastDay = expiry ?? SwapHoursExpiry.expiryDate(of: date, contractEnd: contractEnd)
        guard lastDay >= date else {
            throw RulesError(
                code: .invalidArgument, value: "expiry \(lastDay)",
                context: "it is before the grant date \(date)")
        }
        self.account = account
        self.minutes = minutes
        self.reason = reason
        self.grantedBy = grantedBy
        self.date = date
        self.expiry = lastDay
    }

    /// The grant explained: "Bij wijze van uitzondering kende manager-x je 180 minuten toe …".
    public var explanation: Explanation { Explanation(self) }
}

extension GoodwillGrant: ExplanationTemplate {
    /// The template's identifier.
    var id: String { "swapHours.goodwill" }

    /// The text in `language`.
    func render(in language: Language) -> String {
        let service = account.service.name(in: language)
        let granted = date.spelledOut(in: language)
        let usable = expiry.spelledOut(in: language)
        return language == .nl
            ? "Bij wijze van uitzondering kende \(grantedBy) \(minutes) minuten ruil- en inhaaluren toe "
                + "(\(service)) op \(granted): \(reason). Dit is coulance, geen recht uit de voorwaarden. Bruikbaar "
                + "tot en met \(usable)."
            : "As an exception, \(grantedBy) granted \(minutes) minutes of swap hours (\(service)) on \(granted): "
                + "\(reason). This is goodwill, not a right under the terms. Usable up to and including \(usable)."
    }
}

/// A formal decision under the terms together with a goodwill exception made on top of it.
///
/// The formal answer stays as the terms give it; the exception is shown beside it, never in its place.
public struct DecisionWithGoodwill<Outcome: Sendable & Hashable>: Sendable, Hashable {
    /// What the terms decide.
    public let formal: Decision<Outcome>
    /// The exception granted, if any.
    public let exception: GoodwillGrant?

    /// Combines a formal decision with an exception.
    public init(formal: Decision<Outcome>, exception: GoodwillGrant?) {
        self.formal = formal
        self.exception = exception
    }

    /// Both answers: the formal one first, then the exception.
    public var explanation: Explanation {
        guard let exception else { return formal.explanation }
        return Explanation(nl: "Volgens de voorwaarden: ", en: "Under the terms: ")
            .followed(by: formal.explanation)
            .followed(by: Explanation(nl: "Uitzondering:", en: "Exception:"))
            .followed(by: exception.explanation)
    }
}

#if !hasFeature(Embedded)
    extension GoodwillGrant: Codable {}
    extension DecisionWithGoodwill: Codable where Outcome: Codable {}
#endif
