// Queries on the ledger: balances at an instant, hours about to lapse, and the explained history.

extension SwapHoursLedger {
    /// The balance of `account` as it was at `instant`: every entry at or before `instant` counts.
    package func balance(of account: LedgerAccount, at instant: Instant) -> LedgerBalance {
        // Commands are applied in time order, so those at or before `instant` are a prefix of the log.
        let applied = log.prefix { $0.instant <= instant }
        let count = applied.last.map { Int($0.firstEntry) + Int($0.entryCount) } ?? 0
        return replayedBalances(ofFirst: count)[account, default: .zero]
    }

    /// The lots of `account` that still have available minutes, earliest expiry first.
    package func lots(of account: LedgerAccount) -> [LotSummary] {
        tally.lots(of: account)
            .compactMap { lot -> LotSummary? in
                guard lot.available > 0 else { return nil }
                let entry = entries[lot.entry]
                return LotSummary(
                    lot: lot.entry, date: entry.date, expiry: entry.expiry, availableMinutes: lot.available,
                    isGoodwill: entry.kind == .goodwill)
            }
            .sorted { ($0.expiry, $0.lot) < ($1.expiry, $1.lot) }
    }

    /// The available minutes of `account` whose last usable date is before `date`: they will have lapsed
    /// by then unless used for care on or before their expiry date.
    package func minutesExpiring(_ account: LedgerAccount, before date: LocalDate) -> Int {
        lots(of: account).filter { $0.expiry < date }.reduce(0) { $0 + $1.availableMinutes }
    }

    /// The available minutes of `account` still usable on `date`: lots whose expiry date is on or after it.
    package func minutesUsable(_ account: LedgerAccount, on date: LocalDate) -> Int {
        lots(of: account).filter { $0.expiry >= date }.reduce(0) { $0 + $1.availableMinutes }
    }

    /// The available minutes of `account` that a request made on `requestedOn` can use for care on `careDate`
    /// (I-105): lots whose expiry date is on or after the request date (or the care date, when that is
    /// earlier), and nothing for care after `contractEnd` (art. 5 lid 5). This is what
    /// ``LedgerCommand/reserve(_:_:careDate:minutes:requestedOn:contractEnd:)`` reserves.
    package func minutesUsable(
        _ account: LedgerAccount, requestedOn: LocalDate, forCareOn careDate: LocalDate,
        contractEnd: LocalDate?
    ) -> Int {
        if let contractEnd, careDate > contractEnd { return 0 }
        return minutesUsable(account, on: min(requestedOn, careDate))
    }

    /// Every entry of `account`, oldest first, each with its explanation.
    ///
    /// - Throws: ``RulesError`` `beforeFirstEdition` for an entry dated before the first edition of the terms.
    package func history(of account: LedgerAccount) throws(RulesError) -> [LedgerHistoryLine] {
        var lines: [LedgerHistoryLine] = []
        guard let number = tally.number(of: account) else { return [] }
        for (index, entry) in entries.enumerated() where Int(entry.accountNumber) == number {
            lines.append(
                LedgerHistoryLine(index: index, entry: entry, explanation: try explanation(of: index)))
        }
        return lines
    }

    /// The explanation of the entry at `index`, generated from the entry (explanations are not stored).
    ///
    /// - Throws: ``RulesError``: `unknownReference` for an index outside the ledger, `beforeFirstEdition`.
    package func explanation(of index: Int) throws(RulesError) -> Explanation {
        guard entries.indices.contains(index) else {
            throw RulesError(code: .unknownReference, value: "entry \(index)")
        }
        let entry = entries[index]
        let edition = try TermsEdition.inForce(.tsoTerms, on: entry.date)
        let minutes = entry.minutes
        let date = entry.date.spelledOut(in: .nl)
        let dateEn = entry.date.spelledOut(in: .en)
        let expiry = entry.expiry.spelledOut(in: .nl)
        let expiryEn = entry.expiry.spelledOut(in: .en)
        let text: Explanation
        let citation: Citation?
        switch entry.cause {
        case .absenceReported:
            citation = edition.cite("5", lid: 1)
            text = Explanation(
                nl:
                    "+\(minutes) minuten verdiend: je meldde \(date) meer dan 96 uur vooraf af in de ouderapp. "
                    + "Bruikbaar tot en met \(expiry).",
                en:
                    "+\(minutes) minutes earned: you reported \(dateEn) absent in the app more than 96 hours ahead. "
                    + "Usable up to and including \(expiryEn).")
        case .absenceWithdrawn:
            citation = edition.cite("5", lid: 1)
            text = Explanation(
                nl: "\(minutes) minuten teruggegeven aan de opvang van \(date): je trok de afmelding in.",
                en: "\(minutes) minutes given back to the care of \(dateEn): you withdrew the absence.")
        case .extraCareRequested:
            citation = edition.cite("5", section: "Extra opvang", lid: 3)
            text = Explanation(
                nl: "\(minutes) minuten gereserveerd voor extra opvang op \(date), nog niet ingezet.",
                en: "\(minutes) minutes reserved for extra care on \(dateEn), not yet used.")
        case .extraCareRejected:
            citation = edition.cite("5", lid: 4)
            text = Explanation(
                nl: "\(minutes) minuten vrijgegeven: de extra opvang op \(date) is afgewezen.",
                en: "\(minutes) minutes released: the extra care on \(dateEn) was rejected.")
        case .extraCareRequestWithdrawn:
            citation = edition.cite("5", section: "Extra opvang", lid: 3)
            text = Explanation(
                nl:
                    "\(minutes) minuten vrijgegeven: je trok de aanvraag voor \(date) in vóór de bevestiging.",
                en: "\(minutes) minutes released: you withdrew the request for \(dateEn) before confirmation."
            )
        case .extraCareConfirmed:
            citation = edition.cite("5", section: "Extra opvang", lid: 3)
            text = Explanation(
                nl: "\(minutes) minuten ingezet: de extra opvang op \(date) is goedgekeurd en bevestigd.",
                en: "\(minutes) minutes used: the extra care on \(dateEn) was approved and confirmed.")
        case .extraCareCancelledInTime:
            citation = edition.cite("5", section: "Extra opvang", lid: 6, sub: "a")
            text = Explanation(
                nl:
                    "\(minutes) minuten terug: je meldde de extra opvang op \(date) ten minste 96 uur vooraf af.",
                en:
                    "\(minutes) minutes back: you cancelled the extra care on \(dateEn) at least 96 hours ahead."
            )
        case .extraCareWithdrawnByProvider:
            citation = edition.cite("5", section: "Extra opvang", lid: 5)
            text = Explanation(
                nl:
                    "\(minutes) minuten terug: wij trokken de bevestigde extra opvang op \(date) in, in strijd met "
                    + "de voorwaarden.",
                en:
                    "\(minutes) minutes back: we withdrew the confirmed extra care on \(dateEn), contrary to the terms."
            )
        case .invoicedExtraCareCancelledByEmail:
            citation = edition.cite("5", section: "Extra opvang", lid: 6, sub: "b")
            text = Explanation(
                nl:
                    "+\(minutes) minuten inhaaluren: je annuleerde de gefactureerde extra opvang op \(date) op tijd "
                    + "per e-mail. Bruikbaar tot en met \(expiry).",
                en:
                    "+\(minutes) minutes of makeup hours: you cancelled the invoiced extra care on \(dateEn) in time "
                    + "by e-mail. Usable up to and including \(expiryEn).")
        case .lapsed:
            citation = edition.cite("5", lid: 5)
            text = Explanation(
                nl: "\(minutes) minuten vervallen na \(expiry), zonder restitutie in geld of opvang.",
                en: "\(minutes) minutes lapsed after \(expiryEn), with no refund in money or care.")
        case .extraCareReleasedAtContractEnd, .extraCareReturnedAtContractEnd:
            citation = edition.cite("5", lid: 5)
            text = Explanation(
                nl:
                    "\(minutes) minuten terug in je saldo: de overeenkomst eindigt vóór de extra opvang op \(date).",
                en:
                    "\(minutes) minutes back in your balance: the contract ends before the extra care on \(dateEn)."
            )
        case .goodwillGranted:
            citation = nil
            let grant = grants.indices.contains(Int(entry.reference)) ? grants[Int(entry.reference)] : nil
            if let grant {
                text = Explanation(nl: "+\(minutes) minuten.", en: "+\(minutes) minutes.").followed(
                    by: grant.explanation)
            } else {
                text = Explanation(
                    nl: "+\(minutes) minuten coulance, bruikbaar tot en met \(expiry).",
                    en: "+\(minutes) minutes of goodwill, usable up to and including \(expiryEn).")
            }
        }
        guard let citation else { return text }
        return text.followed(
            by: Explanation(nl: "(\(citation.rendered(in: .nl)))", en: "(\(citation.rendered(in: .en)))"))
    }
}

/// An open lot of hours: what is left of one `earned` or `goodwill` entry.
package struct LotSummary: Sendable, Hashable {
    /// The index of the lot's entry.
    package let lot: Int
    /// The date the lot is about (the absent care day, or the grant date).
    package let date: LocalDate
    /// The last date on which its hours can be used.
    package let expiry: LocalDate
    /// The minutes still available.
    package let availableMinutes: Int
    /// Whether it is a goodwill grant.
    package let isGoodwill: Bool

    /// Creates a summary.
    package init(lot: Int, date: LocalDate, expiry: LocalDate, availableMinutes: Int, isGoodwill: Bool) {
        self.lot = lot
        self.date = date
        self.expiry = expiry
        self.availableMinutes = availableMinutes
        self.isGoodwill = isGoodwill
    }
}

/// One entry of an account's history, with its explanation.
package struct LedgerHistoryLine: Sendable, Hashable {
    /// The index of the entry in the ledger.
    package let index: Int
    /// The entry.
    package let entry: LedgerEntry
    /// What it means, in Dutch and English.
    package let explanation: Explanation

    /// Creates a line.
    package init(index: Int, entry: LedgerEntry, explanation: Explanation) {
        self.index = index
        self.entry = entry
        self.explanation = explanation
    }
}

#if !hasFeature(Embedded)
    extension LotSummary: Codable {}
#endif
