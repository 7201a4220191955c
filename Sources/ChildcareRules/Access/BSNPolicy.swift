/// The citizen service number (BSN) of the child and the parents in the parent app.
///
/// > App privacy statement: "BSN (wordt niet getoond of opgeslagen in de Ouderapp, wordt uitsluitend bij
/// > wijzigingen verzonden naar administratie Partou)".
///
/// No ``Capability`` shows the BSN; it is only forwarded to Partou's administration with a change.
public enum BSNPolicy {
    /// The BSN is never shown in the app.
    public static let isShown = false
    /// The BSN is never stored in the app.
    public static let isStored = false

    /// Whether using `capability` forwards the BSN to Partou's administration: only submitting a change.
    public static func isForwarded(by capability: Capability) -> Bool { capability == .submitChanges }
}
