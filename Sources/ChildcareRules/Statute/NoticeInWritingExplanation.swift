/// Why a termination through `channel` counts although the terms name only the online form (`form`,
/// TSO terms art. 8 lid 1): the law allows no stricter form than writing (art. 6:237 sub m BW). Data until
/// it is read.
struct NoticeInWritingExplanation: ExplanationTemplate {
    /// The written channel the parent used.
    let channel: Channel
    /// The clause that names only the form.
    let form: Citation
    /// The statute that sets it aside.
    let law: Citation

    /// The template's identifier.
    var id: String { "statute.noticeInWriting" }

    /// The text in `language`.
    func render(in language: Language) -> String {
        let via = channel.name(in: language)
        let formCite = form.rendered(in: language)
        let lawCite = law.rendered(in: language)
        return switch language {
        case .nl:
            "Je zegde op via \(via). De voorwaarden noemen alleen het online opzegformulier (\(formCite)), maar "
                + "de wet staat niet toe dat voor je opzegging een strengere vorm dan schriftelijk wordt geëist "
                + "(\(lawCite)). Je opzegging via \(via) is schriftelijk en dus geldig."
        case .en:
            "You terminated through \(via). The terms name only the online termination form (\(formCite)), but "
                + "the law does not allow a stricter form than writing to be required for your notice "
                + "(\(lawCite)). Your termination through \(via) is in writing, so it is valid."
        }
    }
}
