// ChildcareRules includes the civil calendar: importing ChildcareRules is enough to use
// LocalDate, Instant, Amsterdam and the TSO holidays.
@_exported import DutchCalendar
