/// Whether an agreement between the parent and Partou is valid, TSO terms art. 2 lid 4.
///
/// > "Afspraken tussen partijen zijn alleen rechtsgeldig als deze schriftelijk, per e-mail of via de
/// > ouderapp tot stand komen."
///
/// An oral promise, a phone call or a word from staff creates **no right**, however sincerely it was made
/// (``Channel/makesValidAgreement``). What Partou later does out of goodwill is not a right either.
public enum AgreementRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.agreement"

    /// Whether an agreement about `subject` made on `madeOn` through `channel` is valid, explained.
    ///
    /// - Parameters:
    ///   - subject: what was agreed, in the caller's words, for the explanation.
    ///   - madeOn: the date the agreement was made.
    ///   - channel: how it was made: in writing, by e-mail, in the app, orally, by phone, or through staff.
    /// - Throws: ``RulesError``: `beforeFirstEdition` for an agreement before 1 August 2024.
    public static func decide(
        subject: String, madeOn: LocalDate, channel: Channel
    ) throws(RulesError) -> Decision<AgreementOutcome> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: madeOn)
        let citation = edition.cite("2", lid: 4)
        let outcome = AgreementOutcome(
            subject: subject, madeOn: madeOn, channel: channel, isValid: channel.makesValidAgreement)
        let explanation =
            outcome.isValid
            ? Explanation(
                nl:
                    "De afspraak \"\(subject)\" van \(madeOn.spelledOutInFull(.nl)) kwam tot stand via \(channel.name(in: .nl)) "
                    + "en is daarom rechtsgeldig (\(citation.dutchCitation)).",
                en:
                    "The agreement \"\(subject)\" of \(madeOn.spelledOutInFull(.en)) was made through \(channel.name(in: .en)) "
                    + "and is therefore valid (\(citation.englishCitation)).")
            : Explanation(
                nl:
                    "De afspraak \"\(subject)\" van \(madeOn.spelledOutInFull(.nl)) kwam tot stand via \(channel.name(in: .nl)). "
                    + "Afspraken zijn alleen rechtsgeldig als ze schriftelijk, per e-mail of via de ouderapp tot stand "
                    + "komen (\(citation.dutchCitation)); een mondelinge toezegging geeft je geen recht. Vraag om een bevestiging "
                    + "per e-mail of in de ouderapp.",
                en:
                    "The agreement \"\(subject)\" of \(madeOn.spelledOutInFull(.en)) was made through \(channel.name(in: .en)). "
                    + "Agreements are valid only when made in writing, by e-mail or through the parent app "
                    + "(\(citation.englishCitation)); an oral promise gives you no right. Ask for a confirmation by e-mail or in "
                    + "the app.")
        return Decision(
            rule: rule, outcome: outcome, deadlines: [], citations: [citation], explanation: explanation)
    }
}

/// Whether an agreement is valid (art. 2 lid 4).
public struct AgreementOutcome: Sendable, Hashable {
    /// What was agreed.
    public let subject: String
    /// When it was agreed.
    public let madeOn: LocalDate
    /// How it was agreed.
    public let channel: Channel
    /// Whether it is valid: in writing, by e-mail, or through the app.
    public let isValid: Bool

    /// Creates an outcome.
    public init(subject: String, madeOn: LocalDate, channel: Channel, isValid: Bool) {
        self.subject = subject
        self.madeOn = madeOn
        self.channel = channel
        self.isValid = isValid
    }
}

#if !hasFeature(Embedded)
    extension AgreementOutcome: Codable {}
#endif
