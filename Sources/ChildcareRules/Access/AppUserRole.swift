/// Who a user of the parent app is, with respect to the contract (TSO terms art. 2 lid 1).
public enum AppUserRole: String, Sendable, Hashable, CaseIterable {
    /// The parent who signed the contract ("de zgn. contractouder", TSO terms art. 2 lid 1).
    case contractParent = "contract-parent"
    /// The other parent of the child, who did not sign.
    case otherParent = "other-parent"

    /// The role's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.contractParent, .nl): "de contractouder"
        case (.contractParent, .en): "the contract parent"
        case (.otherParent, .nl): "de andere ouder"
        case (.otherParent, .en): "the other parent"
        }
    }
}

#if !hasFeature(Embedded)
    extension AppUserRole: Codable {}
#endif
