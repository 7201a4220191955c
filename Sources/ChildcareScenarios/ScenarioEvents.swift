import ChildcareRules

/// Reading the `events` of a scenario file: each a timed event with a `type` and its own fields.
///
/// | type | fields (besides `id`, `at`, optional `key`) |
/// |---|---|
/// | `absence` | `contract`, `date`, `channel` (`app`/`staff`, default `app`), `appVersion` (`1`/`2`, optional) |
/// | `absence-withdrawn` | `contract`, `date` |
/// | `extra-care-requested` | `booking`, `contract`, `careStart`, `minutes`, `withHours`, `channel`, `appVersion` |
/// | `extra-care-approved`, `extra-care-rejected`, `extra-care-request-withdrawn`, `extra-care-withdrawn-by-provider` | `booking` |
/// | `extra-care-cancelled` | `booking`, `channel` (`app`/`email`) |
/// | `cancellation` | `contract`, `channel` |
/// | `termination` | `contract`, `channel`, `requestedEnd` (optional) |
/// | `change` | `contract`, `channel`, `requestedEffective` (optional) |
/// | `price-change` | `contract`, `proposedEffective`, `increase` (optional, default `false`) |
/// | `terms-change` | `contract`, `proposedEffective` (optional), `material` |
/// | `terms-change-termination` | `contract`, `channel` (default `online-form`), `informedOn`, `proposedEffective` (optional), `requestedEnd` (optional) |
/// | `provider-termination` | `contract`, `reason` (a–h keyword or free text), `defaultSince`, `paidOn` |
/// | `missing-consent-found` | `contract`, `courtRulingOrSettlement`, `otherParentHasAuthority` (default `true`) |
/// | `consent-agreed`, `date-reached` | `contract` |
/// | `access` | `user`, `event` (see ``ScenarioEvents/accessEvents``), `reason`, `withhold`, `until`, `upheld`, `day`, `given` |
/// | `expiry` | `asOf` |
/// | `goodwill` | `contract`, `minutes`, `reason`, `grantedBy` |
/// | `hours-offered` | `from`, `forCareOf` |
/// | `payout-requested` | `contract` |
/// | `move` | `from`, `to`, `firstDay` |
/// | `billing` | `contract`, `schoolYear` (optional: the year it starts) |
/// | `waiver` | `contract`, `waived` (`invoice` with `cents`, or `notice`), `reason`, `grantedBy` |
public enum ScenarioEvents {
    /// The event types a scenario may use.
    public static let types = [
        "absence", "absence-withdrawn", "extra-care-requested", "extra-care-approved", "extra-care-rejected",
        "extra-care-request-withdrawn", "extra-care-cancelled", "extra-care-withdrawn-by-provider",
        "cancellation",
        "termination", "change", "price-change", "terms-change", "terms-change-termination",
        "provider-termination", "missing-consent-found",
        "consent-agreed", "date-reached", "access", "expiry", "goodwill", "hours-offered", "payout-requested",
        "move", "billing", "waiver", "data-request",
    ]

    /// The access events a scenario may use.
    public static let accessEvents = [
        "access-requested", "identity-established", "terms-accepted", "separation-reported",
        "v1-consent-withdrawn", "v1-consent-confirmed", "earlier-photos-erased", "earlier-diary-erased",
        "safety-claim-decided", "blocked", "unblocked", "authority-lost", "contract-parent-access-ended",
        "customer-relationship-ended", "time-passes", "photo-consent", "diary-consent",
    ]

    /// The provider's termination reasons by keyword (TSO terms art. 8 lid 5 sub a–h).
    public static let terminationReasons = [
        "payment-default", "extra-care-need", "risk-to-others", "disproportionate-burden",
        "unable-to-perform",
        "business-necessity", "loss-of-authority", "disproportionate-care-need", "broken-relationship",
    ]

    /// Reads one event.
    ///
    /// - Throws: ``ScenarioError`` naming the path of the first problem.
    public static func read(
        _ value: JSON, at path: JSONPath, facts: CaseFacts
    ) throws(ScenarioError) -> TimedEvent {
        var object = try JSONReader(value, at: path)
        let id = EventID(try object.identifier("id"))
        let at = try object.dateTime("at")
        try existsInAmsterdam(at, at: path.appending("at"))
        let key = try object.optionalIdentifier("key").map { IdempotencyKey($0) }
        let typePath = path.appending("type")
        let type = try object.string("type")
        func contract(_ field: String = "contract") throws(ScenarioError) -> ContractID {
            let id = ContractID(try object.identifier(field))
            guard facts.contracts.contains(where: { $0.id == id }) else {
                throw ScenarioError(
                    path: path.appending(field),
                    message: "there is no contract '\(EchoedValue.cut(id.rawValue))' in the facts")
            }
            return id
        }
        func channel(default fallback: Channel) throws(ScenarioError) -> Channel {
            object.has("channel") ? try object.choice("channel", as: Channel.self) : fallback
        }
        func version() throws(ScenarioError) -> AppVersion? {
            object.has("appVersion") ? try object.choice("appVersion", as: AppVersion.self) : nil
        }
        func booking() throws(ScenarioError) -> ReservationID {
            ReservationID(try object.identifier("booking"))
        }
        func careStart() throws(ScenarioError) -> LocalDateTime {
            let start = try object.dateTime("careStart")
            try existsInAmsterdam(start, at: path.appending("careStart"))
            return start
        }
        let event: EngineEvent
        switch type {
        case "absence":
            event = .absence(
                contract: try contract(), date: try object.date("date"), channel: try channel(default: .app),
                appVersion: try version())
        case "absence-withdrawn":
            event = .absenceWithdrawn(contract: try contract(), date: try object.date("date"))
        case "extra-care-requested":
            event = .extraCareRequested(
                booking: try booking(), contract: try contract(), careStart: try careStart(),
                minutes: try object.int("minutes", in: 1...1440, unit: "minutes"),
                withHours: try object.bool("withHours", default: true), channel: try channel(default: .app),
                appVersion: try version())
        case "extra-care-approved": event = .extraCareApproved(booking: try booking())
        case "extra-care-rejected": event = .extraCareRejected(booking: try booking())
        case "extra-care-request-withdrawn": event = .extraCareRequestWithdrawn(booking: try booking())
        case "extra-care-withdrawn-by-provider": event = .extraCareWithdrawnByProvider(booking: try booking())
        case "extra-care-cancelled":
            event = .extraCareCancelled(booking: try booking(), channel: try channel(default: .app))
        case "cancellation":
            event = .contract(
                try contract(), .cancellation(receivedOn: at.date, channel: try channel(default: .email)))
        case "termination":
            event = .contract(
                try contract(),
                .parentTermination(
                    receivedOn: at.date, channel: try channel(default: .onlineForm),
                    requestedEndDate: try object.optionalDate("requestedEnd")))
        case "change":
            let contractID = try contract()
            let channel = try channel(default: .onlineForm)
            let requested = try object.optionalDate("requestedEffective")
            event = .contract(
                contractID,
                try object.bool("endsService", default: false)
                    ? .changeEndingService(
                        receivedOn: at.date, channel: channel, requestedEffectiveDate: requested)
                    : .change(receivedOn: at.date, channel: channel, requestedEffectiveDate: requested))
        case "price-change":
            let contractID = try contract()
            let proposed = try object.date("proposedEffective")
            event = .contract(
                contractID,
                try object.bool("increase", default: false)
                    ? .priceIncrease(announcedOn: at.date, proposedEffectiveDate: proposed)
                    : .priceChange(announcedOn: at.date, proposedEffectiveDate: proposed))
        case "terms-change":
            event = .contract(
                try contract(),
                .termsChange(
                    informedOn: at.date, proposedEffectiveDate: try object.optionalDate("proposedEffective"),
                    isMaterial: try object.bool("material", default: false)))
        case "terms-change-termination":
            event = .contract(
                try contract(),
                .termsChangeTermination(
                    receivedOn: at.date, channel: try channel(default: .onlineForm),
                    informedOn: try object.date("informedOn"),
                    proposedEffectiveDate: try object.optionalDate("proposedEffective"),
                    requestedEndDate: try object.optionalDate("requestedEnd")))
        case "provider-termination":
            event = .contract(
                try contract(), .providerTermination(noticeOn: at.date, reason: try reason(&object)))
        case "missing-consent-found":
            event = .contract(
                try contract(),
                .missingConsentFound(
                    on: at.date,
                    hasCourtRulingOrSettlement: try object.bool("courtRulingOrSettlement", default: false),
                    otherParentHasAuthority: try object.bool("otherParentHasAuthority", default: true)))
        case "consent-agreed": event = .contract(try contract(), .consentAgreed(on: at.date))
        case "date-reached": event = .contract(try contract(), .dateReached(at.date))
        case "access":
            let user = ParentID(try object.identifier("user"))
            guard facts.parents.contains(where: { $0.id == user }) else {
                throw ScenarioError(
                    path: path.appending("user"), message: "there is no parent '\(user)' in the facts")
            }
            event = .access(user, try accessEvent(&object))
        case "expiry": event = .expiry(asOf: try object.date("asOf"))
        case "goodwill":
            event = .goodwill(
                contract: try contract(),
                minutes: try object.int("minutes", in: 1...100_000, unit: "minutes"),
                reason: try object.string("reason"), grantedBy: GrantorID(try object.identifier("grantedBy")))
        case "hours-offered":
            event = .hoursOffered(from: try contract("from"), forCareOf: try contract("forCareOf"))
        case "payout-requested": event = .payoutRequested(contract: try contract())
        case "move":
            event = .locationMove(
                from: try contract("from"), to: try contract("to"), firstDay: try object.date("firstDay"))
        case "billing":
            event = .billing(
                contract: try contract(),
                schoolYear: try object.optionalInt(
                    "schoolYear", in: SupportedRange.years.lowerBound...(SupportedRange.years.upperBound - 1),
                    unit: "years"))
        case "waiver":
            let contractID = try contract()
            let (value, waivedPath) = try object.required("waived")
            let waived: Waiver
            switch try JSONReader.string(value, at: waivedPath) {
            case "invoice":
                waived = .invoice(cents: try object.int("cents", in: 0...100_000_000, unit: "cents"))
            case "notice": waived = .notice
            case let other:
                throw ScenarioError(
                    path: waivedPath,
                    message: "'\(EchoedValue.cut(other))' is not a waiver; the waivers are: invoice, notice")
            }
            event = .waiver(
                contract: contractID, waived: waived, reason: try object.string("reason"),
                grantedBy: GrantorID(try object.identifier("grantedBy")))
        case "data-request":
            let parent = ParentID(try object.identifier("parent"))
            guard facts.parents.contains(where: { $0.id == parent }) else {
                throw ScenarioError(
                    path: path.appending("parent"), message: "there is no parent '\(parent)' in the facts")
            }
            event = .dataRequest(
                by: parent, kind: try object.choice("kind", as: DataRequest.Kind.self),
                consentWithdrawn: try object.bool("consentWithdrawn", default: false))
        default:
            throw ScenarioError(
                path: typePath,
                message: "'\(type)' is not an event type; the types are: \(types.joined(separator: ", "))")
        }
        try object.finish()
        return TimedEvent(id: id, at: at, key: key, event: event)
    }

    /// Refuses a local time that does not exist in Amsterdam (the spring-forward gap) or occurs twice (the
    /// autumn fold): the engine reads event times strictly, so the file is bad input, named by its path.
    private static func existsInAmsterdam(_ time: LocalDateTime, at path: JSONPath) throws(ScenarioError) {
        do {
            _ = try Amsterdam.resolve(time, policy: .strict)
        } catch {
            throw ScenarioError(path: path, message: error.description)
        }
    }

    private static func reason(_ object: inout JSONReader) throws(ScenarioError) -> ProviderTerminationReason
    {
        let text = try object.string("reason")
        switch text {
        case "payment-default":
            return .paymentDefault(
                since: try object.date("defaultSince"), paidOn: try object.optionalDate("paidOn"))
        case "extra-care-need": return .extraCareNeed
        case "risk-to-others":
            return .riskToOthers(
                warned: try object.bool("warned", default: false),
                warningNotReasonablyExpected: try object.bool("warningNotReasonablyExpected", default: false))
        case "disproportionate-burden": return .disproportionateBurden
        case "unable-to-perform": return .unableToPerform
        case "business-necessity": return .businessNecessity
        case "loss-of-authority": return .lossOfAuthority
        case "disproportionate-care-need": return .disproportionateCareNeedOrBehaviour
        case "broken-relationship": return .brokenRelationship
        default: return .other(text)
        }
    }

    /// The `given` of a consent event: required, since consent is explicit and absent means no (I-308).
    private static func explicit(_ object: inout JSONReader) throws(ScenarioError) -> Bool {
        let (value, path) = try object.required("given")
        guard case .bool(let given) = value else {
            throw ScenarioError(path: path, message: "expected true or false, found \(value.kindName)")
        }
        return given
    }

    private static func accessEvent(_ object: inout JSONReader) throws(ScenarioError) -> AccessEvent {
        let (value, path) = try object.required("event")
        let name = try JSONReader.string(value, at: path)
        switch name {
        case "access-requested": return .accessRequested
        case "identity-established": return .identityEstablished
        case "terms-accepted": return .termsAccepted
        case "separation-reported": return .separationReported
        case "v1-consent-withdrawn": return .v1ConsentWithdrawn
        case "v1-consent-confirmed": return .v1ConsentConfirmed
        case "earlier-photos-erased": return .earlierPhotosErased
        case "earlier-diary-erased": return .earlierDiaryErased
        case "safety-claim-decided":
            return .safetyClaimDecided(upheld: try object.bool("upheld", default: false))
        case "blocked":
            let reason = try object.choice("reason", as: BlockReason.self)
            var scope = BlockScope.full
            if let (value, path) = object.optional("withhold") {
                var withheld: Set<Capability> = []
                for (item, itemPath) in try JSONReader.array(value, at: path) {
                    withheld.insert(try JSONReader.choice(item, at: itemPath, as: Capability.self))
                }
                scope = .partial(withheld)
            }
            let until = try object.optionalDate("until")
            if scope == .full && until == nil { return .blocked(reason) }
            return .blockImposed(
                AccessBlock(
                    reason: reason, scope: scope,
                    duration: until.map { .temporary(until: $0) } ?? .untilLifted))
        case "unblocked": return .unblocked
        case "authority-lost": return .authorityLost
        case "contract-parent-access-ended": return .contractParentAccessEnded
        case "customer-relationship-ended": return .customerRelationshipEnded
        case "time-passes": return .timePasses(toDay: try object.int("day", in: 0...10_000, unit: "days"))
        case "photo-consent", "diary-consent":
            let given = try explicit(&object)
            let purpose: ConsentPurpose = name == "photo-consent" ? .photos : .diary
            // An optional `child`: the answer is for that child only; without it, for every child (I-316).
            if let child = try object.optionalString("child") {
                return .childConsent(ChildID(child), purpose, given: given)
            }
            return purpose == .photos ? .photoConsent(given) : .diaryConsent(given)
        default:
            throw ScenarioError(
                path: path,
                message: "'\(name)' is not an access event; they are: \(accessEvents.joined(separator: ", "))"
            )
        }
    }
}
