#!/usr/bin/env bash
# End-to-end checks of `pyfront check`: the walk (hidden folders, __pycache__, --exclude,
# order), the reports in every --error-format, the summary, -q, -j (same output for any N,
# a worker crash does not stop the run), exit statuses.
# usage: check.sh PYFRONT SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.bash"
cli_setup "$@"

expect_text() {  # expect_text EXPECTED_TEXT FILE DESCRIPTION
  if ! diff -u <(printf '%s' "$1") "$2" >"$tmp/diff"; then
    echo "FAIL: $3:"; cat "$tmp/diff"; failures=$((failures + 1))
  fi
}

# A tree: good files, two syntax errors, files the walk must skip.
t=$tmp/tree
mkdir -p "$t/pkg/sub" "$t/.hidden" "$t/pkg/__pycache__" "$t/build" "$t/b_dir"
printf 'x = 1\n' >"$t/a.py"
printf 'async = 1\n' >"$t/pkg/legacy.py"                  # fine in 3.6, an error in 3.7+
printf 'def f(:\n    pass\n' >"$t/pkg/sub/bad.py"
printf 'x = (\n' >"$t/.hidden/bad.py"                     # hidden folder: skipped
printf 'x = (\n' >"$t/pkg/__pycache__/bad.py"             # __pycache__: skipped
printf 'x = (\n' >"$t/build/gen.py"                       # skipped with --exclude build
printf 'x = (\n' >"$t/notes.txt"                          # not *.py: skipped
printf 'y = 2\n' >"$t/b_dir/c.py"
printf 'if x:\n\tf() = 3\n' >"$t/pkg/tab.py"
ln -s "$t/pkg" "$t/link_to_pkg"                           # a directory link: not followed

# Help and usage errors.
expect_status 0 "check --help" -- "$pyfront" check --help
for opt in --feature-version --exclude --quiet --jobs --error-format "Exit status"; do
  expect_in "$tmp/out" "$opt" "check --help documents $opt"
done
expect_status 0 "--help lists check" -- "$pyfront" --help
expect_in "$tmp/out" "check" "pyfront --help lists check"
expect_status 2 "no path" -- "$pyfront" check
expect_status 2 "bad --error-format" -- "$pyfront" check --error-format xml "$t"
expect_in "$tmp/err" "cpython, gcc or json" "bad --error-format names the formats"
expect_status 2 "bad -j" -- "$pyfront" check -j -1 "$t"
expect_status 2 "bad version" -- "$pyfront" check --feature-version 2.7 "$t"

# The walk and the cpython format (the default): reports on stdout in walk order, the summary
# on stderr.
# (The version hint after legacy.py's error is the builder's wording: only its presence is
# checked here.)
expect_status 1 "tree at 3.12" -- "$pyfront" check --feature-version 3.12 --exclude build "$t"
expect_in "$tmp/out" "Python 3.7" "the version hint follows the error of legacy.py"
grep -v "Python 3.7" "$tmp/out" >"$tmp/out.nohint"
expect_text "  File \"$t/pkg/legacy.py\", line 1
    async = 1
          ^
SyntaxError: invalid syntax
  File \"$t/pkg/sub/bad.py\", line 1
    def f(:
          ^
SyntaxError: invalid syntax
  File \"$t/pkg/tab.py\", line 2
    	f() = 3
    	^^^
SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
" "$tmp/out.nohint" "cpython reports in walk order (hidden, __pycache__, excluded, links skipped)"
expect_in "$tmp/err" "pyfront check: 5 files, 3 syntax errors" "the summary counts files and errors"
expect_in "$tmp/err" " s, " "the summary gives the time"

# The same at 3.6: `async = 1` is fine.
expect_status 1 "tree at 3.6" -- "$pyfront" check -q --feature-version 3.6 --exclude build --exclude 'tab*' "$t"
expect_not_in "$tmp/out" "legacy.py" "3.6 accepts async = 1"
expect_not_in "$tmp/out" "tab.py" "--exclude 'tab*' matches the name"
expect_in "$tmp/out" "bad.py" "3.6 reports bad.py"
if [ -s "$tmp/err" ]; then echo "FAIL: -q printed a summary:"; cat "$tmp/err"; failures=$((failures + 1)); fi

# --exclude matches whole paths too ('*' crosses '/'), directories are not entered.
expect_status 1 "exclude a path glob" -- "$pyfront" check -q --exclude '*/pkg/sub' "$t"
expect_not_in "$tmp/out" "sub/bad.py" "--exclude '*/pkg/sub' skips the folder"
expect_in "$tmp/out" "build/gen.py" "without --exclude build, build/ is walked"

# No errors: exit 0.
expect_status 0 "good files" -- "$pyfront" check "$t/a.py" "$t/b_dir"
expect_in "$tmp/err" "2 files, 0 syntax errors" "summary of a clean run"
# A file named on the command line is checked whatever its name.
expect_status 1 "explicit non-.py file" -- "$pyfront" check -q "$t/notes.txt"
expect_in "$tmp/out" "notes.txt" "explicit files are checked"

# gcc and json formats.
expect_status 1 "gcc format" -- "$pyfront" check -q --error-format gcc --feature-version 3.12 --exclude build "$t"
expect_in "$tmp/out" "$t/pkg/legacy.py: note: " "gcc format: the hint is a note"
grep -v ": note: " "$tmp/out" >"$tmp/out.nohint"
expect_text "$t/pkg/legacy.py:1:7: error: invalid syntax
$t/pkg/sub/bad.py:1:7: error: invalid syntax
$t/pkg/tab.py:2:2: error: cannot assign to function call here. Maybe you meant '==' instead of '='?
" "$tmp/out.nohint" "gcc format"
expect_status 1 "json format" -- "$pyfront" check -q --error-format json --feature-version 3.12 "$t/pkg/tab.py"
expect_text "{\"path\": \"$t/pkg/tab.py\", \"type\": \"SyntaxError\", \"message\": \"cannot assign to function call here. Maybe you meant '==' instead of '='?\", \"lineno\": 2, \"offset\": 2, \"end_lineno\": 2, \"end_offset\": 5}
" "$tmp/out" "json format"

# I/O errors: reported in the same stream, exit status 2, the other files still checked.
expect_status 2 "missing path" -- "$pyfront" check --error-format json "$t/missing.py" "$t/pkg/sub"
expect_in "$tmp/out" "\"type\": \"OSError\"" "a missing path is an OSError record"
expect_in "$tmp/out" "sub/bad.py" "the other paths are still checked"
expect_in "$tmp/err" "1 unreadable" "the summary counts unreadable files"

# -j: the same output for any number of workers.
big=$tmp/big
mkdir -p "$big"
for i in $(seq 1 60); do
  if ((i % 7 == 0)); then printf 'def f%d(:\n' "$i" >"$big/m$i.py"
  else { for j in $(seq 1 $((i * 5))); do printf 'def f%d(a, b=%d):\n    return a + b\n' "$j" "$j"; done; } >"$big/m$i.py"; fi
done
"$pyfront" check -q -j 1 "$big" >"$tmp/j1" 2>&1
"$pyfront" check -q -j 2 "$big" >"$tmp/j2" 2>&1
"$pyfront" check -q -j 5 "$big" >"$tmp/j5" 2>&1
if ! cmp -s "$tmp/j1" "$tmp/j2" || ! cmp -s "$tmp/j1" "$tmp/j5"; then
  echo "FAIL: -j changes the output"; diff "$tmp/j1" "$tmp/j2" | head; failures=$((failures + 1))
fi
if [ "$(grep -c '^SyntaxError' "$tmp/j1")" != 8 ]; then echo "FAIL: expected 8 errors with -j1"; cat "$tmp/j1"; failures=$((failures + 1)); fi
expect_status 1 "-j 2 summary" -- "$pyfront" check -j 2 "$big"
expect_in "$tmp/err" "60 files, 8 syntax errors" "-j 2 summary"
expect_in "$tmp/err" "2 processes" "-j 2 uses two processes"

cli_finish check.sh
