// The RFC 5545 writer for deadline calendars: CRLF line ends, lines folded at 75 octets, TEXT escaped,
// a VTIMEZONE for Europe/Amsterdam generated from the library's own summer-time rule.

/// Writes iCalendar (RFC 5545) text.
///
/// ```swift
/// ICalendarWriter.escape("a, b; c")           // "a\\, b\\; c"
/// ICalendarWriter.fold("DESCRIPTION:" + long)  // lines of at most 75 octets, joined by CRLF + space
/// ```
public enum ICalendarWriter {
    /// The longest content line in octets, without its CRLF (RFC 5545 §3.1).
    public static let lineLimit = 75

    /// A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// One content line folded (RFC 5545 §3.1): at most 75 octets a line, continuation lines starting with
    /// one space, never splitting a UTF-8 sequence; lines joined by CRLF, without a final CRLF.
    public static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > lineLimit {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// A UTC instant in iCalendar form: "20261203T080000Z".
    public static func utc(_ instant: Instant) -> String { basic(instant.utc) + "Z" }

    /// A local date-time in iCalendar form: "20260326T120000".
    public static func basic(_ dateTime: LocalDateTime) -> String {
        date(dateTime.date) + "T" + pad(dateTime.time.hour, 2) + pad(dateTime.time.minute, 2)
            + pad(dateTime.time.second, 2)
    }

    /// A date in iCalendar form: "20261201".
    public static func date(_ date: LocalDate) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static func offset(_ offset: UTCOffset) -> String {
        let seconds = Int(offset.seconds)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + pad(minutes / 60, 2) + pad(minutes % 60, 2)
    }

    /// The VTIMEZONE of Europe/Amsterdam for the local years `years`: the standard time in force at their
    /// start and each year's change to summer time and back, computed by ``Amsterdam/summerTime(in:)``.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` for a year outside ``Amsterdam/supportedYears``.
    public static func timeZone(years: ClosedRange<Int>) throws(RulesError) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(DeadlineCalendar.timeZoneID)"]
        func component(
            _ name: String, _ onset: Instant, from: UTCOffset, to: UTCOffset, _ zone: String
        ) throws(RulesError) {
            let local = try RulesError.calendar { () throws(CalendarError) in
                try onset.advanced(bySeconds: Int64(from.seconds)).utc
            }
            lines += [
                "BEGIN:\(name)", "DTSTART:\(basic(local))", "TZOFFSETFROM:\(offset(from))",
                "TZOFFSETTO:\(offset(to))", "TZNAME:\(zone)", "END:\(name)",
            ]
        }
        let first = max(years.lowerBound - 1, Amsterdam.supportedYears.lowerBound)
        for year in first...years.upperBound {
            let summer = try RulesError.calendar { () throws(CalendarError) in
                try Amsterdam.summerTime(in: year)
            }
            if year >= years.lowerBound {
                try component("DAYLIGHT", summer.lowerBound, from: .cet, to: .cest, "CEST")
            }
            try component("STANDARD", summer.upperBound, from: .cest, to: .cet, "CET")
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// A calendar of `deadlines` in `language`, every event stamped `stamp`.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` for a year outside ``Amsterdam/supportedYears``.
    public static func calendar(
        _ deadlines: [CalendarDeadline], language: Language, stamp: Instant, name: String
    ) throws(RulesError) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//ChildcareRules//childcare-rules deadline calendar//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(name))",
            "X-WR-TIMEZONE:\(DeadlineCalendar.timeZoneID)",
        ]
        let years = deadlines.compactMap { deadline -> Int? in
            if case .moment(let moment) = deadline.when { return moment.local.date.year }
            return nil
        }
        if let low = years.min(), let high = years.max() {
            lines += try timeZone(years: low...high)
        }
        for deadline in deadlines {
            lines += try event(deadline, language: language, stamp: stamp)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func event(
        _ deadline: CalendarDeadline, language: Language, stamp: Instant
    ) throws(RulesError) -> [String] {
        let summary = escape(deadline.summary.text(in: language))
        var lines = ["BEGIN:VEVENT", "UID:\(deadline.uid)", "DTSTAMP:\(utc(stamp))"]
        switch deadline.when {
        case .moment(let moment):
            lines.append("DTSTART;TZID=\(DeadlineCalendar.timeZoneID):\(basic(moment.local))")
        case .day(let day):
            let next = try day.addingDaysChecked(1)
            lines += ["DTSTART;VALUE=DATE:\(date(day))", "DTEND;VALUE=DATE:\(date(next))"]
        }
        lines += [
            "SUMMARY:\(summary)",
            "DESCRIPTION:"
                + escape(
                    deadline.description.text(in: language) + "\n\n" + deadline.clause.text(in: language)),
            "CATEGORIES:\(deadline.kind.rawValue)",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:\(summary)", "TRIGGER:-P1D", "END:VALARM",
            "END:VEVENT",
        ]
        return lines
    }
}
