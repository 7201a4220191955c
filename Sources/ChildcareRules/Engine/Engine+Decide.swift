// How the engine decides each kind of event: it calls the rule, applies the rule's ledger, lifecycle or
// access consequence to the state, and records the decision in the uniform shape.

extension Engine {
    static func decide(
        _ timed: TimedEvent, state: inout EngineState, facts: CaseFacts, terms: TermsCatalogue
    ) throws(RulesError) -> [DecisionRecord] {
        // The hours of a contract whose end has passed lapse before anything else is decided, and again
        // after it for hours the event gave back; an expiry event lapses them itself, in its own decision.
        if case .expiry = timed.event {
            return try decideEvent(timed, state: &state, facts: facts, terms: terms)
        }
        let instant = try moment(of: timed).instant
        let date = timed.at.date
        let before = try lapseEndedContracts(
            before: date, suffix: "#lapse-before-", timed: timed, instant: instant, state: &state,
            facts: facts)
        let records = try decideEvent(timed, state: &state, facts: facts, terms: terms)
        let after = try lapseEndedContracts(
            before: date, suffix: "#lapse-after-", timed: timed, instant: instant, state: &state, facts: facts
        )
        let subject = try subjectContract(of: timed.event, state: state, facts: facts)
        return records.map { $0.byAnalogy(for: subject?.service) }
            + (before.records + after.records).map { record in
                record.byAnalogy(
                    for: facts.contracts.first { $0.id == record.contractEnd?.contract }?.service)
            }
    }

    /// The contract an event is about, for citing by analogy: the contract it names, or the contract of its
    /// booking. `nil` for an event about several contracts or none (an expiry run, app access).
    private static func subjectContract(
        of event: EngineEvent, state: EngineState, facts: CaseFacts
    ) throws(RulesError) -> Contract? {
        switch event {
        case .absence(let id, _, _, _), .absenceWithdrawn(let id, _), .goodwill(let id, _, _, _),
            .payoutRequested(let id), .hoursOffered(let id, _), .extraCareRequested(_, let id, _, _, _, _, _):
            return try facts.contract(id)
        case .extraCareApproved(let booking), .extraCareRejected(let booking),
            .extraCareRequestWithdrawn(let booking), .extraCareCancelled(let booking, _),
            .extraCareWithdrawnByProvider(let booking):
            return try? contract(ofBooking: booking, state: state, facts: facts)
        case .contract, .access, .expiry, .locationMove, .billing, .waiver, .dataRequest:
            // Contract rules and billing cite by analogy themselves; access and expiry are not about one contract.
            return nil
        }
    }

    private static func decideEvent(
        _ timed: TimedEvent, state: inout EngineState, facts: CaseFacts, terms: TermsCatalogue
    ) throws(RulesError) -> [DecisionRecord] {
        let id = timed.id
        let key = timed.key
        let instant = try moment(of: timed).instant
        switch timed.event {
        case .absence(let contractID, let date, let channel, let version):
            let contract = try state.contract(contractID, facts: facts)
            if let refusal = try refusalAfterEnd(
                of: contract, on: date, rule: AbsenceRule.rule,
                what: Explanation(
                    nl: "een afmelding levert dan geen ruil- en inhaaluren op",
                    en: "an absence then earns no swap hours"), id: id, state: state, facts: facts)
            {
                return [refusal.with { $0.absenceRegistered = false }]
            }
            // The hours reach as far as the contract's hours do: after a move, to the contract moved to.
            let hoursContract = try state.hoursContract(contractID, facts: facts)
            let parameters = try state.parameters(of: contract, on: date, terms: terms)
            let decision = try AbsenceRule.decide(
                date: date, contract: hoursContract, school: facts.school, reported: timed.at,
                channel: channel, appVersion: version, child: facts.childName(of: contract),
                parameters: parameters)
            var minutes = decision.outcome.earnedMinutes
            var outcome = DecisionOutcome(decision.outcome.reason)
            var explanation = decision.explanation
            let registered: Bool =
                switch decision.outcome.reason {
                case .earned, .tooLate, .enteredByStaff, .notInApp, .closureDayAnnouncedLate: true
                case .appVersionCannotRequest, .notACareDay: false
                }
            if let command = decision.outcome.ledgerCommand(for: hoursContract, parameters: parameters) {
                let receipt = try state.desk.record(command, key: key, at: instant)
                if receipt.isDuplicate {
                    minutes = 0
                    outcome = .alreadyReported
                    explanation = explanation.followed(
                        by: Explanation(
                            nl:
                                "Deze dag was al afgemeld; een dag levert maar één keer ruil- en inhaaluren op.",
                            en: "This day was already reported absent; a day earns swap hours only once."))
                }
            }
            return [
                DecisionRecord(
                    event: id, rule: decision.rule, outcome: outcome, minutes: minutes,
                    deadlines: decision.deadlines,
                    citations: decision.citations, explanation: explanation,
                    balance: state.balance(of: contract)
                ).with { $0.absenceRegistered = registered }
            ]

        case .absenceWithdrawn(let contractID, let date):
            let contract = try state.contract(contractID, facts: facts)
            return [
                try withdrawAbsence(
                    contract, date: date, timed: timed, instant: instant, state: &state, facts: facts)
            ]

        case .extraCareRequested(
            let booking, let contractID, let careStart, let minutes, let withHours, let channel,
            let version):
            let contract = try state.contract(contractID, facts: facts)
            if let refusal = try refusalAfterEnd(
                of: contract, on: careStart.date, rule: ExtraCareRequestRule.rule,
                what: Explanation(
                    nl: "extra opvang kan dan niet worden aangevraagd, met of zonder ruil- en inhaaluren",
                    en: "extra care cannot be requested then, with or without swap hours"), id: id,
                state: state,
                facts: facts)
            {
                return [refusal]
            }
            let decision = try state.desk.request(
                booking, contract: contract, school: facts.school, careStart: careStart, minutes: minutes,
                requested: timed.at, channel: channel, appVersion: version, withHours: withHours, key: key,
                parameters: state.parameters(of: contract, on: careStart.date, terms: terms))
            let outcome = decision.outcome
            let name: DecisionOutcome
            if let refusal = outcome.refusal {
                name = DecisionOutcome(refusal)
            } else if outcome.hoursMinutes == 0 {
                name = .invoiced
            } else if outcome.hoursMinutes < outcome.requestedMinutes {
                name = .partlyReserved
            } else {
                name = .reserved
            }
            return [
                DecisionRecord(
                    decision, event: id, outcome: name, minutes: outcome.hoursMinutes,
                    balance: state.balance(of: contract))
            ]

        case .extraCareApproved(let booking), .extraCareRejected(let booking):
            let contract = try self.contract(ofBooking: booking, state: state, facts: facts)
            let approve = if case .extraCareApproved = timed.event { true } else { false }
            let decision =
                approve
                ? try state.desk.approve(booking, at: timed.at, key: key)
                : try state.desk.reject(booking, at: timed.at, key: key)
            let outcome = decision.outcome
            return [
                DecisionRecord(
                    decision, event: id, outcome: outcome.approved ? .approved : .rejected,
                    minutes: outcome.approved ? outcome.minutesUsed : outcome.minutesReleased,
                    balance: state.balance(of: contract))
            ]

        case .extraCareRequestWithdrawn(let booking):
            let contract = try self.contract(ofBooking: booking, state: state, facts: facts)
            let decision = try state.desk.withdrawRequest(booking, at: timed.at, key: key)
            return [
                DecisionRecord(
                    decision, event: id, outcome: .withdrawn, minutes: decision.outcome.minutesReleased,
                    balance: state.balance(of: contract))
            ]

        case .extraCareCancelled(let booking, let channel):
            let contract = try self.contract(ofBooking: booking, state: state, facts: facts)
            let booked = state.desk.bookings[booking]?.careStart.date ?? timed.at.date
            let decisions = try state.desk.cancel(
                booking, cancelled: timed.at, channel: channel, key: key, contractEnd: contract.endDate,
                parameters: state.parameters(of: contract, on: booked, terms: terms))
            let balance = state.balance(of: contract)
            return decisions.map { decision in
                let outcome = decision.outcome
                let name: DecisionOutcome =
                    switch (outcome.paidWith, outcome.hoursBack) {
                    case (.hours, true): .hoursBack
                    case (.hours, false): .hoursUsed
                    case (_, true): .makeupHoursCredited
                    case (_, false): .noMakeupHours
                    }
                return DecisionRecord(
                    decision, event: id, outcome: name, minutes: outcome.hoursBack ? outcome.minutes : 0,
                    balance: balance)
            }

        case .extraCareWithdrawnByProvider(let booking):
            let contract = try self.contract(ofBooking: booking, state: state, facts: facts)
            let decision = try state.desk.withdrawByProvider(booking, at: timed.at, key: key)
            return [
                DecisionRecord(
                    decision, event: id,
                    outcome: decision.outcome.contraryToLid5 ? .contraryToLid5 : .withdrawn,
                    minutes: decision.outcome.minutesBack, balance: state.balance(of: contract))
            ]

        case .contract(let contractID, let event):
            let contract = try state.contract(contractID, facts: facts)
            try requireContractOpen(event, contract: contract, end: state.timelines[contractID]?.end)
            let current = state.contracts[contractID] ?? .signed
            let parameters = try state.parameters(of: contract, on: timed.at.date, terms: terms)
            let step = try ContractLifecycle.apply(
                event, to: current, contract: contract, parameters: parameters)
            state.contracts[contractID] = step.state
            // A change of care (art. 8 lid 2), a price change (art. 7) or a terms change (art. 10) takes
            // effect on the date its outcome gives: the timeline records it with its clause.
            if let effective = step.decision.outcome.changeEffectiveDate {
                state.timelines[contractID]?.recordChange(
                    on: effective, source: id, citation: step.decision.citations.first)
                // From the day a terms change takes effect, the edition in force then binds the contract
                // (art. 10); with the library's one edition, that is the edition it was already bound by.
                if case .termsChange = event, case .termsChange(let change) = step.decision.outcome,
                    try terms.inForce(on: change.effectiveDate) != parameters
                {
                    state.timelines[contractID]?.recordTermsNotice(effective: change.effectiveDate)
                }
            }
            let record = DecisionRecord(
                step.decision, event: id, outcome: .contract(ContractOutcome(step.decision.outcome)))
            let ended = try recordEnd(
                of: contract, step: step, timed: timed, instant: instant, state: &state, facts: facts)
            return [record.with { $0.contractEnd = ended.end }] + ended.records

        case .access(let user, let event):
            return try access(user, event: event, id: id, at: timed.at, state: &state, facts: facts)

        case .expiry(let asOf):
            // Hours of a contract that ended before `asOf` lapse at its end (art. 5 lid 5), whatever
            // their own expiry date.
            let atEnd = try lapseEndedContracts(
                before: asOf, suffix: "#lapse-", timed: timed, instant: instant, state: &state, facts: facts)
            let lapsed = try state.desk.record(.expire(asOf: asOf), key: key, at: instant)
            let receipt = LedgerReceipt(entries: lapsed.entries, minutes: lapsed.minutes + atEnd.minutes)
            let edition = try TermsEdition.inForce(.tsoTerms, on: timed.at.date)
            let citation = edition.cite("5", lid: 5)
            let balance =
                facts.contracts.count == 1 ? facts.contracts.first.map { state.balance(of: $0) } : nil
            let date = asOf.spelledOut(in: .nl)
            let dateEn = asOf.spelledOut(in: .en)
            let explanation =
                receipt.minutes > 0
                ? Explanation(
                    nl:
                        "Op \(date) zijn \(receipt.minutes) minuten ruil- en inhaaluren vervallen, zonder restitutie "
                        + "in geld of in opvang (\(citation.rendered(in: .nl))).",
                    en:
                        "On \(dateEn), \(receipt.minutes) minutes of swap hours lapsed, without a refund in money or "
                        + "in care (\(citation.rendered(in: .en))).")
                : Explanation(
                    nl: "Op \(date) vervielen er geen ruil- en inhaaluren (\(citation.rendered(in: .nl))).",
                    en: "On \(dateEn) no swap hours lapsed (\(citation.rendered(in: .en))).")
            return [
                DecisionRecord(
                    event: id, rule: SwapHoursExpiry.rule,
                    outcome: receipt.minutes > 0 ? .expired : .nothingExpired,
                    minutes: receipt.minutes, deadlines: [], citations: [citation], explanation: explanation,
                    balance: balance)
            ]

        case .goodwill(let contractID, let minutes, let reason, let grantedBy):
            let contract = try state.hoursContract(contractID, facts: facts)
            let grant = try GoodwillGrant(
                account: LedgerAccount(contract), minutes: minutes, reason: reason, grantedBy: grantedBy,
                date: timed.at.date, contractEnd: contract.endDate)
            try state.desk.record(.grantGoodwill(grant), key: key, at: instant)
            let edition = try TermsEdition.inForce(.tsoTerms, on: timed.at.date)
            let deadline = try Deadline.endOfDate(grant.expiry, kind: SwapHoursExpiry.deadlineKind)
            return [
                DecisionRecord(
                    event: id, rule: goodwillRule, outcome: .goodwill, minutes: minutes,
                    deadlines: [deadline],
                    citations: [edition.cite("5", lid: 5)], explanation: grant.explanation,
                    balance: state.balance(of: contract))
            ]

        case .hoursOffered(let from, let target):
            let source = try state.contract(from, facts: facts)
            let care = try state.contract(target, facts: facts)
            let what = Explanation(
                nl: "de ruil- en inhaaluren zijn dan niet meer te gebruiken",
                en: "the swap hours can no longer be used then")
            for contract in [source, care] {
                if let refusal = try refusalAfterEnd(
                    of: contract, on: timed.at.date, rule: SwapHoursScope.rule, what: what, id: id,
                    state: state,
                    facts: facts)
                {
                    return [refusal]
                }
            }
            let decision = try SwapHoursScope.decide(
                hoursOf: LedgerAccount(source), forCareOf: LedgerAccount(care), on: timed.at.date)
            return [
                DecisionRecord(
                    decision, event: id, outcome: decision.outcome.isAllowed ? .allowed : .refused,
                    balance: state.balance(of: source))
            ]

        case .payoutRequested(let contractID):
            let contract = try state.hoursContract(contractID, facts: facts)
            let balance = state.balance(of: contract)
            let expiry =
                state.ledger.lots(of: LedgerAccount(contract)).map { $0.expiry }.min()
                ?? SwapHoursExpiry.expiryDate(of: timed.at.date, contractEnd: contract.endDate)
            let decision = try SwapHoursScope.payout(
                minutes: balance.available, expiry: expiry, askedOn: timed.at.date)
            return [DecisionRecord(decision, event: id, outcome: .refused, balance: balance)]

        case .locationMove(let from, let target, let firstDay):
            return try move(
                from: from, to: target, firstDay: firstDay, timed: timed, state: &state, facts: facts)

        case .billing(let contractID, let schoolYear):
            return [
                try billing(
                    contractID, schoolYear: schoolYear, timed: timed, state: state, facts: facts, terms: terms
                )
            ]

        case .waiver(let contractID, let waived, let reason, let grantedBy):
            let contract = try state.contract(contractID, facts: facts)
            return [waiver(waived, reason: reason, grantedBy: grantedBy, contract: contract, timed: timed)]

        case .dataRequest(let parent, let kind, let consentWithdrawn):
            #if hasFeature(Embedded)
                // The web module answers a parent's questions about absences, care days and the balance
                // (`ChildcareRulesApp`); none of its requests is a data request, so it leaves the rule out
                // (16 KB). A service decides data requests natively.
                _ = (parent, kind, consentWithdrawn)
                throw RulesError(
                    code: .invalidArgument, value: "data-request",
                    context: "the web module does not decide data requests")
            #else
                return [
                    try dataRequest(
                        kind, by: parent, consentWithdrawn: consentWithdrawn, id: id, on: timed.at.date,
                        state: state, facts: facts)
                ]
            #endif
        }
    }

    #if !hasFeature(Embedded)
        /// A parent's AVG request, answered by ``DataRequest/answerDeadline(_:received:contractEnd:consentWithdrawn:)``.
        /// The contract end it reads is the timeline's: once every contract the parent sees has an end (a
        /// termination, a cancellation, a move, the facts' end date), day 0 is the day after the last of them,
        /// and the answer says whether the data is still in the app, archived or destroyed (I-309).
        private static func dataRequest(
            _ kind: DataRequest.Kind, by parent: ParentID, consentWithdrawn: Bool, id: EventID,
            on received: LocalDate, state: EngineState, facts: CaseFacts
        ) throws(RulesError) -> DecisionRecord {
            guard let access = state.access[parent] else {
                throw RulesError(
                    code: .unknownReference, value: "parent \(parent)", context: "the case has no such parent"
                )
            }
            var lastDay: LocalDate?
            var allEnded = true
            for contract in facts.contracts
            where access.role == .otherParent || contract.contractParent == parent {
                guard let end = try state.contract(contract.id, facts: facts).endDate else {
                    allEnded = false
                    break
                }
                lastDay = max(lastDay ?? end, end)
            }
            var contractEnd: LocalDate?
            if allEnded, let lastDay {
                contractEnd = try RulesError.calendar { () throws(CalendarError) in
                    try lastDay.adding(days: 1)
                }
            }
            let decision = try DataRequest.answerDeadline(
                kind, received: received, contractEnd: contractEnd, consentWithdrawn: consentWithdrawn)
            return DecisionRecord(decision, event: id, outcome: .answerDue).with { $0.addressee = parent }
        }
    #endif

    /// The identifier of goodwill grants: exceptions outside the rules, recorded apart from them.
    public static let goodwillRule: RuleID = "swapHours.goodwill"

    /// The identifier of withdrawing a reported absence.
    public static let absenceWithdrawalRule: RuleID = "swapHours.absenceWithdrawal"

    private static func withdrawAbsence(
        _ contract: Contract, date: LocalDate, timed: TimedEvent, instant: Instant, state: inout EngineState,
        facts: CaseFacts
    ) throws(RulesError) -> DecisionRecord {
        let edition = try TermsEdition.inForce(.tsoTerms, on: date)
        let citation = edition.cite("5", lid: 1)
        guard let day = try CareCalendar.day(date, contract: contract, school: facts.school).careDay else {
            throw RulesError(
                code: .invalidArgument, value: "\(date)", context: "it is not a care day of \(contract.id)")
        }
        var minutes = 0
        do {
            minutes =
                try state.desk.record(
                    .withdrawAbsence(LedgerAccount(contract), careDate: date, careStart: day.start.instant),
                    key: timed.key,
                    at: instant
                ).minutes
        } catch  where error.code == .unknownReference {
            minutes = 0
        }
        let explanation = Explanation(.absence(.withdrawn(date: date, minutes: minutes, citation: citation)))
        return DecisionRecord(
            event: timed.id, rule: absenceWithdrawalRule,
            outcome: minutes > 0 ? .withdrawn : .nothingToWithdraw,
            minutes: minutes, deadlines: [], citations: [citation], explanation: explanation,
            balance: state.balance(of: contract))
    }

    private static func access(
        _ user: ParentID, event: AccessEvent, id: EventID, at moment: LocalDateTime, state: inout EngineState,
        facts: CaseFacts
    ) throws(RulesError) -> [DecisionRecord] {
        let date = moment.date
        guard let before = state.access[user] else {
            throw RulesError(
                code: .unknownReference, value: "user \(user)", context: "the case has no such app user")
        }
        if case .childConsent(let child, _, _) = event, !facts.children.contains(child) {
            throw RulesError(
                code: .unknownReference, value: "child \(child)",
                context: "the case has no contract for this child")
        }
        // A temporary block ends by itself at the start of its end date (App terms art. 8, "tijdelijk").
        for (parent, parentFacts) in state.access {
            if parentFacts.block != nil, case .temporary(let until) = parentFacts.blockDuration, until <= date
            {
                state.access[parent] = AppAccessMachine.apply(.unblocked, to: parentFacts)
            }
        }
        let current = state.access[user] ?? before
        var note: Explanation?
        var updated = AppAccessMachine.apply(event, to: current)
        // "Geen klant meer" (App terms art. 10): a parent with a contract still running is still a customer.
        if case .customerRelationshipEnded = event,
            let running = try stillRunning(
                for: user, role: current.role, on: date, state: state, facts: facts)
        {
            updated = current
            let child = (try? facts.contract(running)).flatMap { facts.childNames[$0.child] }
            let which = (
                child.map { "de overeenkomst voor \($0)" } ?? "een andere overeenkomst",
                child.map { "the contract for \($0)" } ?? "another contract"
            )
            note = Explanation(
                nl: "De klantrelatie loopt nog: \(which.0) loopt door, dus de 6 weken beginnen pas "
                    + "als geen enkele overeenkomst meer loopt (Gebruiksvoorwaarden Ouderapp art. 10).",
                en: "The customer relationship continues: \(which.1) still runs, so the 6 weeks start "
                    + "only when no contract runs any more (App terms art. 10).")
        }
        if case .safetyClaimDecided = event, current.role == .contractParent {
            note = Explanation(
                nl: "Een veiligheidsclaim gaat alleen over de toegang van de andere ouder; de toegang van de "
                    + "contractouder verandert er niet door (Gebruiksvoorwaarden Ouderapp art. 3).",
                en:
                    "A safety claim is only about the other parent's access; the contract parent's access does not "
                    + "change (App terms art. 3).")
        }
        state.access[user] = updated
        // The answer, per child and purpose, with its moment; only a parent with authority answers (I-316).
        if current.hasAuthority {
            let answered: [(ChildID, ConsentPurpose, Bool)] =
                switch event {
                case .photoConsent(let given): facts.children.map { ($0, .photos, given) }
                case .diaryConsent(let given): facts.children.map { ($0, .diary, given) }
                case .childConsent(let child, let purpose, let given): [(child, purpose, given)]
                default: []
                }
            for (child, purpose, given) in answered {
                try state.consent.record(
                    ConsentAnswer(
                        child: child, purpose: purpose, parent: user, hasAuthority: true, given: given,
                        at: moment))
            }
        }
        // One answer per child across the parents with authority; a refusal wins (I-308).
        var changed: [ParentID] = []
        switch event {
        case .photoConsent, .diaryConsent, .childConsent, .authorityLost:
            let deciding = Set(state.access.filter { $0.value.hasAuthority }.map { $0.key })
            for (parent, parentFacts) in state.access.sorted(by: { $0.key < $1.key }) {
                var next = parentFacts
                let media = state.consent.media(
                    of: facts.children, names: facts.childNames, at: moment, counting: deciding,
                    before: parentFacts.children)
                if facts.children.count > 1 {
                    next.setChildren(media)
                } else {
                    let photos = media.first?.photos ?? false
                    let diary = media.first?.diary ?? false
                    next.children = []
                    next.photoConsent = photos
                    next.diaryConsent = diary
                    if photos { next.earlierPhotos = true }
                    if diary { next.earlierDiary = true }
                }
                if next != parentFacts {
                    state.access[parent] = next
                    if parent != user { changed.append(parent) }
                }
            }
        case .earlierPhotosErased, .earlierDiaryErased:
            // Erasure (art. 17 AVG) removes the child's data itself, so no parent sees it any more, whoever
            // asked for it (I-308).
            for (parent, parentFacts) in state.access.sorted(by: { $0.key < $1.key }) where parent != user {
                let next = AppAccessMachine.apply(event, to: parentFacts)
                if next != parentFacts {
                    state.access[parent] = next
                    changed.append(parent)
                }
            }
        default: break
        }
        let own = state.access[user] ?? updated
        var decision = try AppAccess.decide(own)
        if let note {
            decision = Decision(
                rule: decision.rule, outcome: decision.outcome, deadlines: decision.deadlines,
                citations: decision.citations,
                explanation: note.followed(by: decision.explanation))
        }
        var records = [
            DecisionRecord(decision, event: id, outcome: accessName(decision.outcome)).with {
                $0.addressee = user
            }
        ]
        for parent in changed {
            guard let parentFacts = state.access[parent] else { continue }
            let follow = try AppAccess.decide(parentFacts)
            records.append(
                DecisionRecord(follow, event: id, outcome: accessName(follow.outcome)).with {
                    $0.addressee = parent
                })
        }
        // After a separation the contract parent is asked to confirm or withdraw version 1 (I-303).
        if case .separationReported = event, own.v1ConfirmationPending, !current.v1ConfirmationPending {
            for (parent, parentFacts) in state.access.sorted(by: { $0.key < $1.key })
            where parentFacts.role == .contractParent {
                let cite = AccessTerms.latest.app.cite("3")
                let prompt = Decision(
                    rule: AppAccess.rule, outcome: true, deadlines: [], citations: [cite],
                    explanation: Explanation(
                        nl:
                            "Partou vraagt je of de andere ouder na de scheiding versie 1 van de ouderapp houdt: "
                            + "bevestig dat, of trek je toestemming in. Tot je antwoordt, ziet de andere ouder geen "
                            + "nieuwe privé- en contractgegevens van jou (\(cite.rendered(in: .nl))).",
                        en:
                            "Partou asks whether the other parent keeps version 1 of the parent app after the "
                            + "separation: confirm it, or withdraw your consent. Until you answer, the other parent sees "
                            + "none of your new private and contract data (\(cite.rendered(in: .en)))."))
                records.append(
                    DecisionRecord(prompt, event: id, outcome: .v1ConfirmationAsked).with {
                        $0.addressee = parent
                    })
            }
        }
        // The other parent's access depends on the contract parent's (App terms art. 10).
        if own.role == .contractParent, !decision.outcome.hasAccess {
            for (other, otherFacts) in state.access.sorted(by: { $0.key < $1.key })
            where other != user && otherFacts.role == .otherParent && otherFacts.contractParentHasAccess {
                let follows = AppAccessMachine.apply(.contractParentAccessEnded, to: otherFacts)
                state.access[other] = follows
                let followDecision = try AppAccess.decide(follows)
                records.append(
                    DecisionRecord(followDecision, event: id, outcome: accessName(followDecision.outcome))
                        .with {
                            $0.addressee = other
                        })
            }
        }
        return records
    }

    /// A contract that keeps `user` a customer on `date`: one of theirs (for the other parent, one of the
    /// case's) whose last day is not before `date`; `nil` when none runs.
    private static func stillRunning(
        for user: ParentID, role: AppUserRole, on date: LocalDate, state: EngineState, facts: CaseFacts
    ) throws(RulesError) -> ContractID? {
        for contract in facts.contracts where role == .otherParent || contract.contractParent == user {
            let current = try state.contract(contract.id, facts: facts)
            if current.endDate.map({ $0 >= date }) ?? true { return contract.id }
        }
        return nil
    }

    private static func accessName(_ outcome: AccessOutcome) -> DecisionOutcome {
        if outcome.visibleOnly { return .visibleOnly }
        return outcome.version.map { .access($0) } ?? .noAccess
    }

    private static func contract(
        ofBooking booking: ReservationID, state: EngineState, facts: CaseFacts
    ) throws(RulesError) -> Contract {
        guard let account = state.desk.bookings[booking]?.account,
            let contract = facts.contracts.first(where: { LedgerAccount($0) == account })
        else {
            throw RulesError(
                code: .unknownReference, value: "booking \(booking)",
                context: "no extra care was requested under it")
        }
        return try state.contract(contract.id, facts: facts)
    }
}
