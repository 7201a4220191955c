// The ISO 8601 text form of a date: parsing and Codable.

extension LocalDate {
    /// Parses an ISO 8601 date, `YYYY-MM-DD`.
    ///
    /// - Throws: ``CalendarError`` naming the text: `invalidDateText` when it is not of that form,
    ///   `invalidDate` when the date does not exist (2025-02-30), `yearOutOfRange` for an unsupported year.
    public init(_ text: some StringProtocol) throws(CalendarError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == Digits.dash, bytes[7] == Digits.dash,
            let year = Digits.number(bytes, 0..<4),
            let month = Digits.number(bytes, 5..<7),
            let day = Digits.number(bytes, 8..<10)
        else {
            throw CalendarError(code: .invalidDateText, value: String(text))
        }
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw CalendarError(code: error.code, value: String(text), context: error.context)
        }
    }
}
