#!/usr/bin/env bash
# End-to-end checks of the pyfront command line: help, version, option errors, exit codes.
# usage: basics.sh PYFRONT SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.bash"
cli_setup "$@"

expect_status 0 "--help" -- "$pyfront" --help
expect_in "$tmp/out" "tokenize" "--help lists the tokenize command"
expect_status 0 "--version" -- "$pyfront" --version
expect_in "$tmp/out" "pyfront " "--version names the program"
# The host (the CPython pyfront-host embeds: PYFRONT_HOST_PYTHON at configure time, default
# /usr/bin/python3) as that interpreter itself describes it.
host_python=${PYFRONT_HOST_PYTHON:-/usr/bin/python3}
host_facts=$("$host_python" -c 'import platform, sys; print("host CPython %s, cache tag %s" % (platform.python_version(), sys.implementation.cache_tag))')
expect_in "$tmp/out" "$host_facts" "--version names the host CPython and its cache tag"
# pyfront itself starts without libpython: compile, cache and --version run in pyfront-host.
if command -v ldd >/dev/null; then
  ldd "$pyfront" | grep libpython >/dev/null && fail "pyfront links libpython (only pyfront-host should)"
  ldd "$(dirname "$pyfront")/pyfront-host" | grep libpython >/dev/null || fail "pyfront-host does not embed libpython"
fi
expect_status 2 "no arguments" -- "$pyfront"
expect_status 2 "unknown command" -- "$pyfront" frobnicate
expect_in "$tmp/err" "unknown command 'frobnicate'" "unknown command is named"

expect_status 0 "tokenize --help" -- "$pyfront" tokenize --help
expect_in "$tmp/out" "--feature-version" "tokenize --help documents --feature-version"
for bad in 3.16 2.7 4.0 3 3.x 3.6.1 ""; do
  expect_status 2 "--feature-version '$bad'" -- "$pyfront" tokenize --feature-version "$bad" \
    "$src/corpus/examples/legacy_async.py"
  expect_in "$tmp/err" "3.0 to 3.15" "--feature-version '$bad' names the valid range"
done
expect_status 2 "unknown option" -- "$pyfront" tokenize --frobnicate x.py
expect_status 2 "missing file" -- "$pyfront" tokenize "$tmp/does-not-exist.py"
expect_in "$tmp/err" "does-not-exist.py" "missing file is named"
expect_status 2 "no file" -- "$pyfront" tokenize

# The bundled example tokenizes like CPython 3.12's tokenize module (golden from python3.12).
expect_status 0 "tokenize example" -- "$pyfront" tokenize --feature-version 3.12 \
  "$src/corpus/examples/legacy_async.py"
if ! diff -u "$src/corpus/examples/legacy_async.py.tokenize-3.12" "$tmp/out"; then
  echo "FAIL: tokenize output differs from python3.12 -m tokenize -e"; failures=$((failures + 1))
fi
# Standard input works the same way.
expect_status 0 "tokenize -" -- bash -c "\"$pyfront\" tokenize --feature-version 3.12 - < \"$src/corpus/examples/legacy_async.py\""
# A tokenization error: CPython's FILE:LINE:COL report, exit 1.
printf 'x = "abc\n' >"$tmp/bad.py"
expect_status 1 "tokenize error" -- "$pyfront" tokenize --feature-version 3.12 "$tmp/bad.py"
expect_in "$tmp/err" "bad.py:1:5: error: unterminated string literal (detected at line 1)" "error report"

cli_finish basics.sh
