/// A child's deadline calendar: the deadlines of a period that a parent can import into a calendar app,
/// as an RFC 5545 iCalendar file.
///
/// For each care day of the period it holds the absence deadline for swap hours (art. 5 lid 1); for each
/// day the parent means to ask for extra care on the day itself, the 11:00 cut-off (extra opvang lid 1);
/// for each confirmed extra-care day, its cancellation deadline (extra opvang lid 6); in December, a
/// reminder that hours lapse on 31 December, with the balance (art. 5 lid 5); and the contract's last day
/// with the last day to use hours. Every deadline is computed by the rule that owns it.
///
/// The rules never read a clock: the iCalendar's `DTSTAMP` is an argument, and
/// ``defaultStamp(for:)`` derives one from the input.
///
/// ```swift
/// let request = DeadlineCalendarRequest(child: "Noor", contract: contract, school: school, period: period)
/// let ics = try DeadlineCalendar.iCalendar(for: request, language: .nl)
/// ```
public enum DeadlineCalendar {
    /// The time zone every timed event names; its VTIMEZONE is generated from ``Amsterdam``'s own rule.
    public static let timeZoneID = "Europe/Amsterdam"

    /// The deadlines of `request`, earliest first.
    ///
    /// - Throws: ``RulesError``: `invalidArgument` for an extra-care day outside the period or on a day
    ///   without TSO, `beforeFirstEdition`, or a calendar error.
    public static func deadlines(
        for request: DeadlineCalendarRequest
    ) throws(RulesError) -> [CalendarDeadline] {
        var result: [CalendarDeadline] = []
        let days = try CareCalendar.decide(
            from: request.period.first, through: request.period.last, contract: request.contract,
            school: request.school)
        for case .care(let day) in days.outcome.days {
            result.append(try absence(day, request))
        }
        for date in request.sameDayRequests {
            result.append(try sameDay(date, request))
        }
        for care in request.confirmedExtraCare {
            result.append(try cancellation(care, request))
        }
        result += try lapseReminders(request)
        result += try contractEnd(request)
        return result.sorted { ($0.sortKey, $0.uid) < ($1.sortKey, $1.uid) }
    }

    /// The default `DTSTAMP` of a request: the start of the period's first day in Amsterdam (00:00),
    /// derived from the input so that the same input always gives the same file.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` outside the supported years.
    public static func defaultStamp(for request: DeadlineCalendarRequest) throws(RulesError) -> Instant {
        try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(LocalDateTime(date: request.period.first, time: .midnight)).instant
        }
    }

    /// The deadlines of `request` as an iCalendar file in `language`, with `stamp` as every event's
    /// `DTSTAMP` (``defaultStamp(for:)`` when `nil`).
    ///
    /// - Throws: ``RulesError`` as ``deadlines(for:)``.
    public static func iCalendar(
        for request: DeadlineCalendarRequest, language: Language, stamp stampOrNil: Instant? = nil
    ) throws(RulesError) -> String {
        let deadlines = try deadlines(for: request)
        let stamp: Instant
        if let given = stampOrNil {
            stamp = given
        } else {
            stamp = try defaultStamp(for: request)
        }
        return try ICalendarWriter.calendar(
            deadlines, language: language, stamp: stamp,
            name: language == .nl ? "Deadlines voor \(request.child)" : "Deadlines for \(request.child)")
    }

    // MARK: - The deadlines

    static func uid(
        _ kind: CalendarDeadline.Kind, _ key: String, _ request: DeadlineCalendarRequest
    ) -> String {
        var safe = ""
        for character in "\(kind.rawValue)-\(key)-\(request.contract.id)-\(request.child)" {
            safe.append(character.isASCII && (character.isLetter || character.isNumber) ? character : "-")
        }
        return safe + "@childcare-rules"
    }

    /// The clause's Dutch text in the edition `citation` names, quoted; the description before it already
    /// names the edition and article.
    static func clauseNote(_ citation: Citation, _ key: String) -> Explanation {
        guard
            let clause = ClauseRegistry.index.clause(forKey: key, in: citation.edition)
                ?? ClauseRegistry.clause(forKey: key)
        else {
            return Explanation(nl: citation.rendered(in: .nl), en: citation.rendered(in: .en))
        }
        return Explanation(
            nl: "Zo staat het in de voorwaarden: “\(clause.text)”",
            en: "This is what the terms say (in Dutch): “\(clause.text)”")
    }

    static func absence(
        _ day: CareDay, _ request: DeadlineCalendarRequest
    ) throws(RulesError) -> CalendarDeadline {
        let decision = try NinetySixHourRule.deadline(careStart: day.start.local)
        guard let deadline = decision.deadlines.first, let citation = decision.citations.first else {
            throw RulesError(
                code: .invalidState, value: "\(day.date)", context: "no 96-hour deadline computed")
        }
        let when =
            "\(deadline.moment.local.date.spelledOut(in: .nl)), \(deadline.moment.local.time.hourMinute)"
        let whenEn =
            "\(deadline.moment.local.date.spelledOut(in: .en)), \(deadline.moment.local.time.hourMinute)"
        return CalendarDeadline(
            uid: uid(.absence, "\(day.date)", request), kind: .absence, when: .moment(deadline.moment),
            summary: Explanation(
                nl: "\(request.child): afmelden voor ruil- en inhaaluren kan tot \(when)",
                en: "\(request.child): you can report an absence for swap hours until \(whenEn)"),
            description: decision.explanation, citation: citation,
            clause: clauseNote(citation, "TSO art. 5 lid 1"))
    }

    static func sameDay(
        _ date: LocalDate, _ request: DeadlineCalendarRequest
    ) throws(RulesError) -> CalendarDeadline {
        try requireExtraCareDay(date, request)
        let edition = try TermsEdition.inForce(.tsoTerms, on: date)
        let citation = edition.cite("5", section: "Extra opvang", lid: 1)
        let moment = try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(
                LocalDateTime(date: date, time: ExtraCareRequestRule.sameDayCutoff), policy: .strict)
        }
        let deadline = Deadline(kind: ExtraCareRequestRule.deadlineKind, moment: moment, isInclusive: false)
        let day = date.spelledOut(in: .nl)
        let dayEn = date.spelledOut(in: .en)
        let time = moment.local.time.hourMinute
        return CalendarDeadline(
            uid: uid(.sameDayExtraCare, "\(date)", request), kind: .sameDayExtraCare, when: .moment(moment),
            summary: Explanation(
                nl: "\(request.child): extra opvang op de dag zelf aanvragen kan tot \(day), \(time)",
                en: "\(request.child): you can request extra care on the day itself until \(dayEn), \(time)"),
            description: Explanation(
                nl: "Wil je extra opvang op \(day)? Vraag die op de dag zelf aan in de ouderapp, "
                    + "\(deadline.phrase(in: .nl)) (\(citation.rendered(in: .nl))).",
                en: "Do you want extra care on \(dayEn)? Request it on the day itself in the parent app, "
                    + "\(deadline.phrase(in: .en)) (\(citation.rendered(in: .en)))."),
            citation: citation, clause: clauseNote(citation, "TSO art. 5 (extra opvang) lid 1"))
    }

    /// Extra care can be asked for on a care day or a school day outside the schedule, never on a day
    /// without TSO (I-120), and the calendar lists only days of its period.
    static func requireExtraCareDay(_ date: LocalDate, _ request: DeadlineCalendarRequest) throws(RulesError)
    {
        guard request.period.contains(date) else {
            throw RulesError(
                code: .invalidArgument, value: "\(date)",
                context: "the extra-care day is outside the period \(request.period)")
        }
        if case .noCare(let skipped) = try CareCalendar.day(
            date, contract: request.contract, school: request.school),
            skipped.reason != .notScheduled
        {
            throw RulesError(
                code: .invalidArgument, value: "\(date)",
                context:
                    "there is no TSO that day (\(skipped.reason.name(in: .en))), so no extra care (art. 4)")
        }
    }

    static func cancellation(
        _ care: ConfirmedExtraCare, _ request: DeadlineCalendarRequest
    ) throws(RulesError) -> CalendarDeadline {
        try requireExtraCareDay(care.start.date, request)
        // The decision's deadline does not depend on when the cancellation is sent; the care start stands in.
        let decision = try ExtraCareCancellationRule.decide(
            careStart: care.start, cancelled: care.start, paidWith: care.paidWith,
            channel: care.paidWith == .hours ? .app : .email, minutes: care.minutes)
        guard let deadline = decision.deadlines.first, let citation = decision.citations.first else {
            throw RulesError(
                code: .invalidState, value: "\(care.start)", context: "no cancellation deadline computed")
        }
        let day = care.start.spelledOut(in: .nl)
        let dayEn = care.start.spelledOut(in: .en)
        let summary: Explanation
        let description: Explanation
        switch care.paidWith {
        case .hours:
            summary = Explanation(
                nl:
                    "\(request.child): bevestigde extra opvang van \(day) afmelden, \(deadline.phrase(in: .nl))",
                en:
                    "\(request.child): cancel the confirmed extra care of \(dayEn) \(deadline.phrase(in: .en))"
            )
            description = Explanation(
                nl: "Je betaalde de extra opvang van \(day) met ruil- en inhaaluren. Meld je kind "
                    + "\(deadline.phrase(in: .nl)) af (4 dagen, 96 uur vooraf), dan krijg je die uren terug "
                    + "(\(citation.rendered(in: .nl))).",
                en: "You paid for the extra care of \(dayEn) with swap hours. Report your child absent "
                    + "\(deadline.phrase(in: .en)) (4 days, 96 hours ahead) and you get those hours back "
                    + "(\(citation.rendered(in: .en))).")
        case .invoice:
            summary = Explanation(
                nl: "\(request.child): gefactureerde extra opvang van \(day) per e-mail annuleren, "
                    + deadline.phrase(in: .nl),
                en: "\(request.child): cancel the invoiced extra care of \(dayEn) by e-mail, "
                    + deadline.phrase(in: .en))
            description = Explanation(
                nl: "De extra opvang van \(day) wordt achteraf gefactureerd. Annuleer je die per e-mail aan "
                    + "support@partou.nl \(deadline.phrase(in: .nl)), dan krijg je inhaaluren; de factuur blijft "
                    + "staan (\(citation.rendered(in: .nl))).",
                en:
                    "The extra care of \(dayEn) is invoiced afterwards. Cancel it by e-mail to support@partou.nl "
                    + "\(deadline.phrase(in: .en)) and you get makeup hours; the invoice stands "
                    + "(\(citation.rendered(in: .en))).")
        }
        let key =
            care.paidWith == .hours
            ? "TSO art. 5 (extra opvang) lid 6 sub a" : "TSO art. 5 (extra opvang) lid 6 sub b"
        return CalendarDeadline(
            uid: uid(.extraCareCancellation, "\(care.start.date)-\(care.start.time.hourMinute)", request),
            kind: .extraCareCancellation, when: .moment(deadline.moment), summary: summary,
            description: description, citation: citation, clause: clauseNote(citation, key))
    }

    static func lapseReminders(_ request: DeadlineCalendarRequest) throws(RulesError) -> [CalendarDeadline] {
        guard let balance = request.balanceMinutes, balance > 0 else { return [] }
        var result: [CalendarDeadline] = []
        // The expiry day of the edition in force at the end of the period: 31 December in 2024.
        let parameters = try TSOParameters.inForce(on: request.period.last)
        for year in request.period.first.year...request.period.last.year {
            let yearEnd = parameters.swapHoursExpiry.value.date(in: year)
            let first = YearMonth(yearEnd).firstDay
            // The month of the expiry day in the period, under a contract that runs to that day: its hours
            // lapse then.
            guard first <= request.period.last, yearEnd >= request.period.first,
                request.contract.startDate <= yearEnd,
                SwapHoursExpiry.expiryDate(
                    of: yearEnd, contractEnd: request.contract.endDate, parameters: parameters) == yearEnd
            else { continue }
            let date = max(first, request.period.first)
            let citation = try TermsEdition.inForce(.tsoTerms, on: yearEnd).cite("5", lid: 5)
            let end = yearEnd.spelledOut(in: .nl)
            let endEn = yearEnd.spelledOut(in: .en)
            result.append(
                CalendarDeadline(
                    uid: uid(.hoursLapse, "\(year)", request), kind: .hoursLapse, when: .day(date),
                    summary: Explanation(
                        nl:
                            "\(request.child): ruil- en inhaaluren vervallen na \(end) (saldo \(hours(balance, .nl)))",
                        en:
                            "\(request.child): swap hours lapse after \(endEn) (balance \(hours(balance, .en)))"
                    ),
                    description: Explanation(
                        nl: "Je saldo toen deze agenda werd gemaakt: \(hours(balance, .nl)) aan ruil- en "
                            + "inhaaluren. Je kunt ze nog inzetten tot en met \(end): een aanvraag voor extra opvang "
                            + "die je uiterlijk op \(end) doet, telt nog mee. Daarna vervallen ze, zonder "
                            + "restitutie in geld of in opvang (\(citation.rendered(in: .nl))).",
                        en:
                            "Your balance when this calendar was made: \(hours(balance, .en)) of swap hours. You "
                            + "can still use them through \(endEn): a request for extra care you make on or before "
                            + "\(endEn) still counts. After that they lapse, without a refund in money or in care "
                            + "(\(citation.rendered(in: .en)))."),
                    citation: citation, clause: clauseNote(citation, "TSO art. 5 lid 5")))
        }
        return result
    }

    static func contractEnd(_ request: DeadlineCalendarRequest) throws(RulesError) -> [CalendarDeadline] {
        guard let last = request.contract.endDate, last >= request.period.first else { return [] }
        let per = try last.addingDaysChecked(1)
        let citation = try TermsEdition.inForce(.tsoTerms, on: last).cite("5", lid: 5)
        let clause = clauseNote(citation, "TSO art. 5 lid 5")
        let expiry = SwapHoursExpiry.expiryDate(of: last, contractEnd: last)
        let day = expiry.spelledOut(in: .nl)
        let dayEn = expiry.spelledOut(in: .en)
        let balance = request.balanceMinutes.map { minutes in
            Explanation(
                nl: "Je saldo toen deze agenda werd gemaakt: \(hours(minutes, .nl)).",
                en: "Your balance when this calendar was made: \(hours(minutes, .en)).")
        }
        var lastDayText = Explanation(
            nl: "Vraag extra opvang met je ruil- en inhaaluren uiterlijk op \(day) aan, voor opvang tot en "
                + "met die dag; daarna vervallen ze zonder restitutie (\(citation.rendered(in: .nl))).",
            en: "Request extra care with your swap hours on or before \(dayEn), for care up to and "
                + "including that day; after it they lapse without a refund (\(citation.rendered(in: .en))).")
        if let balance { lastDayText = lastDayText.followed(by: balance) }
        return [
            CalendarDeadline(
                uid: uid(.contractEnd, "\(last)", request), kind: .contractEnd, when: .day(last),
                summary: Explanation(
                    nl: "\(request.child): laatste opvangdag, \(last.spelledOut(in: .nl))",
                    en: "\(request.child): last day of care, \(last.spelledOut(in: .en))"),
                description: Explanation(
                    nl: "De overeenkomst van \(request.child): "
                        + ContractEnd.phrase(lastDay: last, firstDayWithoutContract: per, in: .nl)
                        + ". Na de einddatum kun je geen ruil- en inhaaluren meer inzetten (\(citation.rendered(in: .nl))).",
                    en: "The contract of \(request.child): "
                        + ContractEnd.phrase(lastDay: last, firstDayWithoutContract: per, in: .en)
                        + ". After the end date you can no longer use swap hours (\(citation.rendered(in: .en)))."
                ),
                citation: citation, clause: clause),
            CalendarDeadline(
                uid: uid(.lastDayToUseHours, "\(expiry)", request), kind: .lastDayToUseHours,
                when: .day(expiry),
                summary: Explanation(
                    nl: "\(request.child): laatste dag om ruil- en inhaaluren in te zetten, \(day)",
                    en: "\(request.child): last day to use swap hours, \(dayEn)"),
                description: lastDayText,
                citation: citation, clause: clause),
        ]
    }

    /// "3 uur en 30 minuten", "1 uur", "45 minuten"; "3 hours and 30 minutes", "1 hour", "45 minutes".
    static func hours(_ minutes: Int, _ language: Language) -> String {
        let (whole, rest) = minutes.quotientAndRemainder(dividingBy: 60)
        let hourText = language == .nl ? "\(whole) uur" : (whole == 1 ? "1 hour" : "\(whole) hours")
        let minuteText =
            language == .nl
            ? (rest == 1 ? "1 minuut" : "\(rest) minuten") : (rest == 1 ? "1 minute" : "\(rest) minutes")
        if whole == 0 { return minuteText }
        if rest == 0 { return hourText }
        return hourText + (language == .nl ? " en " : " and ") + minuteText
    }
}

/// What goes into a child's deadline calendar: the child, the contract, the school calendar, the period,
/// and what the parent knows that the contract does not say (the balance, extra care).
public struct DeadlineCalendarRequest: Sendable, Hashable {
    /// The child's first name, for the text and the UIDs.
    public var child: String
    /// The contract whose care days and end the calendar shows.
    public var contract: Contract
    /// The school's holidays and closure days.
    public var school: SchoolCalendar
    /// The days the calendar covers.
    public var period: DateRange
    /// The swap-hours balance in minutes, for the December reminder and the contract's end; `nil` for none.
    public var balanceMinutes: Int?
    /// Days on which the parent means to ask for extra care on the day itself: an open request, with its
    /// 11:00 cut-off.
    public var sameDayRequests: [LocalDate]
    /// Extra care confirmed by the provider, with its cancellation deadline.
    public var confirmedExtraCare: [ConfirmedExtraCare]

    /// Creates a request.
    public init(
        child: String, contract: Contract, school: SchoolCalendar, period: DateRange,
        balanceMinutes: Int? = nil,
        sameDayRequests: [LocalDate] = [], confirmedExtraCare: [ConfirmedExtraCare] = []
    ) {
        self.child = child
        self.contract = contract
        self.school = school
        self.period = period
        self.balanceMinutes = balanceMinutes
        self.sameDayRequests = sameDayRequests
        self.confirmedExtraCare = confirmedExtraCare
    }
}

/// Extra care the provider has confirmed: when it starts, how long, and how it is paid.
public struct ConfirmedExtraCare: Sendable, Hashable {
    /// The start of the care, Amsterdam local time.
    public let start: LocalDateTime
    /// The booked minutes.
    public let minutes: Int
    /// Paid with swap hours (lid 6 sub a) or invoiced (lid 6 sub b).
    public let paidWith: ExtraCarePayment

    /// Creates confirmed extra care.
    public init(start: LocalDateTime, minutes: Int, paidWith: ExtraCarePayment) {
        self.start = start
        self.minutes = minutes
        self.paidWith = paidWith
    }
}

/// One deadline in a child's calendar: what it is, when, the parent's text and the clause.
public struct CalendarDeadline: Sendable, Hashable {
    /// What a calendar deadline is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Report an absence for swap hours (art. 5 lid 1).
        case absence
        /// Ask for extra care on the day itself before 11:00 (extra opvang lid 1).
        case sameDayExtraCare
        /// Cancel confirmed extra care (extra opvang lid 6).
        case extraCareCancellation
        /// Hours lapse on 31 December (art. 5 lid 5).
        case hoursLapse
        /// The contract's last day.
        case contractEnd
        /// The last day to use hours (art. 5 lid 5).
        case lastDayToUseHours
    }

    /// When a deadline is: an Amsterdam moment, or a whole day.
    public enum When: Sendable, Hashable {
        /// A moment, written with `TZID=Europe/Amsterdam`.
        case moment(ZonedDateTime)
        /// A whole day, written as `VALUE=DATE`.
        case day(LocalDate)
    }

    /// A stable identifier: the same input gives the same UID, so re-importing updates the event.
    public let uid: String
    /// What the deadline is.
    public let kind: Kind
    /// When it is.
    public let when: When
    /// The event's title.
    public let summary: Explanation
    /// The event's text.
    public let description: Explanation
    /// The clause that sets it.
    public let citation: Citation
    /// The citation with the clause's Dutch text.
    public let clause: Explanation

    /// Creates a calendar deadline.
    public init(
        uid: String, kind: Kind, when: When, summary: Explanation, description: Explanation,
        citation: Citation,
        clause: Explanation
    ) {
        self.uid = uid
        self.kind = kind
        self.when = when
        self.summary = summary
        self.description = description
        self.citation = citation
        self.clause = clause
    }

    var sortKey: Int64 {
        switch when {
        case .moment(let moment): moment.instant.secondsSinceEpoch
        case .day(let date): Int64(date.daysSinceEpoch) * 86_400
        }
    }
}
