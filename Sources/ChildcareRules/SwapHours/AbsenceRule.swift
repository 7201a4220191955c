/// Earning swap hours by reporting a care day absent (TSO terms art. 5 lid 1; art. 4 lid 2 and 4).
///
/// > "Het kan voorkomen dat je een enkele dag geen gebruik kunt maken van de opvang. Alleen als je dit meer
/// > dan 96 uur voor de start van de opvang zelf aangeeft in de ouderapp, worden de opvanguren van die
/// > betreffende dag omgezet in ruil- en inhaaluren. Verzoek je een medewerker van de locatie om je kind af
/// > te melden, dan ontvang je over deze afgemelde dag geen ruil- en inhaaluren."
///
/// A report for a closure day the school announced after the start of the school year earns the day's
/// contracted minutes whatever its timing (I-230). Otherwise a report earns the day's contracted minutes
/// only when all of these hold, checked in this order:
/// 1. the day is a care day (``CareCalendar/day(_:contract:school:)``): not outside the contract, not a
///    weekday without care, not a TSO holiday, school closure day or school holiday (art. 4 lid 2, 4);
/// 2. the parent reported it themself in the app: not a staff member (``Channel/staff``), not another channel;
/// 3. the reporter's app version can make requests (version 1; App terms art. 4);
/// 4. the report is strictly before the 96-hour deadline of ``NinetySixHourRule``.
///
/// | reported before a 12:00 start | earns |
/// |---|---|
/// | 96:00:01 | yes |
/// | 96:00:00 | no ("meer dan 96 uur") |
/// | 95:59:59 | no |
public enum AbsenceRule {
    /// The rule's identifier.
    public static let rule: RuleID = "swapHours.absence"

    /// The clause, as the TSO terms (1 August 2024) write it.
    public static let clause = NinetySixHourRule.clause

    /// Decides a report of absence for one day of `contract`.
    ///
    /// - Parameters:
    ///   - date: the day reported absent.
    ///   - contract: the contract whose care day it is.
    ///   - school: the school's holidays and closure days.
    ///   - reported: when it was reported, Amsterdam local time (strict: an impossible or ambiguous time is an error).
    ///   - channel: who entered it: ``Channel/app`` for the parent in the app, ``Channel/staff`` for a staff member.
    ///   - appVersion: the reporter's app version; `nil` for the contract parent, who is treated as version 1.
    ///   - child: the child's first name, for the explanation; `nil` writes "je kind".
    ///   - parameters: the numbers of the edition that binds the contract; `nil` for the edition in force on
    ///     `date` (``TSOParameters/inForce(on:)``).
    /// - Throws: ``RulesError``: `beforeFirstEdition`, or a calendar error.
    public static func decide(
        date: LocalDate, contract: Contract, school: SchoolCalendar, reported: LocalDateTime,
        channel: Channel = .app, appVersion: AppVersion? = nil, child: String? = nil,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<AbsenceOutcome> {
        let parameters = try TSOParameters.given(parameters, on: date)
        let edition = parameters.edition
        switch try CareCalendar.day(date, contract: contract, school: school) {
        case .noCare(let skipped) where skipped.reason == .closureDayAnnouncedLate:
            return try lateClosure(skipped, edition: edition, child: child)
        case .noCare(let skipped):
            let reasonCitations = skipped.reason.citations(in: edition)
            let citations = reasonCitations + [edition.cite("5", lid: 1)]
            // The clause that bars the hours: lid 4 for a holiday, closure day or school holiday.
            let bar = reasonCitations.last ?? citations[0]
            let outcome = AbsenceOutcome(
                careDate: date, careStart: nil, contractedMinutes: 0, earnedMinutes: 0, deadline: nil,
                reason: .notACareDay(skipped.reason))
            let explanation = Explanation(
                nl:
                    "Op \(date.spelledOut(in: .nl)) is er geen opvang (\(skipped.reason.name(in: .nl))). Afmelden "
                    + "levert dan geen ruil- en inhaaluren op; je krijgt 0 minuten "
                    + "(\(bar.rendered(in: .nl))).",
                en:
                    "There is no care on \(date.spelledOut(in: .en)) (\(skipped.reason.name(in: .en))). Reporting "
                    + "that day absent earns no swap hours; you get 0 minutes "
                    + "(\(bar.rendered(in: .en))).")
            return Decision(
                rule: rule, outcome: outcome, deadlines: [], citations: citations, explanation: explanation)
        case .care(let day):
            return try decide(
                careStart: day.start.local, minutes: day.minutes, reported: reported, channel: channel,
                appVersion: appVersion, child: child, parameters: parameters)
        }
    }

    /// A report for a closure day the school announced after the start of the school year: the day's
    /// contracted minutes are credited whatever the 96-hour timing, the channel or the app version, because
    /// the school, not the parent, took the day away (art. 4 lid 4 a contrario; I-230).
    private static func lateClosure(
        _ skipped: SkippedDay, edition: TermsEdition, child: String?
    ) throws(RulesError) -> Decision<AbsenceOutcome> {
        let credit = try CareCalendar.closureCredit(for: skipped, edition: edition, child: child)
        let outcome = AbsenceOutcome(
            careDate: skipped.date, careStart: nil, contractedMinutes: skipped.contractedMinutes,
            earnedMinutes: credit.outcome.minutes, deadline: nil, reason: .closureDayAnnouncedLate)
        return Decision(
            rule: rule, outcome: outcome, deadlines: [], citations: credit.citations,
            explanation: credit.explanation)
    }

    /// Decides a report of absence for care starting at `careStart` and lasting `minutes`.
    ///
    /// The caller has established through ``CareCalendar/day(_:contract:school:)`` that the day is a care day;
    /// only ``decide(date:contract:school:reported:channel:appVersion:child:parameters:)`` calls this, so no public
    /// path skips the care calendar. `child` is the child's first name for the explanation; `nil` writes "je kind".
    ///
    /// - Throws: ``RulesError``: `invalidArgument` for minutes that are not positive, `beforeFirstEdition`,
    ///   or a calendar error for an impossible or ambiguous time.
    static func decide(
        careStart: LocalDateTime, minutes: Int, reported: LocalDateTime, channel: Channel = .app,
        appVersion: AppVersion? = nil, child: String? = nil, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<AbsenceOutcome> {
        guard minutes > 0, minutes <= 24 * 60 else {
            throw RulesError(
                code: .invalidArgument, value: "\(minutes) minutes",
                context: "a care day lasts 1 to 1440 minutes")
        }
        let timing = try NinetySixHourRule.absence(
            careStart: careStart, reported: reported, child: child, parameters: parameters)
        let version = appVersion ?? .v1
        let reason: AbsenceReason
        var citations = timing.citations
        if channel == .staff {
            reason = .enteredByStaff
        } else if channel != .app {
            reason = .notInApp(channel)
        } else if !version.canMakeRequests {
            reason = .appVersionCannotRequest
            citations.append(TermsEdition.app2024.cite("4"))
        } else if !timing.outcome.isInTime {
            reason = .tooLate
        } else {
            reason = .earned
        }
        let earned = reason == .earned ? minutes : 0
        let outcome = AbsenceOutcome(
            careDate: careStart.date, careStart: timing.outcome.careStart, contractedMinutes: minutes,
            earnedMinutes: earned, deadline: timing.outcome.deadline, reason: reason)
        let explanation = Self.explanation(reason, timing: timing, minutes: minutes, channel: channel)
        return Decision(
            rule: rule, outcome: outcome, deadlines: timing.deadlines, citations: citations,
            explanation: explanation)
    }

    private static func explanation(
        _ reason: AbsenceReason, timing: Decision<AbsenceTiming>, minutes: Int, channel: Channel
    ) -> Explanation {
        switch reason {
        case .earned, .tooLate:
            timing.explanation.followed(by: Explanation(.absence(.minutes(reason == .earned ? minutes : 0))))
        case .enteredByStaff, .notInApp, .appVersionCannotRequest, .notACareDay, .closureDayAnnouncedLate:
            Explanation(
                .absence(
                    .refused(
                        reason, channel: channel, deadline: timing.deadlines.first,
                        citations: timing.citations)))
        }
    }
}

/// Why an absence report did or did not earn swap hours.
public enum AbsenceReason: Sendable, Hashable {
    /// Reported by the parent in the app in time: the minutes are earned.
    case earned
    /// Reported at or after the 96-hour deadline.
    case tooLate
    /// Entered by a staff member (art. 5 lid 1, last sentence).
    case enteredByStaff
    /// Sent by another channel than the app (e-mail, phone, …).
    case notInApp(Channel)
    /// Entered in app version 2, which cannot make requests (App terms art. 4).
    case appVersionCannotRequest
    /// The day has no care (art. 4 lid 2 and 4).
    case notACareDay(NoCareReason)
    /// A closure day the school announced after the start of the school year: the day's contracted minutes
    /// are credited as swap hours whatever the timing (art. 4 lid 4 a contrario; I-230).
    case closureDayAnnouncedLate
}

/// The decision on one absence report.
public struct AbsenceOutcome: Sendable, Hashable {
    /// The day reported absent.
    public let careDate: LocalDate
    /// The start of care that day; `nil` when it is not a care day.
    public let careStart: ZonedDateTime?
    /// The contracted minutes of the day (0 when it is not a care day).
    public let contractedMinutes: Int
    /// The minutes converted into swap hours: the contracted minutes, or 0.
    public let earnedMinutes: Int
    /// The 96-hour deadline; `nil` when it is not a care day.
    public let deadline: ZonedDateTime?
    /// Why.
    public let reason: AbsenceReason

    /// Creates an outcome.
    public init(
        careDate: LocalDate, careStart: ZonedDateTime?, contractedMinutes: Int, earnedMinutes: Int,
        deadline: ZonedDateTime?, reason: AbsenceReason
    ) {
        self.careDate = careDate
        self.careStart = careStart
        self.contractedMinutes = contractedMinutes
        self.earnedMinutes = earnedMinutes
        self.deadline = deadline
        self.reason = reason
    }

    /// Whether the report earns hours.
    public var earnsHours: Bool { earnedMinutes > 0 }

    /// The ledger command that records the earned hours under `contract`, expiring as `parameters` say, or
    /// `nil` when nothing is earned.
    package func ledgerCommand(
        for contract: Contract, parameters: TSOParameters = .edition2024
    ) -> LedgerCommand? {
        guard earnsHours else { return nil }
        return .earn(
            LedgerAccount(contract), careDate: careDate, minutes: earnedMinutes,
            expiry: SwapHoursExpiry.expiryDate(
                of: careDate, contractEnd: contract.endDate, parameters: parameters))
    }
}

#if !hasFeature(Embedded)
    extension AbsenceReason: Codable {}
    extension AbsenceOutcome: Codable {}
#endif
