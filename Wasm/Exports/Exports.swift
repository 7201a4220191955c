// The WebAssembly interface of the rules: UTF-8 JSON through linear memory.
//
// The host (a browser, or `wasmkit`) calls `cr_alloc(n)`, writes a request of `n` bytes there, and calls
// one of the functions below with its pointer and length. The function answers with a pointer to the
// answer's UTF-8 bytes; `cr_result_length()` tells how many. The host reads them and gives both buffers
// back with `cr_free`. Every answer is one JSON object, a result or `{"error":{"code":…,"message":…}}`,
// exactly as `ParentApp.respond` and `childcare-rules app` answer it.
//
// Built by `Scripts/build-wasm.sh`, not SwiftPM: SwiftPM cannot drive an Embedded Swift build. The functions
// are plain C symbols (`@_cdecl`); the link step chooses which to export (`--export`), so a module that
// exports fewer links fewer rules. (`@_expose(wasm)` would export every one of them from every link.)

import ChildcareRulesApp

/// The length in bytes of the answer the last call returned.
nonisolated(unsafe) private var lastAnswerLength: Int32 = 0

/// Allocates `size` bytes for a request; `cr_free` gives them back.
@_cdecl("cr_alloc")
public func allocate(_ size: Int32) -> UnsafeMutableRawPointer? {
    guard size >= 0 else { return nil }
    return UnsafeMutableRawPointer.allocate(byteCount: Int(max(size, 1)), alignment: 8)
}

/// Gives back a buffer from `cr_alloc` or an answer.
@_cdecl("cr_free")
public func release(_ pointer: UnsafeMutableRawPointer?) {
    pointer?.deallocate()
}

/// The length in bytes of the answer the last call returned.
@_cdecl("cr_result_length")
public func resultLength() -> Int32 { lastAnswerLength }

/// `absenceDeadline`: the 96-hour deadline for a care start (TSO art. 5 lid 1).
@_cdecl("cr_absence_deadline")
public func absenceDeadline(
    _ request: UnsafePointer<UInt8>?, _ length: Int32
) -> UnsafeMutablePointer<UInt8>? {
    output(ParentApp.absenceDeadline(text(request, length)))
}

/// `canReportAbsence`: what an absence reported now would get.
@_cdecl("cr_can_report_absence")
public func canReportAbsence(
    _ request: UnsafePointer<UInt8>?, _ length: Int32
) -> UnsafeMutablePointer<UInt8>? {
    output(ParentApp.canReportAbsence(text(request, length)))
}

/// `careDays`: the care days of a period, with their deadlines.
@_cdecl("cr_care_days")
public func careDays(_ request: UnsafePointer<UInt8>?, _ length: Int32) -> UnsafeMutablePointer<UInt8>? {
    output(ParentApp.careDays(text(request, length)))
}

/// `balance`: the swap-hours balance after reported absences.
@_cdecl("cr_balance")
public func balance(_ request: UnsafePointer<UInt8>?, _ length: Int32) -> UnsafeMutablePointer<UInt8>? {
    output(ParentApp.balance(text(request, length)))
}

/// `explain`: a decision's explanation and articles in one language.
@_cdecl("cr_explain")
public func explain(_ request: UnsafePointer<UInt8>?, _ length: Int32) -> UnsafeMutablePointer<UInt8>? {
    output(ParentApp.explain(text(request, length)))
}

/// Any function by name, as `childcare-rules app FUNCTION JSON` takes it (the comparison harness uses this).
@_cdecl("cr_respond")
public func respond(
    _ name: UnsafePointer<UInt8>?, _ nameLength: Int32, _ request: UnsafePointer<UInt8>?, _ length: Int32
) -> UnsafeMutablePointer<UInt8>? {
    output(ParentApp.respond(function: text(name, nameLength), request: text(request, length)))
}

/// The bytes as text; invalid UTF-8 is repaired with U+FFFD, as the native command line reads it.
private func text(_ pointer: UnsafePointer<UInt8>?, _ length: Int32) -> String {
    guard let pointer, length > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: pointer, count: Int(length)), as: UTF8.self)
}

private func output(_ answer: String) -> UnsafeMutablePointer<UInt8>? {
    let bytes = Array(answer.utf8)
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    buffer.initialize(from: bytes, count: bytes.count)
    lastAnswerLength = Int32(bytes.count)
    return buffer
}
