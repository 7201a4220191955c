/// How a parent's message reached the provider. The terms make several rights depend on it:
/// an absence earns hours only when reported in the app (art. 5 lid 1); a termination is valid only
/// through the online form (art. 8 lid 1); invoiced extra care earns makeup hours only when cancelled
/// by e-mail (art. 5, extra opvang lid 6 sub b); agreements bind only in writing, by e-mail or
/// through the app (art. 2 lid 4).
public enum Channel: String, Sendable, Hashable, CaseIterable {
    /// The parent app (ouderapp), used by the parent themself.
    case app
    /// A staff member acting for the parent (for example, entering an absence in the app for them).
    case staff
    /// An e-mail to customer support.
    case email
    /// The online termination or change form on mijnpartou.nl/service.
    case onlineForm = "online-form"
    /// A letter or other writing on paper.
    case letter
    /// A telephone call.
    case phone
    /// Spoken words in person, such as a promise at the door.
    case oral

    /// The channel's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.app, .nl): "de ouderapp"
        case (.app, .en): "the parent app"
        case (.staff, .nl): "een medewerker"
        case (.staff, .en): "a staff member"
        case (.email, .nl): "e-mail"
        case (.email, .en): "e-mail"
        case (.onlineForm, .nl): "het online formulier"
        case (.onlineForm, .en): "the online form"
        case (.letter, .nl): "een brief"
        case (.letter, .en): "a letter"
        case (.phone, .nl): "de telefoon"
        case (.phone, .en): "the phone"
        case (.oral, .nl): "een mondelinge afspraak"
        case (.oral, .en): "an oral agreement"
        }
    }

    /// Whether a message sent this way is in writing: a text the provider receives and can keep (the form,
    /// an e-mail, a letter, a message in the app; art. 6:227a BW). A call, a word in person or a staff
    /// member acting for the parent is not.
    public var isInWriting: Bool {
        switch self {
        case .app, .email, .onlineForm, .letter: true
        case .staff, .phone, .oral: false
        }
    }

    /// Whether an agreement made this way is valid: in writing, by e-mail, or through the app
    /// (TSO terms art. 2 lid 4: "Afspraken tussen partijen zijn alleen rechtsgeldig als deze schriftelijk,
    /// per e-mail of via de ouderapp tot stand komen").
    public var makesValidAgreement: Bool {
        switch self {
        case .app, .email, .onlineForm, .letter: true
        case .staff, .phone, .oral: false
        }
    }
}

#if !hasFeature(Embedded)
    extension Channel: Codable {}
#endif
