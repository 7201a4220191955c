/// What month arithmetic does with a day that does not exist in the target month.
///
/// Adding one month to 31 January lands on "31 February", which does not exist. The terms never say
/// what happens then, so every caller states the rounding it wants, and the rules choose the one that
/// favours the parent.
///
/// | start | months | `.down` | `.up` |
/// |---|---|---|---|
/// | 2026-01-31 | 1 | 2026-02-28 | 2026-03-01 |
/// | 2024-01-31 | 1 | 2024-02-29 | 2024-03-01 |
/// | 2026-03-31 | 1 | 2026-04-30 | 2026-05-01 |
/// | 2026-01-15 | 1 | 2026-02-15 | 2026-02-15 |
public enum MonthRounding: String, Sendable, Hashable, CaseIterable {
    /// Clamp to the last day of the target month: 2026-01-31 + 1 month = 2026-02-28.
    case down
    /// Move to the first day of the month after the target month: 2026-01-31 + 1 month = 2026-03-01.
    case up
}

#if !hasFeature(Embedded)
    extension MonthRounding: Codable {}
#endif
