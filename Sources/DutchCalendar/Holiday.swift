/// One of the generally recognised holidays on which there is no TSO (TSO terms, art. 4 lid 3).
///
/// ```swift
/// for holiday in try TSOHolidays.holidays(in: 2025) {
///     print(holiday.date, holiday.name)   // 2025-01-01 Nieuwjaarsdag …
/// }
/// ```
public struct Holiday: Sendable, Hashable {
    /// The date on which the holiday falls.
    public let date: LocalDate
    /// Which holiday it is: a stable key.
    public let key: Key
    /// The Dutch name as the TSO terms write it, or "Koninginnedag" before 2014.
    public let name: String
    /// The English name.
    public let nameEn: String

    /// Creates a holiday.
    public init(date: LocalDate, key: Key, name: String, nameEn: String) {
        self.date = date
        self.key = key
        self.name = name
        self.nameEn = nameEn
    }

    /// The name in `language`.
    public func name(in language: Language) -> String {
        language == .nl ? name : nameEn
    }

    /// The stable key of a holiday: the same from year to year.
    ///
    /// `koningsdag` also covers Koninginnedag before 2014: it is the same clause of the terms.
    public enum Key: String, Sendable, Hashable, CaseIterable {
        /// Nieuwjaarsdag, 1 January.
        case nieuwjaarsdag
        /// Tweede Paasdag, Easter Monday: Easter + 1 day.
        case tweedePaasdag
        /// Koningsdag (27 April, or 26 April when the 27th is a Sunday); Koninginnedag before 2014
        /// (30 April, or 29 April when the 30th is a Sunday).
        case koningsdag
        /// Bevrijdingsdag, 5 May, only in years divisible by 5 ("eens per 5 jaar").
        case bevrijdingsdag
        /// Hemelvaartsdag, Ascension Day: Easter + 39 days.
        case hemelvaartsdag
        /// Tweede Pinksterdag, Whit Monday: Easter + 50 days.
        case tweedePinksterdag
        /// Eerste Kerstdag, 25 December.
        case eersteKerstdag
        /// Tweede Kerstdag, 26 December.
        case tweedeKerstdag
    }
}

extension Holiday: Comparable {
    /// Holidays sort by date, then by their order in art. 4 lid 3.
    public static func < (lhs: Holiday, rhs: Holiday) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        return Key.allCases.firstIndex(of: lhs.key) ?? 0 < Key.allCases.firstIndex(of: rhs.key) ?? 0
    }
}

#if !hasFeature(Embedded)
    extension Holiday: Codable {}
    extension Holiday.Key: Codable {}
#endif
