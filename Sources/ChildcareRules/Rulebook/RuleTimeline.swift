/// A picture of one deadline rule's worked example: one or more lanes, each a row of moments on a time
/// axis, and the clause the rule applies.
///
/// The library computes every moment when the rulebook is generated (see ``RulebookPictures``), and
/// ``svg(in:)`` draws it as a hand-written SVG: real `<text>` with a `<title>` on every element,
/// Amsterdam local time with its offset, and the clause under the picture.
///
/// ```swift
/// let timeline = try RulebookPictures.all().first { $0.name == "ninety-six-hours" }
/// timeline?.svg(in: .nl)   // "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg …"
/// ```
package struct RuleTimeline: Sendable, Hashable {
    /// The file stem: the pictures are `name.nl.svg` and `name.en.svg`.
    package let name: String
    /// The rule the picture belongs to; the rulebook embeds it under that rule's card.
    package let rule: RuleID
    /// The picture's title.
    package let title: Explanation
    /// The rows of the picture, top to bottom.
    package let lanes: [Lane]
    /// The key of the clause cited under the picture, as in ``ClauseRegistry``.
    package let clauseKey: String

    /// Creates a timeline.
    package init(name: String, rule: RuleID, title: Explanation, lanes: [Lane], clauseKey: String) {
        self.name = name
        self.rule = rule
        self.title = title
        self.lanes = lanes
        self.clauseKey = clauseKey
    }

    /// One row of a timeline: a caption and its moments in time order.
    package struct Lane: Sendable, Hashable {
        /// What the row shows.
        package let caption: Explanation
        /// The moments, earliest first.
        package let marks: [Mark]

        /// Creates a row; the marks are put in time order.
        package init(caption: Explanation, marks: [Mark]) {
            self.caption = caption
            self.marks = marks.sorted { $0.sortKey < $1.sortKey }
        }
    }

    /// What a moment on a timeline is.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// What starts the clock: a notice received, an announcement, hours earned, the contract's end.
        case event
        /// A deadline or effective date the rule computes.
        case deadline
        /// A reading of the clause that is not the one chosen (the 96-hour rule's earlier reading).
        case reading
        /// The start of care.
        case careStart
        /// A step along the way that is neither the event nor a deadline.
        case step
    }

    /// One moment on a timeline: a whole date, or a date and time in Amsterdam with its offset.
    package struct Mark: Sendable, Hashable {
        /// What the moment is.
        package let kind: Kind
        /// What happens then.
        package let label: Explanation
        /// The date.
        package let date: LocalDate
        /// The Amsterdam moment, when the rule fixes a time of day; `nil` for a whole date.
        package let moment: ZonedDateTime?
        /// Whether this mark is the one the rule chooses (drawn bold, with "gekozen" / "chosen").
        package let isChosen: Bool

        /// A mark at an Amsterdam moment.
        package init(_ kind: Kind, _ label: Explanation, at moment: ZonedDateTime, isChosen: Bool = false) {
            self.kind = kind
            self.label = label
            self.date = moment.local.date
            self.moment = moment
            self.isChosen = isChosen
        }

        /// A mark on a whole date.
        package init(_ kind: Kind, _ label: Explanation, on date: LocalDate, isChosen: Bool = false) {
            self.kind = kind
            self.label = label
            self.date = date
            self.moment = nil
            self.isChosen = isChosen
        }

        /// The date and, when known, the time with its offset: "donderdag 26 maart 2026" and
        /// "12:00 (+01:00)".
        package func when(in language: Language) -> [String] {
            var lines = [date.spelledOut(in: language, includingYear: true)]
            if let moment {
                lines.append("\(moment.local.time.hourMinute) (\(moment.offset))")
            }
            return lines
        }

        var sortKey: Int64 {
            if let moment { return moment.instant.secondsSinceEpoch }
            return Int64(date.daysSinceEpoch) * 86_400
        }
    }
}
