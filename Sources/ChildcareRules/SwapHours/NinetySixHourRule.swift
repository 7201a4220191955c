/// The 96-hour rule for earning swap hours (ruil- en inhaaluren), TSO terms art. 5 lid 1.
///
/// > "Alleen als je dit meer dan 96 uur voor de start van de opvang zelf aangeeft in de ouderapp,
/// > worden de opvanguren van die betreffende dag omgezet in ruil- en inhaaluren."
///
/// "96 uur voor de start" can be read two ways, and they differ only in a week with a clock change:
/// 1. 96 elapsed hours before the start of care;
/// 2. four calendar days earlier, at the same Amsterdam clock time.
///
/// The deadline is whichever of the two is **later**, because that gives the parent more time
/// (art. 6:238 lid 2 BW; see `Docs/Interpretations.md`, I-001). A report earns hours only when it is
/// **strictly before** the deadline ("meer dan 96 uur", I-002).
///
/// | care start | 96 elapsed hours | 4 days, same clock | deadline |
/// |---|---|---|---|
/// | Mon 2026-03-30 12:00+02:00 | Thu 26 Mar 11:00+01:00 | Thu 26 Mar 12:00+01:00 | Thu 26 Mar 12:00+01:00 |
/// | Mon 2026-10-26 12:00+01:00 | Thu 22 Oct 13:00+02:00 | Thu 22 Oct 12:00+02:00 | Thu 22 Oct 13:00+02:00 |
public enum NinetySixHourRule {
    /// The rule's identifier.
    public static let rule: RuleID = "swapHours.ninetySixHours"

    /// The clause, as the TSO terms (1 August 2024) write it.
    public static let clause =
        "Het kan voorkomen dat je een enkele dag geen gebruik kunt maken van de opvang. Alleen als je dit meer "
        + "dan 96 uur voor de start van de opvang zelf aangeeft in de ouderapp, worden de opvanguren van die "
        + "betreffende dag omgezet in ruil- en inhaaluren. Verzoek je een medewerker van de locatie om je kind "
        + "af te melden, dan ontvang je over deze afgemelde dag geen ruil- en inhaaluren."

    /// The number of hours in the rule in the TSO terms of 1 August 2024: their
    /// ``TSOParameters/absenceNotice``. The rule itself reads the parameter of the edition in force.
    public static var hours: Int { TSOParameters.edition2024.absenceNotice.value }

    /// Both readings of "96 uur voor de start" and the deadline that follows from them.
    public struct Computation: Sendable, Hashable {
        /// The start of care.
        public let careStart: ZonedDateTime
        /// Reading 1: exactly 96 elapsed hours before the start.
        public let elapsedReading: ZonedDateTime
        /// Reading 2: four calendar days before the start, at the same Amsterdam clock time.
        public let calendarReading: ZonedDateTime

        /// The deadline: the later of the two readings.
        public var deadline: ZonedDateTime { max(elapsedReading, calendarReading) }

        /// The deadline under `readings`: the later of the two (the library's reading, I-001), or the one
        /// reading that ``Reading/ninetySixHours`` chooses.
        package func deadline(under readings: Readings) -> ZonedDateTime {
            switch readings.overrides[Reading.ninetySixHoursID] {
            case Reading.elapsedHours?: elapsedReading
            case Reading.sameClockTime?: calendarReading
            default: deadline
            }
        }

        /// Whether the two readings differ (only in a week with a clock change).
        public var readingsDiffer: Bool { elapsedReading != calendarReading }
    }

    /// Computes both readings and the deadline for a care start given as an Amsterdam moment.
    ///
    /// The number of hours is the edition's ``TSOParameters/absenceNotice`` (96 in the 2024 edition). The
    /// calendar reading goes back that many hours as whole days at the same clock time: for 96 hours, four
    /// days. A number of hours that is not whole days has only the elapsed reading.
    ///
    /// - Parameters:
    ///   - careStart: the start of care, as an Amsterdam moment.
    ///   - parameters: the numbers of the edition that applies; the 2024 edition's by default.
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when a reading falls outside the supported years.
    public static func computation(
        careStart: ZonedDateTime, parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> Computation {
        try computation(careStart: careStart, hours: parameters.absenceNotice.value)
    }

    /// Both readings and the deadline `hours` before `careStart`: elapsed hours, and whole days at the same
    /// clock time; the extra-care cancellation of art. 5 (extra opvang) lid 6 sub a counts the same way.
    package static func computation(careStart: ZonedDateTime, hours: Int) throws(RulesError) -> Computation {
        let days = hours / 24
        let clockSeconds = (hours % 24) * 3600
        return try RulesError.calendar { () throws(CalendarError) in
            let elapsedInstant = try careStart.instant.advanced(byHours: -hours)
            // Without a clock change in the 96 hours, the elapsed reading is four days earlier at the same
            // clock time, so both readings are the same moment and no zone conversion is needed.
            let offset = Amsterdam.offset(
                atSeconds: elapsedInstant.secondsSinceEpoch, nearYear: careStart.local.date.year)
            if offset == careStart.offset, clockSeconds == 0 {
                let local = try careStart.local.adding(days: -days)
                let elapsed = Amsterdam.zoned(unchecked: elapsedInstant, local: local, offset: offset)
                return Computation(careStart: careStart, elapsedReading: elapsed, calendarReading: elapsed)
            }
            let elapsed = try Amsterdam.zoned(elapsedInstant)
            guard clockSeconds == 0 else {
                return Computation(careStart: careStart, elapsedReading: elapsed, calendarReading: elapsed)
            }
            let calendar = try Amsterdam.resolve(careStart.local.adding(days: -days), policy: .lenient)
            return Computation(careStart: careStart, elapsedReading: elapsed, calendarReading: calendar)
        }
    }

    /// Computes both readings and the deadline for a care start given as Amsterdam local time, with the
    /// numbers of `parameters` (the 2024 edition's by default).
    ///
    /// A care start that does not exist or is ambiguous (in a clock-change hour) is rejected: care
    /// never starts then, and a silent guess could move the deadline by an hour.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError``.
    public static func computation(
        careStart: LocalDateTime, parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> Computation {
        let zoned = try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(careStart, policy: .strict)
        }
        return try computation(careStart: zoned, parameters: parameters)
    }

    /// The kind of the deadline this rule computes.
    public static let deadlineKind = Deadline.Kind(
        key: "absenceReport", nl: "afmelden voor ruil- en inhaaluren",
        en: "report an absence to earn swap hours")

    /// The deadline for reporting an absence, explained.
    ///
    /// - Parameters:
    ///   - careStart: the start of care, Amsterdam local time.
    ///   - parameters: the numbers of the edition that applies; `nil` for the edition in force on the day of
    ///     care (``TSOParameters/inForce(on:)``).
    /// - Throws: ``RulesError``: `beforeFirstEdition` for care before 1 August 2024, or a calendar error.
    public static func deadline(
        careStart: LocalDateTime, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<Computation> {
        let parameters = try TSOParameters.given(parameters, on: careStart.date)
        let computation = try computation(careStart: careStart, parameters: parameters)
        let citation = parameters.absenceNotice.citation
        let hours = parameters.absenceNotice.value
        let moment = computation.deadline(under: parameters.readings)
        let deadline = Deadline(kind: deadlineKind, moment: moment, isInclusive: false)
        var explanation = Explanation(
            .ninetySixHours(
                .deadline(careStart: careStart, hours: hours, deadline: deadline, citation: citation)))
        if computation.readingsDiffer {
            explanation = explanation.followed(
                by: Explanation(
                    .ninetySixHours(
                        .clockChange(
                            computation, hours: hours, used: moment,
                            laterChosen: parameters.readings.laterDeadlineChosen))))
        }
        return Decision(
            rule: rule, outcome: computation, deadlines: [deadline], citations: [citation],
            explanation: explanation)
    }

    /// Whether a report of absence for `date` was in time for swap hours, explained.
    ///
    /// The care start comes from the care calendar (`contract`'s schedule and `school`), so a day without
    /// care (a weekend, a TSO holiday, a closure day, a school holiday, a weekday without care) is never
    /// timed as if it had care. This decides the timing only; whether the report was made by the parent in
    /// the app and how many minutes are earned are decided by ``AbsenceRule``.
    ///
    /// - Parameters:
    ///   - date: the day reported absent.
    ///   - contract: the contract whose care day it is.
    ///   - school: the school's holidays and closure days.
    ///   - reported: when the absence was reported, Amsterdam local time.
    ///   - child: the child's first name, for the explanation; `nil` writes "je kind".
    /// - Throws: ``RulesError``: `invalidArgument` naming the reason when `date` is not a care day,
    ///   `beforeFirstEdition`, or a calendar error for an impossible time.
    public static func absence(
        date: LocalDate, contract: Contract, school: SchoolCalendar, reported: LocalDateTime,
        child: String? = nil
    ) throws(RulesError) -> Decision<AbsenceTiming> {
        switch try CareCalendar.day(date, contract: contract, school: school) {
        case .noCare(let skipped):
            throw RulesError(
                code: .invalidArgument, value: "\(date)",
                context: "there is no care that day (\(skipped.reason.name(in: .en))), so no 96-hour deadline"
            )
        case .care(let day):
            return try absence(careStart: day.start.local, reported: reported, child: child)
        }
    }

    /// Whether a report of absence was in time for care starting at `careStart`, explained.
    ///
    /// Internal: the caller has established through the care calendar that the day is a care day.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition`, or a calendar error for an impossible time.
    static func absence(
        careStart: LocalDateTime, reported: LocalDateTime, child: String? = nil,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<AbsenceTiming> {
        let reportedAt = try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(reported, policy: .strict)
        }
        return try absence(careStart: careStart, reportedAt: reportedAt, child: child, parameters: parameters)
    }

    /// Whether a report of absence made at `reportedAt` was in time for swap hours, explained.
    ///
    /// Internal: the caller has established through the care calendar that the day is a care day.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition`, or a calendar error for an impossible time.
    static func absence(
        careStart: LocalDateTime, reportedAt: ZonedDateTime, child: String? = nil,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<AbsenceTiming> {
        let parameters = try TSOParameters.given(parameters, on: careStart.date)
        let hours = parameters.absenceNotice.value
        let base = try deadline(careStart: careStart, parameters: parameters)
        guard let deadline = base.deadlines.first else {
            throw RulesError(
                code: .invalidState, value: "the 96-hour deadline", context: "it was not computed")
        }
        let inTime = deadline.isMet(by: reportedAt.instant)
        let secondsAhead = reportedAt.instant.seconds(to: base.outcome.careStart.instant)
        let outcome = AbsenceTiming(
            careStart: base.outcome.careStart, reported: reportedAt, deadline: deadline.moment,
            secondsBeforeStart: secondsAhead, isInTime: inTime)
        var explanation = Explanation(
            .absence(
                .report(
                    child: child, reported: reportedAt.local, careStart: careStart, hours: hours,
                    deadline: deadline,
                    citations: base.citations, isInTime: inTime)))
        if base.outcome.readingsDiffer {
            explanation = explanation.followed(
                by: Explanation(
                    .ninetySixHours(
                        .clockChange(
                            base.outcome, hours: hours, used: deadline.moment,
                            laterChosen: parameters.readings.laterDeadlineChosen))))
        }
        return Decision(
            rule: rule, outcome: outcome, deadlines: base.deadlines, citations: base.citations,
            explanation: explanation)
    }
}

/// Whether an absence was reported in time for swap hours (TSO terms art. 5 lid 1).
public struct AbsenceTiming: Sendable, Hashable {
    /// The start of care on the day reported absent.
    public let careStart: ZonedDateTime
    /// When the absence was reported.
    public let reported: ZonedDateTime
    /// The 96-hour deadline: a report must be strictly before it.
    public let deadline: ZonedDateTime
    /// Elapsed seconds from the report to the care start (negative when reported after the start).
    public let secondsBeforeStart: Int64
    /// Whether the report was strictly before the deadline.
    public let isInTime: Bool

    /// Creates a timing outcome.
    public init(
        careStart: ZonedDateTime, reported: ZonedDateTime, deadline: ZonedDateTime, secondsBeforeStart: Int64,
        isInTime: Bool
    ) {
        self.careStart = careStart
        self.reported = reported
        self.deadline = deadline
        self.secondsBeforeStart = secondsBeforeStart
        self.isInTime = isInTime
    }
}

#if !hasFeature(Embedded)
    extension NinetySixHourRule.Computation: Codable {}
    extension AbsenceTiming: Codable {}
#endif
