import ChildcareRules
import Testing

/// The outcome codes are written out in `switch`es (Sources/ChildcareRules/Engine/OutcomeCode.swift). Until
/// issue 16 they were read through `Mirror`; every scenario file compares them, so each code must be exactly
/// the name reflection gave. This suite keeps that reflection, here only, as the reference.
@Suite("Outcome codes: stable, written out, equal to the names scenario files use (Docs/Scenarios.md)")
struct OutcomeCodeTests {
    /// The name reflection gives an outcome: its case name, then its single nested enumeration's, up to
    /// three levels (the engine's former `outcomeName`).
    static func reflected(_ value: Any, depth: Int = 3) -> String {
        let mirror = Mirror(reflecting: value)
        guard depth > 0, mirror.displayStyle == .enum else { return "" }
        guard let child = mirror.children.first, let label = child.label else {
            return String(describing: value)
        }
        let inner = reflected(child.value, depth: depth - 1)
        return inner.isEmpty ? label : label + "." + inner
    }

    static let channels: [Channel] = [.app, .staff, .email, .onlineForm, .letter, .phone, .oral]
    static let noCare: [NoCareReason] = [
        .beforeContract, .afterContract, .weekend, .notScheduled, .tsoHoliday, .schoolClosureDay,
        .schoolHoliday,
        .closureDayAnnouncedLate,
    ]

    static var absenceReasons: [AbsenceReason] {
        [.earned, .tooLate, .enteredByStaff, .appVersionCannotRequest, .closureDayAnnouncedLate]
            + channels.map { .notInApp($0) } + noCare.map { .notACareDay($0) }
    }

    static func refusals() throws -> [ExtraCareRefusal] {
        [
            .sameDayAfterCutoff, .careAlreadyStarted, .outsideContract, .appVersionCannotRequest,
            .alreadyScheduled(try CareSession(start: LocalTime("12:00"), minutes: 60)),
        ] + noCare.map { .dayWithoutCare($0) } + channels.map { .notThroughApp($0) }
    }

    static func contractOutcomes() throws -> [ContractEventOutcome] {
        let day = try LocalDate("2026-03-31")
        return channels.flatMap { channel -> [ContractEventOutcome] in
            [
                .cancellation(.rejected(.notInWriting(channel))),
                .parentTermination(.rejected(.notThroughOnlineForm(channel))),
                .change(.rejected(.notInWriting(channel))),
            ]
        } + [
            .cancellation(.rejected(.careAlreadyStarted)),
            .providerTermination(.notListed(reason: "another reason")),
            .providerTermination(.allowed(point: "a", endDate: day, firstDayWithoutContract: day)),
            .providerTermination(.rejected(.noWarning)),
            .providerTermination(.rejected(.defaultPaidOff(paidOn: day))),
            .providerTermination(.rejected(.defaultShorterThanOneMonth(reachedOn: day))),
            .stateChanged(.signed), .stateChanged(.active), .stateChanged(.ended(endDate: day)),
            .stateChanged(.terminationPending(endDate: day)),
            .stateChanged(.awaitingConsent(foundOn: day, deadline: day)),
        ]
    }

    @Test(
        "Every absence code equals the reflected name (TSO art. 5 lid 1, art. 4)", arguments: absenceReasons)
    func absence(reason: AbsenceReason) {
        #expect(reason.code == Self.reflected(reason))
    }

    @Test("Every extra-care refusal code equals the reflected name (extra opvang lid 1)")
    func extraCare() throws {
        for refusal in try Self.refusals() {
            #expect(refusal.code == Self.reflected(refusal))
        }
    }

    @Test("Every contract outcome code equals the reflected name (TSO art. 3, 8, 8 lid 5)")
    func contract() throws {
        for outcome in try Self.contractOutcomes() {
            #expect(outcome.code == Self.reflected(outcome))
        }
    }

    @Test("Codes are unique within each outcome type, and read as Docs/Scenarios.md writes them")
    func unique() throws {
        let absence = Self.absenceReasons.map(\.code)
        #expect(Set(absence).count == absence.count)
        let refusals = try Self.refusals().map(\.code)
        #expect(Set(refusals).count == refusals.count)
        #expect(AbsenceReason.notACareDay(.tsoHoliday).code == "notACareDay.tsoHoliday")
        #expect(
            ContractEventOutcome.parentTermination(.rejected(.notThroughOnlineForm(.email))).code
                == "parentTermination.rejected.notThroughOnlineForm")
    }
}
