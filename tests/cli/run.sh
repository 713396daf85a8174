#!/usr/bin/env bash
# End-to-end checks of `pyfront run` as a program: listed by --help, handed over to
# pyfront-host, the package found without PYTHONPATH (the build tree's staging folder), a
# legacy script run at --compat 3.6 with its exit status, usage errors. The behaviour in depth
# (tracebacks, pycs, stats, stdin) is tests/python/test_run.py's, for both faces.
# usage: run.sh PYFRONT SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.bash"
cli_setup "$@"
unset PYTHONPATH PYTHONCOMPATVERSION PYTHONCOMPATMINVERSION PYTHONPYCACHEPREFIX
export PYTHONDONTWRITEBYTECODE=1

expect_status 0 "--help" -- "$pyfront" --help
expect_in "$tmp/out" "  run " "--help lists run"
expect_status 0 "run --help" -- "$pyfront" run --help
expect_in "$tmp/out" "--compat X.Y" "run --help documents --compat"
expect_status 2 "run without SCRIPT" -- "$pyfront" run --compat 3.6
expect_in "$tmp/err" "no SCRIPT" "the missing SCRIPT is named"
expect_status 2 "run --compat 2.7" -- "$pyfront" run --compat 2.7 x.py
expect_in "$tmp/err" "at least 3.0" "a version below 3.0 is refused"

mkdir -p "$tmp/app"
printf 'def greet(name, async=False):\n    return "%%s async=%%s" %% (name, async)\n' >"$tmp/app/legacy.py"
printf 'import sys, legacy\nawait = legacy.greet(sys.argv[1], async=True)\nprint(await)\nsys.exit(int(sys.argv[2]))\n' >"$tmp/app/main.py"
expect_status 4 "a legacy script at 3.6 and its exit status" -- "$pyfront" run --compat 3.6 "$tmp/app/main.py" world 4
echo "world async=True" >"$tmp/want"
expect_same "$tmp/want" "$tmp/out" "the script's output"
expect_status 1 "the same script at the host's version" -- "$pyfront" run "$tmp/app/main.py" world 0
expect_in "$tmp/err" "SyntaxError" "a syntax error at the host's version"
expect_no_file "$tmp/app/__pycache__" "PYTHONDONTWRITEBYTECODE=1 writes no pycs"

cli_finish run
