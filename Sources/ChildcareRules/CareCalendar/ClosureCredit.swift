/// The hours a closure day announced late gives (TSO terms art. 4 lid 2 and lid 4; I-230).
///
/// > "Voor opvangdagen die vallen op een algemeen erkende feestdag of schoolsluitingsdag, zoals hierboven
/// > vermeld, krijg je geen ruil- en inhaal dagen of (financiële) restitutie." (art. 4 lid 4)
///
/// "Zoals hierboven vermeld" points to lid 2, which defines a closure day as one "waarvan de school aan het
/// begin van het schooljaar heeft gecommuniceerd dat zij gesloten is". A closure day announced later is
/// still a day without TSO (the school is closed), but lid 4 does not bar hours for it: its contracted
/// minutes are credited as swap hours, as for an absence reported in time.
public struct ClosureCredit: Sendable, Hashable {
    /// The closure day.
    public let date: LocalDate
    /// The closure day and its announcement, when the date is a closure day.
    public let closure: ClosureDay?
    /// The minutes to credit as swap hours: the day's contracted minutes when it is a scheduled day of a
    /// closure announced late, otherwise 0.
    public let minutes: Int

    /// Creates a credit.
    public init(date: LocalDate, closure: ClosureDay?, minutes: Int) {
        self.date = date
        self.closure = closure
        self.minutes = minutes
    }
}

extension CareCalendar {
    /// The rule's identifier.
    public static let closureCreditRule: RuleID = "careCalendar.closureCredit"

    /// The minutes to credit for `date` under `contract` and `school`, explained: the contracted minutes
    /// of a scheduled day that is a closure day announced after the start of the school year, otherwise 0.
    ///
    /// The engine credits these minutes through an `absence` reported for the day, whatever its timing,
    /// channel or app version, because the school, not the parent, took the day away.
    ///
    /// - Parameters:
    ///   - date: the day to credit.
    ///   - contract: the contract whose schedule gives the minutes.
    ///   - school: the school's holidays and closure days.
    ///   - child: the child's first name, for the explanation; `nil` writes "je kind".
    /// - Throws: ``RulesError``: `beforeFirstEdition`, or a calendar error.
    public static func closureCredit(
        on date: LocalDate, contract: Contract, school: SchoolCalendar, child: String? = nil
    ) throws(RulesError) -> Decision<ClosureCredit> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: date)
        switch try day(date, contract: contract, school: school) {
        case .noCare(let skipped):
            return try closureCredit(for: skipped, edition: edition, child: child)
        case .care:
            return Decision(
                rule: closureCreditRule, outcome: ClosureCredit(date: date, closure: nil, minutes: 0),
                deadlines: [], citations: [edition.cite("4", lid: 2)],
                explanation: Explanation(
                    nl: "Op \(date.spelledOut(in: .nl)) is er gewoon opvang; er is niets te crediteren.",
                    en: "There is care as usual on \(date.spelledOut(in: .en)); there is nothing to credit."))
        }
    }

    static func closureCredit(
        for skipped: SkippedDay, edition: TermsEdition, child: String?
    ) throws(RulesError) -> Decision<ClosureCredit> {
        let citations = [edition.cite("4", lid: 2), edition.cite("4", lid: 4)]
        let date = skipped.date
        let outcome = ClosureCredit(date: date, closure: skipped.closure, minutes: skipped.creditedMinutes)
        let explanation: Explanation
        if skipped.reason == .closureDayAnnouncedLate, let closure = skipped.closure {
            let who = child ?? "je kind"
            let whoEn = child ?? "your child"
            let when = closure.announced ?? closure.startOfSchoolYear
            explanation = Explanation(
                nl:
                    "Op \(date.spelledOut(in: .nl)) is de school dicht, dus is er geen tso voor \(who). De school "
                    + "maakte deze sluitingsdag pas op \(when.spelledOut(in: .nl)) bekend, na het begin van het "
                    + "schooljaar op \(closure.startOfSchoolYear.spelledOut(in: .nl)). Alleen voor sluitingsdagen "
                    + "die aan het begin van het schooljaar bekend zijn, krijg je geen ruil- en inhaaluren; de "
                    + "\(skipped.contractedMinutes) opvangminuten van die dag worden daarom omgezet in ruil- en "
                    + "inhaaluren, hoe laat je de dag ook afmeldt (\(citations[0].rendered(in: .nl)); "
                    + "\(citations[1].rendered(in: .nl))).",
                en:
                    "On \(date.spelledOut(in: .en)) the school is closed, so there is no TSO for \(whoEn). The "
                    + "school announced this closure day only on \(when.spelledOut(in: .en)), after the start of "
                    + "the school year on \(closure.startOfSchoolYear.spelledOut(in: .en)). Only closure days known "
                    + "at the start of the school year earn no swap hours; so the \(skipped.contractedMinutes) "
                    + "minutes of care of that day are converted into swap hours, however late you report the day "
                    + "(\(citations[0].rendered(in: .en)); \(citations[1].rendered(in: .en))).")
        } else {
            explanation = Explanation(
                nl:
                    "Op \(date.spelledOut(in: .nl)) is er geen opvang (\(skipped.reason.name(in: .nl))); dat levert "
                    + "geen ruil- en inhaaluren op (\(citations[1].rendered(in: .nl))).",
                en:
                    "There is no care on \(date.spelledOut(in: .en)) (\(skipped.reason.name(in: .en))); that earns "
                    + "no swap hours (\(citations[1].rendered(in: .en))).")
        }
        return Decision(
            rule: closureCreditRule, outcome: outcome, deadlines: [], citations: citations,
            explanation: explanation)
    }
}

#if !hasFeature(Embedded)
    extension ClosureCredit: Codable {}
#endif
