#!/usr/bin/env bash
# Mutation check: plants one bug at a time in a scratch copy of the sources and asserts that `swift test`
# fails for each. Reports which mutants survived. Runs outside the normal CI (it builds once per mutant).
#
# Usage: bash Scripts/mutation-check.sh [--list] [NAME...]
# Each mutant is: name | file | exact text to replace | replacement. The text must occur exactly once.
set -euo pipefail
cd "$(dirname "$0")/.."

mutants_file=Scripts/mutants.tsv
if [ "${1:-}" = "--list" ]; then
    cut -f1,2 "$mutants_file" | grep -v '^#'
    exit 0
fi

scratch=$(mktemp -d /tmp/childcare-mutants.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
git ls-files -z | xargs -0 -I{} cp --parents {} "$scratch"/
# Reuse a build folder across mutants so only the changed module recompiles.
build="$scratch/.build"

killed=0
survived=0
total=0
report=""
while IFS=$'\t' read -r name file find replace; do
    case "$name" in "" | \#*) continue ;; esac
    if [ "$#" -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
    total=$((total + 1))
    python3 - "$scratch/$file" "$find" "$replace" <<'PY'
import sys
path, find, replace = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path).read()
count = text.count(find)
if count != 1:
    sys.exit(f"mutant does not apply: {find!r} occurs {count} times in {path}")
open(path, "w").write(text.replace(find, replace))
PY
    if (cd "$scratch" && swift test --scratch-path "$build" > "$scratch/test-$name.log" 2>&1); then
        survived=$((survived + 1))
        report+="SURVIVED  $name ($file)"$'\n'
    else
        killed=$((killed + 1))
        failing=$(grep -m1 -E '✘ Test "' "$scratch/test-$name.log" | sed 's/^.*✘ Test "\([^"]*\)".*$/\1/')
        report+="killed    $name — first failing test: ${failing:-build or test failure}"$'\n'
    fi
    cp "$file" "$scratch/$file"  # restore the original for the next mutant
done < "$mutants_file"

printf '%s' "$report"
echo "mutants killed: $killed of $total (survived: $survived)"
[ "$survived" -eq 0 ]
