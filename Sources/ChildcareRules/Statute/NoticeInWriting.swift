/// Mandatory law over the form of the parent's termination: art. 6:237 sub m BW (I-231).
///
/// > TSO terms art. 8 lid 1: "Je kunt jouw overeenkomst uitsluitend opzeggen door middel van het online
/// > opzegformulier dat je terug kunt vinden op www.mijnpartou.nl/service."
///
/// Art. 6:237 sub m BW presumes unreasonably onerous, in a consumer contract, a general term that
/// requires a stricter form than writing for a statement the consumer has to make; the consumer may
/// annul such a term (art. 6:233 sub a BW). "Uitsluitend" the online form is stricter than writing: an
/// e-mail, a letter or a message in the app is writing too (art. 6:227a BW). Mandatory law prevails over
/// the terms, so a termination the parent sends in writing through another channel ends the contract
/// exactly as the form would, from the day Partou receives it. A call or a word at the door is not in
/// writing, so the terms' rejection stands.
///
/// The check changes an outcome only there: a written termination that does not use the form. It is
/// switchable (``Reading/writtenTermination``), so legal can see what the terms alone would decide
/// (`childcare-rules impact --reading I-231=form-only`).
///
/// | channel | terms alone (art. 8 lid 1) | with art. 6:237 sub m BW |
/// |---|---|---|
/// | online form | accepted | accepted |
/// | e-mail, letter, app | rejected | accepted |
/// | phone, in person, through staff | rejected | rejected |
package enum NoticeInWritingRule {
    /// The check's identifier, as its rule card carries it.
    package static let rule: RuleID = "statute.noticeInWriting"

    /// The statute, cited: art. 6:237 sub m BW.
    package static var citation: Citation { TermsEdition.civilCode.cite("6:237", sub: "m") }

    /// What the statute says, in English (a summary, not the statute's words).
    package static let summary = """
        A general term of a consumer contract is presumed unreasonably onerous if it requires a stricter \
        form than writing for a statement the consumer has to make.
        """

    /// Whether mandatory law makes a termination sent through `channel` valid where the terms alone would
    /// reject it: a written channel other than the form, under the reading `readings` choose.
    package static func overrides(_ channel: Channel, readings: Readings) -> Bool {
        channel != .onlineForm && channel.isInWriting
            && readings.choice(.writtenTermination) != "form-only"
    }

    /// The sentence that says why a termination through `channel` counts although the terms name only the
    /// form (`form`, art. 8 lid 1).
    package static func explanation(_ channel: Channel, form: Citation) -> Explanation {
        Explanation(NoticeInWritingExplanation(channel: channel, form: form, law: citation))
    }
}
