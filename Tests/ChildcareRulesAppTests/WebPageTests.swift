import ChildcareRulesApp
import Foundation
import TestSupport
import Testing

/// The web page of `Examples/web`, which runs the WebAssembly build of the rules, shows in a real browser
/// what the native build answers (TSO art. 5 lid 1: the 96-hour deadline; art. 4: days without care).
///
/// It needs the module built by `Scripts/build-wasm.sh` and headless Chromium; without them it is skipped,
/// unless `CHILDCARE_REQUIRE_CHROMIUM=1` (as `.ci/run` sets) makes that a failure.
@Suite(
    "Web page: the WebAssembly rules in headless Chromium show the native answers (TSO art. 4, art. 5 lid 1)")
struct WebPageTests {
    static let page = HeadlessChromium.packageRoot.appendingPathComponent("Examples/web/index.html")
    static let module = HeadlessChromium.packageRoot.appendingPathComponent(
        "Examples/web/childcare-rules.wasm.js")
    static var canRun: Bool {
        HeadlessChromium.isRequired
            || (HeadlessChromium.path != nil && FileManager.default.fileExists(atPath: module.path))
    }

    /// (now, day, lang, the outcome the native rules give).
    static let visits: [(String, String, String, String)] = [
        // The week of the autumn clock change: the later reading (13:00) counts, so 12:30 is in time (I-001).
        ("2026-10-22T12:30", "2026-10-26", "nl", "earned"),
        ("2026-10-22T13:00", "2026-10-26", "en", "tooLate"),
        // Exactly 96 hours ahead is not "meer dan 96 uur" (I-002).
        ("2026-09-06T12:00", "2026-09-10", "nl", "tooLate"),
        ("2026-09-06T11:59", "2026-09-10", "en", "earned"),
        // Easter Monday: no care, so no hours (art. 4 lid 3 and 4).
        ("2027-03-01T09:00", "2027-03-29", "nl", "notACareDay.tsoHoliday"),
        // A closure day the school announced late: the hours are credited (art. 4 lid 4 a contrario, I-230).
        ("2027-03-01T09:00", "2027-03-04", "en", "closureDayAnnouncedLate"),
    ]

    @Test(
        "The page shows the deadline, whether reporting now earns hours, and the article, as the native build answers",
        .enabled(
            if: canRun, "needs Scripts/build-wasm.sh and chromium; .ci/run provides both and requires them"))
    func pageMatchesNative() throws {
        let chromium = try #require(
            HeadlessChromium.path, "CHILDCARE_REQUIRE_CHROMIUM is set but no chromium was found")
        try #require(
            FileManager.default.fileExists(atPath: Self.module.path),
            "Examples/web/childcare-rules.wasm.js is missing: run Scripts/build-wasm.sh")
        for (now, day, lang, outcome) in Self.visits {
            var components = URLComponents(url: Self.page, resolvingAgainstBaseURL: false)
            components?.queryItems = [
                URLQueryItem(name: "now", value: now), URLQueryItem(name: "day", value: day),
                URLQueryItem(name: "lang", value: lang),
            ]
            let url = try #require(components?.url)
            let dom = try HeadlessChromium.run(
                chromium, ["--dump-dom", "--virtual-time-budget=5000", url.absoluteString])
            let request = try #require(
                Self.script("request", in: dom), "no request on the page at \(now) for \(day)")
            let answer = try #require(
                Self.script("answer", in: dom), "no answer on the page at \(now) for \(day)")
            let explained = try #require(Self.script("explained", in: dom))
            // The module gave, byte for byte, the native answers.
            #expect(answer == ParentApp.respond(.canReportAbsence, request: request))
            #expect(answer.contains(#""outcome":"\#(outcome)""#), "\(day) at \(now): \(answer)")
            let native = ParentApp.respond(.explain, request: #"{"decision":\#(answer),"lang":"\#(lang)"}"#)
            #expect(explained == native)
            // And the page shows them: the explanation, the article, and the deadline in the chosen language.
            let shown = try #require(JSONSerialization.jsonObject(with: Data(native.utf8)) as? [String: Any])
            let text = try #require(shown["text"] as? String)
            #expect(Self.element("explanation", in: dom) == text)
            let articles = try #require(shown["articles"] as? [String])
            for article in articles {
                #expect(dom.contains(Self.escaped(article)), "article \(article) not shown")
            }
            let decision = try #require(
                JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any])
            if let deadline = (decision["deadlines"] as? [[String: Any]])?.first,
                let phrase = (deadline["phrase"] as? [String: String])?[lang]
            {
                #expect(
                    Self.element("deadline", in: dom)?.contains(phrase) == true,
                    "deadline \(phrase) not shown")
            }
        }
        let screenshot = HeadlessChromium.packageRoot.appendingPathComponent(".build/web-screenshot.png")
        try? FileManager.default.removeItem(at: screenshot)
        var components = URLComponents(url: Self.page, resolvingAgainstBaseURL: false)
        components?.queryItems = [
            URLQueryItem(name: "now", value: "2026-10-22T12:30"),
            URLQueryItem(name: "day", value: "2026-10-26"),
        ]
        _ = try HeadlessChromium.run(
            chromium,
            [
                "--screenshot=\(screenshot.path)", "--window-size=900,1000", "--virtual-time-budget=5000",
                try #require(components?.url).absoluteString,
            ])
        #expect(FileManager.default.fileExists(atPath: screenshot.path), "no screenshot written")
    }

    /// The text of `<script type="application/json" id="ID">` (script text is not escaped in the DOM dump).
    static func script(_ id: String, in dom: String) -> String? {
        between(#"<script type="application/json" id="\#(id)">"#, "</script>", in: dom).flatMap {
            $0.isEmpty ? nil : $0
        }
    }

    /// The text of the element with `id="ID"`, unescaped.
    static func element(_ id: String, in dom: String) -> String? {
        guard let open = dom.range(of: #"id="\#(id)""#),
            let close = dom.range(of: ">", range: open.upperBound..<dom.endIndex),
            let end = dom.range(of: "</", range: close.upperBound..<dom.endIndex)
        else { return nil }
        return unescaped(String(dom[close.upperBound..<end.lowerBound]))
    }

    static func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let open = text.range(of: start),
            let close = text.range(of: end, range: open.upperBound..<text.endIndex)
        else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{00A0}").replacingOccurrences(of: "&amp;", with: "&")
    }
}
