import ChildcareRules
import Testing

/// App privacy statement, "Welke gegevens?": a withdrawal of consent does not reach back, and what was
/// collected with consent stays until it is erased on request (art. 17 lid 1 sub b AVG, I-307). Erasure
/// removes the child's data itself, so it reaches every parent of the case.
@Suite(
    "Erasure of earlier photos and diary entries reaches every parent (App privacy statement; art. 17 AVG; I-307)"
)
struct EngineErasureTests {
    static func facts() throws -> CaseFacts {
        try CaseFacts(
            contracts: [try EngineFixture.contract()], childNames: ["noor": "Noor"],
            parents: [
                CaseParent(id: "anna", access: AccessFacts()),
                CaseParent(id: "ben", access: AccessFacts(role: .otherParent, isFamily: true)),
            ])
    }

    @Test(
        "Photos erased at one parent's request are gone for the other parent too, with a decision addressed to them (I-307)",
        arguments: [
            (AccessEvent.photoConsent(false), AccessEvent.earlierPhotosErased),
            (AccessEvent.diaryConsent(false), AccessEvent.earlierDiaryErased),
        ])
    func erasureReachesEveryParent(withdrawal: AccessEvent, erasure: AccessEvent) throws {
        let given: AccessEvent =
            withdrawal == .photoConsent(false) ? .photoConsent(true) : .diaryConsent(true)
        let events = [
            try EngineFixture.event("given", "2026-03-02T09:00", .access("anna", given)),
            try EngineFixture.event("withdrawn", "2026-03-09T09:00", .access("anna", withdrawal)),
            try EngineFixture.event("erased", "2026-03-10T09:00", .access("anna", erasure)),
        ]
        let before = try Engine.evaluate(Self.facts(), events: Array(events.prefix(2)))
        let after = try Engine.evaluate(Self.facts(), events: events)
        let photos = erasure == .earlierPhotosErased
        for parent: ParentID in ["anna", "ben"] {
            let kept = try #require(before.state.access[parent])
            let erased = try #require(after.state.access[parent])
            #expect(
                (photos ? kept.earlierPhotos : kept.earlierDiary), "\(parent) kept nothing before the erasure"
            )
            #expect(
                !(photos ? erased.earlierPhotos : erased.earlierDiary), "\(parent) still sees erased data")
        }
        let addressed = after.decisions.filter { $0.event == "erased" }.compactMap(\.addressee)
        #expect(addressed == ["anna", "ben"])
    }
}
