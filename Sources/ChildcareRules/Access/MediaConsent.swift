/// One parent's choice about consent for photos or the diary (App privacy statement, "Privacy en
/// toestemming"; App terms art. 6).
public enum ConsentChoice: String, Sendable, Hashable, Codable, CaseIterable {
    /// The parent gave consent.
    case given
    /// The parent refused or withdrew consent.
    case withdrawn
    /// The parent has not chosen (for example, has not logged in yet).
    case notExpressed
}

/// Whether photos or the diary of a child may be shown, when the parents choose differently.
///
/// Consent is about the child's data, so it is one answer for the child, shown to both parents alike.
/// It is in force only when at least one parent with authority gave it and **no parent with authority
/// refused or withdrew it**: a refusal by either wins (I-308). The choice of a parent without authority
/// does not count; such a parent has no app access at all.
///
/// | contract parent | other parent | in force |
/// |---|---|---|
/// | given | given | yes |
/// | given | not expressed | yes |
/// | given | withdrawn | no |
/// | not expressed | not expressed | no (consent must be explicit) |
public enum MediaConsent {
    /// Whether consent is in force, from the choices of the parents **with authority**.
    public static func effective(_ choices: [ConsentChoice]) -> Bool {
        choices.contains(.given) && !choices.contains(.withdrawn)
    }
}

/// The history of one consent over time: withdrawing consent does not reach back.
///
/// > App privacy statement: "Je kunt deze toestemming indien gewenst intrekken. Dat gebeurt niet met
/// > terugwerkende kracht. Het intrekken van de toestemming heeft daarmee geen gevolgen voor eerder
/// > verzamelde gegevens gedurende de periode dat wel toestemming gegeven was."
///
/// Data collected on a day when consent was in force stays (until the retention schedule destroys it);
/// nothing may be collected on a day without consent. On a day with several changes the last one counts.
public struct ConsentHistory: Sendable, Hashable, Codable {
    /// One change of consent.
    public struct Change: Sendable, Hashable, Codable {
        /// The day of the change.
        public let date: LocalDate
        /// Whether consent was given (`true`) or withdrawn (`false`).
        public let given: Bool

        /// Creates a change.
        public init(date: LocalDate, given: Bool) {
            self.date = date
            self.given = given
        }
    }

    /// The changes, oldest first.
    public private(set) var changes: [Change] = []

    /// An empty history: no consent.
    public init() {}

    /// Records a change on `date`.
    ///
    /// - Throws: ``RulesError`` `invalidArgument` when `date` is before the last recorded change: the
    ///   history cannot be rewritten.
    public mutating func record(given: Bool, on date: LocalDate) throws(RulesError) {
        if let last = changes.last, date < last.date {
            throw RulesError(
                code: .invalidArgument, value: date.description,
                context: "consent changes are recorded in order; the last change is on \(last.date)")
        }
        changes.append(Change(date: date, given: given))
    }

    /// Whether consent was in force on `date`.
    public func isGiven(on date: LocalDate) -> Bool {
        changes.last { $0.date <= date }?.given ?? false
    }

    /// Whether data may be collected on `date`.
    public func mayCollect(on date: LocalDate) -> Bool { isGiven(on: date) }

    /// Whether data collected on `collected` may be kept, whatever happened later: a later withdrawal
    /// does not reach back.
    public func mayKeep(collectedOn collected: LocalDate) -> Bool { isGiven(on: collected) }
}
