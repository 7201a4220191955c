/// How long the app keeps a child's data after the contract ends (App privacy statement, "Bewaren van
/// persoonsgegevens"), and when app access ends (App terms art. 10).
///
/// > "Na beëindiging van het opvangcontract zijn de gegevens van jouw kind(eren) nog 8 weken zichtbaar
/// > voor jou en onze medewerkers. Zo ben je bijvoorbeeld in de gelegenheid om het dagboek en/of foto's
/// > van jouw kind te downloaden. Na 8 weken worden de gegevens digitaal gearchiveerd. Eén jaar na
/// > beëindiging van het opvangcontract worden de gegevens van jouw kind(eren) vernietigd."
///
/// Day 0 is the first day without a contract: the "per" date of a termination, ``ContractEnd/firstDayWithoutContract``,
/// which is the contract's last day (``Contract/endDate``) + 1 (I-202, I-305). The parameter `contractEnd` of
/// these functions is that day 0; ``schedule(lastDayOfContract:)`` takes the last day instead.
/// A period of N weeks covers days 0 to 7N − 1, the same count as app access (I-305, I-306):
///
/// | days after the end | phase |
/// |---|---|
/// | 0 – 41 | ``RetentionPhase/visibleInApp``: app access (App terms art. 10) |
/// | 42 – 55 | ``RetentionPhase/visibleOnRequest``: no app access; visible to staff, downloadable on request |
/// | 56 – one year | ``RetentionPhase/archived`` |
/// | from the end + 1 year | ``RetentionPhase/destroyed`` (29 February + 1 year is 28 February) |
public enum Retention {
    /// The rule's identifier.
    public static let rule: RuleID = "retention.schedule"

    /// The section of the privacy statement that sets the periods.
    public static let sectionTitle = "Bewaren van persoonsgegevens"

    /// The clause, as the app privacy statement writes it.
    public static let clause =
        "Na beëindiging van het opvangcontract zijn de gegevens van jouw kind(eren) nog 8 weken zichtbaar voor "
        + "jou en onze medewerkers. Zo ben je bijvoorbeeld in de gelegenheid om het dagboek en/of foto's van jouw "
        + "kind te downloaden. Na 8 weken worden de gegevens digitaal gearchiveerd. Eén jaar na beëindiging van "
        + "het opvangcontract worden de gegevens van jouw kind(eren) vernietigd."

    /// The data stays visible for 8 weeks after the end.
    public static var visibleWeeks: Int { AccessParameters.library.visibleAfterEnd.value }

    /// The last day after the end on which the data is visible: day 55.
    public static var lastVisibleDay: Int { visibleWeeks * 7 - 1 }

    /// The deadline kinds of the schedule.
    public enum Kinds {
        /// The last day of app access (App terms art. 10).
        public static let appAccessUntil = Deadline.Kind(
            key: "appAccessUntil", nl: "laatste dag toegang tot de ouderapp", en: "last day of app access")
        /// The last day the data is visible.
        public static let visibleUntil = Deadline.Kind(
            key: "dataVisibleUntil", nl: "laatste dag gegevens zichtbaar", en: "last day the data is visible")
        /// The first day the data is archived.
        public static let archivedFrom = Deadline.Kind(
            key: "dataArchivedFrom", nl: "gegevens gearchiveerd vanaf", en: "data archived from")
        /// The day the data is destroyed.
        public static let destroyedOn = Deadline.Kind(
            key: "dataDestroyedOn", nl: "gegevens vernietigd op", en: "data destroyed on")
    }

    /// The schedule for the data of a contract that ends on `contractEnd`, without the explanation.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when a date leaves the supported years.
    public static func dates(contractEnd: LocalDate) throws(RulesError) -> RetentionSchedule {
        try RulesError.calendar { () throws(CalendarError) in
            RetentionSchedule(
                contractEnd: contractEnd,
                appAccessUntil: try contractEnd.adding(days: AppAccess.lastDayWithAccess),
                visibleUntil: try contractEnd.adding(days: lastVisibleDay),
                archivedFrom: try contractEnd.adding(weeks: visibleWeeks),
                destroyedOn: try contractEnd.adding(
                    months: AccessParameters.library.destroyedAfterEnd.value, rounding: .down))
        }
    }

    /// The phase of the data on `date`, for a contract that ends on `contractEnd`.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when a date leaves the supported years.
    public static func phase(on date: LocalDate, contractEnd: LocalDate) throws(RulesError) -> RetentionPhase
    {
        let schedule = try dates(contractEnd: contractEnd)
        if date < contractEnd { return .underContract }
        if date <= schedule.appAccessUntil { return .visibleInApp }
        if date <= schedule.visibleUntil { return .visibleOnRequest }
        if date < schedule.destroyedOn { return .archived }
        return .destroyed
    }

    /// The schedule for a contract whose last day is `lastDayOfContract` (``Contract/endDate``): day 0 is
    /// the day after.
    ///
    /// - Throws: ``RulesError`` as ``schedule(contractEnd:)``.
    public static func schedule(
        lastDayOfContract: LocalDate
    ) throws(RulesError) -> Decision<RetentionSchedule> {
        try schedule(contractEnd: lastDayOfContract.addingDaysChecked(1))
    }

    /// Day 0 of the customer relationship's end: the day after the last day of the parent's last contract
    /// (App terms art. 10, "geen klant meer"; I-305), or `nil` while one of them still runs (its last day is
    /// `nil`, or not yet known).
    ///
    /// - Parameter lastDays: the last day (``Contract/endDate``) of each of the parent's contracts; `nil` for
    ///   one without an end.
    /// - Throws: ``RulesError`` `invalidArgument` for an empty list, or a calendar error.
    public static func customerRelationshipEnd(lastDays: [LocalDate?]) throws(RulesError) -> LocalDate? {
        guard !lastDays.isEmpty else {
            throw RulesError(
                code: .invalidArgument, value: "no contracts",
                context: "a customer relationship needs at least one contract")
        }
        var latest: LocalDate?
        for day in lastDays {
            guard let day else { return nil }
            if latest.map({ day > $0 }) ?? true { latest = day }
        }
        guard let latest else { return nil }
        return try latest.addingDaysChecked(1)
    }

    /// The schedule for a parent whose contracts end on `lastDaysOfContracts`: day 0 is the day after the
    /// last of them (I-305, I-314).
    ///
    /// - Throws: ``RulesError`` as ``customerRelationshipEnd(lastDays:)`` and ``schedule(contractEnd:)``.
    public static func schedule(
        lastDaysOfContracts: [LocalDate]
    ) throws(RulesError) -> Decision<RetentionSchedule> {
        guard let end = try customerRelationshipEnd(lastDays: lastDaysOfContracts.map { Optional($0) }) else {
            throw RulesError(
                code: .invalidArgument, value: "no contracts",
                context: "a customer relationship needs a contract")
        }
        return try schedule(contractEnd: end)
    }

    /// What the documents say about how long the parent's own data is kept. They state periods only for the
    /// child's data; for the rest they say only "niet langer … dan nodig" (I-314).
    public static let ownDataPeriods: [OwnDataPeriod] = [
        OwnDataPeriod(key: "invoices", nl: "facturen", en: "invoices", stated: nil),
        OwnDataPeriod(key: "annualStatements", nl: "jaaropgaves", en: "annual statements", stated: nil),
        OwnDataPeriod(
            key: "auditLogs", nl: "inloggegevens en logbestanden", en: "login and audit logs", stated: nil),
        OwnDataPeriod(key: "contactData", nl: "contactgegevens", en: "contact data", stated: nil),
        OwnDataPeriod(
            key: "childData", nl: "gegevens van je kind in de app", en: "your child's data in the app",
            stated: Explanation(
                nl:
                    "\(Retention.visibleWeeks) weken zichtbaar, daarna gearchiveerd, na \(AccessParameters.library.destroyedPhrase(in: .nl)) vernietigd",
                en:
                    "visible \(Retention.visibleWeeks) weeks, then archived, destroyed after \(AccessParameters.library.destroyedPhrase(in: .en))"
            )),
    ]

    /// The schedule, explained, with a deadline for each step.
    ///
    /// An end from 1 January 2024 follows the app privacy statement and App terms art. 10; an earlier end
    /// follows the portal privacy statement, which sets the same 8 weeks and one year but no app period
    /// (I-314).
    ///
    /// - Parameter contractEnd: the first day without a contract (day 0): the "per" date, the last day + 1;
    ///   for a parent with several contracts, the day after the last one (``customerRelationshipEnd(lastDays:)``).
    /// - Throws: ``RulesError``: a calendar error.
    public static func schedule(contractEnd: LocalDate) throws(RulesError) -> Decision<RetentionSchedule> {
        let app = try? TermsEdition.inForce(.appTerms, on: contractEnd)
        let privacy =
            app == nil
            ? try TermsEdition.inForce(.portalPrivacyStatement, on: contractEnd)
            : try TermsEdition.inForce(.appPrivacyStatement, on: contractEnd)
        var schedule = try dates(contractEnd: contractEnd)
        if app == nil {
            schedule = RetentionSchedule(
                contractEnd: contractEnd, appAccessUntil: schedule.visibleUntil,
                visibleUntil: schedule.visibleUntil,
                archivedFrom: schedule.archivedFrom, destroyedOn: schedule.destroyedOn)
        }
        var deadlines: [Deadline] = []
        if app != nil {
            deadlines.append(try Deadline.endOfDate(schedule.appAccessUntil, kind: Kinds.appAccessUntil))
        }
        deadlines += [
            try Deadline.endOfDate(schedule.visibleUntil, kind: Kinds.visibleUntil),
            try Deadline.onDate(schedule.archivedFrom, kind: Kinds.archivedFrom),
            try Deadline.onDate(schedule.destroyedOn, kind: Kinds.destroyedOn),
        ]
        let section = privacy.cite(section: sectionTitle)
        func day(_ date: LocalDate, _ language: Language) -> String {
            date.spelledOut(in: language, includingYear: true)
        }
        let lastDay = try contractEnd.addingDaysChecked(-1)
        let both = (
            ContractEnd.phrase(lastDay: lastDay, firstDayWithoutContract: contractEnd, in: .nl),
            ContractEnd.phrase(lastDay: lastDay, firstDayWithoutContract: contractEnd, in: .en)
        )
        let own = (
            "Voor je eigen gegevens (facturen, jaaropgaves, inlog- en logbestanden, contactgegevens) noemen de "
                + "voorwaarden geen bewaartermijn, alleen \"niet langer dan nodig\"; je kunt ze inzien en laten wissen "
                + "zolang Partou ze heeft.",
            "For your own data (invoices, annual statements, login and audit logs, contact data) the documents state "
                + "no period, only \"no longer than needed\"; you can inspect them and have them erased while Partou "
                + "holds them."
        )
        let rights = (
            "Tot de vernietiging kun je ook gearchiveerde gegevens inzien, laten verbeteren of laten wissen via "
                + "customer support.",
            "Until they are destroyed you can also inspect, correct or erase archived data through customer support."
        )
        let explanation: Explanation
        if let app {
            let art10 = app.cite("10")
            explanation = Explanation(
                nl:
                    "Dag 0 is de eerste dag zonder overeenkomst (\(both.0)); heb je meer overeenkomsten, dan de eerste dag "
                    + "zonder één ervan. Het gebruik van de ouderapp eindigt na \(AppAccess.weeksAfterEnd) weken: de laatste dag is "
                    + "\(day(schedule.appAccessUntil, .nl)) (\(art10.rendered(in: .nl))). De gegevens van je kind blijven "
                    + "\(Retention.visibleWeeks) weken zichtbaar voor jou en de medewerkers, tot en met \(day(schedule.visibleUntil, .nl)), zodat je "
                    + "het dagboek en de foto's kunt downloaden. Vanaf \(day(schedule.archivedFrom, .nl)) worden ze "
                    + "gearchiveerd en op \(day(schedule.destroyedOn, .nl)) vernietigd (\(section.rendered(in: .nl))). "
                    + rights.0 + " " + own.0,
                en:
                    "Day 0 is the first day without a contract (\(both.1)); with several contracts, the first day without "
                    + "any of them. Use of the parent app ends after \(AppAccess.weeksAfterEnd) weeks: the last day is "
                    + "\(day(schedule.appAccessUntil, .en)) (\(art10.rendered(in: .en))). Your child's data stays visible "
                    + "to you and the staff for \(Retention.visibleWeeks) weeks, until \(day(schedule.visibleUntil, .en)) inclusive, so that you can "
                    + "download the diary and the photos. From \(day(schedule.archivedFrom, .en)) it is archived, and on "
                    + "\(day(schedule.destroyedOn, .en)) it is destroyed (\(section.rendered(in: .en))). "
                    + rights.1 + " "
                    + own.1)
            return Decision(
                rule: rule, outcome: schedule, deadlines: deadlines, citations: [section, art10],
                explanation: explanation)
        }
        explanation = Explanation(
            nl:
                "Dag 0 is de eerste dag zonder overeenkomst (\(both.0)). De overeenkomst eindigde vóór de "
                + "gebruiksvoorwaarden van de ouderapp van 2024, dus geldt de privacyverklaring van het ouderportaal, "
                + "met dezelfde termijnen: de gegevens van je kind blijven \(Retention.visibleWeeks) weken zichtbaar, tot en met "
                + "\(day(schedule.visibleUntil, .nl)), worden vanaf \(day(schedule.archivedFrom, .nl)) gearchiveerd en "
                + "op \(day(schedule.destroyedOn, .nl)) vernietigd (\(section.rendered(in: .nl))). "
                + rights.0 + " "
                + own.0,
            en:
                "Day 0 is the first day without a contract (\(both.1)). The contract ended before the 2024 app terms, so "
                + "the portal privacy statement applies, with the same periods: your child's data stays visible for \(Retention.visibleWeeks) "
                + "weeks, until \(day(schedule.visibleUntil, .en)) inclusive, is archived from "
                + "\(day(schedule.archivedFrom, .en)) and destroyed on \(day(schedule.destroyedOn, .en)) "
                + "(\(section.rendered(in: .en))). " + rights.1 + " " + own.1)
        return Decision(
            rule: rule, outcome: schedule, deadlines: deadlines, citations: [section],
            explanation: explanation)
    }
}

/// How long one kind of the parent's data is kept, as far as the documents state it.
public struct OwnDataPeriod: Sendable, Hashable {
    /// A stable key: `invoices`, `annualStatements`, `auditLogs`, `contactData`, `childData`.
    public let key: String
    /// The kind of data in Dutch.
    public let nl: String
    /// The kind of data in English.
    public let en: String
    /// The period the documents state, or `nil`: not stated.
    public let stated: Explanation?

    /// Creates a period.
    public init(key: String, nl: String, en: String, stated: Explanation?) {
        self.key = key
        self.nl = nl
        self.en = en
        self.stated = stated
    }
}

/// The dates on which a child's data changes phase after the contract ends.
public struct RetentionSchedule: Sendable, Hashable {
    /// Day 0: the first day without a contract (the "per" date; the contract's last day + 1).
    public let contractEnd: LocalDate
    /// The last day of app access, day 41 (App terms art. 10).
    public let appAccessUntil: LocalDate
    /// The last day the data is visible to the parent and the staff, day 55 (inclusive).
    public let visibleUntil: LocalDate
    /// The first day the data is archived, day 56.
    public let archivedFrom: LocalDate
    /// The day the data is destroyed: one year after the end, 29 February rounded down to 28 February.
    public let destroyedOn: LocalDate

    /// Day 0 under its plain name: the first day without a contract.
    public var firstDayWithoutContract: LocalDate { contractEnd }

    /// Creates a schedule.
    public init(
        contractEnd: LocalDate, appAccessUntil: LocalDate, visibleUntil: LocalDate, archivedFrom: LocalDate,
        destroyedOn: LocalDate
    ) {
        self.contractEnd = contractEnd
        self.appAccessUntil = appAccessUntil
        self.visibleUntil = visibleUntil
        self.archivedFrom = archivedFrom
        self.destroyedOn = destroyedOn
    }
}

/// Where a child's data stands on a given day.
public enum RetentionPhase: String, Sendable, Hashable, CaseIterable {
    /// Before the contract end: the contract is in force.
    case underContract
    /// Days 0 – 41: the parent still has app access (App terms art. 10).
    case visibleInApp
    /// Days 42 – 55: no app access, but the data is visible to the staff and the parent can download it
    /// on request (App privacy statement; I-306).
    case visibleOnRequest
    /// From day 56 until the day before destruction: archived, not visible.
    case archived
    /// From one year after the end: destroyed.
    case destroyed
}

#if !hasFeature(Embedded)
    extension OwnDataPeriod: Codable {}
    extension RetentionSchedule: Codable {}
    extension RetentionPhase: Codable {}
#endif
