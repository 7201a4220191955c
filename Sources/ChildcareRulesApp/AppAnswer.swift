import ChildcareRules
import JSONValue

/// How the answers of the parent app are written: decisions, deadlines and citations as JSON, both languages.
enum AppAnswer {
    /// A decision: what was decided, its deadlines, the articles it applies, and the explanation in nl and en.
    ///
    /// `{"rule":…,"outcome":…,"minutes":…,"deadlines":[…],"citations":[…],"explanation":{"nl":…,"en":…}}`,
    /// plus `"balance"` when the decision reports one.
    static func decision(_ record: DecisionRecord) -> JSON {
        var members: [(String, JSON)] = [
            ("rule", .string(record.rule.rawValue)),
            ("outcome", .string(record.outcome.code)),
            ("minutes", .int(record.minutes)),
            ("deadlines", .array(record.deadlines.map { deadline($0) })),
            ("citations", .array(record.citations.map { citation($0) })),
            ("explanation", text(nl: record.explanation.nl, en: record.explanation.en)),
        ]
        if let balance = record.balance { members.append(("balance", self.balance(balance))) }
        return .object(members)
    }

    /// A deadline: its kind, the moment with its offset, whether the moment itself still counts, and the phrase.
    static func deadline(_ deadline: Deadline) -> JSON {
        .object([
            ("kind", .string(deadline.kind.key)),
            ("moment", .string(deadline.moment.description)),
            ("inclusive", .bool(deadline.isInclusive)),
            ("phrase", text(nl: deadline.phrase(in: .nl), en: deadline.phrase(in: .en))),
        ])
    }

    /// A citation: its key (`TSO-2024 5.1`), the short reference, and the full reference with the edition.
    static func citation(_ citation: Citation) -> JSON {
        .object([
            ("key", .string(citation.key)),
            ("short", text(nl: citation.rendered(in: .nl), en: citation.rendered(in: .en))),
            ("full", text(nl: citation.fullyRendered(in: .nl), en: citation.fullyRendered(in: .en))),
        ])
    }

    /// A swap-hours balance in minutes.
    static func balance(_ balance: LedgerBalance) -> JSON {
        .object([
            ("available", .int(balance.available)),
            ("reserved", .int(balance.reserved)),
            ("earned", .int(balance.earned)),
            ("goodwill", .int(balance.goodwill)),
            ("used", .int(balance.used)),
            ("expired", .int(balance.expired)),
        ])
    }

    /// A text in both languages.
    static func text(nl: String, en: String) -> JSON {
        .object([("nl", .string(nl)), ("en", .string(en))])
    }

    /// The error answer, `{"error":{"code":…,"message":…}}`.
    static func error(_ error: ParentAppError) -> JSON {
        .object([
            ("error", .object([("code", .string(error.code.rawValue)), ("message", .string(error.message))]))
        ])
    }
}
