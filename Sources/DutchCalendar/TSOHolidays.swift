/// The generally recognised holidays on which there is no TSO (TSO terms, art. 4 lid 2 and 3).
///
/// > "Het gaat om de volgende algemeen erkende feestdagen: Nieuwjaarsdag, Tweede Paasdag, Koningsdag,
/// > Bevrijdingsdag (eens per 5 jaar), Hemelvaartsdag, Tweede Pinksterdag, Eerste en tweede Kerstdag."
///
/// The years of ``SupportedRange`` (1996 to 2199) are supported. Two holidays may share a date (Bevrijdingsdag and Hemelvaartsdag
/// on 5 May 2005); both are kept.
public enum TSOHolidays {
    /// The years for which the holidays are computed.
    public static let supportedYears: ClosedRange<Int> = SupportedRange.years

    /// Every TSO holiday of `year`, sorted by date.
    ///
    /// - Throws: ``CalendarError`` with code `yearOutOfRange` outside ``supportedYears``.
    public static func holidays(in year: Int) throws(CalendarError) -> [Holiday] {
        try checkSupported(year)
        let easter = try Easter.sunday(in: year)
        var result: [Holiday] = []
        result.reserveCapacity(9)
        func add(_ date: LocalDate, _ key: Holiday.Key, _ name: String, _ nameEn: String) {
            result.append(Holiday(date: date, key: key, name: name, nameEn: nameEn))
        }
        add(LocalDate(unchecked: year, 1, 1), .nieuwjaarsdag, "Nieuwjaarsdag", "New Year's Day")
        add(try easter.adding(days: 1), .tweedePaasdag, "Tweede Paasdag", "Easter Monday")
        if year >= 2014 {
            let day = LocalDate(unchecked: year, 4, 27).weekday == .sunday ? 26 : 27
            add(LocalDate(unchecked: year, 4, day), .koningsdag, "Koningsdag", "King's Day")
        } else {
            let day = LocalDate(unchecked: year, 4, 30).weekday == .sunday ? 29 : 30
            add(LocalDate(unchecked: year, 4, day), .koningsdag, "Koninginnedag", "Queen's Day")
        }
        if year % 5 == 0 {
            add(LocalDate(unchecked: year, 5, 5), .bevrijdingsdag, "Bevrijdingsdag", "Liberation Day")
        }
        add(try easter.adding(days: 39), .hemelvaartsdag, "Hemelvaartsdag", "Ascension Day")
        add(try easter.adding(days: 50), .tweedePinksterdag, "Tweede Pinksterdag", "Whit Monday")
        add(LocalDate(unchecked: year, 12, 25), .eersteKerstdag, "Eerste Kerstdag", "Christmas Day")
        add(LocalDate(unchecked: year, 12, 26), .tweedeKerstdag, "Tweede Kerstdag", "Boxing Day")
        result.sort()
        return result
    }

    /// The TSO holidays that fall on `date` (usually none; at most two).
    ///
    /// - Throws: ``CalendarError`` with code `yearOutOfRange` when the date's year is outside ``supportedYears``.
    public static func holidays(on date: LocalDate) throws(CalendarError) -> [Holiday] {
        guard mayBeAHoliday(date) else {
            try checkSupported(date.year)
            return []
        }
        return try holidays(in: date.year).filter { $0.date == date }
    }

    /// Throws `yearOutOfRange` when `year` is outside ``supportedYears``.
    private static func checkSupported(_ year: Int) throws(CalendarError) {
        guard supportedYears.contains(year) else {
            throw CalendarError(
                code: .yearOutOfRange, value: String(year),
                context:
                    "TSO holidays are computed for \(supportedYears.lowerBound) to \(supportedYears.upperBound)"
            )
        }
    }

    /// Whether `date` can be a TSO holiday in any year: 1 January; 23 March to 14 June (Easter Monday falls
    /// on 23 March to 26 April, Koningsdag and Bevrijdingsdag on 26 April to 5 May, Ascension Day on 30 April
    /// to 3 June, Whit Monday on 11 May to 14 June); 25 and 26 December. Other dates need no Easter date.
    static func mayBeAHoliday(_ date: LocalDate) -> Bool {
        switch date.month {
        case 1: date.day == 1
        case 3: date.day >= 23
        case 4, 5: true
        case 6: date.day <= 14
        case 12: date.day == 25 || date.day == 26
        default: false
        }
    }
}
