// The wording of calendar errors, kept apart from the data (see CalendarError.swift).

extension CalendarError: CustomStringConvertible {
    /// A full sentence that names the offending value and says what is expected instead.
    public var description: String {
        let sentence: String
        switch code {
        case .invalidDateText:
            sentence = "\(quoted) is not a date: expected YYYY-MM-DD, such as 2026-03-30"
        case .invalidDate:
            sentence = "\(quoted) is not a valid date"
        case .yearOutOfRange:
            sentence = "\(quoted) is outside the supported years"
        case .invalidTimeText:
            sentence = "\(quoted) is not a time: expected HH:MM or HH:MM:SS, such as 12:00"
        case .invalidTime:
            sentence = "\(quoted) is not a valid time"
        case .invalidDateTimeText:
            sentence = "\(quoted) is not a local date and time: expected YYYY-MM-DDTHH:MM, such as 2026-03-30T12:00"
        case .invalidYearMonthText:
            sentence = "\(quoted) is not a month: expected YYYY-MM, such as 2025-09"
        case .nonexistentLocalTime:
            sentence = "\(quoted) does not exist in Amsterdam: the clocks skip that hour"
        case .ambiguousLocalTime:
            sentence = "\(quoted) occurs twice in Amsterdam: the clocks repeat that hour"
        case .instantOutOfRange:
            sentence = "\(quoted) is outside the supported range of instants"
        case .arithmeticOutOfRange:
            sentence = "\(quoted) leaves the supported range"
        default:
            sentence = "\(quoted) was rejected (\(code.rawValue))"
        }
        return context.isEmpty ? sentence + "." : sentence + ": " + context + "."
    }

    private var quoted: String {
        value.isEmpty ? "The empty text" : value
    }
}
