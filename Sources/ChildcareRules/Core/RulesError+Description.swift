// The wording of rules errors, kept apart from the data (see RulesError.swift).

extension RulesError: CustomStringConvertible {
    /// A full sentence naming the offending value.
    public var description: String {
        if let calendarError { return calendarError.description }
        let sentence: String
        switch code {
        case .beforeFirstEdition:
            sentence = "\(value) is before the first edition of the terms, so no terms apply to it"
        case .invalidArgument:
            sentence = "\(value) is not accepted"
        case .idempotencyConflict:
            sentence = "The idempotency key \(value) was already used for a different command"
        case .unknownReference:
            sentence = "\(value) does not exist"
        case .invalidState:
            sentence = "\(value) is not possible now"
        default:
            sentence = "\(value) was rejected (\(code.rawValue))"
        }
        return context.isEmpty ? sentence + "." : sentence + ": " + context + "."
    }
}
