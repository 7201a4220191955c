/// The care days of a period, explained (TSO terms art. 4 lid 2 to 4; art. 5 lid 1).
///
/// ``CareCalendar/days(from:through:contract:school:)`` lists every date. This view keeps what a parent
/// reads: the care days, each with its start and 96-hour deadline, and the scheduled days without care,
/// each with its reason. Days the contract never has care on (a weekend day, a weekday outside the schedule)
/// are left out.
public struct CarePeriod: Sendable, Hashable {
    /// The first date of the period.
    public let first: LocalDate
    /// The last date of the period (included).
    public let last: LocalDate
    /// The care days and the skipped scheduled days, in date order.
    public let days: [CareDayStatus]

    /// Creates a period.
    public init(first: LocalDate, last: LocalDate, days: [CareDayStatus]) {
        self.first = first
        self.last = last
        self.days = days
    }

    /// The care days.
    public var careDays: [CareDay] { days.compactMap { $0.careDay } }

    /// The scheduled days without care.
    public var skippedDays: [SkippedDay] {
        days.compactMap { if case .noCare(let day) = $0 { day } else { nil } }
    }
}

extension CareCalendar {
    /// The rule's identifier.
    public static let rule: RuleID = "careCalendar.period"

    /// The care days of `contract` from `first` through `last`, explained.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a period starting before 1 August 2024,
    ///   `invalidArgument` when `last` is before `first`, or a calendar error.
    public static func decide(
        from first: LocalDate, through last: LocalDate, contract: Contract, school: SchoolCalendar
    ) throws(RulesError) -> Decision<CarePeriod> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: first)
        guard first <= last else {
            throw RulesError(
                code: .invalidArgument, value: "\(first) to \(last)",
                context: "a period cannot end before it starts")
        }
        let all = try days(from: first, through: last, contract: contract, school: school)
        let kept = all.filter { status in
            if case .noCare(let day) = status { return day.reason != .notScheduled && day.reason != .weekend }
            return true
        }
        let period = CarePeriod(first: first, last: last, days: kept)
        let citations = [
            edition.cite("4", lid: 2), edition.cite("4", lid: 3), edition.cite("4", lid: 4),
            edition.cite("5", lid: 1),
        ]
        let skipped = period.skippedDays.filter {
            $0.reason != .beforeContract && $0.reason != .afterContract
                && $0.reason != .closureDayAnnouncedLate
        }
        let late = period.skippedDays.filter { $0.reason == .closureDayAnnouncedLate }
        let careDays = period.careDays.count
        var explanation = Explanation(
            nl:
                "Van \(first.spelledOutInFull(.nl)) tot en met \(last.spelledOutInFull(.nl)) heb je \(careDays) \(careDays == 1 ? "opvangdag" : "opvangdagen"). "
                + "Wil je ruil- en inhaaluren voor een opvangdag, meld je kind dan meer dan 96 uur voor de start af in "
                + "de ouderapp (\(citations[3].dutchCitation)).",
            en:
                "From \(first.spelledOutInFull(.en)) to \(last.spelledOutInFull(.en)) you have \(careDays) \(careDays == 1 ? "care day" : "care days"). For swap "
                + "hours on a care day, report your child absent in the app more than 96 hours before the start "
                + "(\(citations[3].englishCitation)).")
        if !skipped.isEmpty {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Op \(skipped.count) van je vaste opvangdagen is er geen tso, omdat de school dicht is of het "
                        + "een feestdag is (\(citations[0].dutchCitation); \(citations[1].dutchCitation)); daarvoor krijg je geen ruil- en "
                        + "inhaaluren of geld terug (\(citations[2].dutchCitation)).",
                    en:
                        "On \(skipped.count) of your usual care days there is no TSO, because the school is closed or "
                        + "it is a holiday (\(citations[0].englishCitation); \(citations[1].englishCitation)); they earn no swap hours or refund "
                        + "(\(citations[2].englishCitation))."))
        }
        if !late.isEmpty {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Op \(late.count) van je vaste opvangdagen is de school dicht op een sluitingsdag die niet aan het "
                        + "begin van het schooljaar is aangekondigd; meld je \(late.count == 1 ? "die dag" : "zo'n dag") "
                        + "af, dan worden de opvanguren omgezet in ruil- en inhaaluren, ook als dat later is dan 96 uur "
                        + "van tevoren (\(citations[0].dutchCitation); \(citations[2].dutchCitation)).",
                    en:
                        "On \(late.count) of your usual care days the school is closed on a closure day that was not "
                        + "announced at the start of the school year; report \(late.count == 1 ? "that day" : "such a day") "
                        + "absent and its care minutes become swap hours, even later than 96 hours ahead "
                        + "(\(citations[0].englishCitation); \(citations[2].englishCitation))."))
        }
        return Decision(
            rule: rule, outcome: period,
            deadlines: period.careDays.map {
                Deadline(kind: NinetySixHourRule.deadlineKind, moment: $0.deadline, isInclusive: false)
            }, citations: citations, explanation: explanation)
    }
}

#if !hasFeature(Embedded)
    extension CarePeriod: Codable {}
#endif
