/// A deadline a rule computed, as both an instant and an Amsterdam local time.
///
/// ```swift
/// deadline.moment.description   // "2026-03-26T12:00:00+01:00"
/// deadline.moment.instant       // 2026-03-26T11:00:00Z
/// deadline.isMet(by: reported)  // strictly before, or at-or-before when inclusive
/// ```
public struct Deadline: Sendable, Hashable {
    /// What the deadline is for.
    public let kind: Kind
    /// The moment of the deadline, with its Amsterdam wall-clock reading and offset.
    public let moment: ZonedDateTime
    /// Whether an act at exactly ``moment`` is still in time.
    ///
    /// The 96-hour rule for earning hours is strict ("meer dan 96 uur"): `false`. Cancelling extra care
    /// "4 dagen (96 uur)" before is inclusive: `true`.
    public let isInclusive: Bool

    /// Creates a deadline.
    public init(kind: Kind, moment: ZonedDateTime, isInclusive: Bool) {
        self.kind = kind
        self.moment = moment
        self.isInclusive = isInclusive
    }

    /// Whether an act at `instant` meets this deadline.
    public func isMet(by instant: Instant) -> Bool {
        isInclusive ? instant <= moment.instant : instant < moment.instant
    }

    /// The deadline as a parent reads it: "vóór donderdag 26 maart 2026, 12:00" (a deadline the act must
    /// come before) or "uiterlijk donderdag 26 maart 2026, 12:00" (one it may fall on); in English "before
    /// Thursday 26 March 2026, 12:00" or "by Thursday 26 March 2026, 12:00 at the latest".
    public func phrase(in language: Language, includingYear: Bool = true) -> String {
        let date = moment.local.date.spelledOut(in: language, includingYear: includingYear)
        let time = moment.local.time.hourMinute
        switch (language, isInclusive) {
        case (.nl, false): return "vóór \(date), \(time)"
        case (.nl, true): return "uiterlijk \(date), \(time)"
        case (.en, false): return "before \(date), \(time)"
        case (.en, true): return "by \(date), \(time) at the latest"
        }
    }

    /// What a deadline is for: a stable key and its names in Dutch and English.
    ///
    /// Each rule defines its own kinds in an extension, next to the rule.
    public struct Kind: Sendable, Hashable {
        /// A stable key, such as `absenceReport`.
        public let key: String
        /// The name in Dutch.
        public let nl: String
        /// The name in English.
        public let en: String

        /// Creates a kind of deadline.
        public init(key: String, nl: String, en: String) {
            self.key = key
            self.nl = nl
            self.en = en
        }
    }
}

extension Deadline: Comparable {
    /// Earlier deadlines come first.
    public static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.moment < rhs.moment }
}

extension Deadline {
    /// A deadline on a whole date: the start of that day in Amsterdam, inclusive ("from this date on").
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when the date is outside Amsterdam's supported years.
    public static func onDate(_ date: LocalDate, kind: Kind) throws(RulesError) -> Deadline {
        let moment = try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(LocalDateTime(date: date, time: .midnight))
        }
        return Deadline(kind: kind, moment: moment, isInclusive: true)
    }

    /// A deadline at the end of a date: 23:59:59 Amsterdam time, inclusive ("on or before this date").
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when the date is outside Amsterdam's supported years.
    public static func endOfDate(_ date: LocalDate, kind: Kind) throws(RulesError) -> Deadline {
        let moment = try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(LocalDateTime(date: date, time: .endOfDay))
        }
        return Deadline(kind: kind, moment: moment, isInclusive: true)
    }
}

#if !hasFeature(Embedded)
    extension Deadline: Codable {}
    extension Deadline.Kind: Codable {}
#endif
