/// The editions of the TSO terms an engine knows, each with its parameters, oldest first.
///
/// The library's own catalogue is ``library``. A service or a test that wants to see what a new edition
/// would do builds a catalogue with it and passes it to ``Engine/evaluate(_:events:terms:)``: which edition
/// binds a contract on a date then follows art. 10 of the TSO terms (``Engine`` and
/// ``TermsCatalogue/binding(signedOn:noticesEffective:on:)``).
///
/// > art. 10 lid 2: "De wijzigingen treden eerst één maand en één week nadat wij je hebben geïnformeerd in
/// > werking"
public struct TermsCatalogue: Sendable, Hashable {
    /// The editions' parameters, oldest first; never empty.
    public let editions: [TSOParameters]
    /// The readings under which every edition is read: the library's own by default.
    package let readings: Readings

    /// The library's own editions: ``TSOParameters/all``.
    public static let library = TermsCatalogue(unchecked: TSOParameters.all)

    /// A catalogue of `editions`.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` when `editions` is empty, when an edition is not
    ///   of the TSO terms or has no effective date, or when two editions do not follow each other by
    ///   effective date.
    public init(_ editions: [TSOParameters]) throws(RulesError) {
        try self.init(editions, readings: .chosen)
    }

    /// A catalogue of `editions`, read under `readings`.
    ///
    /// - Throws: ``RulesError`` as ``init(_:)``.
    package init(_ editions: [TSOParameters], readings: Readings) throws(RulesError) {
        guard !editions.isEmpty else {
            throw RulesError(
                code: .invalidArgument, value: "no editions",
                context: "a catalogue needs at least one edition")
        }
        var previous: LocalDate?
        for parameters in editions {
            let edition = parameters.edition
            guard edition.document == .tsoTerms, let effective = edition.effectiveDate else {
                throw RulesError(
                    code: .invalidArgument, value: "edition \(edition.label.en)",
                    context: "a catalogue holds dated editions of the TSO terms")
            }
            if let previous, effective <= previous {
                throw RulesError(
                    code: .invalidArgument, value: "edition \(edition.label.en)",
                    context: "it must start after the edition before it (\(previous))")
            }
            previous = effective
        }
        self.init(unchecked: editions, readings: readings)
    }

    private init(unchecked editions: [TSOParameters], readings: Readings = .chosen) {
        self.editions = editions.map { $0.read(under: readings) }
        self.readings = readings
    }

    /// This catalogue with every edition read under `readings`.
    package func reading(under readings: Readings) -> TermsCatalogue {
        TermsCatalogue(unchecked: editions, readings: readings)
    }

    /// The parameters of the edition in force on `date`: the newest that started on or before it.
    ///
    /// - Throws: ``RulesError`` with code `beforeFirstEdition` for a date before the first edition.
    public func inForce(on date: LocalDate) throws(RulesError) -> TSOParameters {
        guard let found = editions.last(where: { ($0.edition.effectiveDate ?? date) <= date }) else {
            let first = editions.first?.edition.effectiveDate.map { " (\($0))" } ?? ""
            throw RulesError(
                code: .beforeFirstEdition, value: date.description,
                context: "the first edition of the TSO terms\(first) starts later")
        }
        return found
    }

    /// The edition that binds a contract on `date` (art. 10).
    ///
    /// A contract is bound by the edition in force when it was signed (the first edition, for a contract
    /// signed before it). A newer edition binds it only from the day a terms change the parent was informed
    /// of takes effect (`noticesEffective`: informed + 1 calendar month + 1 week, or the later date
    /// Partou proposed), and then it is the edition in force on that day. Until then the older edition keeps
    /// binding the contract, however long ago the newer one was published (I-212).
    ///
    /// - Throws: ``RulesError`` with code `beforeFirstEdition` for a date before the first edition.
    public func binding(
        signedOn signingDate: LocalDate, noticesEffective: [LocalDate], on date: LocalDate
    ) throws(RulesError) -> TSOParameters {
        _ = try inForce(on: date)
        let first = editions[0]
        var bound = (try? inForce(on: signingDate)) ?? first
        for effective in noticesEffective where effective <= date {
            let announced = try inForce(on: effective)
            if let from = announced.edition.effectiveDate, let current = bound.edition.effectiveDate,
                from > current
            {
                bound = announced
            }
        }
        return bound
    }
}
