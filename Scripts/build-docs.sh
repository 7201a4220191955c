#!/usr/bin/env bash
# Builds the ChildcareRules DocC archive with the toolchain's own `docc`, no plugin.
# Fails on any documentation warning (an unresolved symbol link, a missing article).
set -euo pipefail
cd "$(dirname "$0")/.."

graphs=.build/symbol-graphs
only=.build/docs-symbol-graphs
# Keep $graphs between runs: an up-to-date build does not emit the graphs again.
rm -rf "$only"
mkdir -p "$graphs" "$only"
swift build --target ChildcareRules \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"
# Document the ChildcareRules module (with its extensions); DutchCalendar is re-exported by it.
if ! ls "$graphs"/ChildcareRules.symbols.json > /dev/null 2>&1; then
    # A build from before the graphs were requested: touch the module so that it is compiled again.
    touch Sources/ChildcareRules/Core/Exports.swift
    swift build --target ChildcareRules \
        -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"
fi
cp "$graphs"/ChildcareRules*.symbols.json "$only"/
docc convert Sources/ChildcareRules/ChildcareRules.docc \
    --fallback-display-name ChildcareRules \
    --fallback-bundle-identifier org.childcarerules.ChildcareRules \
    --additional-symbol-graph-dir "$only" \
    --output-path .build/ChildcareRules.doccarchive \
    --warnings-as-errors
echo "docs: .build/ChildcareRules.doccarchive"
