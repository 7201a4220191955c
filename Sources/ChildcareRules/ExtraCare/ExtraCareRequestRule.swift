/// Requesting extra care, with or without swap hours (TSO terms art. 1 lid 3; art. 5, extra opvang lid 1–5).
///
/// > "Je mag als ouder altijd extra opvang aanvragen. Dit kun je doen via de ouderapp. Indien je extra
/// > opvang wilt op de dag zelf, kun je dit aanvragen vóór 11:00 uur in de ouderapp." (extra opvang lid 1)
///
/// A request is accepted for the provider's review when it comes through the app (from the parent in
/// version 1, or entered there by a staff member), within the contract, on a day with TSO, before the care
/// starts, for care on the same day strictly before 11:00 Amsterdam time (10:59:59 is in time, 11:00:00 is
/// not), and outside the slot the contract already covers that day; the reasons are checked in that order.
///
/// A day without TSO is a weekend day, a TSO holiday (art. 4 lid 3), a school holiday or a school closure
/// day, however late announced (art. 4 lid 2): extra care is refused then, not invoiced. A school day that
/// is not in the contract's schedule is the normal case of extra care. Care that overlaps the contracted
/// slot by even one minute is refused as ``ExtraCareRefusal/alreadyScheduled(_:)``: the annual amount already
/// pays for that slot (art. 6 lid 1), and the parent may request the time outside it (I-120).
///
/// Hours are used only when the parent requests it themself (art. 1 lid 3): a request entered by staff is
/// invoiced in full. When the hours do not cover the request, the hours available are used and the rest is
/// invoiced at the contract's hourly rate in the month of the care (lid 4; I-107, I-108).
public enum ExtraCareRequestRule {
    /// The rule's identifier.
    public static let rule: RuleID = "extraCare.request"
    /// The identifier of the provider's decision on a request (approve and confirm, or reject).
    public static let approvalRule: RuleID = "extraCare.approval"

    /// The clause, as the TSO terms (1 August 2024) write it (extra opvang lid 1).
    public static let clause =
        "Je mag als ouder altijd extra opvang aanvragen. Dit kun je doen via de ouderapp. Indien je extra opvang "
        + "wilt op de dag zelf, kun je dit aanvragen vóór 11:00 uur in de ouderapp."

    /// The same-day cutoff of the TSO terms of 1 August 2024: a same-day request must be strictly before this
    /// time. The rule reads ``TSOParameters/sameDayCutoff`` of the edition in force.
    public static var sameDayCutoff: LocalTime { TSOParameters.edition2024.sameDayCutoff.value }

    /// The kind of the same-day deadline.
    public static let deadlineKind = Deadline.Kind(
        key: "extraCareSameDay", nl: "extra opvang op de dag zelf aanvragen",
        en: "request extra care on the day itself")

    /// Decides a request for `minutes` of extra care starting at `careStart`.
    ///
    /// - Parameters:
    ///   - contract: the contract under which the care is requested (its hourly rate prices any invoice).
    ///   - school: the school's holidays and closure days; with the contract's schedule, the care calendar.
    ///   - careStart: the start of the extra care, Amsterdam local time.
    ///   - minutes: the minutes requested.
    ///   - requested: when the request was made, Amsterdam local time (strict).
    ///   - channel: ``Channel/app`` for the parent, ``Channel/staff`` for a staff member entering it in the app.
    ///   - appVersion: the requester's app version; `nil` for the contract parent (version 1).
    ///   - withHours: whether the parent wants to use swap hours.
    ///   - availableMinutes: the swap hours of this child and service usable on the care day, at request time.
    ///   - parameters: the numbers of the edition that binds the contract; `nil` for the edition in force on
    ///     the day of care (``TSOParameters/inForce(on:)``).
    /// - Throws: ``RulesError``: `invalidArgument` for minutes that are not positive, `beforeFirstEdition`, or a
    ///   calendar error.
    public static func decide(
        contract: Contract, school: SchoolCalendar, careStart: LocalDateTime, minutes: Int,
        requested: LocalDateTime,
        channel: Channel = .app, appVersion: AppVersion? = nil, withHours: Bool, availableMinutes: Int,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ExtraCareRequestOutcome> {
        guard minutes > 0, minutes <= 24 * 60, availableMinutes >= 0 else {
            throw RulesError(
                code: .invalidArgument, value: "\(minutes) minutes (\(availableMinutes) available)",
                context: "extra care lasts 1 to 1440 minutes and available hours are never negative")
        }
        let parameters = try TSOParameters.given(parameters, on: careStart.date)
        let edition = parameters.edition
        let sameDayCutoff = parameters.sameDayCutoff.value
        let (start, requestedAt, cutoff) = try RulesError.calendar {
            () throws(CalendarError) -> (ZonedDateTime, ZonedDateTime, ZonedDateTime) in
            (
                try Amsterdam.resolve(careStart, policy: .strict),
                try Amsterdam.resolve(requested, policy: .strict),
                try Amsterdam.resolve(
                    LocalDateTime(date: careStart.date, time: sameDayCutoff), policy: .strict)
            )
        }
        let deadline = Deadline(kind: deadlineKind, moment: cutoff, isInclusive: false)
        var citations = [parameters.sameDayCutoff.citation]
        let refusal: ExtraCareRefusal?
        if channel != .app && channel != .staff {
            refusal = .notThroughApp(channel)
            citations.append(edition.cite("1", lid: 3))
        } else if channel == .app && !(appVersion ?? .v1).canMakeRequests {
            refusal = .appVersionCannotRequest
            citations.append(TermsEdition.app2024.cite("4"))
        } else if !contract.covers(careStart.date) {
            refusal = .outsideContract
            citations.append(edition.cite("5", lid: 5))
        } else if let reason = try CareCalendar.schoolClosed(on: careStart.date, school: school) {
            refusal = .dayWithoutCare(reason)
            citations.append(edition.cite("4", lid: 2))
            if reason == .tsoHoliday { citations.append(edition.cite("4", lid: 3)) }
        } else if requestedAt.instant >= start.instant {
            refusal = .careAlreadyStarted
        } else if requested.date == careStart.date && !deadline.isMet(by: requestedAt.instant) {
            refusal = .sameDayAfterCutoff
        } else if let slot = overlappingSlot(careStart, minutes: minutes, contract: contract) {
            refusal = .alreadyScheduled(slot)
            citations.append(edition.cite("6", lid: 1))
        } else {
            refusal = nil
        }
        let usesHours = refusal == nil && withHours && channel == .app
        let hoursMinutes = usesHours ? min(minutes, availableMinutes) : 0
        let invoiced = refusal == nil ? minutes - hoursMinutes : 0
        let charge = ExtraCareCharge(
            minutes: invoiced, hourlyRate: contract.hourlyRate, careDate: careStart.date)
        if refusal == nil {
            if channel == .staff { citations.append(edition.cite("1", lid: 3)) }
            if withHours || channel == .staff {
                citations.append(edition.cite("5", section: "Extra opvang", lid: 2))
            }
            citations.append(edition.cite("5", section: "Extra opvang", lid: 3))
            if invoiced > 0 { citations.append(edition.cite("5", section: "Extra opvang", lid: 4)) }
        }
        let outcome = ExtraCareRequestOutcome(
            careStart: start, requested: requestedAt, requestedMinutes: minutes, hoursMinutes: hoursMinutes,
            charge: charge, refusal: refusal, enteredByStaff: channel == .staff)
        let explanation = Explanation(
            .extraCare(.request(outcome, deadline: deadline, withHours: withHours, citations: citations)))
        // Only a request for care on the same day is bound by the 11:00 cut-off (lid 1): another request
        // names no deadline it does not have.
        let sameDay = requested.date == careStart.date
        return Decision(
            rule: rule, outcome: outcome, deadlines: sameDay ? [deadline] : [], citations: citations,
            explanation: explanation)
    }

    /// The contracted session of that day when the requested care overlaps it by at least one minute.
    private static func overlappingSlot(
        _ careStart: LocalDateTime, minutes: Int, contract: Contract
    ) -> CareSession? {
        guard let session = contract.schedule.session(on: careStart.date.weekday) else { return nil }
        let slotStart = Int(session.start.secondsSinceMidnight)
        let slotEnd = slotStart + session.minutes * 60
        let start = Int(careStart.time.secondsSinceMidnight)
        let end = start + minutes * 60
        return start < slotEnd && slotStart < end ? session : nil
    }

    /// The explanation of `outcome`, written out: what ``ExtraCareExplanation/request(_:deadline:withHours:citations:)``
    /// renders when it is read.
    static func writtenExplanation(
        _ outcome: ExtraCareRequestOutcome, deadline: Deadline, withHours: Bool, citations: [Citation]
    ) -> Explanation {
        let day = outcome.careStart.local.spelledOut(in: .nl, includingYear: true)
        let dayEn = outcome.careStart.local.spelledOut(in: .en, includingYear: true)
        let cite = citations.rendered(in: .nl)
        let citeEn = citations.rendered(in: .en)
        var opening = Explanation(
            nl: "Je vroeg \(outcome.requestedMinutes) minuten extra opvang aan voor \(day).",
            en: "You requested \(outcome.requestedMinutes) minutes of extra care for \(dayEn).")
        // Only a request for the same day is bound by the 11:00 cut-off (extra opvang lid 1).
        if outcome.requested.local.date == outcome.careStart.local.date {
            opening = opening.followed(
                by: Explanation(
                    nl: "Voor extra opvang op de dag zelf moet de aanvraag in de ouderapp binnen zijn "
                        + "\(deadline.phrase(in: .nl)).",
                    en:
                        "Extra care on the day itself must be requested in the parent app \(deadline.phrase(in: .en))."
                ))
        }
        let body: Explanation
        switch outcome.refusal {
        case .sameDayAfterCutoff:
            body = Explanation(
                nl: "Je aanvraag kwam om \(outcome.requested.local.time.hourMinute), dus te laat.",
                en: "Your request came at \(outcome.requested.local.time.hourMinute), so too late.")
        case .dayWithoutCare(let reason):
            body = Explanation(
                nl:
                    "Op die dag is er geen tso (\(reason.name(in: .nl))), dus ook geen extra opvang; de aanvraag "
                    + "wordt niet in behandeling genomen en je krijgt er geen factuur voor.",
                en:
                    "There is no TSO on that day (\(reason.name(in: .en))), so no extra care either; the request is "
                    + "not taken up and you are not invoiced for it.")
        case .alreadyScheduled(let slot):
            let end = LocalTime(
                uncheckedSeconds: Int(slot.start.secondsSinceMidnight) + slot.minutes * 60)
            body = Explanation(
                nl:
                    "Je overeenkomst geeft die dag al opvang van \(slot.start.hourMinute) tot \(end.hourMinute) uur, "
                    + "en die betaal je al met je jaarbedrag. Extra opvang in die tijd zou je twee keer laten betalen, "
                    + "dus de aanvraag wordt niet in behandeling genomen: er gaan geen ruil- en inhaaluren af en je "
                    + "krijgt geen factuur. Je kunt wel extra opvang aanvragen voor de tijd buiten die opvang.",
                en:
                    "Your contract already gives care from \(slot.start.hourMinute) to \(end.hourMinute) that day, "
                    + "and your annual amount already pays for it. Extra care in that time would make you pay twice, "
                    + "so the request is not taken up: no swap hours are used and you are not invoiced. You can "
                    + "request extra care for the time outside that care.")
        case .careAlreadyStarted:
            body = Explanation(
                nl: "De opvang was toen al begonnen.", en: "The care had already started by then.")
        case .outsideContract:
            body = Explanation(
                nl:
                    "Die dag valt buiten je overeenkomst; na de einddatum kun je geen opvang of uren meer inzetten.",
                en: "That day is outside your contract; after its end date no care or hours can be used.")
        case .notThroughApp(let channel):
            body = Explanation(
                nl:
                    "Aanvragen voor extra opvang lopen alleen via de ouderapp, niet via \(channel.name(in: .nl)).",
                en:
                    "Extra care can be requested only through the parent app, not by \(channel.name(in: .en))."
            )
        case .appVersionCannotRequest:
            body = Explanation(
                nl: "Met versie 2 van de ouderapp kun je geen aanvragen doen; de contractouder kan dat wel.",
                en: "Version 2 of the parent app cannot make requests; the contract parent can.")
        case nil:
            var text = Explanation(
                nl:
                    "Je aanvraag is ontvangen; je bent pas zeker van de opvang als wij die bevestigen in de ouderapp.",
                en: "Your request is received; the care is certain only once we confirm it in the parent app."
            )
            if outcome.enteredByStaff {
                text = text.followed(
                    by: Explanation(
                        nl:
                            "Een medewerker zette de aanvraag in de app, dus er worden geen ruil- en inhaaluren ingezet.",
                        en: "A staff member entered the request, so no swap hours are used."))
            } else if outcome.hoursMinutes > 0 {
                text = text.followed(
                    by: Explanation(
                        nl:
                            "We reserveren \(outcome.hoursMinutes) minuten ruil- en inhaaluren; ze tellen pas als "
                            + "ingezet na goedkeuring en bevestiging.",
                        en:
                            "We reserve \(outcome.hoursMinutes) minutes of swap hours; they count as used only once "
                            + "approved and confirmed."))
            } else if withHours {
                text = text.followed(
                    by: Explanation(
                        nl: "Je hebt geen ruil- en inhaaluren die je op die dag kunt inzetten.",
                        en: "You have no swap hours usable on that day."))
            }
            if outcome.charge.minutes > 0 {
                text = text.followed(
                    by: Explanation(
                        nl:
                            "Voor \(outcome.charge.minutes) minuten ontvang je in \(outcome.charge.month.spelledOut(in: .nl)) een factuur "
                            + "van \(outcome.charge.amount.formatted(in: .nl)) tegen je uurtarief, naar beneden "
                            + "afgerond op hele centen.",
                        en: "For \(outcome.charge.minutes) minutes you will be invoiced "
                            + "\(outcome.charge.amount.formatted(in: .en)) in \(outcome.charge.month.spelledOut(in: .en)) at your hourly rate, "
                            + "rounded down to the cent."))
            }
            body = text
        }
        return opening.followed(by: body).followed(by: Explanation(nl: "(\(cite)).", en: "(\(citeEn))."))
    }
}

/// Why a request for extra care is not accepted.
public enum ExtraCareRefusal: Sendable, Hashable {
    /// A same-day request at or after 11:00 (extra opvang lid 1).
    case sameDayAfterCutoff
    /// The request came at or after the start of the care.
    case careAlreadyStarted
    /// The day is outside the contract (art. 5 lid 5).
    case outsideContract
    /// The day has no TSO: a weekend, a TSO holiday, a school holiday or a school closure day (art. 4 lid 2
    /// and 3). Refused, not invoiced (I-120).
    case dayWithoutCare(NoCareReason)
    /// The requested time overlaps the slot the contract already covers that day (the session is given):
    /// the parent would pay twice (art. 6 lid 1; I-120).
    case alreadyScheduled(CareSession)
    /// Not through the app (art. 1 lid 3: "Alle aanvragen voor extra opvang verlopen via de ouderapp").
    case notThroughApp(Channel)
    /// App version 2 cannot make requests (App terms art. 4).
    case appVersionCannotRequest
}

/// The decision on a request for extra care.
public struct ExtraCareRequestOutcome: Sendable, Hashable {
    /// The start of the extra care.
    public let careStart: ZonedDateTime
    /// When it was requested.
    public let requested: ZonedDateTime
    /// The minutes requested.
    public let requestedMinutes: Int
    /// The minutes to be paid with swap hours (reserved now, used on confirmation).
    public let hoursMinutes: Int
    /// The invoice for the rest, in the month of the care.
    public let charge: ExtraCareCharge
    /// Why the request is not accepted; `nil` when it goes to the provider for review.
    public let refusal: ExtraCareRefusal?
    /// Whether a staff member entered it (art. 1 lid 3: invoiced in full).
    public let enteredByStaff: Bool

    /// Creates an outcome.
    public init(
        careStart: ZonedDateTime, requested: ZonedDateTime, requestedMinutes: Int, hoursMinutes: Int,
        charge: ExtraCareCharge, refusal: ExtraCareRefusal?, enteredByStaff: Bool
    ) {
        self.careStart = careStart
        self.requested = requested
        self.requestedMinutes = requestedMinutes
        self.hoursMinutes = hoursMinutes
        self.charge = charge
        self.refusal = refusal
        self.enteredByStaff = enteredByStaff
    }

    /// Whether the request goes to the provider for review.
    public var isAccepted: Bool { refusal == nil }
}

#if !hasFeature(Embedded)
    extension ExtraCareRefusal: Codable {}
    extension ExtraCareRequestOutcome: Codable {}
#endif
