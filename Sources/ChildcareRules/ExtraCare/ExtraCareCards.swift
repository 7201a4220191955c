// Rule cards for extra care: requests, approval, cancellation by the parent and withdrawal by the provider.
// Each card sits beside its rule, in `<Rule>+Card.swift` in this folder; `all` sets their order in the
// rulebook.

enum ExtraCareCards {
    static var all: [RuleCard] { [request, approval, cancellation, providerWithdrawal] }

    static func refusalText(_ refusal: ExtraCareRefusal?) -> String {
        switch refusal {
        case nil: "—"
        case .sameDayAfterCutoff: "same day, not before 11:00"
        case .careAlreadyStarted: "care already started"
        case .outsideContract: "outside the contract"
        case .notThroughApp(let channel): "not through the app (\(channel.name(in: .en)))"
        case .appVersionCannotRequest: "version 2 cannot request"
        case .dayWithoutCare(let reason): "no TSO that day: \(reason.name(in: .en))"
        case .alreadyScheduled(let slot): "already scheduled (\(slot.start.hourMinute), \(slot.minutes) min)"
        }
    }
}

extension Amsterdam {
    /// The instant of an Amsterdam local time given as text, for the worked examples.
    static func zonedInstant(_ text: String) throws(RulesError) -> Instant {
        try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(LocalDateTime(text), policy: .strict).instant
        }
    }
}
