// The SVG writer for rule timelines: hand-written SVG 1.1, standard library only.

extension RuleTimeline {
    /// The picture's width in SVG user units (pixels).
    package static let canvasWidth = 980

    /// The picture as a standalone SVG document in `language`.
    ///
    /// Every piece of text is a real `<text>` element with its own `<title>`, every shape has a `<title>`,
    /// moments read in Amsterdam local time with their offset, and the clause (verbatim Dutch, and in the
    /// English picture also its English summary) is printed under the timeline.
    ///
    /// - Throws: ``RulesError`` with code `unknownReference` when ``clauseKey`` is not in ``ClauseRegistry``.
    package func svg(in language: Language) throws(RulesError) -> String {
        guard let clause = ClauseRegistry.clause(forKey: clauseKey) else {
            throw RulesError(
                code: .unknownReference, value: clauseKey, context: "the picture \(name) cites it")
        }
        var canvas = SVGCanvas(width: Self.canvasWidth)
        let title = self.title.text(in: language)
        canvas.text(title, x: 40, y: 36, size: 18, weight: "bold", tooltip: title)
        let note =
            language == .nl
            ? "Tijden in Amsterdam (Europe/Amsterdam), met het verschil met UTC tussen haakjes."
            : "Times in Amsterdam (Europe/Amsterdam), with the offset from UTC in brackets."
        canvas.text(note, x: 40, y: 58, size: 12, fill: SVGCanvas.grey, tooltip: note)
        var y = 76
        for lane in lanes {
            y = canvas.lane(lane, top: y, language: language)
        }
        y += 10
        canvas.line(
            x1: 40, y1: y, x2: Self.canvasWidth - 40, y2: y, stroke: SVGCanvas.lightGrey,
            tooltip: clause.citation.fullyRendered(in: language))
        y += 24
        let citation = clause.citation.fullyRendered(in: language)
        canvas.text(citation, x: 40, y: y, size: 13, weight: "bold", tooltip: citation)
        y += 20
        for line in SVGCanvas.wrap("“" + clause.text + "”", width: 118) {
            canvas.text(line, x: 40, y: y, size: 12, style: "italic", tooltip: clause.text)
            y += 17
        }
        if language == .en {
            y += 4
            for line in SVGCanvas.wrap("In English: " + clause.summary, width: 118) {
                canvas.text(line, x: 40, y: y, size: 12, tooltip: clause.summary)
                y += 17
            }
        }
        return canvas.document(height: y + 14, title: title, description: clause.text)
    }
}

/// The lines of an SVG picture being drawn, and the layout of a lane.
struct SVGCanvas {
    static let ink = "#1f2328"
    static let grey = "#57606a"
    static let lightGrey = "#d0d7de"

    let width: Int
    private(set) var body: [String] = []

    init(width: Int) { self.width = width }

    static func colour(_ kind: RuleTimeline.Kind) -> String {
        switch kind {
        case .event: "#0969da"
        case .deadline: "#bc4c00"
        case .reading: "#6e7781"
        case .careStart: "#1a7f37"
        case .step: "#8250df"
        }
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Greedy word wrap at `width` characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    mutating func text(
        _ text: String, x: Int, y: Int, size: Int, weight: String = "normal", style: String = "normal",
        anchor: String = "start", fill: String = SVGCanvas.ink, tooltip: String
    ) {
        body.append(
            "  <text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" font-weight=\"\(weight)\" font-style=\"\(style)\" "
                + "text-anchor=\"\(anchor)\" fill=\"\(fill)\"><title>\(Self.escape(tooltip.isEmpty ? text : tooltip))"
                + "</title>\(Self.escape(text))</text>")
    }

    mutating func line(x1: Int, y1: Int, x2: Int, y2: Int, stroke: String, width: Int = 1, tooltip: String) {
        let title = tooltip.isEmpty ? "" : "<title>\(Self.escape(tooltip))</title>"
        body.append(
            "  <line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"\(stroke)\" "
                + "stroke-width=\"\(width)\">\(title)</line>")
    }

    mutating func circle(x: Int, y: Int, radius: Int, fill: String, stroke: String, tooltip: String) {
        body.append(
            "  <circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(radius)\" fill=\"\(fill)\" stroke=\"\(stroke)\" "
                + "stroke-width=\"2\"><title>\(Self.escape(tooltip))</title></circle>")
    }

    /// The lines of a mark's label: what happens, then the date and time, then "chosen" when it is.
    static func labelLines(_ mark: RuleTimeline.Mark, _ language: Language) -> [String] {
        var lines = wrap(mark.label.text(in: language), width: 26)
        lines += mark.when(in: language)
        if mark.isChosen {
            lines.append(language == .nl ? "✓ gekozen: het latere moment" : "✓ chosen: the later moment")
        }
        return lines
    }

    /// The time between two marks: "1 uur", "4 dagen (95 uur)", "28 dagen"; nil when they are on the same
    /// date without a time.
    static func gap(
        from first: RuleTimeline.Mark, to second: RuleTimeline.Mark, _ language: Language
    ) -> String? {
        let days = first.date.days(to: second.date)
        func dayText(_ count: Int) -> String {
            language == .nl
                ? (count == 1 ? "1 dag" : "\(count) dagen") : (count == 1 ? "1 day" : "\(count) days")
        }
        func hourText(_ count: Int64) -> String {
            language == .nl ? "\(count) uur" : (count == 1 ? "1 hour" : "\(count) hours")
        }
        if let start = first.moment, let end = second.moment {
            let seconds = start.instant.seconds(to: end.instant)
            let hours = seconds / 3600
            if seconds < 48 * 3600 {
                return seconds % 3600 == 0 ? hourText(hours) : dayText(days)
            }
            if start.local.time == end.local.time && hours != Int64(days) * 24 {
                return "\(dayText(days)) (\(hourText(hours)))"
            }
            return dayText(days)
        }
        return days == 0 ? nil : dayText(days)
    }

    /// Draws a lane from `top` and returns the y below it.
    mutating func lane(_ lane: RuleTimeline.Lane, top: Int, language: Language) -> Int {
        let lineHeight = 15
        let caption = lane.caption.text(in: language)
        text(caption, x: 40, y: top + 22, size: 14, weight: "bold", tooltip: caption)
        let marks = lane.marks
        let labels = marks.map { Self.labelLines($0, language) }
        let above = labels.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element.count }.max() ?? 0
        let below = labels.enumerated().filter { $0.offset % 2 == 1 }.map { $0.element.count }.max() ?? 0
        let axis = top + 40 + above * lineHeight + 22
        let left = 140
        let right = width - 140
        let step = marks.count > 1 ? (right - left) / (marks.count - 1) : 0
        let xs = marks.indices.map { marks.count > 1 ? left + $0 * step : width / 2 }
        let axisTitle = caption
        line(x1: 40, y1: axis, x2: width - 40, y2: axis, stroke: Self.grey, width: 2, tooltip: axisTitle)
        for index in marks.indices.dropLast() {
            guard let gap = Self.gap(from: marks[index], to: marks[index + 1], language) else { continue }
            let middle = (xs[index] + xs[index + 1]) / 2
            text(gap, x: middle, y: axis - 7, size: 11, anchor: "middle", fill: Self.grey, tooltip: gap)
        }
        for (index, mark) in marks.enumerated() {
            let x = xs[index]
            let colour = Self.colour(mark.kind)
            let lines = labels[index]
            var tooltip =
                mark.label.text(in: language) + ": " + mark.when(in: language).joined(separator: ", ")
            if mark.isChosen {
                tooltip += language == .nl ? " (gekozen: het latere moment)" : " (chosen: the later moment)"
            }
            let isAbove = index % 2 == 0
            let firstBaseline = isAbove ? axis - 24 - (lines.count - 1) * lineHeight : axis + 34
            let leaderEnd = isAbove ? axis - 20 : axis + 21
            line(x1: x, y1: axis, x2: x, y2: leaderEnd, stroke: colour, tooltip: tooltip)
            circle(
                x: x, y: axis, radius: mark.isChosen ? 8 : 6, fill: mark.isChosen ? colour : "#ffffff",
                stroke: colour, tooltip: tooltip)
            let labelCount = Self.wrap(mark.label.text(in: language), width: 26).count
            for (number, text) in lines.enumerated() {
                let isStrong = number < labelCount || (mark.isChosen && number == lines.count - 1)
                self.text(
                    text, x: x, y: firstBaseline + number * lineHeight, size: 12,
                    weight: isStrong ? "bold" : "normal", anchor: "middle",
                    fill: isStrong ? colour : Self.ink,
                    tooltip: tooltip)
            }
        }
        return axis + 34 + max(below - 1, 0) * lineHeight + 18
    }

    func document(height: Int, title: String, description: String) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">",
            "  <title>\(Self.escape(title))</title>",
            "  <desc>\(Self.escape(description))</desc>",
            "  <rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"><title>"
                + "\(Self.escape(title))</title></rect>",
        ]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }
}
