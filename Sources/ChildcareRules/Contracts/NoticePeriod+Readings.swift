// The readings the notice rules can be switched on (`Reading.all`): the parent's month from the 29th, 30th or
// 31st (I-003) and what a "per" date is (I-202). Their register entries are in
// `Contracts/ContractsRegister.swift`, beside the notice clauses they read.

extension Reading {
    /// I-003: a month's notice from the 29th, 30th or 31st (the parent's termination, change and
    /// cancellation): `down` clamps to the shorter month's last day (31 January → 28 February; chosen, the
    /// parent is bound for the shorter time), `up` overflows into the next month (→ 1 March).
    package static let noticeRounding = Reading(
        id: "I-003",
        title: "One month's notice from the 29th, 30th or 31st (termination, change, cancellation)",
        quote: "Wij hanteren een opzegtermijn van een maand.",
        alternatives: [
            Alternative(id: "down", summary: "the last day of the shorter month (31 January → 28 February)"),
            Alternative(id: "up", summary: "the first day of the next month (31 January → 1 March)"),
        ])

    /// I-202: what the date a parent's notice reaches (received + 1 month, I-003) is, and what a
    /// termination date the parent chooses is: `first-day-without-contract` reads it as the "per" date, the
    /// first day without a contract (chosen: the parent is bound a day less, and in Dutch usage a contract
    /// that ends "per" a date no longer binds on it); `last-day-in-contract` reads it as the contract's last
    /// day, so the contract ends per the day after (and a change applies from the day after).
    package static let perDate = Reading(
        id: "I-202",
        title: """
            "Per" is the first day without a contract; a date the parent chooses is a "per" date too
            """,
        quote: "Wij hanteren een opzegtermijn van een maand.",
        alternatives: [
            Alternative(
                id: "first-day-without-contract",
                summary:
                    "the date reached or chosen is the first day without a contract (received 1 February: "
                    + "last day 28 February, per 1 March)"),
            Alternative(
                id: "last-day-in-contract",
                summary:
                    "the date reached or chosen is the contract's last day (received 1 February: last day "
                    + "1 March, per 2 March)"),
        ])
}

extension Readings {
    /// Whether a date a parent's notice reaches, or a termination date the parent chooses, is read as the
    /// contract's last day instead of the first day without a contract (I-202, ``Reading/perDate``).
    package var readsPerAsLastDay: Bool { choice(.perDate) == "last-day-in-contract" }
}
