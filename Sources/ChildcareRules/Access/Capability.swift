/// One thing a user can do or see in the parent app.
///
/// The raw values are the stable keys of the command line's JSON output. Capabilities sort by their
/// key, in plain alphabetical (Unicode scalar) order, so a sorted list reads
/// `announcements, childInfo, contractParentData, diary, …, useSwapHours` (I-310).
///
/// The capabilities come from App terms art. 4 (a. announcements, b. private messages, c. requests,
/// d. changes), art. 3 (child information; the contract parent's private and contract data), art. 6
/// and the App privacy statement (photos, the diary, and the uses open without consent), and TSO terms
/// art. 1 lid 2 (data and invoices, extra care, swap hours).
public enum Capability: String, Sendable, Hashable, CaseIterable {
    /// General announcements between Partou and the parents (App terms art. 4 sub a).
    case announcements
    /// Private messages about the care and the child, with the staff (App terms art. 4 sub b).
    case privateMessages
    /// Information about the location (App privacy statement, "Privacy en toestemming").
    case locationInfo
    /// Newsletters of the location (App privacy statement, "Privacy en toestemming").
    case newsletters
    /// Reporting the child absent (App privacy statement, "Privacy en toestemming").
    case reportAbsence
    /// Information about the child, the same in both versions (App terms art. 3).
    case childInfo
    /// Photos of the child; needs consent (App terms art. 6; App privacy statement).
    case photos
    /// The diary: written reports about the child; needs consent (App privacy statement).
    case diary
    /// Photos collected while consent was in force, after consent was withdrawn: kept and shown, since
    /// withdrawal does not reach back; no new photo is added (App privacy statement; I-307).
    case earlierPhotos
    /// Diary entries collected while consent was in force, after consent was withdrawn (I-307).
    case earlierDiary
    /// The contract parent's private and contract data (App terms art. 3; TSO terms art. 2 lid 3 sub d.3).
    case contractParentData
    /// Invoices (TSO terms art. 1 lid 2); part of the contract parent's data.
    case invoices
    /// Requesting extra care (App terms art. 4 sub c; TSO terms art. 1 lid 3). Version 1 only.
    case requestExtraCare
    /// Using swap and makeup hours (App terms art. 4 sub c; TSO terms art. 1 lid 3). Version 1 only.
    case useSwapHours
    /// Submitting changes (App terms art. 4 sub d). Version 1 only.
    case submitChanges

    /// The capabilities that do not depend on consent: everything but photos and the diary. Refusing
    /// consent never removes a service the contract needs (AVG art. 7 lid 4; TSO terms art. 1 lid 2–3; I-307).
    public static let withoutConsent: Set<Capability> = Set(allCases).subtracting(media)

    /// The capabilities that need consent: photos and the diary (App privacy statement; App terms art. 6).
    public static let media: Set<Capability> = [.photos, .diary, .earlierPhotos, .earlierDiary]

    /// The capabilities that show the contract parent's data or act on the contract or the care: never in
    /// version 2 (App terms art. 3, "geen mogelijkheden om wijzigingen aan te brengen in de opvang", and
    /// art. 4, "Let op"; TSO terms art. 2 lid 3 sub d.2; I-311).
    public static let versionOneOnly: Set<Capability> = [
        .contractParentData, .invoices, .reportAbsence, .requestExtraCare, .useSwapHours, .submitChanges,
    ]

    /// The capability's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.announcements, .nl): "algemene mededelingen"
        case (.announcements, .en): "general announcements"
        case (.privateMessages, .nl): "privéberichten met de medewerkers"
        case (.privateMessages, .en): "private messages with the staff"
        case (.locationInfo, .nl): "informatie over de locatie"
        case (.locationInfo, .en): "location information"
        case (.newsletters, .nl): "nieuwsbrieven"
        case (.newsletters, .en): "newsletters"
        case (.reportAbsence, .nl): "je kind afmelden"
        case (.reportAbsence, .en): "reporting the child absent"
        case (.childInfo, .nl): "informatie over het kind"
        case (.childInfo, .en): "information about the child"
        case (.photos, .nl): "foto's"
        case (.photos, .en): "photos"
        case (.diary, .nl): "het dagboek"
        case (.diary, .en): "the diary"
        case (.earlierPhotos, .nl): "eerder met toestemming gemaakte foto's"
        case (.earlierPhotos, .en): "photos taken earlier with consent"
        case (.earlierDiary, .nl): "eerdere dagboekverslagen, met toestemming geschreven"
        case (.earlierDiary, .en): "diary entries written earlier with consent"
        case (.contractParentData, .nl): "privé- en contractgegevens van de contractouder"
        case (.contractParentData, .en): "the contract parent's private and contract data"
        case (.invoices, .nl): "facturen"
        case (.invoices, .en): "invoices"
        case (.requestExtraCare, .nl): "extra opvang aanvragen"
        case (.requestExtraCare, .en): "requesting extra care"
        case (.useSwapHours, .nl): "ruil- en inhaaluren inzetten"
        case (.useSwapHours, .en): "using swap and makeup hours"
        case (.submitChanges, .nl): "wijzigingen doorgeven"
        case (.submitChanges, .en): "submitting changes"
        }
    }
}

extension Capability: Comparable {
    /// Capabilities sort by their key, alphabetically.
    public static func < (lhs: Capability, rhs: Capability) -> Bool { lhs.rawValue < rhs.rawValue }
}

#if !hasFeature(Embedded)
    extension Capability: Codable {}
#endif
