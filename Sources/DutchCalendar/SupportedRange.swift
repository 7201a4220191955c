/// The one range of dates and moments the package supports: 1 January 1996 to 31 December 2199.
///
/// Dates, Amsterdam local times, instants, TSO holidays and school years all share it, so a value that
/// reads is a value every rule can decide on, and a value outside it is refused when it is read
/// (`yearOutOfRange`, `instantOutOfRange`), never later in the middle of a decision.
///
/// - The first year is the first of the EU summer-time rule that ``Amsterdam`` builds in (1996).
/// - The last year, 2199, is as far as the TSO holidays are computed: their rules (Easter, Koningsdag on
///   27 April, Bevrijdingsdag every fifth year) are the ones in force today, carried forward.
/// - Instants run from 1996-01-01T00:00:00Z to 2199-12-31T22:59:59Z: the last hour of 2199 in UTC is
///   already 2200 in Amsterdam, and the first local hour of 1996 (00:00–00:59 +01:00) is still 1995 in UTC.
///
/// The terms themselves start later: a date in this range but before the first edition of the terms is
/// refused by the rules as outside every edition.
public enum SupportedRange {
    /// The supported years, 1996 to 2199.
    public static let years: ClosedRange<Int> = 1996...2199

    /// How the supported instants are described in messages.
    package static let instantsText =
        "instants are supported from 1996-01-01T00:00:00Z to 2199-12-31T22:59:59Z"
}
