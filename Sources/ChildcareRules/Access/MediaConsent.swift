/// One parent's choice about consent for photos or the diary (App privacy statement, "Privacy en
/// toestemming"; App terms art. 6).
public enum ConsentChoice: String, Sendable, Hashable, CaseIterable {
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
public struct ConsentHistory: Sendable, Hashable {
    /// One change of consent.
    public struct Change: Sendable, Hashable {
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
public enum ConsentPurpose: String, Sendable, Hashable, CaseIterable {
    /// Photos (and videos) of the child (App terms art. 6).
    case photos
    /// The diary: day reports about the child.
    case diary
}

/// One parent's explicit answer about one child and one purpose, with its moment.
public struct ConsentAnswer: Sendable, Hashable {
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
package struct ChildConsent: Sendable, Hashable {
    /// Every answer, in the order recorded.
    package private(set) var answers: [ConsentAnswer] = []

    /// No answers: no consent for anything.
    package init() {}

    /// Records an answer.
    ///
    /// - Throws: ``RulesError`` `invalidArgument` when the parent has no authority, or when the answer is
    ///   earlier than the last answer recorded for the same child and purpose (the history is not rewritten).
    package mutating func record(_ answer: ConsentAnswer) throws(RulesError) {
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
    package func choices(
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
    package func isGiven(for child: ChildID, _ purpose: ConsentPurpose, at moment: LocalDateTime) -> Bool {
        MediaConsent.effective(choices(for: child, purpose, at: moment))
    }
}

/// What one child's consents show in the app at one moment: one answer per child and purpose, the same
/// for every parent of the case (App privacy statement; App terms art. 6; I-308, I-316).
public struct ChildMedia: Sendable, Hashable {
    /// The child.
    public let child: ChildID
    /// The child's first name, for explanations; `nil` when the case does not give it.
    public let name: String?
    /// Whether consent for photos of this child is in force.
    public var photos: Bool
    /// Whether consent for this child's diary is in force.
    public var diary: Bool
    /// Whether photos of this child were collected while consent held, and not erased since (I-307).
    public var earlierPhotos: Bool
    /// Whether diary entries of this child were collected while consent held, and not erased since (I-307).
    public var earlierDiary: Bool

    /// Creates a child's media; what was collected earlier defaults to what consent allows now.
    public init(
        child: ChildID, name: String? = nil, photos: Bool = false, diary: Bool = false,
        earlierPhotos: Bool? = nil, earlierDiary: Bool? = nil
    ) {
        self.child = child
        self.name = name
        self.photos = photos
        self.diary = diary
        self.earlierPhotos = earlierPhotos ?? photos
        self.earlierDiary = earlierDiary ?? diary
    }

    /// Whether consent for `purpose` is in force.
    public func isGiven(_ purpose: ConsentPurpose) -> Bool {
        switch purpose {
        case .photos: photos
        case .diary: diary
        }
    }

    /// Whether data for `purpose` was collected earlier with consent and not erased.
    public func collectedEarlier(_ purpose: ConsentPurpose) -> Bool {
        switch purpose {
        case .photos: earlierPhotos
        case .diary: earlierDiary
        }
    }
}

extension ChildConsent {
    /// The moment of the answers that a case's facts give at its start, before any event: every event
    /// comes after it.
    public static let caseStart = LocalDateTime(
        date: LocalDate(unchecked: SupportedRange.years.lowerBound, 1, 1), time: .midnight)

    /// Whether consent for `purpose` is in force for `child` at `moment`, counting only the answers of
    /// `deciding`, the parents who have authority at that moment: a parent who lost authority no longer
    /// decides (I-308).
    public func isGiven(
        for child: ChildID, _ purpose: ConsentPurpose, at moment: LocalDateTime,
        counting deciding: Set<ParentID>
    ) -> Bool {
        var latest: [ParentID: Bool] = [:]
        for answer in answers
        where answer.child == child && answer.purpose == purpose && answer.at <= moment
            && deciding.contains(answer.parent)
        {
            latest[answer.parent] = answer.given
        }
        return MediaConsent.effective(latest.values.map { $0 ? .given : .withdrawn })
    }

    /// What each of `children` shows at `moment`: consent per child and purpose as ``isGiven(for:_:at:counting:)``
    /// reads it, and what was collected earlier, from `before` (the previous media), kept: a withdrawal
    /// works from its moment on and does not reach back (App privacy statement; I-307).
    public func media(
        of children: [ChildID], names: [ChildID: String] = [:], at moment: LocalDateTime,
        counting deciding: Set<ParentID>, before: [ChildMedia] = []
    ) -> [ChildMedia] {
        children.map { child in
            let previous = before.first { $0.child == child }
            let photos = isGiven(for: child, .photos, at: moment, counting: deciding)
            let diary = isGiven(for: child, .diary, at: moment, counting: deciding)
            return ChildMedia(
                child: child, name: names[child], photos: photos, diary: diary,
                earlierPhotos: photos || (previous?.earlierPhotos ?? false),
                earlierDiary: diary || (previous?.earlierDiary ?? false))
        }
    }
}

extension ChildConsent {
    /// The answers a case's facts give at its start: each parent's own answer with authority for every
    /// child, then the answers for one child (``CaseFacts/consents``), all at ``caseStart``. Answers of a
    /// parent without authority are left out: they do not count (I-308).
    public init(facts: CaseFacts) {
        self.init()
        var start: [ConsentAnswer] = []
        for parent in facts.parents where parent.access.hasAuthority {
            for child in facts.children {
                for (purpose, choice) in [
                    (ConsentPurpose.photos, parent.access.ownPhotoChoice),
                    (.diary, parent.access.ownDiaryChoice),
                ] where choice != .notExpressed {
                    start.append(
                        ConsentAnswer(
                            child: child, purpose: purpose, parent: parent.id, hasAuthority: true,
                            given: choice == .given, at: Self.caseStart))
                }
            }
        }
        for answer in facts.consents
        where facts.parents.contains(where: { $0.id == answer.parent && $0.access.hasAuthority }) {
            start.append(
                ConsentAnswer(
                    child: answer.child, purpose: answer.purpose, parent: answer.parent, hasAuthority: true,
                    given: answer.given, at: Self.caseStart))
        }
        answers = start
    }
}

#if !hasFeature(Embedded)
    extension ConsentChoice: Codable {}
    extension ConsentHistory: Codable {}
    extension ConsentHistory.Change: Codable {}
    extension ConsentPurpose: Codable {}
    extension ConsentAnswer: Codable {}
    extension ChildConsent: Codable {}
    extension ChildMedia: Codable {}
#endif
