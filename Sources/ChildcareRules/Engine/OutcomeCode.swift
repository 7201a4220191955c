// The stable string codes of outcomes: `earned`, `notACareDay.tsoHoliday`,
// `parentTermination.rejected.notThroughOnlineForm`. A code is the outcome's case name, followed by the code of
// the case's single associated value when that is itself an outcome, up to three levels in all. The codes are
// written out in `switch`es, not read through reflection, so they are fixed by this file (and compile under
// Embedded Swift); Docs/Scenarios.md lists them, and every scenario file compares them.

/// Joins a case name and the code of its nested value, leaving out an empty nested code.
private func joined(_ name: String, _ nested: String) -> String {
    nested.isEmpty ? name : name + "." + nested
}

extension Channel {
    /// The stable code of the channel: the case name (`email`, `onlineForm`).
    public var code: String { code(depth: 1) }

    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .app: "app"
        case .staff: "staff"
        case .email: "email"
        case .onlineForm: "onlineForm"
        case .letter: "letter"
        case .phone: "phone"
        case .oral: "oral"
        }
    }
}

extension NoCareReason {
    /// The stable code of the reason, such as `tsoHoliday`: its raw value, which is its case name.
    public var code: String { code(depth: 1) }

    func code(depth: Int) -> String { depth > 0 ? rawValue : "" }
}

extension AbsenceReason {
    /// The stable code of the absence decision, such as `earned`, `notInApp.email` or `notACareDay.weekend`.
    public var code: String { code(depth: 3) }

    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .earned: "earned"
        case .tooLate: "tooLate"
        case .enteredByStaff: "enteredByStaff"
        case .notInApp(let channel): joined("notInApp", channel.code(depth: depth - 1))
        case .appVersionCannotRequest: "appVersionCannotRequest"
        case .notACareDay(let reason): joined("notACareDay", reason.code(depth: depth - 1))
        case .closureDayAnnouncedLate: "closureDayAnnouncedLate"
        }
    }
}

extension ExtraCareRefusal {
    /// The stable code of the refusal, such as `sameDayAfterCutoff` or `dayWithoutCare.tsoHoliday`.
    public var code: String { code(depth: 3) }

    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .sameDayAfterCutoff: "sameDayAfterCutoff"
        case .careAlreadyStarted: "careAlreadyStarted"
        case .outsideContract: "outsideContract"
        case .dayWithoutCare(let reason): joined("dayWithoutCare", reason.code(depth: depth - 1))
        case .alreadyScheduled: "alreadyScheduled"
        case .notThroughApp(let channel): joined("notThroughApp", channel.code(depth: depth - 1))
        case .appVersionCannotRequest: "appVersionCannotRequest"
        }
    }
}

extension CancellationRejection {
    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .notInWriting(let channel): joined("notInWriting", channel.code(depth: depth - 1))
        case .careAlreadyStarted: "careAlreadyStarted"
        }
    }
}

extension CancellationOutcome {
    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .accepted: "accepted"
        case .rejected(let rejection): joined("rejected", rejection.code(depth: depth - 1))
        }
    }
}

extension TerminationRejection {
    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .notThroughOnlineForm(let channel):
            joined("notThroughOnlineForm", channel.code(depth: depth - 1))
        }
    }
}

extension ParentTerminationOutcome {
    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .accepted: "accepted"
        case .treatedAsCancellation: "treatedAsCancellation"
        case .rejected(let rejection): joined("rejected", rejection.code(depth: depth - 1))
        }
    }
}

extension ChangeRejection {
    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .notInWriting(let channel): joined("notInWriting", channel.code(depth: depth - 1))
        }
    }
}

extension ContractChangeOutcome {
    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .accepted: "accepted"
        case .rejected(let rejection): joined("rejected", rejection.code(depth: depth - 1))
        }
    }
}

extension ProviderTerminationRejection {
    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .defaultShorterThanOneMonth: "defaultShorterThanOneMonth"
        case .defaultPaidOff: "defaultPaidOff"
        case .noWarning: "noWarning"
        }
    }
}

extension ProviderTerminationOutcome {
    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .allowed: "allowed"
        case .notListed: "notListed"
        case .rejected(let rejection): joined("rejected", rejection.code(depth: depth - 1))
        }
    }
}

extension ContractState {
    /// The state's short name (``ContractState/name``), which is its case name.
    func code(depth: Int) -> String { depth > 0 ? name : "" }
}

extension ContractEventOutcome {
    /// The stable code of the contract decision, such as `cancellation.accepted`,
    /// `parentTermination.rejected.notThroughOnlineForm`, `priceChange` or `stateChanged.active`.
    public var code: String { code(depth: 3) }

    func code(depth: Int) -> String {
        guard depth > 0 else { return "" }
        return switch self {
        case .cancellation(let outcome): joined("cancellation", outcome.code(depth: depth - 1))
        case .parentTermination(let outcome): joined("parentTermination", outcome.code(depth: depth - 1))
        case .change(let outcome): joined("change", outcome.code(depth: depth - 1))
        case .serviceEnded: "serviceEnded"
        case .priceChange(let outcome):
            depth > 1 && outcome.isSetAsideByStatute ? "priceChange.setAsideByStatute" : "priceChange"
        case .termsChange: "termsChange"
        case .providerTermination(let outcome): joined("providerTermination", outcome.code(depth: depth - 1))
        case .missingConsent: "missingConsent"
        case .stateChanged(let state): joined("stateChanged", state.code(depth: depth - 1))
        }
    }
}
