// Month and weekday names in Dutch and English, and the long date forms used in explanations.

enum EnglishNames {
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func month(_ month: Int) -> String {
        (1...12).contains(month) ? months[month - 1] : "month \(month)"
    }
}

enum DutchNames {
    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]
}

extension Weekday {
    /// The weekday's name: "maandag" in Dutch (lower case, as Dutch writes it), "Monday" in English.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.monday, .nl): "maandag"
        case (.tuesday, .nl): "dinsdag"
        case (.wednesday, .nl): "woensdag"
        case (.thursday, .nl): "donderdag"
        case (.friday, .nl): "vrijdag"
        case (.saturday, .nl): "zaterdag"
        case (.sunday, .nl): "zondag"
        case (.monday, .en): "Monday"
        case (.tuesday, .en): "Tuesday"
        case (.wednesday, .en): "Wednesday"
        case (.thursday, .en): "Thursday"
        case (.friday, .en): "Friday"
        case (.saturday, .en): "Saturday"
        case (.sunday, .en): "Sunday"
        }
    }
}

extension LocalDate {
    /// The month's name: "maart" in Dutch, "March" in English.
    public func monthName(in language: Language) -> String {
        switch language {
        case .nl: DutchNames.months[month - 1]
        case .en: EnglishNames.months[month - 1]
        }
    }

    /// The date written out for a parent: "donderdag 26 maart 2026" or "Thursday 26 March 2026".
    ///
    /// - Parameter includingYear: whether to end with the year. Parent text always carries it: a date
    ///   without its year is ambiguous around the turn of the year.
    public func spelledOut(in language: Language, includingYear: Bool = true) -> String {
        let base = "\(weekday.name(in: language)) \(day) \(monthName(in: language))"
        return includingYear ? "\(base) \(year)" : base
    }
}

extension LocalDateTime {
    /// The moment written out for a parent: "donderdag 26 maart 2026 om 12:40" or "Thursday 26 March 2026 at
    /// 12:40".
    public func spelledOut(in language: Language, includingYear: Bool = true) -> String {
        let date = date.spelledOut(in: language, includingYear: includingYear)
        switch language {
        case .nl: return "\(date) om \(time.hourMinute)"
        case .en: return "\(date) at \(time.hourMinute)"
        }
    }
}

extension YearMonth {
    /// The month written out for a parent: "oktober 2026" or "October 2026".
    public func spelledOut(in language: Language) -> String {
        "\(firstDay.monthName(in: language)) \(year)"
    }
}
