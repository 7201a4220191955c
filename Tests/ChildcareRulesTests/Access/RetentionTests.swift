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

    @Test("The retention phases agree with app access: no app access from day 42 on")
    func agreesWithAccess() throws {
        let end = try LocalDate("2026-01-01")
        for day in 0...60 {
            let date = try end.adding(days: day)
            let access = try AppAccess.outcome(AccessFacts(daysAfterEnd: day)).hasAccess
            #expect((try Retention.phase(on: date, contractEnd: end) == .visibleInApp) == access)
        }
    }

    @Test("An end before the 2024 app terms is rejected rather than guessed")
    func beforeFirstEdition() {
        #expect(throws: RulesError.self) { try Retention.schedule(contractEnd: LocalDate("2023-12-31")) }
    }
}

@Suite("Data requests — Portal privacy statement: answered within 4 weeks")
struct DataRequestTests {
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
