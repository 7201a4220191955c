// The reading `NoticeInWritingRule` can be switched on (`Reading.all`): a termination in writing that does not
// use the online form (I-231).

extension Reading {
    /// I-231: a termination in writing that does not use the online form (TSO terms art. 8 lid 1,
    /// "uitsluitend"; art. 6:237 sub m BW): `writing` lets any written channel end the contract (chosen:
    /// mandatory law lets the parent give notice in writing), `form-only` follows the terms' words.
    package static let writtenTermination = Reading(
        id: "I-231",
        title:
            "A termination in writing that does not use the online form (art. 8 lid 1; art. 6:237 sub m BW)",
        quote: "Je kunt jouw overeenkomst uitsluitend opzeggen door middel van het online opzegformulier",
        alternatives: [
            Alternative(
                id: "writing",
                summary: "any notice in writing ends the contract: the form, an e-mail, a letter or the app"),
            Alternative(id: "form-only", summary: "only the online form ends the contract, as the terms say"),
        ])
}
