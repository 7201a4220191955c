/// The care a contract buys each week: for each weekday with care, a start time and a duration.
///
/// ```swift
/// let schedule = try WeeklySchedule([
///     .monday: CareSession(start: LocalTime("12:00"), minutes: 60),
///     .tuesday: CareSession(start: LocalTime("12:00"), minutes: 60),
///     .thursday: CareSession(start: LocalTime("12:00"), minutes: 60),
/// ])
/// ```
public struct WeeklySchedule: Sendable, Hashable {
    /// The sessions, one per weekday with care, ordered Monday to Sunday.
    public let entries: [Entry]

    /// One weekday's care.
    public struct Entry: Sendable, Hashable {
        /// The weekday.
        public let weekday: Weekday
        /// The care on that weekday.
        public let session: CareSession

        /// Creates an entry.
        public init(weekday: Weekday, session: CareSession) {
            self.weekday = weekday
            self.session = session
        }
    }

    /// Creates a schedule from each weekday's session.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` when a session has no minutes, or runs past midnight.
    public init(_ sessions: [Weekday: CareSession]) throws(RulesError) {
        try self.init(entries: sessions.map { Entry(weekday: $0.key, session: $0.value) })
    }

    /// Creates a schedule from its entries.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` for a repeated weekday, a session of no
    ///   minutes, or one that runs past midnight.
    public init(entries: [Entry]) throws(RulesError) {
        let sorted = entries.sorted { $0.weekday < $1.weekday }
        for (index, entry) in sorted.enumerated() {
            if index > 0 && sorted[index - 1].weekday == entry.weekday {
                throw RulesError(
                    code: .invalidArgument, value: "\(entry.weekday)",
                    context: "a weekday appears twice in the schedule")
            }
            let end = Int(entry.session.start.secondsSinceMidnight) + entry.session.minutes * 60
            guard entry.session.minutes > 0, end <= 86_400 else {
                throw RulesError(
                    code: .invalidArgument,
                    value: "\(entry.session.minutes) minutes from \(entry.session.start)",
                    context: "a care session lasts at least one minute and ends by midnight")
            }
        }
        self.entries = sorted
    }

    /// The session on `weekday`, or `nil` when the contract has no care that day.
    public func session(on weekday: Weekday) -> CareSession? {
        entries.first { $0.weekday == weekday }?.session
    }

    /// The weekdays with care, Monday first.
    public var weekdays: [Weekday] { entries.map { $0.weekday } }

    /// The total minutes of care per week.
    public var minutesPerWeek: Int { entries.reduce(0) { $0 + $1.session.minutes } }
}

/// The care on one day: when it starts and how many minutes it lasts.
public struct CareSession: Sendable, Hashable {
    /// The start time, Amsterdam local.
    public let start: LocalTime
    /// The contracted minutes.
    public let minutes: Int

    /// Creates a session. ``WeeklySchedule`` validates the minutes.
    public init(start: LocalTime, minutes: Int) {
        self.start = start
        self.minutes = minutes
    }
}

#if !hasFeature(Embedded)
    extension WeeklySchedule.Entry: Codable {}
    extension CareSession: Codable {}
#endif
