import ChildcareRules

/// Reading the `facts` of a scenario file into the engine's ``CaseFacts``.
///
/// ```json
/// "facts": {
///   "contracts": [{"id": "noor-tso", "child": "noor", "childName": "Noor", "contractParent": "anna",
///                  "service": "tso", "location": "de-linde", "signed": "2026-06-01", "start": "2026-08-31",
///                  "schedule": [{"weekday": "mon", "start": "12:00", "minutes": 60}],
///                  "annualAmountCents": 123457, "hourlyRateCents": 850, "directDebit": true}],
///   "school": {"holidays": [{"first": "2026-10-17", "last": "2026-10-25"}],
///              "closureDays": ["2026-11-13", {"date": "2027-03-05", "announced": "2027-02-10"}]},
///   "parents": [{"id": "anna", "role": "contract-parent", "photoConsent": true},
///               {"id": "ben", "role": "other-parent", "family": false}]
/// }
/// ```
public enum ScenarioFacts {

    /// Reads the `facts` object of a scenario file.
    ///
    /// - Throws: ``ScenarioError`` naming the path of the first problem.
    public static func read(_ reader: inout JSONReader) throws(ScenarioError) -> CaseFacts {
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
        var parents: [CaseParent] = []
        var consents: [ConsentAnswer] = []
        for (value, path) in try reader.optionalArray("parents") {
            var object = try JSONReader(value, at: path)
            let id = ParentID(try object.identifier("id"))
            let role = try object.choice("role", as: AppUserRole.self)
            var access = AccessFacts(
                role: role, hasAuthority: try object.bool("authority", default: true),
                isFamily: try object.bool("family", default: true),
                v1Consent: try object.bool("v1Consent", default: true),
                separated: try object.bool("separated", default: false),
                requested: try object.bool("requested", default: true),
                identified: try object.bool("identified", default: true),
                termsAccepted: try object.bool("termsAccepted", default: true))
            // Consent is explicit: absent is no answer, `false` a refusal (I-308).
            access.ownPhotoChoice = try Self.consent(&object, "photoConsent")
            access.ownDiaryChoice = try Self.consent(&object, "diaryConsent")
            // Answers for one child (I-316): `{"child": "sem", "purpose": "photos", "given": true}`.
            for (item, itemPath) in try object.optionalArray("consents") {
                var answer = try JSONReader(item, at: itemPath)
                let purpose = try answer.choice("purpose", as: ConsentPurpose.self)
                // Consent is explicit: `given` is required (I-308).
                let (givenValue, givenPath) = try answer.required("given")
                guard case .bool(let given) = givenValue else {
                    throw ScenarioError(
                        path: givenPath, message: "expected true or false, found \(givenValue.kindName)")
                }
                let children: [ChildID]
                if let child = try answer.optionalIdentifier("child") {
                    let child = ChildID(child)
                    guard contracts.contains(where: { $0.child == child }) else {
                        throw ScenarioError(
                            path: itemPath.appending("child"),
                            message: "the child \(child) has no contract in the facts")
                    }
                    children = [child]
                } else {
                    var seen: Set<ChildID> = []
                    children = contracts.map(\.child).filter { seen.insert($0).inserted }
                }
                for child in children {
                    consents.append(
                        ConsentAnswer(
                            child: child, purpose: purpose, parent: id, hasAuthority: access.hasAuthority,
                            given: given, at: ChildConsent.caseStart))
                }
                try answer.finish()
            }
            guard !parents.contains(where: { $0.id == id }) else {
                throw ScenarioError(path: path.appending("id"), message: "the parent id \(id) is used twice")
            }
            parents.append(CaseParent(id: id, access: access))
            try object.finish()
        }
        parents = Self.combiningConsent(parents)
        do {
            return try CaseFacts(
                contracts: contracts, childNames: names, school: school, parents: parents, consents: consents)
        } catch {
            throw ScenarioError(path: reader.path, message: error.description)
        }
    }

    /// A parent's own explicit answer: `true` given, `false` refused, absent no answer.
    private static func consent(
        _ object: inout JSONReader, _ key: String
    ) throws(ScenarioError) -> ConsentChoice {
        guard object.has(key) else { return .notExpressed }
        return try object.bool(key, default: false) ? .given : .withdrawn
    }

    /// One answer per child: the answers of the parents with authority combined, a refusal wins (I-308).
    private static func combiningConsent(_ parents: [CaseParent]) -> [CaseParent] {
        let deciding = parents.map(\.access).filter(\.hasAuthority)
        let photos = MediaConsent.effective(deciding.map(\.ownPhotoChoice))
        let diary = MediaConsent.effective(deciding.map(\.ownDiaryChoice))
        return parents.map { parent in
            var access = parent.access
            access.photoConsent = photos
            access.diaryConsent = diary
            access.earlierPhotos = photos
            access.earlierDiary = diary
            return CaseParent(id: parent.id, access: access)
        }
    }

    private static func contract(_ object: inout JSONReader) throws(ScenarioError) -> (Contract, String?) {
        let id = ContractID(try object.identifier("id"))
        let child = ChildID(try object.identifier("child"))
        let childName = try object.optionalString("childName")
        let parent = ParentID(try object.identifier("contractParent"))
        let service = try object.choice("service", as: ServiceKind.self)
        let location = LocationID(try object.optionalIdentifier("location") ?? "location")
        let signed = try object.date("signed")
        let start = try object.date("start")
        let end = try object.optionalDate("end")
        var entries: [WeeklySchedule.Entry] = []
        for (value, path) in try object.array("schedule") {
            var day = try JSONReader(value, at: path)
            let key = try day.string("weekday")
            // Lower case, as the format writes it: `mon`, not `MON` or `Mon`.
            guard let weekday = Weekday(shortKey: key), weekday.shortKey == key else {
                throw ScenarioError(
                    path: path.appending("weekday"),
                    message: "'\(EchoedValue.cut(key))' is not a weekday: expected mon, tue, wed, thu or fri")
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
        var closures: [ClosureDay] = []
        for (value, path) in try object.optionalArray("closureDays") {
            // A plain date: announced at the start of the school year; an object: with its announcement date.
            if case .object = value {
                var closure = try JSONReader(value, at: path)
                let date = try closure.date("date")
                let announced = try closure.optionalDate("announced")
                try closure.finish()
                closures.append(ClosureDay(date: date, announced: announced))
            } else {
                closures.append(ClosureDay(date: try JSONReader.date(value, at: path)))
            }
        }
        return SchoolCalendar(schoolHolidays: holidays, closures: closures)
    }
}
