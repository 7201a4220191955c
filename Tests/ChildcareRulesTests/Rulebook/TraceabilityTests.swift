import Testing

@testable import ChildcareRules

/// One citation made by a decision: the rule that decided and the clause key it cited.
private struct Cited: Hashable {
    let rule: RuleID
    let key: String
}

/// Decisions of every rule on representative inputs, made by calling the rules directly.
private enum RepresentativeDecisions {
    static func date(_ text: String) throws -> LocalDate { try LocalDate(text) }
    static func time(_ text: String) throws -> LocalDateTime { try LocalDateTime(text) }

    static func contract(
        start: String = "2025-09-01", end: String? = nil, directDebit: Bool = true
    ) throws
        -> Contract
    {
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        return try Contract(
            id: "contract-noor", contractParent: "parent-anna", child: "child-noor", service: .tso,
            location: "school-de-linde", signingDate: date("2025-06-15"), startDate: date(start),
            endDate: try end.map { try date($0) },
            schedule: try WeeklySchedule([
                .monday: session, .tuesday: session, .thursday: session, .friday: session,
            ]),
            annualAmount: Money(cents: 123_457), hourlyRate: Money(cents: 850),
            hasDirectDebitMandate: directDebit)
    }

    static func all() throws -> [Cited] {
        var cited: [Cited] = []
        func add<Outcome>(_ decision: Decision<Outcome>) {
            cited += decision.citations.map { Cited(rule: decision.rule, key: $0.key) }
        }
        let contract = try Self.contract()
        let school = SchoolCalendar(
            schoolHolidays: [try DateRange(first: date("2026-10-17"), last: date("2026-10-25"))],
            closureDays: [try date("2026-10-09")])

        // Swap hours.
        add(try NinetySixHourRule.deadline(careStart: time("2026-03-30T12:00")))
        for channel in [Channel.app, .staff, .email] {
            add(
                try AbsenceRule.decide(
                    careStart: time("2026-03-16T12:00"), minutes: 60, reported: time("2026-03-10T09:00"),
                    channel: channel))
        }
        add(
            try AbsenceRule.decide(
                careStart: time("2026-03-16T12:00"), minutes: 60, reported: time("2026-03-10T09:00"),
                appVersion: .v2))
        for day in ["2026-04-27", "2026-10-09", "2026-10-19", "2026-03-18", "2025-08-25"] {
            add(
                try AbsenceRule.decide(
                    date: date(day), contract: contract, school: school, reported: time("2025-08-01T09:00")))
        }
        add(
            try SwapHoursExpiry.decide(
                earnedFor: date("2026-03-16"), contract: contract, careOn: date("2027-01-01")))
        let noor = LedgerAccount(child: "child-noor", service: .tso)
        for target in [noor, LedgerAccount(child: "child-sem", service: .bso)] {
            add(try SwapHoursScope.decide(hoursOf: noor, forCareOf: target, on: date("2026-05-12")))
        }
        add(try SwapHoursScope.payout(minutes: 60, expiry: date("2026-12-31"), askedOn: date("2026-06-01")))

        // Extra care.
        for (channel, version, start) in [
            (Channel.app, AppVersion.v1, "2026-03-18T12:00"), (.staff, .v1, "2026-03-18T12:00"),
            (.email, .v1, "2026-03-18T12:00"), (.app, .v2, "2026-03-18T12:00"),
            (.app, .v1, "2025-08-27T12:00"),
        ] {
            add(
                try ExtraCareRequestRule.decide(
                    contract: contract, school: .none, careStart: time(start), minutes: 60,
                    requested: time("2025-08-20T09:00"),
                    channel: channel, appVersion: version, withHours: true, availableMinutes: 30))
        }
        for payment in ExtraCarePayment.allCases {
            add(
                try ExtraCareCancellationRule.decide(
                    careStart: time("2026-03-16T12:00"), cancelled: time("2026-03-01T09:00"),
                    paidWith: payment,
                    channel: .email, minutes: 60))
        }
        add(
            try ExtraCareCancellationRule.withdrawnByProvider(
                careStart: time("2026-03-16T12:00"), withdrawn: time("2026-03-16T09:00"), hoursMinutes: 30,
                invoicedMinutes: 30))
        for approve in [true, false] {
            var desk = ExtraCareDesk()
            try desk.record(
                .earn(
                    LedgerAccount(contract), careDate: date("2026-03-02"), minutes: 30,
                    expiry: date("2026-12-31")),
                key: "earn", at: try Amsterdam.resolve(time("2026-02-20T09:00"), policy: .strict).instant)
            _ = try desk.request(
                "booking", contract: contract, school: .none, careStart: time("2026-03-18T12:00"),
                minutes: 60,
                requested: time("2026-03-10T09:00"), withHours: true, key: "request")
            add(
                approve
                    ? try desk.approve("booking", at: time("2026-03-11T09:00"), key: "decide")
                    : try desk.reject("booking", at: time("2026-03-11T09:00"), key: "decide"))
        }

        // Contracts.
        for kind in NoticeKind.allCases { add(try NoticePeriod.decide(kind, from: date("2026-01-31"))) }
        add(try AgreementRule.decide(subject: "a day", madeOn: date("2026-03-02"), channel: .phone))
        for (received, channel) in [
            ("2025-08-05", Channel.email), ("2025-08-05", .phone), ("2025-09-02", .email),
        ] {
            add(try CancellationRule.decide(contract: contract, receivedOn: date(received), channel: channel))
        }
        for (received, channel) in [
            ("2026-01-31", Channel.onlineForm), ("2026-01-31", .email), ("2025-08-05", .onlineForm),
        ] {
            add(
                try ParentTerminationRule.decide(
                    contract: contract, receivedOn: date(received), channel: channel))
        }
        for channel in [Channel.onlineForm, .phone] {
            add(try ContractChangeRule.decide(receivedOn: date("2026-03-10"), channel: channel))
        }
        add(
            try PriceChangeRule.decide(
                announcedOn: date("2026-05-15"), proposedEffectiveDate: date("2026-06-15")))
        let change = try TermsChangeRule.decide(informedOn: date("2026-05-15"), isMaterial: true)
        add(change)
        add(
            try TermsChangeRule.terminate(
                contract: contract, against: change.outcome, receivedOn: date("2026-06-20"),
                channel: .onlineForm))
        let reasons: [ProviderTerminationReason] = [
            .paymentDefault(since: try date("2026-02-01"), paidOn: nil), .extraCareNeed,
            .riskToOthers(warned: false, warningNotReasonablyExpected: false), .disproportionateBurden,
            .unableToPerform, .businessNecessity, .lossOfAuthority, .disproportionateCareNeedOrBehaviour,
            .brokenRelationship, .other("another reason"),
        ]
        for reason in reasons {
            add(
                try ProviderTerminationRule.decide(
                    contract: contract, reason: reason, noticeOn: date("2026-03-31")))
        }
        add(
            try PaymentDefaultRule.decide(
                since: date("2026-01-31"), paidOn: nil, noticeOn: date("2026-03-01")))
        for (found, settled) in [("2025-06-20", false), ("2025-10-31", false), ("2025-10-31", true)] {
            add(
                try MissingConsentRule.decide(
                    contract: contract, foundOn: date(found), hasCourtRulingOrSettlement: settled,
                    agreementReachedOn: nil))
        }
        add(
            try ContractLifecycle.apply(.dateReached(date("2025-09-01")), to: .signed, contract: contract)
                .decision)

        // Billing and the care calendar.
        let year = SchoolYear(containing: try date("2025-09-01"))
        add(try BillingSchedule.decide(for: try Self.contract(end: "2026-03-20"), schoolYear: year))
        add(
            try MonthlyInvoice.invoices(
                for: try Self.contract(directDebit: false), schoolYear: year, extraCare: [],
                administrationFee: Money(cents: 150)))
        add(
            try ExtraCareLine.decide(minutes: 45, hourlyRate: Money(cents: 850), careDate: date("2026-03-18"))
        )
        for claim in [
            RefundRule.Claim.unusedHoursAfterTermination, .forceMajeure(partouDidEverythingPossible: true),
            .holidayOrClosureDay,
        ] {
            add(try RefundRule.decide(claim, on: date("2026-03-02")))
        }
        add(
            try CareCalendar.decide(
                from: date("2026-04-20"), through: date("2026-04-30"), contract: contract, school: school))

        // Access and retention.
        var situations = [
            AccessFacts(), AccessFacts(role: .otherParent),
            AccessFacts(role: .otherParent, isFamily: false, v1Consent: false),
            AccessFacts(role: .otherParent, requested: false),
            AccessFacts(role: .otherParent, hasAuthority: false),
            AccessFacts(hasAuthority: false), AccessFacts(identified: false),
            AccessFacts(termsAccepted: false),
            AccessFacts(role: .otherParent, safetyRefused: true), AccessFacts(contractParentHasAccess: false),
            AccessFacts(daysAfterEnd: 42),
        ]
        situations += BlockReason.allCases.map { AccessFacts(block: $0) }
        for facts in situations { add(try AppAccess.decide(facts)) }
        add(
            Guardianship.otherParentConsentNeeded(
                otherParentHasAuthority: true, courtRulingOrSettlement: true))
        add(try Guardianship.information(for: AccessFacts(role: .otherParent, hasAuthority: false)))
        add(try Guardianship.information(for: AccessFacts(role: .otherParent)))
        add(Guardianship.authorityLost(by: .contractParent))
        add(try Retention.schedule(contractEnd: date("2026-07-31")))
        add(try DataRequest.answerDeadline(.erase, received: date("2026-03-02")))
        return cited
    }
}

@Suite("Traceability — every clause the code cites is in the table, and the other way round")
struct TraceabilityTests {
    /// Citations of statute rather than of the terms: the registry does not quote the Civil Code.
    static let statuteKeys = Set(Statute.citations.map(\.key))

    /// Every clause key cited by the decisions behind the rulebook's worked examples.
    static func exampleKeys() throws -> Set<String> {
        var keys: Set<String> = []
        for card in Rulebook.cards {
            for table in try card.examples() { keys.formUnion(table.citedKeys) }
        }
        return keys
    }

    @Test("Every key the code cites is a clause of the registry and a row of the table")
    func citedKeysAreInTheTable() throws {
        let tableKeys = Set(Traceability.rows.map(\.clause.key))
        let cited = Set(try RepresentativeDecisions.all().map(\.key)).union(try Self.exampleKeys())
        #expect(!cited.isEmpty)
        for key in cited.subtracting(Self.statuteKeys).sorted() {
            #expect(
                ClauseRegistry.clause(forKey: key) != nil, "the code cites \(key), which the registry lacks")
            #expect(tableKeys.contains(key), "the code cites \(key), which the table lacks")
        }
    }

    @Test("A clause a rule cites is listed on that rule's card, so the table names the rule")
    func citingRuleIsOnTheRow() throws {
        let cards = Dictionary(uniqueKeysWithValues: Rulebook.cards.map { ($0.id, $0) })
        for cited in Set(try RepresentativeDecisions.all()) where !Self.statuteKeys.contains(cited.key) {
            let card = try #require(cards[cited.rule], "no rule card for \(cited.rule)")
            #expect(
                card.clauseKeys.contains(cited.key),
                "\(cited.rule) cites \(cited.key) but its card does not list it")
        }
    }

    @Test("Every clause marked implemented is cited by at least one decision")
    func implementedClausesAreCited() throws {
        let cited = Set(try RepresentativeDecisions.all().map(\.key)).union(try Self.exampleKeys())
        for row in Traceability.rows {
            guard case .implemented(let rules) = row.status else { continue }
            #expect(!rules.isEmpty, "\(row.clause.key) is marked implemented by no rule")
            #expect(!row.tests.isEmpty, "\(row.clause.key) has no test")
            #expect(
                cited.contains(row.clause.key),
                "\(row.clause.key) is marked implemented but no decision cites it")
        }
    }

    @Test(
        "The exemptions are explicit: context and not-yet-implemented clauses are decidable registry clauses")
    func exemptionsAreExplicit() throws {
        let cited = Set(try RepresentativeDecisions.all().map(\.key)).union(try Self.exampleKeys())
        let context = Traceability.contextClauses.map(\.key)
        let gaps = Traceability.notImplemented.map(\.key)
        #expect(Set(context).count == context.count)
        #expect(Set(context).isDisjoint(with: gaps))
        for key in context + gaps {
            let clause = try #require(ClauseRegistry.clause(forKey: key), "unknown exemption \(key)")
            #expect(clause.decidability.isDecidable, "\(key) is not decidable; it needs no exemption")
            #expect(
                !Rulebook.cards.contains { $0.clauseKeys.contains(key) }, "\(key) is on a card and exempt")
        }
        for key in gaps { #expect(!cited.contains(key), "\(key) is cited, so it is implemented") }
        let exempt = Traceability.rows.filter {
            if case .context = $0.status { return true }
            return false
        }
        #expect(exempt.map(\.clause.key).sorted() == context.sorted())
    }

    @Test("The table covers every clause, once, in the registry's order")
    func coversEveryClause() {
        #expect(Traceability.rows.map(\.clause.key) == ClauseRegistry.all.map(\.key))
        let markdown = Traceability.markdown()
        var position = markdown.startIndex
        for clause in ClauseRegistry.all {
            let needle = "| \(clause.key) |"
            let found = markdown[position...].firstRange(of: needle)
            #expect(found != nil, "\(clause.key) missing or out of order")
            if let found { position = found.upperBound }
        }
        #expect(markdown.contains("109 of 109 clauses accounted for (100%)"))
    }

    @Test(
        "Conflicts between clauses have their own table: art. 8 lid 3 against lid 5, TSO 2.3 d.4 against App art. 3"
    )
    func conflicts() {
        let keys = Traceability.conflicts.map { $0.keys }
        #expect(keys.contains(["TSO art. 8 lid 3", "TSO art. 8 lid 5"]))
        #expect(keys.contains(["TSO art. 2 lid 3 sub d.4", "APP art. 3"]))
        for key in keys.joined() {
            #expect(ClauseRegistry.clause(forKey: key) != nil, "\(key) is not a clause")
        }
        let markdown = Traceability.markdown()
        #expect(markdown.contains("## Conflicts between clauses"))
        #expect(markdown.contains("| TSO art. 8 lid 3<br>TSO art. 8 lid 5 |"))
    }

    @Test(
        "Consent that is not retroactive is implemented: the grant of earlier photos cites 'Welke gegevens?'")
    func consentNotRetroactive() throws {
        let row = try #require(Traceability.rows.first { $0.clause.key == "APP-PRIVACY 'Welke gegevens?'" })
        #expect(row.status == .implemented(rules: [AppAccess.rule]))
        let terms = try AccessTerms.inForce(on: LocalDate("2026-01-01"))
        #expect(
            AccessGrantRule.photosCollectedEarlier.citations(in: terms).map(\.key).contains(
                "APP-PRIVACY 'Welke gegevens?'"))
    }
}
