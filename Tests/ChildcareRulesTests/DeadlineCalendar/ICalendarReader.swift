import ChildcareRules

/// A small iCalendar reader of our own, for the round trip: it unfolds lines, unescapes TEXT, reads the
/// VTIMEZONE's transitions and resolves each `DTSTART;TZID=…` with them alone (not with the library).
struct ICalendarReader {
    /// One VEVENT as read.
    struct Event {
        var properties: [String: String] = [:]
        var parameters: [String: String] = [:]
        var alarms: [[String: String]] = []
    }

    /// One VTIMEZONE observance: from `onsetUTC` (seconds since 1970) the offset is `offsetTo`.
    struct Transition {
        let onsetUTC: Int64
        let offsetTo: Int64
    }

    var events: [Event] = []
    var transitions: [Transition] = []
    var timeZoneIDs: [String] = []

    /// Content lines after unfolding (RFC 5545 §3.1).
    static func unfold(_ text: String) -> [String] {
        var lines: [String] = []
        for raw in text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init) {
            if raw.hasPrefix(" "), !lines.isEmpty {
                lines[lines.count - 1] += raw.dropFirst()
            } else {
                lines.append(raw)
            }
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Seconds since 1970 of a basic local date-time "20260326T120000" read as UTC.
    static func seconds(_ basic: String) -> Int64? {
        let digits = Array(basic)
        guard digits.count == 15, digits[8] == "T",
            let year = Int(String(digits[0..<4])), let month = Int(String(digits[4..<6])),
            let day = Int(String(digits[6..<8])), let hour = Int64(String(digits[9..<11])),
            let minute = Int64(String(digits[11..<13])), let second = Int64(String(digits[13..<15]))
        else { return nil }
        // days from civil (Howard Hinnant)
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = Int64(era * 146_097 + doe - 719_468)
        return days * 86_400 + hour * 3600 + minute * 60 + second
    }

    static func offsetSeconds(_ text: String) -> Int64? {
        guard text.count == 5, let hours = Int64(text.dropFirst().prefix(2)),
            let minutes = Int64(text.suffix(2))
        else { return nil }
        return (text.hasPrefix("-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    init(_ text: String) {
        var stack: [String] = []
        var event = Event()
        var alarm: [String: String] = [:]
        var observance: [String: String] = [:]
        for line in Self.unfold(text) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let head = line[..<colon]
            let value = String(line[line.index(after: colon)...])
            let nameAndParameters = head.split(separator: ";").map(String.init)
            let name = nameAndParameters.first ?? ""
            if name == "BEGIN" {
                stack.append(value)
                if value == "VEVENT" { event = Event() }
                if value == "VALARM" { alarm = [:] }
                if value == "STANDARD" || value == "DAYLIGHT" { observance = [:] }
                continue
            }
            if name == "END" {
                _ = stack.popLast()
                if value == "VEVENT" { events.append(event) }
                if value == "VALARM" { event.alarms.append(alarm) }
                if value == "STANDARD" || value == "DAYLIGHT",
                    let start = observance["DTSTART"].flatMap(Self.seconds),
                    let from = observance["TZOFFSETFROM"].flatMap(Self.offsetSeconds),
                    let to = observance["TZOFFSETTO"].flatMap(Self.offsetSeconds)
                {
                    transitions.append(Transition(onsetUTC: start - from, offsetTo: to))
                }
                continue
            }
            switch stack.last {
            case "VALARM": alarm[name] = Self.unescape(value)
            case "STANDARD", "DAYLIGHT": observance[name] = value
            case "VTIMEZONE": if name == "TZID" { timeZoneIDs.append(value) }
            case "VEVENT":
                event.properties[name] = Self.unescape(value)
                for parameter in nameAndParameters.dropFirst() {
                    let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
                    if pair.count == 2 { event.parameters["\(name);\(pair[0])"] = pair[1] }
                }
            default: break
            }
        }
        transitions.sort { $0.onsetUTC < $1.onsetUTC }
    }

    /// The offset the VTIMEZONE gives at `utc` seconds.
    func offset(atUTC utc: Int64) -> Int64? {
        transitions.last { $0.onsetUTC <= utc }?.offsetTo
    }

    /// The UTC seconds of an event's `DTSTART;TZID=…`, resolved with the file's own VTIMEZONE.
    func start(of event: Event) -> Int64? {
        guard let text = event.properties["DTSTART"], event.parameters["DTSTART;TZID"] != nil,
            let wall = Self.seconds(text)
        else { return nil }
        let candidates = Set(transitions.map(\.offsetTo)).sorted()
        for candidate in candidates where offset(atUTC: wall - candidate) == candidate {
            return wall - candidate
        }
        return nil
    }
}
