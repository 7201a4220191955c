// The outcome of an engine decision as a typed value: what a service switches on. Each value has one stable
// string code (`earned`, `notACareDay.tsoHoliday`, `parentTermination.rejected.notThroughOnlineForm`), which
// is what scenario files, Docs/Scenarios.md and the saved state write; code and value convert both ways.

/// The outcome of one ``DecisionRecord``: a closed set of cases, each with a stable string ``code``.
///
/// The associated values carry what the code names and no more (the dates and amounts are in the record's
/// deadlines, minutes and explanation), so a value survives a round trip through its code exactly:
/// `DecisionOutcome(code: outcome.code) == outcome` for every outcome.
///
/// ```swift
/// switch record.outcome {
/// case .absence(.earned): showCredit(record.minutes)
/// case .absence(.tooLate): showTooLate(record.deadlines)
/// default: show(record.explanation.text(in: .nl))
/// }
/// ```
public enum DecisionOutcome: Sendable, Hashable {
    /// An absence report (TSO art. 5): earned, too late, not in the app, not a care day, …. The engine gives
    /// ``appVersionCannotRequest`` rather than `.absence(.appVersionCannotRequest)`.
    case absence(AbsenceReason)
    /// An absence report or an extra-care request by a user whose app version cannot make requests (App
    /// terms art. 4): one code for both rules.
    case appVersionCannotRequest
    /// The care day was already reported absent: a day earns hours only once.
    case alreadyReported
    /// A reported absence, an extra-care request or a provider's booking withdrawn.
    case withdrawn
    /// An absence withdrawn that had earned nothing.
    case nothingToWithdraw
    /// Extra care requested with swap hours, all of them reserved.
    case reserved
    /// Extra care requested with swap hours, partly reserved and the rest invoiced.
    case partlyReserved
    /// Extra care requested without swap hours (or with none available): invoiced.
    case invoiced
    /// An extra-care request refused.
    case extraCareRefused(ExtraCareRefusalCode)
    /// A requested booking approved by the location.
    case approved
    /// A requested booking rejected by the location.
    case rejected
    /// Extra care paid with hours cancelled in time: the hours come back.
    case hoursBack
    /// Extra care paid with hours cancelled late: the hours stay used.
    case hoursUsed
    /// Invoiced extra care cancelled in time: make-up hours are credited.
    case makeupHoursCredited
    /// Invoiced extra care cancelled late: no make-up hours.
    case noMakeupHours
    /// The provider withdrew a booking that art. 5 lid 5 protects.
    case contraryToLid5
    /// A contract event (cancellation, termination, change, price or terms change, …).
    case contract(ContractOutcome)
    /// App access: the app version the user has.
    case access(AppVersion)
    /// App access: none.
    case noAccess
    /// App access: only the child's data, to look at and download (I-306).
    case visibleOnly
    /// The contract parent is asked to confirm the other parent's version-1 access (I-303).
    case v1ConfirmationAsked
    /// Hours lapsed at the year's end or the contract's end.
    case expired
    /// The expiry run found nothing to lapse.
    case nothingExpired
    /// A manager's goodwill grant recorded.
    case goodwill
    /// A use of hours allowed.
    case allowed
    /// A use of hours, or a payout, refused.
    case refused
    /// Something dated after the contract's end, refused.
    case afterContractEnd
    /// A booking ended with the contract.
    case extraCareEndedWithContract
    /// Hours lapsed because the contract ended (art. 5 lid 5).
    case lapsedAtContractEnd
    /// Hours moved to the contract of a new location.
    case hoursMoved
    /// Instalments found due.
    case billed
    /// No instalment due.
    case notBilled
    /// A manager's waiver recorded.
    case waived
    /// A balance query's answer.
    case balance
    /// A deadlines query's answer.
    case deadlines
    /// A deadline computed on its own (the parent app's absence deadline).
    case deadline
    /// A data request's answer deadline (``DataRequest``).
    case answerDue
}

extension DecisionOutcome {
    /// The stable string code.
    public var code: String {
        switch self {
        case .absence(let reason): reason.code
        case .appVersionCannotRequest: "appVersionCannotRequest"
        case .alreadyReported: "alreadyReported"
        case .withdrawn: "withdrawn"
        case .nothingToWithdraw: "nothingToWithdraw"
        case .reserved: "reserved"
        case .partlyReserved: "partlyReserved"
        case .invoiced: "invoiced"
        case .extraCareRefused(let refusal): refusal.code
        case .approved: "approved"
        case .rejected: "rejected"
        case .hoursBack: "hoursBack"
        case .hoursUsed: "hoursUsed"
        case .makeupHoursCredited: "makeupHoursCredited"
        case .noMakeupHours: "noMakeupHours"
        case .contraryToLid5: "contraryToLid5"
        case .contract(let outcome): outcome.rawValue
        case .access(let version): "version\(version.rawValue)"
        case .noAccess: "noAccess"
        case .visibleOnly: "visibleOnly"
        case .v1ConfirmationAsked: "v1ConfirmationAsked"
        case .expired: "expired"
        case .nothingExpired: "nothingExpired"
        case .goodwill: "goodwill"
        case .allowed: "allowed"
        case .refused: "refused"
        case .afterContractEnd: "afterContractEnd"
        case .extraCareEndedWithContract: "extraCareEndedWithContract"
        case .lapsedAtContractEnd: "lapsedAtContractEnd"
        case .hoursMoved: "hoursMoved"
        case .billed: "billed"
        case .notBilled: "notBilled"
        case .waived: "waived"
        case .balance: "balance"
        case .deadlines: "deadlines"
        case .deadline: "deadline"
        case .answerDue: "answerDue"
        }
    }

    /// Every outcome, once: the codes the engine can give.
    public static let all: [DecisionOutcome] = {
        let absence: [AbsenceReason] =
            [.earned, .tooLate, .enteredByStaff]
            + Channel.allCases.map { AbsenceReason.notInApp($0) }
            + NoCareReason.allCases.map { AbsenceReason.notACareDay($0) }
            + [.closureDayAnnouncedLate]
        let plain: [DecisionOutcome] = [
            .appVersionCannotRequest, .alreadyReported, .withdrawn, .nothingToWithdraw, .reserved,
            .partlyReserved, .invoiced,
            .approved, .rejected, .hoursBack, .hoursUsed, .makeupHoursCredited, .noMakeupHours,
            .contraryToLid5,
            .noAccess, .visibleOnly, .v1ConfirmationAsked, .expired, .nothingExpired, .goodwill, .allowed,
            .refused, .afterContractEnd, .extraCareEndedWithContract, .lapsedAtContractEnd, .hoursMoved,
            .billed, .notBilled, .waived, .balance, .deadlines, .deadline, .answerDue,
        ]
        return absence.map { DecisionOutcome.absence($0) } + plain
            + ExtraCareRefusalCode.all.map { DecisionOutcome.extraCareRefused($0) }
            + ContractOutcome.allCases.map { DecisionOutcome.contract($0) }
            + AppVersion.allCases.map { DecisionOutcome.access($0) }
    }()

    /// Every outcome by its code.
    private static let byCode: [String: DecisionOutcome] = Dictionary(
        firstWins: all.map { ($0.code, $0) })

    /// The outcome of an absence decision for `reason`.
    public init(_ reason: AbsenceReason) {
        self = reason == .appVersionCannotRequest ? .appVersionCannotRequest : .absence(reason)
    }

    /// The outcome of an extra-care request refused for `refusal`.
    public init(_ refusal: ExtraCareRefusal) {
        if let code = ExtraCareRefusalCode(refusal) {
            self = .extraCareRefused(code)
        } else {
            self = .appVersionCannotRequest
        }
    }

    /// The outcome whose code is `code`, or `nil` when no outcome has it.
    public init?(code: String) {
        guard let outcome = Self.byCode[code] else { return nil }
        self = outcome
    }

    /// Whether this outcome's code is `name` or nested under it: `notInApp` matches `notInApp.email`, and
    /// `parentTermination.rejected` matches `parentTermination.rejected.notThroughOnlineForm`.
    public func matches(_ name: String) -> Bool {
        let code = code
        return code == name || code.hasPrefix(name + ".")
    }
}

/// Why an extra-care request was refused, to the detail its code names (TSO art. 6).
public enum ExtraCareRefusalCode: Sendable, Hashable {
    /// Asked on the day itself after the cut-off.
    case sameDayAfterCutoff
    /// Asked after the care had started.
    case careAlreadyStarted
    /// The day is outside the contract's period.
    case outsideContract
    /// The day has no care, with the reason.
    case dayWithoutCare(NoCareReason)
    /// The time overlaps the care the contract already covers that day.
    case alreadyScheduled
    /// Not asked through the app, with the channel used.
    case notThroughApp(Channel)

    /// The code of `refusal`; `nil` for ``ExtraCareRefusal/appVersionCannotRequest``, which has its own
    /// outcome (``DecisionOutcome/appVersionCannotRequest``), shared with the absence rule.
    public init?(_ refusal: ExtraCareRefusal) {
        switch refusal {
        case .sameDayAfterCutoff: self = .sameDayAfterCutoff
        case .careAlreadyStarted: self = .careAlreadyStarted
        case .outsideContract: self = .outsideContract
        case .dayWithoutCare(let reason): self = .dayWithoutCare(reason)
        case .alreadyScheduled: self = .alreadyScheduled
        case .notThroughApp(let channel): self = .notThroughApp(channel)
        case .appVersionCannotRequest: return nil
        }
    }

    /// The stable string code, such as `dayWithoutCare.tsoHoliday`.
    public var code: String {
        switch self {
        case .sameDayAfterCutoff: "sameDayAfterCutoff"
        case .careAlreadyStarted: "careAlreadyStarted"
        case .outsideContract: "outsideContract"
        case .dayWithoutCare(let reason): "dayWithoutCare." + reason.code
        case .alreadyScheduled: "alreadyScheduled"
        case .notThroughApp(let channel): "notThroughApp." + channel.code
        }
    }

    /// Every refusal code, once.
    static let all: [ExtraCareRefusalCode] =
        [.sameDayAfterCutoff, .careAlreadyStarted, .outsideContract]
        + NoCareReason.allCases.map { ExtraCareRefusalCode.dayWithoutCare($0) }
        + [.alreadyScheduled]
        + Channel.allCases.map { ExtraCareRefusalCode.notThroughApp($0) }
}

/// The outcome of a contract event, to the detail its code names (TSO art. 2, 7, 8, 9 and 10). The raw value
/// is the stable code.
public enum ContractOutcome: String, Sendable, Hashable, CaseIterable {
    /// A cancellation before the start, accepted (art. 2).
    case cancellationAccepted = "cancellation.accepted"
    /// A cancellation refused: not in writing.
    case cancellationNotInWriting = "cancellation.rejected.notInWriting"
    /// A cancellation refused: the care had already started.
    case cancellationAfterStart = "cancellation.rejected.careAlreadyStarted"
    /// The parent's termination, accepted (art. 8).
    case parentTerminationAccepted = "parentTermination.accepted"
    /// A termination before the start, treated as a cancellation.
    case parentTerminationTreatedAsCancellation = "parentTermination.treatedAsCancellation"
    /// The parent's termination refused: not through the online form (art. 8 lid 1).
    case parentTerminationNotThroughOnlineForm = "parentTermination.rejected.notThroughOnlineForm"
    /// A change of care, accepted (art. 8 lid 2).
    case changeAccepted = "change.accepted"
    /// A change of care refused: not in writing.
    case changeNotInWriting = "change.rejected.notInWriting"
    /// A change that ends the service.
    case serviceEnded
    /// A price change (art. 7).
    case priceChange
    /// A price increase within three months of signing, which does not bind the parent (art. 6:236 sub i
    /// BW).
    case priceChangeSetAsideByStatute = "priceChange.setAsideByStatute"
    /// A terms change (art. 10).
    case termsChange
    /// The provider's termination, allowed (art. 9).
    case providerTerminationAllowed = "providerTermination.allowed"
    /// The provider's termination on a ground the terms do not list.
    case providerTerminationNotListed = "providerTermination.notListed"
    /// The provider's termination refused: the payment default lasted less than a month.
    case providerTerminationDefaultShorterThanOneMonth =
        "providerTermination.rejected.defaultShorterThanOneMonth"
    /// The provider's termination refused: the default was paid off.
    case providerTerminationDefaultPaidOff = "providerTermination.rejected.defaultPaidOff"
    /// The provider's termination refused: no warning was given.
    case providerTerminationNoWarning = "providerTermination.rejected.noWarning"
    /// Consent found missing (art. 2.3).
    case missingConsent
    /// The contract is now signed.
    case stateChangedSigned = "stateChanged.signed"
    /// The contract is now active.
    case stateChangedActive = "stateChanged.active"
    /// The contract now awaits consent.
    case stateChangedAwaitingConsent = "stateChanged.awaitingConsent"
    /// The contract's termination is pending.
    case stateChangedTerminationPending = "stateChanged.terminationPending"
    /// The contract is now cancelled.
    case stateChangedCancelled = "stateChanged.cancelled"
    /// The contract has now ended.
    case stateChangedEnded = "stateChanged.ended"

    /// The code of `outcome`: its case and the cases nested in it, to three levels.
    public init(_ outcome: ContractEventOutcome) {
        switch outcome {
        case .cancellation(.accepted): self = .cancellationAccepted
        case .cancellation(.rejected(.notInWriting)): self = .cancellationNotInWriting
        case .cancellation(.rejected(.careAlreadyStarted)): self = .cancellationAfterStart
        case .parentTermination(.accepted): self = .parentTerminationAccepted
        case .parentTermination(.treatedAsCancellation): self = .parentTerminationTreatedAsCancellation
        case .parentTermination(.rejected(.notThroughOnlineForm)):
            self = .parentTerminationNotThroughOnlineForm
        case .change(.accepted): self = .changeAccepted
        case .change(.rejected(.notInWriting)): self = .changeNotInWriting
        case .serviceEnded: self = .serviceEnded
        case .priceChange(let outcome):
            self = outcome.isSetAsideByStatute ? .priceChangeSetAsideByStatute : .priceChange
        case .termsChange: self = .termsChange
        case .providerTermination(.allowed): self = .providerTerminationAllowed
        case .providerTermination(.notListed): self = .providerTerminationNotListed
        case .providerTermination(.rejected(.defaultShorterThanOneMonth)):
            self = .providerTerminationDefaultShorterThanOneMonth
        case .providerTermination(.rejected(.defaultPaidOff)): self = .providerTerminationDefaultPaidOff
        case .providerTermination(.rejected(.noWarning)): self = .providerTerminationNoWarning
        case .missingConsent: self = .missingConsent
        case .stateChanged(.signed): self = .stateChangedSigned
        case .stateChanged(.active): self = .stateChangedActive
        case .stateChanged(.awaitingConsent): self = .stateChangedAwaitingConsent
        case .stateChanged(.terminationPending): self = .stateChangedTerminationPending
        case .stateChanged(.cancelled): self = .stateChangedCancelled
        case .stateChanged(.ended): self = .stateChangedEnded
        }
    }
}

#if !hasFeature(Embedded)
    extension DecisionOutcome: Codable {
        /// Reads the outcome from its code.
        ///
        /// - Throws: `DecodingError.dataCorrupted` for a code no outcome has.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let code = try container.decode(String.self)
            guard let outcome = DecisionOutcome(code: code) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\(EchoedValue.cut(code)) is not an outcome code")
            }
            self = outcome
        }

        /// Writes the outcome as its code.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }
#endif

extension DecisionOutcome: CustomStringConvertible {
    /// The stable code, as text shows it.
    public var description: String { code }
}
