#!/usr/bin/env bash
# End-to-end checks of `pyfront parse`: options, output formats, error reports, exit codes.
# The expected outputs in tests/cli/parse_data/ were made by the real interpreters where they
# can make them (ast.dump of CPython 3.14 under pyodide, tools/oracle under CPython 3.6):
#   sample.dump-3.14     ast.dump(ast.parse(src), include_attributes=True)   (3.14)
#   sample.indent2-3.14  ast.dump(ast.parse(src), indent=2)                   (3.14)
#   legacy.noattr-3.6    tools/oracle --no-attributes legacy.py               (3.6)
# and by pyfront itself, reviewed, for the forms CPython has no equivalent of:
#   legacy.json-3.6 (docs/ast-json.md), bad.stderr-3.12 (the error report), jsonl-3.6.
# usage: parse.sh PYFRONT SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.bash"
cli_setup "$@"
data=$src/tests/cli/parse_data

# Help and usage errors.
expect_status 0 "--help lists parse" -- "$pyfront" --help
expect_in "$tmp/out" "parse" "--help lists the parse command"
expect_status 0 "parse --help" -- "$pyfront" parse --help
for opt in --feature-version --mode --format --no-attributes --indent --type-comments --jsonl; do
  expect_in "$tmp/out" "$opt" "parse --help documents $opt"
done
expect_in "$tmp/out" "Exit status" "parse --help documents the exit status"
expect_status 2 "no file" -- "$pyfront" parse
expect_status 2 "bad --mode" -- "$pyfront" parse --mode module "$data/sample.py"
expect_in "$tmp/err" "exec, eval, single or func_type" "bad --mode names the modes"
expect_status 2 "bad --format" -- "$pyfront" parse --format xml "$data/sample.py"
expect_status 2 "bad --feature-version" -- "$pyfront" parse --feature-version 2.7 "$data/sample.py"
expect_in "$tmp/err" "3.0 to 3.15" "bad --feature-version names the range"
expect_status 2 "bad --indent" -- "$pyfront" parse --indent x "$data/sample.py"
expect_status 2 "unknown option" -- "$pyfront" parse --frobnicate "$data/sample.py"
expect_status 2 "missing file" -- "$pyfront" parse "$tmp/does-not-exist.py"
expect_in "$tmp/err" "does-not-exist.py" "missing file is named"

# The dump: exactly CPython 3.14's ast.dump.
expect_status 0 "dump" -- "$pyfront" parse --feature-version 3.14 "$data/sample.py"
expect_same "$data/sample.dump-3.14" "$tmp/out" "parse = ast.dump(include_attributes=True) of 3.14"
expect_status 0 "dump --no-attributes --indent 2" -- \
  "$pyfront" parse --feature-version 3.14 --no-attributes --indent 2 "$data/sample.py"
expect_same "$data/sample.indent2-3.14" "$tmp/out" "--no-attributes --indent 2 = ast.dump(indent=2)"
expect_status 0 "standard input" -- bash -c "\"$pyfront\" parse --feature-version 3.14 - < \"$data/sample.py\""
expect_same "$data/sample.dump-3.14" "$tmp/out" "'-' reads standard input"
# --format none prints nothing.
expect_status 0 "format none" -- "$pyfront" parse --format none "$data/sample.py"
if [ -s "$tmp/out" ]; then echo "FAIL: --format none printed something"; failures=$((failures + 1)); fi

# Feature versions: `async = 1` is 3.6 code.
expect_status 0 "3.6 legacy" -- "$pyfront" parse --feature-version 3.6 --no-attributes "$data/legacy.py"
expect_same "$data/legacy.noattr-3.6" "$tmp/out" "3.6 tree (tools/oracle under CPython 3.6)"
expect_status 1 "3.7 legacy" -- "$pyfront" parse --feature-version 3.7 "$data/legacy.py"
expect_in "$tmp/err" 'File "'"$data"'/legacy.py", line 1' "3.7 rejects async = 1 at line 1"
expect_in "$tmp/err" "SyntaxError: invalid syntax" "3.7 rejects async = 1"

# JSON.
expect_status 0 "json" -- "$pyfront" parse --format json --feature-version 3.6 "$data/legacy.py"
expect_same "$data/legacy.json-3.6" "$tmp/out" "--format json (docs/ast-json.md)"

# A syntax error: CPython's report on stderr, exit status 1.
expect_status 1 "syntax error" -- bash -c "cd \"$data/../../..\" && \"$pyfront\" parse --feature-version 3.12 tests/cli/parse_data/bad.py"
expect_same "$data/bad.stderr-3.12" "$tmp/err" "the error report"
# Other files are still parsed.
expect_status 1 "error and good file" -- "$pyfront" parse --format none "$data/bad.py" "$data/sample.py"

# --jsonl: one line per file, errors and I/O problems as records; exit 2 for the I/O error.
(cd "$data" && "$pyfront" parse --jsonl --no-attributes --feature-version 3.6 legacy.py bad.py missing.py >"$tmp/out" 2>"$tmp/err")
status=$?
if [ "$status" != 2 ]; then echo "FAIL: --jsonl with a missing file: exit status $status, expected 2"; failures=$((failures + 1)); fi
expect_same "$data/jsonl-3.6" "$tmp/out" "--jsonl records"
expect_status 1 "--jsonl syntax error" -- "$pyfront" parse --jsonl --format none "$data/bad.py" "$data/sample.py"
expect_in "$tmp/out" '"ok": true' "--jsonl --format none record"

# Modes and type comments.
printf 'a + 1\n' >"$tmp/e.py"
expect_status 0 "mode eval" -- "$pyfront" parse --mode eval --no-attributes "$tmp/e.py"
expect_in "$tmp/out" "Expression(body=BinOp(" "--mode eval"
printf '(int, str) -> None\n' >"$tmp/f.py"
expect_status 0 "mode func_type" -- "$pyfront" parse --mode func_type --no-attributes "$tmp/f.py"
expect_in "$tmp/out" "FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())]" "--mode func_type"
expect_status 1 "mode func_type before 3.8" -- "$pyfront" parse --mode func_type --feature-version 3.7 "$tmp/f.py"
printf 'x = []  # type: List[int]\n' >"$tmp/t.py"
expect_status 0 "type comments" -- "$pyfront" parse --type-comments --no-attributes "$tmp/t.py"
expect_in "$tmp/out" "type_comment='List[int]'" "--type-comments"
expect_status 0 "no type comments" -- "$pyfront" parse --no-attributes "$tmp/t.py"
if grep -qF "type_comment" "$tmp/out"; then echo "FAIL: type comment without --type-comments"; failures=$((failures + 1)); fi

cli_finish parse.sh
