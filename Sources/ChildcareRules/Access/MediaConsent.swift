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

/// What a consent is for (App privacy statement: "foto's, video's en dagverslagen").
public enum ConsentPurpose: String, Sendable, Hashable, Codable, CaseIterable {
    /// Photos (and videos) of the child (App terms art. 6).
    case photos
    /// The diary: day reports about the child.
    case diary
}

/// One parent's explicit answer about one child and one purpose, with its moment.
public struct ConsentAnswer: Sendable, Hashable, Codable {
    /// The child the answer is about.
    public let child: ChildID
    /// What the answer is about.
    public let purpose: ConsentPurpose
    /// The parent who answered.
    public let parent: ParentID
    /// Whether that parent has parental authority; only such a parent can give or withdraw consent.
    public let hasAuthority: Bool
    /// `true` to give consent, `false` to refuse or withdraw it.
    public let given: Bool
    /// When the answer was given (Amsterdam local time): it works from that moment on.
    public let at: LocalDateTime

    /// Creates an answer.
    public init(
        child: ChildID, purpose: ConsentPurpose, parent: ParentID, hasAuthority: Bool, given: Bool,
        at: LocalDateTime
    ) {
        self.child = child
        self.purpose = purpose
        self.parent = parent
        self.hasAuthority = hasAuthority
        self.given = given
        self.at = at
    }
}

/// The consents of a family, per child and per purpose, over time (App privacy statement; I-308).
///
/// Consent is explicit: with no answer it is not given. It is given or withdrawn by a parent with
/// authority, with a moment, and works from that moment on. For each child and purpose there is one
/// answer across the parents: it holds when at least one parent with authority gave it and none refused
/// or withdrew it (``MediaConsent/effective(_:)``): the stricter answer wins.
public struct ChildConsent: Sendable, Hashable, Codable {
    /// Every answer, in the order recorded.
    public private(set) var answers: [ConsentAnswer] = []

    /// No answers: no consent for anything.
    public init() {}

    /// Records an answer.
    ///
    /// - Throws: ``RulesError`` `invalidArgument` when the parent has no authority, or when the answer is
    ///   earlier than the last answer recorded for the same child and purpose (the history is not rewritten).
    public mutating func record(_ answer: ConsentAnswer) throws(RulesError) {
        guard answer.hasAuthority else {
            throw RulesError(
                code: .invalidArgument, value: "parent \(answer.parent)",
                context: "only a parent with parental authority can give or withdraw consent")
        }
        if let last = answers.last(where: { $0.child == answer.child && $0.purpose == answer.purpose }),
            answer.at < last.at
        {
            throw RulesError(
                code: .invalidArgument, value: "\(answer.at)",
                context: "consent answers are recorded in order; the last one for this child is at \(last.at)"
            )
        }
        answers.append(answer)
    }

    /// Each parent's own answer about `child` and `purpose` at `moment`.
    public func choices(
        for child: ChildID, _ purpose: ConsentPurpose, at moment: LocalDateTime
    ) -> [ConsentChoice] {
        var latest: [ParentID: Bool] = [:]
        for answer in answers where answer.child == child && answer.purpose == purpose && answer.at <= moment
        {
            latest[answer.parent] = answer.given
        }
        return latest.sorted { $0.key < $1.key }.map { $0.value ? .given : .withdrawn }
    }

    /// Whether consent for `purpose` is in force for `child` at `moment`: one answer for the child, a
    /// refusal by any parent with authority wins, and no answer is no consent.
    public func isGiven(for child: ChildID, _ purpose: ConsentPurpose, at moment: LocalDateTime) -> Bool {
        MediaConsent.effective(choices(for: child, purpose, at: moment))
    }
}
