/// A reason Partou gives for terminating the contract, TSO terms art. 8 lid 5 sub a to h, or another one.
///
/// > "Partou is slechts bevoegd de overeenkomst op te zeggen op grond van een zwaarwegende reden. Als
/// > zwaarwegende redenen worden in ieder geval aangemerkt: …"
///
/// "In ieder geval" makes the list **not exhaustive**: ``other(_:)`` is not listed and is judged case by
/// case (``ProviderTerminationOutcome/notListed(reason:)``, I-205).
public enum ProviderTerminationReason: Sendable, Hashable {
    /// (a) The parent has been in default of payment for one month; the date the default began, and the
    /// date it was paid off, if it was.
    case paymentDefault(since: LocalDate, paidOn: LocalDate?)
    /// (b, first part) The child needs extra care through illness or otherwise.
    case extraCareNeed
    /// (b, second part) Parent or child is a risk or threat to others' health or safety, after a warning,
    /// unless a warning cannot reasonably be expected of Partou.
    case riskToOthers(warned: Bool, warningNotReasonablyExpected: Bool)
    /// (c) Caring for the child disproportionately burdens or hinders the normal care of the other children.
    case disproportionateBurden
    /// (d) Partou can no longer perform the contract, long-term or permanently, for a cause not attributable to it.
    case unableToPerform
    /// (e) A business-economic necessity that endangers the continuity of the child's location.
    case businessNecessity
    /// (f) One or both parents lose authority over the child.
    case lossOfAuthority
    /// (g) In Partou's judgment, a care need or behaviour of the child disproportionately burdens the group.
    case disproportionateCareNeedOrBehaviour
    /// (h) Continuing cannot reasonably be required because of a bad relationship between Partou (staff) and
    /// the child or parent.
    case brokenRelationship
    /// Any other reason, described in words. Not listed; whether it is as serious is judged case by case.
    case other(String)

    /// The point of art. 8 lid 5 ("a" to "h"), or `nil` for ``other(_:)``.
    public var point: String? {
        switch self {
        case .paymentDefault: "a"
        case .extraCareNeed, .riskToOthers: "b"
        case .disproportionateBurden: "c"
        case .unableToPerform: "d"
        case .businessNecessity: "e"
        case .lossOfAuthority: "f"
        case .disproportionateCareNeedOrBehaviour: "g"
        case .brokenRelationship: "h"
        case .other: nil
        }
    }

    /// The reason in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.paymentDefault, .nl): "een maand betalingsachterstand"
        case (.paymentDefault, .en): "one month in default of payment"
        case (.extraCareNeed, .nl): "extra verzorgingsbehoefte van het kind"
        case (.extraCareNeed, .en): "the child's extra care need"
        case (.riskToOthers, .nl): "een risico voor de gezondheid of veiligheid van anderen"
        case (.riskToOthers, .en): "a risk to the health or safety of others"
        case (.disproportionateBurden, .nl): "onevenredige verzwaring van de opvang van andere kinderen"
        case (.disproportionateBurden, .en): "a disproportionate burden on the care of other children"
        case (.unableToPerform, .nl): "Partou kan de overeenkomst blijvend niet meer uitvoeren"
        case (.unableToPerform, .en): "Partou can no longer perform the contract"
        case (.businessNecessity, .nl): "een bedrijfseconomische noodzaak"
        case (.businessNecessity, .en): "a business-economic necessity"
        case (.lossOfAuthority, .nl): "verlies van ouderlijk gezag"
        case (.lossOfAuthority, .en): "loss of parental authority"
        case (.disproportionateCareNeedOrBehaviour, .nl):
            "buitenproportioneel belastende zorgbehoefte of gedrag"
        case (.disproportionateCareNeedOrBehaviour, .en):
            "a disproportionately burdensome care need or behaviour"
        case (.brokenRelationship, .nl): "een slechte verstandhouding"
        case (.brokenRelationship, .en): "a bad working relationship"
        case (.other(let text), _): text
        }
    }
}

#if !hasFeature(Embedded)
    extension ProviderTerminationReason: Codable {}
#endif
