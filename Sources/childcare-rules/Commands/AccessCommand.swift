import ChildcareRules

/// `childcare-rules access --user contract-parent|other-parent [...]`: who sees what in the parent app.
enum AccessCommand: Command {
    static let name = "access"
    static let summary =
        "Who sees what in the parent app: version, capabilities and the rules (App terms art. 2-10)."
    static let options: Set<String> = [
        "user", "authority", "family", "v1-consent", "separated", "requested", "identified", "terms-accepted",
        "blocked", "block-withhold", "block-until", "safety-refused", "contract-parent-access",
        "days-after-end",
        "photo-consent", "diary-consent", "earlier-photos", "earlier-diary", "v1-prompt-pending",
        "format", "lang",
    ]
    static let help = """
        USAGE: childcare-rules access --user contract-parent|other-parent [--authority yes|no]
               [--family yes|no] [--v1-consent yes|no] [--separated yes|no] [--requested yes|no]
               [--identified yes|no] [--terms-accepted yes|no] [--blocked none|identity|misuse|safety|breach]
               [--safety-refused yes|no] [--contract-parent-access yes|no] [--days-after-end N]
               [--block-withhold CAP,CAP] [--block-until YYYY-MM-DD] [--v1-prompt-pending yes|no]
               [--photo-consent yes|no] [--diary-consent yes|no] [--earlier-photos yes|no]
               [--earlier-diary yes|no] [--format text|json] [--lang nl|en]

        Decides, default deny, which version of the parent app the user gets and what they see and may do.
        The defaults describe an active, identified user with authority who accepted the terms:
        --authority, --family, --v1-consent, --requested, --identified, --terms-accepted and
        --contract-parent-access default to yes; --separated, --safety-refused and --v1-prompt-pending to no;
        --blocked to none. Consent is explicit: --photo-consent and --diary-consent have no default "yes";
        absent means no (the consent in force for the child, both parents' answers combined, a refusal wins).
        --earlier-photos / --earlier-diary: data collected while consent held, kept after a withdrawal
        (default: no). --block-withhold: a partial block withholds only these capabilities; --block-until:
        a temporary block's end. --family, --v1-consent, --separated and --requested
        describe the other parent. --days-after-end N: the customer relationship ended N days ago (day 0 is
        the first day without it); absent, it has not ended. Access ends from day 42 (App terms art. 10).

        JSON: {"version":"1"|"2"|null,"capabilities":[...],"visibleOnly":false,"withheld":[...],
               "informationRight":null|{"information":"...","from":"location","withholdingGround":"childsInterest",
               "text":"..."},"reason":"..."}
        version is null without app access; capabilities are sorted alphabetically by key; informationRight is
        present on every refusal or reduction; reason explains the decision with its citations.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        guard let userText = arguments.value("user") else {
            throw UsageError("missing --user: expected contract-parent or other-parent")
        }
        guard let role = AppUserRole(rawValue: userText) else {
            throw UsageError("'\(userText)' is not a valid --user: expected contract-parent or other-parent")
        }
        let blocked = try arguments.choice(
            "blocked", ["none"] + BlockReason.allCases.map(\.rawValue), default: "none")
        var scope = BlockScope.full
        if let list = arguments.value("block-withhold") {
            var withheld: Set<Capability> = []
            for key in list.split(separator: ",") {
                guard let capability = Capability(rawValue: String(key)) else {
                    throw UsageError("'\(key)' is not a capability for --block-withhold")
                }
                withheld.insert(capability)
            }
            scope = .partial(withheld)
        }
        var duration = BlockDuration.untilLifted
        if let text = arguments.value("block-until") {
            duration = .temporary(
                until: try parse("--block-until") { () throws(CalendarError) in try LocalDate(text) })
        }
        let photo = try arguments.yesNo("photo-consent", default: false)
        let diary = try arguments.yesNo("diary-consent", default: false)
        let facts = AccessFacts(
            role: role,
            hasAuthority: try arguments.yesNo("authority", default: true),
            isFamily: try arguments.yesNo("family", default: true),
            v1Consent: try arguments.yesNo("v1-consent", default: true),
            separated: try arguments.yesNo("separated", default: false),
            requested: try arguments.yesNo("requested", default: true),
            identified: try arguments.yesNo("identified", default: true),
            termsAccepted: try arguments.yesNo("terms-accepted", default: true),
            block: BlockReason(rawValue: blocked), blockScope: scope, blockDuration: duration,
            v1ConfirmationPending: try arguments.yesNo("v1-prompt-pending", default: false),
            safetyRefused: try arguments.yesNo("safety-refused", default: false),
            contractParentHasAccess: try arguments.yesNo("contract-parent-access", default: true),
            daysAfterEnd: try arguments.integer("days-after-end", in: 0...36_600, default: nil),
            photoConsent: photo, diaryConsent: diary,
            earlierPhotos: try arguments.yesNo("earlier-photos", default: false) || photo,
            earlierDiary: try arguments.yesNo("earlier-diary", default: false) || diary)
        let format = try arguments.format()
        let language = try arguments.language()
        let decision = try decide { () throws(RulesError) in try AppAccess.decide(facts) }
        let outcome = decision.outcome
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("version", outcome.version.map { .string($0.rawValue) } ?? .null),
                    ("capabilities", .array(outcome.capabilities.map { .string($0.rawValue) })),
                    ("visibleOnly", .bool(outcome.visibleOnly)),
                    ("withheld", .array(outcome.withheld.map { .string($0.rawValue) })),
                    ("informationRight", informationRight(outcome.informationRight, in: language)),
                    ("reason", .string(decision.explanation.text(in: language))),
                ]).rendered)
        case .text:
            output.line("version: \(outcome.version?.rawValue ?? "none")")
            output.line("capabilities:")
            for grant in outcome.grants {
                output.line("  \(grant.capability.rawValue) (\(grant.rule.rawValue))")
            }
            if outcome.grants.isEmpty { output.line("  none") }
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }

    private static func informationRight(_ right: InformationRight?, in language: Language) -> JSON {
        guard let right else { return .null }
        return .object([
            ("information", .string(right.information)), ("from", .string(right.from)),
            ("withholdingGround", .string(right.withholdingGround.rawValue)),
            ("text", .string(right.sentence(in: language))),
        ])
    }
}
