#!/usr/bin/env bash
# End-to-end checks of `pyfront minversion`: sets, --explain, trees and totals, --jsonl, exit codes.
# usage: minversion.sh PYFRONT SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.bash"
cli_setup "$@"

mkdir -p "$tmp/tree/pkg" "$tmp/tree/.hidden" "$tmp/tree/__pycache__"
printf 'if (n := 10) > 5:\n    pass\n' > "$tmp/tree/walrus.py"
printf 'async = 1\n' > "$tmp/tree/pkg/legacy.py"
printf 'print "x"\n' > "$tmp/tree/.hidden/skipped.py"
printf 'print "x"\n' > "$tmp/tree/__pycache__/skipped.py"
printf 'print "x"\n' > "$tmp/py2.py"
printf '{*a, *b}\n' > "$tmp/setstar.py"

expect_status 0 "one file" -- "$pyfront" minversion "$tmp/tree/walrus.py"
expect_in "$tmp/out" "walrus.py: 3.8-3.15" "walrus needs 3.8"
expect_status 0 "--explain" -- "$pyfront" minversion --explain "$tmp/tree/walrus.py"
expect_in "$tmp/out" "3.0-3.7 rejected: $tmp/tree/walrus.py:1:7: assignment expressions" "the bound names := and its place"
expect_status 0 "non-monotonic" -- "$pyfront" minversion "$tmp/setstar.py"
expect_in "$tmp/out" "setstar.py: 3.0-3.1, 3.5-3.15" "{*a, *b} in 3.0-3.1 and from 3.5"
expect_status 1 "no version" -- "$pyfront" minversion --explain "$tmp/py2.py"
expect_in "$tmp/out" "py2.py: none" "print statement: none"
expect_in "$tmp/out" "3.0-3.15 rejected: $tmp/py2.py:1:" "none says why"

# A tree: walked (hidden folders and __pycache__ skipped), then its total: an empty
# intersection here (walrus needs 3.8+, async as a name needs 3.6-).
expect_status 0 "a tree" -- "$pyfront" minversion --explain --stats "$tmp/tree"
expect_in "$tmp/out" "legacy.py: 3.0-3.6" "async as a name"
expect_in "$tmp/out" "(2 files): none" "the tree's total"
expect_in "$tmp/out" "3.7-3.15 rejected: $tmp/tree/pkg/legacy.py:1:1: 'async' and 'await' as names" "the tree's upper bound"
expect_in "$tmp/err" "minversion: 2 files" "--stats"
if grep -q skipped "$tmp/out"; then echo "FAIL: hidden folders and __pycache__ are skipped"; failures=$((failures + 1)); fi

expect_status 0 "--jsonl" -- "$pyfront" minversion --jsonl "$tmp/tree/walrus.py"
expect_in "$tmp/out" '"versions": "3.8-3.15"' "jsonl versions"
expect_in "$tmp/out" '"gate": "walrus"' "jsonl gate"

expect_status 0 "func_type mode" -- "$pyfront" minversion --mode func_type "$src/corpus/parse/cases/gate_func_type.py"
expect_in "$tmp/out" "gate_func_type.py: 3.8-3.15" "func_type exists from 3.8"
expect_status 2 "no path" -- "$pyfront" minversion
expect_status 2 "missing file" -- "$pyfront" minversion "$tmp/nope.py"

cli_finish minversion.sh
