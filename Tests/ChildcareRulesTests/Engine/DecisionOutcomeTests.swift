import ChildcareRules
import Foundation
import Testing

/// A decision's outcome is a typed value (``DecisionOutcome``) with one stable string code, which scenario
/// files, Docs/Scenarios.md and the saved state write (issue 16, "typed results").
@Suite("Decision outcomes: typed, with stable codes that convert both ways")
struct DecisionOutcomeTests {
    @Test("Every outcome's code is its own: unique, and read back to the same value")
    func codesRoundTrip() {
        let codes = DecisionOutcome.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        for outcome in DecisionOutcome.all {
            #expect(DecisionOutcome(code: outcome.code) == outcome)
        }
        #expect(DecisionOutcome(code: "earned") == .absence(.earned))
        #expect(DecisionOutcome(code: "notACareDay.tsoHoliday") == .absence(.notACareDay(.tsoHoliday)))
        #expect(
            DecisionOutcome(code: "dayWithoutCare.weekend") == .extraCareRefused(.dayWithoutCare(.weekend)))
        #expect(
            DecisionOutcome(code: "parentTermination.rejected.notThroughOnlineForm")
                == .contract(.parentTerminationNotThroughOnlineForm))
        #expect(DecisionOutcome(code: "version2") == .access(.v2))
        #expect(DecisionOutcome(code: "earnedd") == nil)
        #expect(DecisionOutcome(code: "") == nil)
    }

    @Test("The contract outcome's code is the lifecycle outcome's code, for every kind of contract outcome")
    func contractCodes() throws {
        for outcome in try OutcomeCodeTests.contractOutcomes() {
            #expect(ContractOutcome(outcome).rawValue == outcome.code)
        }
    }

    @Test("An absence reason or extra-care refusal keeps its code, whatever detail the rule's value carries")
    func refusalCodes() throws {
        for refusal in try OutcomeCodeTests.refusals() {
            #expect(DecisionOutcome(refusal).code == refusal.code)
        }
        for reason in OutcomeCodeTests.absenceReasons {
            #expect(DecisionOutcome(reason).code == reason.code)
            #expect(DecisionOutcome.all.contains(DecisionOutcome(reason)))
        }
        #expect(DecisionOutcome(ExtraCareRefusal.appVersionCannotRequest) == .appVersionCannotRequest)
        #expect(DecisionOutcome(AbsenceReason.appVersionCannotRequest) == .appVersionCannotRequest)
    }

    @Test("An outcome is written as its code in JSON, and an unknown code is a decoding error")
    func codable() throws {
        let encoded = try JSONEncoder().encode([
            DecisionOutcome.absence(.notInApp(.email)), .contract(.changeAccepted),
        ])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["notInApp.email","change.accepted"]"#)
        let decoded = try JSONDecoder().decode([DecisionOutcome].self, from: encoded)
        #expect(decoded == [.absence(.notInApp(.email)), .contract(.changeAccepted)])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DecisionOutcome.self, from: Data(#""tooLatee""#.utf8))
        }
    }

    @Test("A name matches its own code and the codes nested under it, as scenario expectations do")
    func matching() {
        #expect(DecisionOutcome.absence(.notInApp(.email)).matches("notInApp"))
        #expect(DecisionOutcome.absence(.notInApp(.email)).matches("notInApp.email"))
        #expect(!DecisionOutcome.absence(.notInApp(.email)).matches("notIn"))
        #expect(
            DecisionOutcome.contract(.parentTerminationNotThroughOnlineForm).matches(
                "parentTermination.rejected"))
    }
}
