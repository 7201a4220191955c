// A contract event dated after the contract's end date is refused with a typed error: a price change,
// a terms change, a change, a cancellation, a provider's termination or a consent found after the contract
// ended has nothing to act on; so does a second termination. (Reaching a date after the end is allowed, and
// records the end.) The end is the contract's timeline end: whatever set it, the facts or an earlier event.

extension Engine {
    /// Throws when `event` is dated after `contract`'s end date.
    ///
    /// - Throws: ``RulesError`` with code `invalidState`, naming the event's date and the end date.
    static func requireContractOpen(
        _ event: ContractEvent, contract: Contract, end timelineEnd: TimelineEnd?
    ) throws(RulesError) {
        guard let end = contract.endDate else { return }
        let dated: (String, LocalDate)? =
            switch event {
            case .cancellation(let on, _): ("cancellation received", on)
            case .change(let on, _, _), .changeEndingService(let on, _, _): ("change received", on)
            case .priceChange(let on, _), .priceIncrease(let on, _): ("price change announced", on)
            case .termsChange(let on, _, _): ("terms change announced", on)
            case .providerTermination(let on, _): ("provider's notice given", on)
            case .missingConsentFound(let on, _): ("missing consent found", on)
            case .consentAgreed(let on): ("consent agreed", on)
            case .parentTermination(let on, _, _, _): ("termination received", on)
            case .dateReached: nil
            }
        guard let (what, date) = dated, date > end else { return }
        let source =
            timelineEnd.flatMap { $0.source == nil ? nil : " through \($0.reason.name(in: .en))" } ?? ""
        throw RulesError(
            code: .invalidState, value: "\(what) \(date)",
            context: "the contract \(contract.id) already ended on \(end)\(source)")
    }
}
