extension InterpretationRegister {
    /// The register entries whose readings the mandatory-law checks of `Statute/` are switched on.
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let statuteEntries: [Interpretation] = [
        Interpretation(
            switchable: Interpretation.Switchable(
                reading: .writtenTermination, symbol: "writtenTermination",
                impact: """
                    two scenarios: the e-mailed termination of the demo and of casebook 5039 is rejected, and \
                    5039's form a week later then ends the contract eight days later
                    """),
            clause: """
                TSO terms art. 8 lid 1: "\(Reading.writtenTermination.quote)" (dat je terug kunt vinden \
                op www.mijnpartou.nl/service). Art. 6:237 sub m BW: in a consumer contract a general term is \
                presumed unreasonably onerous if it requires a stricter form than writing for a statement \
                the consumer has to make.
                """,
            readingsConsidered: """
                1. `writing`: mandatory law sets aside "uitsluitend" as far as it excludes other writing, so \
                a termination in writing through any channel (the form, an e-mail, a letter, a message in the \
                app) ends the contract from the day Partou receives it; a call, a word in person or a staff \
                member acting for the parent is not in writing and does not. 2. `form-only`: the terms' \
                words, only the online form terminates (the library's reading until issue 15).
                """,
            chosen: """
                1. `NoticeInWritingRule` decides it inside the parent's termination (art. 8 lid 1), and so \
                inside a termination against changed terms (art. 10) and a termination before the start, \
                which counts as a cancellation (art. 3). The statute is cited, and explained, only where it \
                changes the outcome: a written termination that does not use the form.
                """,
            why: """
                mandatory law prevails over the terms, and these are consumer terms. "Uitsluitend" the online \
                form is a stricter form than writing: an e-mail or a letter is writing too (art. 6:227a BW). \
                Art. 6:237 sub m makes such a term voidable by the parent (art. 6:233 sub a BW); a parent who \
                terminates by e-mail invokes it, and holding the parent to the form would make the notice \
                period start later, which costs the parent a month's instalment at a month boundary. The \
                complaint behind casebook 5039 shows Partou itself processing a termination received by \
                e-mail ("na ontvangst van de opzeggingsmail").
                """,
            forLegal: """
                art. 6:237 is a presumption (the "grey list"): Partou may argue that the form-only term is \
                reasonable, for instance because the form records the end date the parent chooses. The \
                library does not weigh that argument; `--reading I-231=form-only` shows what it would change. \
                The summary of sub m above is the library's, not the statute's words: check it against the \
                text in force. Before issue 15 the demo scenario and casebook 5039 expected the e-mail to be \
                rejected; both now expect it to end the contract.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Statute/NoticeInWritingTests.swift",
                    [
                        "A termination in writing ends the contract as the form would, and cites the statute only where it changes the outcome",
                        "Under the terms-only reading (I-231=form-only) only the online form terminates",
                        "Across rules: an e-mailed termination puts the end on the timeline, so hours left lapse at the end (art. 5 lid 5)",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ComplaintScenarioTests.swift",
                    [
                        "Complaints report line 5039: a termination by e-mail ends the contract one month after receipt (art. 6:237 sub m BW, I-231)"
                    ]),
            ]),
        Interpretation(
            switchable: Interpretation.Switchable(
                reading: .priceIncreaseWindow, symbol: "priceIncreaseWindow",
                impact: """
                    one scenario: the increase of `Scenarios/statute/01-price-increase-within-three-months.json`, \
                    announced within the window but taking effect after it, then applies
                    """),
            clause: """
                TSO terms art. 7: "\(Reading.priceIncreaseWindow.quote)" […] "Wij kondigen een dergelijke \
                prijswijziging van te voren aan." Art. 6:236 sub i BW: in a consumer contract a general term \
                is unreasonably onerous if it lets the provider stipulate a price increase within three \
                months after the contract was concluded, unless the consumer may then dissolve the contract.
                """,
            readingsConsidered: """
                1. `announced`: the increase does not bind the parent if Partou announces it ("bedingen", \
                stipulates it) within three months of signing, whenever it would take effect. \
                2. `takes-effect`: only an increase that would take effect within three months is set aside. \
                On the exception: (a) a termination with a month's notice (art. 8 lid 1) counts as the right \
                to dissolve, so the statute never applies; (b) it does not, because dissolution ends the \
                contract at once and the terms grant no such right over a price rise.
                """,
            chosen: """
                1 with (b). `PriceIncreaseRule` decides it inside the price change (art. 7) when the event is \
                an increase (`price-change` with `"increase": true`). The window ends three calendar months \
                after the day of signing, rounded up (31 January → 1 May), and includes its last day. A \
                decrease, or an increase outside the window, is decided by art. 7 alone and does not cite \
                the statute.
                """,
            why: """
                mandatory law prevails over the terms, and these are consumer terms. "Bedingen" is to \
                stipulate: an increase Partou announces inside the window is stipulated inside it, and \
                reading the window by announcement covers every increase the other reading covers (an \
                increase takes effect after its announcement), so it is the reading most favourable to the \
                parent (art. 6:238 lid 2 BW). A termination is not dissolution: it binds the parent for a \
                month, and art. 6:236 sub i names only dissolution. Rounding the window up gives the parent \
                the longer window, as I-003 does for notices.
                """,
            forLegal: """
                the summary of sub i above is the library's, not the statute's words: check it against the \
                text in force. Whether a month's notice that always ends before the new price applies \
                (art. 7 gives a month and a week, art. 8 lid 1 a month) amounts to a right to dissolve is \
                the argument Partou would make; `--reading I-232=takes-effect` shows the narrower window, \
                but the library has no switch that drops the check. The terms do not say whether a change \
                is an increase: the caller says so in the event.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Statute/PriceIncreaseTests.swift",
                    [
                        "An increase announced within three months of signing does not bind the parent; a decrease or a later increase is art. 7 alone",
                        "Under the takes-effect reading (I-232=takes-effect) only an increase that would apply inside the window is set aside",
                        "Across rules: a void increase records no change on the timeline; a valid one does",
                    ])
            ]),
    ]
}
