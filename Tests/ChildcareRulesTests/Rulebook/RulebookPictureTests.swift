import ChildcareRules
import Foundation
import TestSupport
import Testing

@Suite("Rule timelines in the rulebook (SVG)")
struct RulebookPictureTests {
    @Test("The 96-hour timeline marks the later reading in both 2026 clock-change weeks (TSO art. 5 lid 1)")
    func ninetySixHoursMarksTheLaterReading() throws {
        let timeline = try #require(try RulebookPictures.all().first { $0.rule == NinetySixHourRule.rule })
        #expect(timeline.lanes.count == 2)
        let chosen = timeline.lanes.compactMap { $0.marks.first(where: \.isChosen)?.moment?.description }
        #expect(chosen == ["2026-03-26T12:00:00+01:00", "2026-10-22T13:00:00+02:00"])
        let svg = try timeline.svg(in: .nl)
        #expect(svg.contains("12:00 (+01:00)"))
        #expect(svg.contains("13:00 (+02:00)"))
        #expect(svg.contains("✓ gekozen: het latere moment"))
        #expect(svg.contains("TSO-voorwaarden (1 augustus 2024), art. 5 lid 1"))
    }

    @Test(
        "The termination timeline: received 31 January ends per 28 February, 1 February per 1 March (TSO art. 8 lid 1)"
    )
    func terminationFromAMonthEnd() throws {
        let timeline = try #require(try RulebookPictures.all().first { $0.name == "termination" })
        let ends = timeline.lanes.map { $0.marks.last?.date.description }
        #expect(ends == ["2026-02-28", "2026-03-01"])
    }

    @Test("Every picture is standalone SVG with a title on every element, in nl and en")
    func everyElementHasATitle() throws {
        let timelines = try RulebookPictures.all()
        #expect(Set(timelines.map(\.name)).count == timelines.count)
        #expect(timelines.count == 5)
        for timeline in timelines {
            for language in Language.allCases {
                let svg = try timeline.svg(in: language)
                #expect(
                    svg.hasPrefix(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                    ))
                // Every text, line, circle and rectangle opens its own <title> right after its start tag.
                var elements = 0
                for tag in ["<text ", "<line ", "<circle ", "<rect "] {
                    for piece in svg.components(separatedBy: tag).dropFirst() {
                        elements += 1
                        let afterTag = piece.drop { $0 != ">" }.dropFirst()
                        #expect(
                            afterTag.hasPrefix("<title>"),
                            "\(timeline.name) \(language): \(tag)\(piece.prefix(60))")
                        #expect(!afterTag.hasPrefix("<title></title>"))
                    }
                }
                #expect(elements > 20)
                #expect(!svg.contains("T12:00"), "no ISO text in \(timeline.name)")
            }
        }
    }

    @Test("The committed pictures in Docs/Rulebook equal freshly generated ones")
    func committedPicturesAreFresh() throws {
        for timeline in try RulebookPictures.all() {
            for (file, language) in zip(RulebookPictures.fileNames(of: timeline), Language.allCases) {
                let url = HeadlessChromium.packageRoot.appendingPathComponent("Docs/Rulebook/\(file)")
                let committed = try String(contentsOf: url, encoding: .utf8)
                #expect(
                    committed == (try timeline.svg(in: language)),
                    "run 'swift run childcare-rules rulebook --svg-dir Docs/Rulebook > Docs/Rulebook.md'")
            }
        }
        let markdown = try Rulebook.markdown()
        #expect(markdown.contains("![The 96-hour deadline around the 2026 clock changes"))
    }

    @Test(
        "Headless Chromium parses every picture and keeps every text inside the canvas",
        .enabled(
            if: HeadlessChromium.path != nil || HeadlessChromium.isRequired,
            "no chromium binary on PATH (apt-get install -y chromium); .ci/run installs it and requires it"
        ))
    func rendersInChromium() throws {
        let chromium = try #require(
            HeadlessChromium.path, "CHILDCARE_REQUIRE_CHROMIUM is set but no chromium binary was found")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rulebook-render-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var pictures: [(String, String)] = []
        for timeline in try RulebookPictures.all() {
            for (file, language) in zip(RulebookPictures.fileNames(of: timeline), Language.allCases) {
                pictures.append((file, try timeline.svg(in: language)))
            }
        }
        for (file, svg) in pictures {
            let page = directory.appendingPathComponent(file + ".xhtml")
            try Chromium.checkPage(svg: svg).write(to: page, atomically: true, encoding: .utf8)
            let dom = try HeadlessChromium.run(chromium, ["--dump-dom", page.absoluteString])
            #expect(!dom.contains("parsererror"), "\(file): SVG parse error")
            let result = try #require(
                Chromium.result(in: dom), "\(file): the check script did not run (parse error?)")
            #expect(result.hasPrefix("ok "), "\(file): \(result)")
        }
        // Controls: the check itself catches a text outside the canvas and a malformed picture.
        let outside = directory.appendingPathComponent("outside.xhtml")
        try Chromium.checkPage(
            svg:
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" viewBox=\"0 0 100 50\">"
                + "<text x=\"-40\" y=\"20\">outside</text></svg>"
        ).write(to: outside, atomically: true, encoding: .utf8)
        let control = Chromium.result(
            in: try HeadlessChromium.run(chromium, ["--dump-dom", outside.absoluteString]))
        #expect(control?.hasPrefix("outside the canvas") == true, "the control gave \(control ?? "nothing")")
        let broken = directory.appendingPathComponent("broken.xhtml")
        try Chromium.checkPage(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a & b</svg>")
            .write(to: broken, atomically: true, encoding: .utf8)
        let brokenDOM = try HeadlessChromium.run(chromium, ["--dump-dom", broken.absoluteString])
        #expect(Chromium.result(in: brokenDOM) == nil || brokenDOM.contains("parsererror"))
        let first = try #require(pictures.first)
        let svgFile = directory.appendingPathComponent(first.0)
        try first.1.write(to: svgFile, atomically: true, encoding: .utf8)
        let screenshot = HeadlessChromium.packageRoot.appendingPathComponent(".build/rulebook-screenshot.png")
        try? FileManager.default.removeItem(at: screenshot)
        _ = try HeadlessChromium.run(
            chromium, ["--screenshot=\(screenshot.path)", "--window-size=980,700", svgFile.absoluteString])
        #expect(FileManager.default.fileExists(atPath: screenshot.path), "no screenshot written")
    }
}

/// The picture check's page and its result; finding and running the browser is ``HeadlessChromium``.
enum Chromium {
    /// The text between "RESULT:" and ":END" in the dumped DOM.
    static func result(in dom: String) -> String? {
        guard let start = dom.range(of: "RESULT:"),
            let end = dom.range(of: ":END", range: start.upperBound..<dom.endIndex)
        else { return nil }
        return String(dom[start.upperBound..<end.lowerBound])
    }

    /// An XHTML page (parsed as XML, so a malformed SVG is a parse error) that inlines the SVG and writes
    /// "ok N" or the texts that leave the canvas or overlap another text into the DOM.
    static func checkPage(svg: String) -> String {
        let body = svg.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>check</title></head>
            <body style="margin:0">
            \(body)
            <pre id="result">pending</pre>
            <script><![CDATA[
            (function () {
              var svg = document.querySelector('svg');
              var w = svg.viewBox.baseVal.width, h = svg.viewBox.baseVal.height;
              var problems = [];
              var boxes = [];
              var texts = svg.querySelectorAll('text');
              for (var i = 0; i < texts.length; i++) {
                var t = texts[i];
                var b = t.getBBox();
                var label = t.lastChild ? t.lastChild.textContent : '';
                if (b.width <= 0) problems.push('empty: ' + label);
                if (b.x < 0 || b.y < 0 || b.x + b.width > w || b.y + b.height > h)
                  problems.push('outside the canvas: ' + label + ' ' + [b.x, b.y, b.width, b.height].join(','));
                for (var j = 0; j < boxes.length; j++) {
                  var o = boxes[j];
                  if (b.x < o.b.x + o.b.width - 1 && o.b.x < b.x + b.width - 1 &&
                      b.y < o.b.y + o.b.height - 1 && o.b.y < b.y + b.height - 1)
                    problems.push('overlaps: ' + label + ' / ' + o.label);
                }
                boxes.push({b: b, label: label});
              }
              document.getElementById('result').textContent =
                'RESULT:' + (problems.length ? problems.join(' | ') : 'ok ' + texts.length) + ':END';
            })();
            ]]></script>
            </body></html>
            """
    }
}
