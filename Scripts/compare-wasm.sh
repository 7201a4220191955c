#!/usr/bin/env bash
# Compares the WebAssembly build of the rules with the native one, answer for answer, and times both.
#
#   Scripts/compare-wasm.sh [CASES]     (default 1200; needs Scripts/build-wasm.sh to have run)
#
# 1. The native command line generates CASES requests (`childcare-rules app --cases`): deadlines around both
#    clock changes of every year 2024-2030, the care days of a school year with holidays and closure days,
#    absences, balances, and explanations in nl and en.
# 2. The native command line and the wasm harness under `wasmkit` answer them; the answers must be equal
#    byte for byte.
# 3. Both answer 5,000 deadline requests; the time per deadline (startup subtracted) and the ratio are printed.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-1200}
swift build -c release --product childcare-rules > /dev/null
bin=$(swift build -c release --show-bin-path)/childcare-rules
harness=.build-wasm/childcare-rules-harness.wasm
work=.build-wasm/compare
mkdir -p "$work"

"$bin" app --cases "$count" > "$work/cases.tsv"
"$bin" app --batch - < "$work/cases.tsv" > "$work/native.out"
wasmkit run "$harness" < "$work/cases.tsv" > "$work/wasm.out" 2> "$work/wasm.err"
lines=$(wc -l < "$work/cases.tsv")
if [ "$lines" -lt "$count" ] || ! cmp -s "$work/native.out" "$work/wasm.out"; then
    echo "the wasm build answers differently from the native build:" >&2
    diff <(paste "$work/cases.tsv" "$work/native.out") <(paste "$work/cases.tsv" "$work/wasm.out") | head -20 >&2
    exit 1
fi
echo "same answers on $lines cases:"
cut -f1 "$work/cases.tsv" | sort | uniq -c
echo "errors answered (the same typed error both ways): $(grep -c '^{"error"' "$work/native.out" || true)"
echo "wasm allocator after the run: $(cat "$work/wasm.err")"

# Speed: 5,000 deadline requests, minus the time to start and answer nothing.
"$bin" app --cases 6000 | grep '^absenceDeadline' | tail -5000 > "$work/deadlines.tsv"
: > "$work/empty.tsv"
now() { date +%s%N; }
run_native() { "$bin" app --batch - < "$1" > /dev/null; }
run_wasm() { wasmkit run "$harness" < "$1" > /dev/null 2>&1; }
measure() { # RUNNER FILE -> nanoseconds, best of 3
    local best=0
    for _ in 1 2 3; do
        local start end
        start=$(now)
        "$1" "$2"
        end=$(now)
        local elapsed=$((end - start))
        if [ "$best" -eq 0 ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
    done
    echo "$best"
}
deadlines=$(wc -l < "$work/deadlines.tsv")
native_ns=$(( $(measure run_native "$work/deadlines.tsv") - $(measure run_native "$work/empty.tsv") ))
wasm_ns=$(( $(measure run_wasm "$work/deadlines.tsv") - $(measure run_wasm "$work/empty.tsv") ))
native_us=$(( native_ns / deadlines / 1000 ))
wasm_us=$(( wasm_ns / deadlines / 1000 ))
echo "per deadline (JSON in and out, $deadlines requests, startup subtracted):" \
    "native ${native_ns}ns/$deadlines = ${native_us} µs, wasmkit ${wasm_us} µs," \
    "ratio $(( (wasm_ns * 10 / (native_ns > 0 ? native_ns : 1) + 5) / 10 ))x"
echo "wasm size: $(wc -c < .build-wasm/childcare-rules.wasm) bytes (stripped, no imports)"
