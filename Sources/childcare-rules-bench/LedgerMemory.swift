import ChildcareRules

#if canImport(Glibc)
    import Glibc
#endif

/// What a ledger entry costs in memory: the entry's stride, and the heap the ledgers actually hold
/// (measured with `mallinfo2` on Linux), divided by the number of entries.
struct LedgerMemory {
    /// `MemoryLayout<LedgerEntry>.stride`.
    let stride: Int
    /// Heap bytes held by the ledgers (entries array with its spare capacity, idempotency records,
    /// lots, reservations, grants) per entry; the layout estimate where `mallinfo2` is unavailable.
    let bytesPerEntry: Double
    /// Heap bytes of the `entries` arrays alone per entry (capacity × stride / count).
    let entriesArrayBytesPerEntry: Double
    /// Entries per child.
    let entriesPerChild: Double
    /// Commands the ledger refused while measuring (the workload is built so that this is 0).
    let failures: Int

    /// Builds and keeps the ledgers of the first `children` children, and measures what they hold.
    static func measure(_ workload: LedgerWorkload, children: Int) -> LedgerMemory {
        let stride = MemoryLayout<LedgerEntry>.stride
        var failures = 0
        var ledgers: [SwapHoursLedger] = []
        ledgers.reserveCapacity(children)
        let afterArray = heapInUse()
        for child in 0..<children { ledgers.append(workload.replay(child: child, failures: &failures)) }
        let after = heapInUse()
        let entries = ledgers.reduce(0) { $0 + $1.entries.count }
        let arrayBytes = ledgers.reduce(0) { $0 + $1.entries.capacity * stride }
        blackhole(ledgers)
        let perEntryArray = Double(arrayBytes) / Double(max(1, entries))
        // The ledger values themselves live in `ledgers`' buffer; count them too.
        let inline = Double(children * MemoryLayout<SwapHoursLedger>.stride)
        let measured =
            after > afterArray
            ? (Double(after - afterArray) + inline) / Double(max(1, entries)) : perEntryArray
        return LedgerMemory(
            stride: stride, bytesPerEntry: measured, entriesArrayBytesPerEntry: perEntryArray,
            entriesPerChild: Double(entries) / Double(max(1, children)), failures: failures)
    }

    /// The bytes glibc's malloc has handed out and not taken back (`mallinfo2().uordblks`), or 0.
    ///
    /// `mallinfo2` is declared in <malloc.h>, which the Glibc module does not export, so it is looked up
    /// with `dlsym`. It returns a 10-word struct; on x86-64 (System V) a struct that large is returned
    /// through a hidden first argument, which is what the function type below passes.
    private static func heapInUse() -> Int {
        #if os(Linux) && arch(x86_64)
            typealias MallInfo2 = @convention(c) (UnsafeMutableRawPointer) -> Void
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallinfo2") else { return 0 }
            let call = unsafeBitCast(symbol, to: MallInfo2.self)
            var fields = [Int](repeating: 0, count: 10)
            fields.withUnsafeMutableBytes { buffer in
                if let base = buffer.baseAddress { call(base) }
            }
            return fields[7]  // uordblks: the bytes in use
        #else
            return 0
        #endif
    }
}
