# What the command-line test scripts share: sourced by tests/cli/*.sh, each run by ctest as
# `bash SCRIPT PYFRONT SOURCE_DIR` (this file is named .bash so that ctest does not run it).
#   cli_setup "$@"     sets $pyfront (absolute), $src, $tmp (removed at exit), $failures
#   cli_finish NAME    prints the result and exits 1 if any check failed
# Checks (each failure is printed and counted; the script goes on):
#   expect_status WANT DESCRIPTION -- COMMAND...   runs COMMAND; output in $tmp/out, $tmp/err
#   expect_in FILE TEXT DESCRIPTION / expect_not_in FILE TEXT DESCRIPTION
#   expect_same EXPECTED_FILE ACTUAL_FILE DESCRIPTION
#   expect_file PATH DESCRIPTION / expect_no_file PATH DESCRIPTION
#   fail MESSAGE

cli_setup() {
  pyfront=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  src=$2
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  failures=0
}

cli_finish() {
  if [ "$failures" -ne 0 ]; then echo "$1: $failures failure(s)"; exit 1; fi
  echo "$1: all checks passed${2:+ ($2)}"
}

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

expect_status() {
  local want=$1 what=$2
  shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ]; then fail "$what: exit status $got, expected $want"; cat "$tmp/out" "$tmp/err"; fi
}

expect_in() { grep -qF -- "$2" "$1" || { fail "$3: '$2' not in output:"; cat "$1"; }; }
expect_not_in() { ! grep -qF -- "$2" "$1" || { fail "$3: '$2' in output:"; cat "$1"; }; }

expect_same() {
  if ! diff -u "$1" "$2" >"$tmp/diff"; then fail "$3:"; head -40 "$tmp/diff"; fi
}

expect_file() { [ -f "$1" ] || fail "$2: $1 missing"; }
expect_no_file() { [ ! -e "$1" ] || fail "$2: $1 exists"; }
