extension Interpretation {
    /// The part of an entry that a rule can be switched on: the ``Reading`` value and how the register
    /// names it.
    package struct Switchable: Sendable {
        /// The reading, one of ``Reading/all``.
        package let reading: Reading
        /// The name of its static property on ``Reading``, such as `noticeRounding`.
        package let symbol: String
        /// What `childcare-rules impact` finds the other alternative changes in the bundled scenarios.
        package let impact: String

        /// The switchable part of an entry: `reading`, declared as `Reading.<symbol>`, whose other
        /// alternative changes `impact`.
        package init(reading: Reading, symbol: String, impact: String) {
            self.reading = reading
            self.symbol = symbol
            self.impact = impact
        }
    }
}
