#!/usr/bin/env bash
# The no-trap policy: Sources/ (the fuzz target excepted) must not contain a trap on a path that input
# can reach: fatalError(, precondition(, try!, as!, or a force unwrap. A line that is proven safe may
# stay if it carries the comment `// cannot fail: <why>`. There is no `@unchecked Sendable` anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
files=$(find Sources -name '*.swift' -not -path 'Sources/ScenarioFuzz/*' | sort)

# Strip string literals and comments before looking for `!`, so "Hello!" and `// wow!` do not count.
traps=$(for file in $files; do
    awk -v file="$file" '
        /cannot fail:/ { next }
        {
            line = $0
            gsub(/"([^"\\]|\\.)*"/, "\"\"", line)
            sub(/\/\/.*$/, "", line)
            if (line ~ /fatalError\(|precondition\(|preconditionFailure\(|try!|as!/) { print file ":" NR ": " $0; next }
            # A force unwrap: an identifier, ) or ] directly followed by ! that is not part of != .
            if (line ~ /[A-Za-z0-9_)\]]![^=]/ || line ~ /[A-Za-z0-9_)\]]!$/) { print file ":" NR ": " $0 }
        }' "$file"
done)
if [ -n "$traps" ]; then
    echo "Trap sites in Sources (give a typed error instead, or mark a proven-safe line '// cannot fail: why'):" >&2
    echo "$traps" >&2
    status=1
fi

if grep -rn '@unchecked Sendable' Sources Tests; then
    echo "@unchecked Sendable is not allowed" >&2
    status=1
fi

if [ "$status" -eq 0 ]; then echo "no-trap check: clean ($(echo "$files" | wc -l) files)"; fi
exit "$status"
