// Month arithmetic with an explicit rounding (see MonthRounding.swift).

extension LocalDate {
    /// The date `months` calendar months later (or earlier, for a negative count).
    ///
    /// The months are always added to the original date in one step, never month by month:
    /// 2026-01-31 + 2 months is 2026-03-31, not 2026-03-28. When the day does not exist in the
    /// target month, `rounding` decides: `.down` clamps to the month's last day, `.up` moves to
    /// the first day of the next month.
    ///
    /// - Throws: ``CalendarError`` with code `arithmeticOutOfRange` when the result leaves the supported years.
    public func adding(months: Int, rounding: MonthRounding) throws(CalendarError) -> LocalDate {
        guard abs(months) <= Self.supportedYears.count * 12 else {
            throw CalendarError(code: .arithmeticOutOfRange, value: "\(self) + \(months) months")
        }
        let zeroBased = year * 12 + (month - 1) + months
        let targetYear = zeroBased >= 0 ? zeroBased / 12 : (zeroBased - 11) / 12
        let targetMonth = zeroBased - targetYear * 12 + 1
        let length = Self.daysInMonth(year: targetYear, month: targetMonth)
        if day <= length {
            return try Self.checked(targetYear, targetMonth, day, from: self, months: months)
        }
        switch rounding {
        case .down:
            return try Self.checked(targetYear, targetMonth, length, from: self, months: months)
        case .up:
            let nextYear = targetMonth == 12 ? targetYear + 1 : targetYear
            let nextMonth = targetMonth == 12 ? 1 : targetMonth + 1
            return try Self.checked(nextYear, nextMonth, 1, from: self, months: months)
        }
    }

    private static func checked(
        _ year: Int, _ month: Int, _ day: Int, from start: LocalDate, months: Int
    ) throws(CalendarError) -> LocalDate {
        guard supportedYears.contains(year) else {
            throw CalendarError(
                code: .arithmeticOutOfRange, value: "\(start) + \(months) months",
                context: "dates are supported from \(supportedYears.lowerBound) to \(supportedYears.upperBound)")
        }
        return LocalDate(unchecked: year, month, day)
    }
}
