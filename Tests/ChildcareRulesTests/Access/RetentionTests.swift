import ChildcareRules
import Testing

@Suite("Retention — App privacy statement, 'Bewaren van persoonsgegevens'; App terms art. 10")
struct RetentionTests {
    @Test(
        "The schedule: access through day 41, visible through day 55, archived from day 56, destroyed after one year",
        arguments: [
            ("2026-01-01", "2026-02-11", "2026-02-25", "2026-02-26", "2027-01-01"),
            ("2024-02-29", "2024-04-10", "2024-04-24", "2024-04-25", "2025-02-28"),
            ("2025-12-15", "2026-01-25", "2026-02-08", "2026-02-09", "2026-12-15"),
        ])
    func schedule(end: String, access: String, visible: String, archived: String, destroyed: String) throws {
        let decision = try Retention.schedule(contractEnd: LocalDate(end))
        let schedule = decision.outcome
        #expect(schedule.appAccessUntil.description == access)
        #expect(schedule.visibleUntil.description == visible)
        #expect(schedule.archivedFrom.description == archived)
        #expect(schedule.destroyedOn.description == destroyed)
        #expect(
            decision.deadlines.map(\.kind.key) == [
                "appAccessUntil", "dataVisibleUntil", "dataArchivedFrom", "dataDestroyedOn",
            ])
        #expect(decision.deadlines == decision.deadlines.sorted())
        #expect(
            decision.citations.map(\.key) == ["APP-PRIVACY 'Bewaren van persoonsgegevens'", "APP art. 10"])
    }

    @Test(
        "The phase on each boundary day of a contract ending 1 January 2026",
        arguments: [
            ("2025-12-31", RetentionPhase.underContract), ("2026-01-01", .visibleInApp),
            ("2026-02-11", .visibleInApp),
            ("2026-02-12", .visibleOnRequest), ("2026-02-25", .visibleOnRequest), ("2026-02-26", .archived),
            ("2026-12-31", .archived), ("2027-01-01", .destroyed),
        ])
    func phase(date: String, expected: RetentionPhase) throws {
        #expect(try Retention.phase(on: LocalDate(date), contractEnd: LocalDate("2026-01-01")) == expected)
    }

    @Test("The retention phases agree with app access: use of the app to day 41, the data visible to day 55")
    func agreesWithAccess() throws {
        let end = try LocalDate("2026-01-01")
        for day in 0...60 {
            let date = try end.adding(days: day)
            let outcome = try AppAccess.outcome(AccessFacts(daysAfterEnd: day))
            let phase = try Retention.phase(on: date, contractEnd: end)
            #expect((phase == .visibleInApp) == (outcome.hasAccess && !outcome.visibleOnly))
            #expect((phase == .visibleOnRequest) == outcome.visibleOnly)
        }
    }

    @Test("An end before 2024 follows the portal privacy statement's same periods (I-314)")
    func beforeFirstEdition() throws {
        let decision = try Retention.schedule(contractEnd: LocalDate("2023-06-01"))
        #expect(decision.citations.map(\.key) == ["PORTAL-PRIVACY 'Bewaren van persoonsgegevens'"])
        #expect(decision.outcome.visibleUntil.description == "2023-07-26")
        #expect(decision.outcome.archivedFrom.description == "2023-07-27")
        #expect(decision.outcome.destroyedOn.description == "2024-06-01")
        #expect(decision.explanation.nl.contains("privacyverklaring van het ouderportaal"))
    }

    @Test("The customer relationship ends with the parent's last contract, across all of them (I-305)")
    func customerRelationship() throws {
        let first = try LocalDate("2026-12-31")
        let sibling = try LocalDate("2027-07-16")
        #expect(try Retention.customerRelationshipEnd(lastDays: [first, nil]) == nil)
        #expect(
            try Retention.customerRelationshipEnd(lastDays: [first, sibling])?.description == "2027-07-17")
        let schedule = try Retention.schedule(lastDaysOfContracts: [first, sibling])
        #expect(schedule.outcome.contractEnd.description == "2027-07-17")
        #expect(throws: RulesError.self) { try Retention.customerRelationshipEnd(lastDays: []) }
    }

    @Test("The parent's own data: the documents state no period (I-314)")
    func ownData() throws {
        let stated = Retention.ownDataPeriods.filter { $0.stated != nil }.map(\.key)
        #expect(stated == ["childData"])
        #expect(Retention.ownDataPeriods.map(\.key).contains("invoices"))
        let decision = try Retention.schedule(contractEnd: LocalDate("2026-01-01"))
        #expect(decision.explanation.en.contains("the documents state no period"))
    }
}

@Suite("Data requests — Portal privacy statement: answered within 4 weeks; art. 12, 15–21 AVG")
struct DataRequestTests {
    @Test(
        "Every AVG right is a typed request answered within the stricter of 4 weeks and one month (I-315)",
        arguments: DataRequest.Kind.allCases)
    func everyRight(kind: DataRequest.Kind) throws {
        for received in ["2026-02-01", "2026-01-31", "2028-02-01", "2026-07-15"] {
            let date = try LocalDate(received)
            let month = try date.adding(months: 1, rounding: .down)
            let due = try DataRequest.answerBy(received: date)
            #expect(due == (try date.adding(days: 28)) && due <= month)
        }
        let decision = try DataRequest.answerDeadline(kind, received: LocalDate("2026-03-02"))
        #expect(decision.explanation.nl.contains("art. \(kind.article) AVG"))
        #expect(["15", "16", "17", "18", "20", "21"].contains(kind.article))
        let erase = try DataRequest.answerDeadline(
            .erase, received: LocalDate("2026-03-02"), consentWithdrawn: true)
        #expect(erase.explanation.nl.contains("art. 17 lid 1 sub b AVG"))
    }

    @Test(
        "An extension needs a notice with reasons by the first deadline; a refusal names the Autoriteit Persoonsgegevens (I-315)"
    )
    func extensionAndRefusal() throws {
        let received = try LocalDate("2026-02-12")
        let extended = try DataRequest.extensionNotice(.inspect, received: received, reasons: "many requests")
        #expect(extended.outcome.noticeBy.description == "2026-03-12")
        #expect(extended.outcome.answerBy.description == "2026-05-12")
        #expect(extended.explanation.en.contains("many requests"))
        #expect(throws: RulesError.self) {
            try DataRequest.extensionNotice(.inspect, received: received, reasons: " ")
        }
        let refused = try DataRequest.refusalNotice(.erase, received: received)
        #expect(refused.outcome.noticeBy.description == "2026-03-12")
        #expect(refused.explanation.nl.contains("Autoriteit Persoonsgegevens"))
        #expect(refused.explanation.en.contains("go to court"))
    }

    @Test("A request reaches archived data until it is destroyed (I-315)")
    func archived() throws {
        // Customer relationship ended 1 January 2026: archived from 26 February, destroyed 1 January 2027.
        let end = try LocalDate("2026-01-01")
        let archived = try DataRequest.answerDeadline(
            .inspect, received: LocalDate("2026-03-02"), contractEnd: end)
        #expect(archived.outcome.phase == .archived)
        #expect(archived.explanation.nl.contains("geldt ook voor gearchiveerde gegevens"))
        let destroyed = try DataRequest.answerDeadline(
            .inspect, received: LocalDate("2027-01-04"), contractEnd: end)
        #expect(destroyed.outcome.phase == .destroyed)
        #expect(destroyed.explanation.en.contains("was destroyed on Friday 1 January 2027"))
        // The case: a request on day 42 is answered by 12 March 2026, and the data stays covered.
        let day42 = try DataRequest.answerDeadline(
            .inspect, received: LocalDate("2026-02-12"), contractEnd: end)
        #expect(day42.outcome.answerBy.description == "2026-03-12")
        #expect(day42.outcome.phase == .visibleOnRequest)
    }

    @Test(
        "The answer is due by the end of the day 28 days after receipt, inclusive (I-309)",
        arguments: [
            (DataRequest.Kind.inspect, "2026-03-02", "2026-03-30"),
            (.erase, "2026-02-01", "2026-03-01"),
            (.correct, "2024-12-20", "2025-01-17"),
        ])
    func deadline(kind: DataRequest.Kind, received: String, due: String) throws {
        let decision = try DataRequest.answerDeadline(kind, received: LocalDate(received))
        #expect(decision.outcome.answerBy.description == due)
        let deadline = try #require(decision.deadlines.first)
        #expect(deadline.isInclusive)
        #expect(deadline.moment.local.time == .endOfDay)
        #expect(decision.citations.map(\.key) == ["PORTAL-PRIVACY 'Bewaren van persoonsgegevens'"])
        #expect(decision.explanation.en.contains("within 4 weeks"))
    }
}
