/// A ground on which a user has no app access. An ``AccessOutcome`` lists every ground that applies;
/// when it lists none, the user has access.
public enum AccessDenial: Sendable, Hashable {
    /// The user has no parental authority: no app access, only the right to information (TSO terms
    /// art. 2 lid 3 sub c and d.1; art. 1:377c BW). For the contract parent, see I-301.
    case noAuthority
    /// The other parent has not asked for access (App terms art. 2 sub a; TSO terms art. 2 lid 3 sub d.2).
    case notRequested
    /// Partou has not identified the user (App terms art. 2 sub b).
    case notIdentified
    /// The user has not accepted the app terms (App terms art. 2 sub c).
    case termsNotAccepted
    /// Partou blocked the user on a ground of App terms art. 8.
    case blocked(BlockReason)
    /// Partou refused or withdrew access after the contract parent showed a safety concern (App terms
    /// art. 3; TSO terms art. 2 lid 3 sub d.4).
    case safetyRefused
    /// The contract parent has no access, so neither has the other parent (App terms art. 10).
    case contractParentHasNoAccess
    /// The customer relationship ended `daysAfterEnd` days ago, 6 weeks or more (App terms art. 10).
    case relationshipEnded(daysAfterEnd: Int)

    /// The clauses behind this ground, most specific first.
    public func citations(in terms: AccessTerms, role: AppUserRole) -> [Citation] {
        switch self {
        case .noAuthority:
            switch role {
            case .otherParent:
                [
                    terms.tso.cite("2", lid: 3, sub: "d.1"), terms.tso.cite("2", lid: 3, sub: "c"),
                    terms.civilCode.cite("1:377c"),
                ]
            case .contractParent:
                [terms.tso.cite("8", lid: 5, sub: "f"), terms.tso.cite("2", lid: 3, sub: "c")]
            }
        case .notRequested: [terms.app.cite("2", sub: "a"), terms.tso.cite("2", lid: 3, sub: "d.2")]
        case .notIdentified: [terms.app.cite("2", sub: "b")]
        case .termsNotAccepted: [terms.app.cite("2", sub: "c"), terms.tso.cite("1", lid: 1)]
        case .blocked(let reason): [terms.app.cite("8", lid: reason.paragraph)]
        case .safetyRefused: [terms.app.cite("3"), terms.tso.cite("2", lid: 3, sub: "d.4")]
        case .contractParentHasNoAccess: [terms.app.cite("10")]
        case .relationshipEnded: [terms.app.cite("10")]
        }
    }
}

#if !hasFeature(Embedded)
    extension AccessDenial: Codable {}
#endif
