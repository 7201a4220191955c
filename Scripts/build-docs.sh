#!/usr/bin/env bash
# Builds the ChildcareRules DocC archive with the toolchain's own `docc`, no plugin.
# Fails on any documentation warning (an unresolved symbol link, a missing article).
set -euo pipefail
cd "$(dirname "$0")/.."

graphs=.build/symbol-graphs
only=.build/docs-symbol-graphs
rm -rf "$graphs" "$only"
mkdir -p "$graphs" "$only"
swift build --target ChildcareRules \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"
# Document the ChildcareRules module (with its extensions); DutchCalendar is re-exported by it.
cp "$graphs"/ChildcareRules*.symbols.json "$only"/
docc convert Sources/ChildcareRules/ChildcareRules.docc \
    --fallback-display-name ChildcareRules \
    --fallback-bundle-identifier org.childcarerules.ChildcareRules \
    --additional-symbol-graph-dir "$only" \
    --output-path .build/ChildcareRules.doccarchive \
    --warnings-as-errors
echo "docs: .build/ChildcareRules.doccarchive"
