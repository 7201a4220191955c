// Helpers shared by the contract rules: the provider's one-month period and date phrases.

extension NoticePeriod {
    /// `period` calendar months after `date`, rounded **up**: a period Partou grants the parent (to reach
    /// agreement, art. 2 lid 5; notice of Partou's own termination, art. 8 lid 5). Rounding up gives the
    /// parent the longer period (I-206, I-208), as for Partou's own notices (I-004).
    static func granted(_ period: TermsParameter<Int>, after date: LocalDate) throws(RulesError) -> LocalDate
    {
        try RulesError.calendar { () throws(CalendarError) in
            try date.adding(months: period.value, rounding: .up)
        }
    }
}

extension LocalDate {
    /// "donderdag 26 maart 2026" / "Thursday 26 March 2026".
    func spelledOutInFull(_ language: Language) -> String { spelledOut(in: language, includingYear: true) }

    /// The date `days` later, as a rules error when it leaves the supported years.
    func addingDaysChecked(_ days: Int) throws(RulesError) -> LocalDate {
        try RulesError.calendar { () throws(CalendarError) in try adding(days: days) }
    }
}

extension Citation {
    /// The Dutch rendering.
    var dutchCitation: String { rendered(in: .nl) }
    /// The English rendering.
    var englishCitation: String { rendered(in: .en) }
}

extension Array where Element == Instalment {
    /// "september 2025 (€ 123,45), oktober 2025 (€ 123,45)" in `language`.
    func listedForExplanation(in language: Language) -> String {
        map { instalment in
            let name = instalment.month.firstDay.monthName(in: language)
            return "\(name) \(instalment.month.year) (\(instalment.amount.formatted(in: language)))"
        }.joined(separator: ", ")
    }
}
