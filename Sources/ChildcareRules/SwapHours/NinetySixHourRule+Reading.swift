// The reading the 96-hour rule can be switched on (`Reading.all`): "96 uur voor de start" in a week with a
// clock change (I-001). Its register entry is in `SwapHours/SwapHoursRegister.swift`.

extension Reading {
    /// I-001: "meer dan 96 uur voor de start van de opvang" in a week with a clock change: `later` takes the
    /// later of 96 elapsed hours and four days at the same clock time (chosen: it never takes away a right
    /// that either reading gives), `elapsed-hours` takes 96 elapsed hours only, and `same-clock-time` four
    /// days earlier at the same Amsterdam clock time only.
    package static let ninetySixHours = Reading(
        id: ninetySixHoursID,
        title: "\"96 uur voor de start\" in a week with a clock change",
        quote:
            "Alleen als je dit meer dan 96 uur voor de start van de opvang zelf aangeeft in de ouderapp, worden "
            + "de opvanguren van die betreffende dag omgezet in ruil- en inhaaluren.",
        alternatives: [
            Alternative(
                id: "later", summary: "the later of 96 elapsed hours and four days at the same clock time"),
            Alternative(id: elapsedHours, summary: "96 elapsed hours before the start only"),
            Alternative(id: sameClockTime, summary: "four days earlier at the same clock time only"),
        ])

    /// I-001's id. The rule looks its choice up by id, so that a module that only computes deadlines (the
    /// web page's) carries no texts of the reading. (Computed, like the two below: no one-time
    /// initialisation.)
    package static var ninetySixHoursID: String { "I-001" }
    /// The id of I-001's alternative that counts 96 elapsed hours.
    package static var elapsedHours: String { "elapsed-hours" }
    /// The id of I-001's alternative that counts four days at the same clock time.
    package static var sameClockTime: String { "same-clock-time" }
}

extension Readings {
    /// Whether the 96-hour deadline is the later of its two readings, as the library reads I-001.
    /// (An alternative that is chosen is never stored as an override, see ``choosing(_:for:)``.)
    package var laterDeadlineChosen: Bool { overrides[Reading.ninetySixHoursID] == nil }
}
