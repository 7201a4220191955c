/// The right to written information that survives every refusal or reduction of app access.
///
/// > TSO terms art. 2 lid 3 sub c: "Een andere ouder heeft volgens artikel 1:377c van het Burgerlijk
/// > Wetboek altijd recht op informatie over “belangrijke feiten en omstandigheden die de persoon van het
/// > kind of diens verzorging en opvoeding betreffen”, ook al heeft de andere ouder geen ouderlijk gezag
/// > over het kind."
///
/// A parent with authority has at least the same right. The one lawful ground to withhold information is
/// the child's interest (art. 1:377c BW: "tenzij … het belang van het kind zich tegen het verstrekken van de
/// informatie verzet"); a block of the app, a safety refusal or the end of the app is not such a ground by
/// itself (I-304).
public struct InformationRight: Sendable, Hashable {
    /// The only lawful ground for withholding information.
    public enum WithholdingGround: String, Sendable, Hashable {
        /// The child's interest opposes giving the information (art. 1:377c BW).
        case childsInterest
    }

    /// What the parent may ask for.
    public let information: String
    /// From whom, and how to ask.
    public let from: String
    /// The lawful ground on which some information may be withheld.
    public let withholdingGround: WithholdingGround
    /// The clauses behind the right.
    public let citations: [Citation]

    /// Creates the right with the standard wording, citing `terms`.
    public init(terms: AccessTerms) {
        information = "periodicWrittenInformation"
        from = "location"
        withholdingGround = .childsInterest
        citations = [
            terms.tso.cite("2", lid: 3, sub: "c"), terms.tso.cite("2", lid: 3, sub: "d.1"),
            terms.civilCode.cite("1:377c"),
        ]
    }

    /// The right, as one sentence in `language`.
    public func sentence(in language: Language) -> String {
        let cite = "(" + citations.map { $0.rendered(in: language) }.joined(separator: "; ") + ")"
        return language == .nl
            ? "Je houdt altijd recht op schriftelijke informatie over belangrijke feiten en omstandigheden rond "
                + "je kind: vraag de locatie erom, schriftelijk of in een bericht, en de locatie geeft je die "
                + "informatie periodiek schriftelijk. Partou mag informatie alleen achterhouden als het belang "
                + "van het kind zich ertegen verzet, en zegt je dan welke informatie en waarom \(cite)."
            : "You always keep the right to written information about important facts and circumstances "
                + "concerning your child: ask the location, in writing or by message, and the location gives you "
                + "that information periodically in writing. Partou may withhold information only when the "
                + "child's interest opposes giving it, and then tells you which information and why \(cite)."
    }
}

#if !hasFeature(Embedded)
    extension InformationRight: Codable {}
    extension InformationRight.WithholdingGround: Codable {}
#endif
