import ChildcareRules

/// The facts of a scenario: the contracts, the school's calendar, and the parents.
public struct ScenarioFacts: Sendable, Hashable {
    /// The contracts, at least one. A scenario about siblings or about BSO and VSO has several.
    public let contracts: [Contract]
    /// The children's first names, for explanations.
    public let childNames: [ChildID: String]
    /// The school's holidays and closure days.
    public let school: SchoolCalendar
    /// The parents and other app users.
    public let parents: [ScenarioParent]

    /// Creates the facts.
    public init(
        contracts: [Contract], childNames: [ChildID: String] = [:], school: SchoolCalendar = .none,
        parents: [ScenarioParent] = []
    ) {
        self.contracts = contracts
        self.childNames = childNames
        self.school = school
        self.parents = parents
    }

    /// The contract with `id`.
    public func contract(_ id: ContractID) -> Contract? { contracts.first { $0.id == id } }
}

/// A parent as a scenario describes them.
public struct ScenarioParent: Sendable, Hashable {
    /// The parent's identifier.
    public let id: ParentID
    /// Whether this is the contract parent or the other parent.
    public let role: Role
    /// Whether the parent has parental authority (gezag).
    public let hasAuthority: Bool
    /// Whether the parent forms a family with the contract parent (app version 1).
    public let isFamily: Bool

    /// The two roles a parent can have (TSO terms art. 2).
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// The parent who signed the contract.
        case contractParent = "contract-parent"
        /// The other parent.
        case otherParent = "other-parent"
    }

    /// Creates a parent.
    public init(id: ParentID, role: Role, hasAuthority: Bool, isFamily: Bool) {
        self.id = id
        self.role = role
        self.hasAuthority = hasAuthority
        self.isFamily = isFamily
    }
}

extension ScenarioFacts {
    /// Reads the `facts` object of a scenario file.
    ///
    /// - Throws: ``ScenarioError`` naming the path of the first problem.
    public init(reading reader: inout JSONReader) throws(ScenarioError) {
        var contracts: [Contract] = []
        var names: [ChildID: String] = [:]
        for (value, path) in try reader.array("contracts") {
            var object = try JSONReader(value, at: path)
            let (contract, name) = try Self.contract(&object)
            guard !contracts.contains(where: { $0.id == contract.id }) else {
                throw ScenarioError(
                    path: path.appending("id"), message: "the contract id \(contract.id) is used twice")
            }
            contracts.append(contract)
            if let name { names[contract.child] = name }
            try object.finish()
        }
        guard !contracts.isEmpty else {
            throw ScenarioError(
                path: reader.path.appending("contracts"), message: "a scenario needs at least one contract")
        }
        var school = SchoolCalendar.none
        if var object = try reader.optionalObject("school") {
            school = try Self.school(&object)
            try object.finish()
        }
        var parents: [ScenarioParent] = []
        for (value, path) in try reader.optionalArray("parents") {
            var object = try JSONReader(value, at: path)
            let parent = ScenarioParent(
                id: ParentID(try object.string("id")),
                role: try object.choice("role", as: ScenarioParent.Role.self),
                hasAuthority: try object.bool("authority", default: true),
                isFamily: try object.bool("family", default: true))
            guard !parents.contains(where: { $0.id == parent.id }) else {
                throw ScenarioError(
                    path: path.appending("id"), message: "the parent id \(parent.id) is used twice")
            }
            parents.append(parent)
            try object.finish()
        }
        self.init(contracts: contracts, childNames: names, school: school, parents: parents)
    }

    private static func contract(_ object: inout JSONReader) throws(ScenarioError) -> (Contract, String?) {
        let id = ContractID(try object.string("id"))
        let child = ChildID(try object.string("child"))
        let childName = try object.optionalString("childName")
        let parent = ParentID(try object.string("contractParent"))
        let service = try object.choice("service", as: ServiceKind.self)
        let location = LocationID(try object.optionalString("location") ?? "location")
        let signed = try object.date("signed")
        let start = try object.date("start")
        let end = try object.optionalDate("end")
        var entries: [WeeklySchedule.Entry] = []
        for (value, path) in try object.array("schedule") {
            var day = try JSONReader(value, at: path)
            let key = try day.string("weekday")
            guard let weekday = Weekday(shortKey: key) else {
                throw ScenarioError(
                    path: path.appending("weekday"),
                    message: "'\(key)' is not a weekday: expected mon, tue, wed, thu or fri")
            }
            let session = CareSession(
                start: try day.time("start"), minutes: try day.int("minutes", in: 1...1440, unit: "minutes"))
            entries.append(WeeklySchedule.Entry(weekday: weekday, session: session))
            try day.finish()
        }
        let annual = try object.int("annualAmountCents", in: 0...100_000_000, unit: "cents")
        let rate = try object.int("hourlyRateCents", in: 0...1_000_000, unit: "cents")
        let directDebit = try object.bool("directDebit", default: true)
        do {
            let schedule = try WeeklySchedule(entries: entries)
            let contract = try Contract(
                id: id, contractParent: parent, child: child, service: service, location: location,
                signingDate: signed,
                startDate: start, endDate: end, schedule: schedule, annualAmount: Money(cents: annual),
                hourlyRate: Money(cents: rate), hasDirectDebitMandate: directDebit)
            return (contract, childName)
        } catch {
            throw ScenarioError(path: object.path, message: error.description)
        }
    }

    private static func school(_ object: inout JSONReader) throws(ScenarioError) -> SchoolCalendar {
        var holidays: [DateRange] = []
        for (value, path) in try object.optionalArray("holidays") {
            var range = try JSONReader(value, at: path)
            let first = try range.date("first")
            let last = try range.date("last")
            do {
                holidays.append(try DateRange(first: first, last: last))
            } catch {
                throw ScenarioError(path: path, message: error.description)
            }
            try range.finish()
        }
        var closures: [LocalDate] = []
        for (value, path) in try object.optionalArray("closureDays") {
            closures.append(try JSONReader.date(value, at: path))
        }
        return SchoolCalendar(schoolHolidays: holidays, closureDays: closures)
    }
}
