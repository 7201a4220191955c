/// How much of the app a block of App terms art. 8 takes away.
///
/// > App terms art. 8: "Partou heeft het recht om de toegang tot de Ouderapp te weigeren, (al dan niet
/// > tijdelijk) te blokkeren, te beëindigen, aan te passen of te verwijderen"
///
/// "Aanpassen" lets Partou adjust access instead of ending it: a partial block removes only the
/// capabilities it names (I-312).
public enum BlockScope: Sendable, Hashable {
    /// The whole app: the user has no app access while the block lasts.
    case full
    /// Only these capabilities are withheld; the rest of the user's access stays.
    case partial(Set<Capability>)

    /// The capabilities withheld, sorted; every capability for a full block.
    public var withheld: [Capability] {
        switch self {
        case .full: Capability.allCases.sorted()
        case .partial(let capabilities): capabilities.sorted()
        }
    }
}

/// How long a block of App terms art. 8 lasts ("al dan niet tijdelijk").
public enum BlockDuration: Sendable, Hashable {
    /// Until a date Partou names: the block ends by itself at the start of `until`.
    case temporary(until: LocalDate)
    /// Until Partou lifts it.
    case untilLifted
}

/// A block of App terms art. 8: the ground, how much it takes away, and how long it lasts.
public struct AccessBlock: Sendable, Hashable {
    /// The ground of App terms art. 8 (items 1 to 4).
    public var reason: BlockReason
    /// The whole app, or only some capabilities.
    public var scope: BlockScope
    /// Temporary, or until lifted.
    public var duration: BlockDuration

    /// Creates a block; by default a full block until Partou lifts it.
    public init(reason: BlockReason, scope: BlockScope = .full, duration: BlockDuration = .untilLifted) {
        self.reason = reason
        self.scope = scope
        self.duration = duration
    }

    /// How the block ends, in `language`.
    public func ending(in language: Language) -> String {
        switch (duration, language) {
        case (.temporary(let until), .nl):
            "De blokkade is tijdelijk en eindigt vanzelf op \(until.spelledOut(in: .nl, includingYear: true))"
        case (.temporary(let until), .en):
            "The block is temporary and ends by itself on \(until.spelledOut(in: .en, includingYear: true))"
        case (.untilLifted, .nl):
            "De blokkade duurt tot Partou haar opheft; Partou heft haar op zodra de grond vervalt"
        case (.untilLifted, .en):
            "The block lasts until Partou lifts it; Partou lifts it once the ground no longer applies"
        }
    }
}

#if !hasFeature(Embedded)
    extension BlockScope: Codable {}
    extension BlockDuration: Codable {}
    extension AccessBlock: Codable {}
#endif
