/// The two versions of the parent app (App terms art. 3).
///
/// > "Versie 1: Contractouder en andere ouder met ouderlijk gezag vormen een gezin;
/// > Versie 2: Contractouder en andere ouder met ouderlijk gezag vormen niet (meer) een gezin."
///
/// Requests (extra care, using swap hours) and changes are open to version 1 only (App terms art. 4,
/// "Let op: De mogelijkheden van c. en d. staan alleen open voor versie 1 van de Ouderapp").
public enum AppVersion: String, Sendable, Hashable, CaseIterable {
    /// Version 1: the family version, with requests and changes.
    case v1 = "1"
    /// Version 2: the other parent outside the family; child and location information only.
    case v2 = "2"

    /// Whether a user of this version may make requests (extra care, swap hours) and changes.
    public var canMakeRequests: Bool { self == .v1 }
}

#if !hasFeature(Embedded)
    extension AppVersion: Codable {}
#endif
