#!/usr/bin/env bash
# `pyfront parse --error-format`: the default report is what CPython 3.13 prints for the same
# file (`python3.13 FILE`, recorded here: tabs kept under the line, columns counted in
# characters for non-ASCII lines), gcc and json for tools, usage errors.
# usage: errors_format.sh PYFRONT SOURCE_DIR
set -uo pipefail
pyfront=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
cd "$tmp"

# check_report NAME SOURCE_PRINTF_FORMAT EXPECTED_STDERR [ARGS...]
check_report() {
  local name=$1 src=$2 want=$3
  shift 3
  printf "$src" >"$name"
  "$pyfront" parse --format none --feature-version 3.13 "$@" "$name" >/dev/null 2>"$name.err"
  local status=$?
  if [ "$status" != 1 ]; then echo "FAIL: $name: exit status $status, expected 1"; failures=$((failures + 1)); fi
  if ! diff -u <(printf '%s' "$want") "$name.err" >"$name.diff"; then
    echo "FAIL: $name $*:"; cat "$name.diff"; failures=$((failures + 1))
  fi
}

# Recorded from CPython 3.13.0 (python3.13 FILE, stderr).
check_report tab.py 'if x:\n\tf() = 3\n' '  File "tab.py", line 2
    	f() = 3
    	^^^
SyntaxError: cannot assign to function call here. Maybe you meant '"'=='"' instead of '"'='"'?
'
check_report midtab.py 'x = [1,\t2]; f() = 3\n' '  File "midtab.py", line 1
    x = [1,	2]; f() = 3
           	    ^^^
SyntaxError: cannot assign to function call here. Maybe you meant '"'=='"' instead of '"'='"'?
'
check_report latin.py '\xc3\xa9 = "\xc3\xb1and\xc3\xba"; f() = 3\n' '  File "latin.py", line 1
    é = "ñandú"; f() = 3
                 ^^^
SyntaxError: cannot assign to function call here. Maybe you meant '"'=='"' instead of '"'='"'?
'
check_report cjk.py '("\xe6\x97\xa5\xe6\x9c\xac", f()) = 3\n' '  File "cjk.py", line 1
    ("日本", f()) = 3
     ^^^^
SyntaxError: cannot assign to literal
'
check_report indent.py '   \t  x = 1 +\n' '  File "indent.py", line 1
    	  x = 1 +
    	 ^
IndentationError: unexpected indent
'
check_report unclosed.py 'x = (1 +\n' '  File "unclosed.py", line 1
    x = (1 +
        ^
SyntaxError: '"'('"' was never closed
'
check_report genexp.py 'f(a for a in b, c)\n' '  File "genexp.py", line 1
    f(a for a in b, c)
      ^^^^^^^^^^^^
SyntaxError: Generator expression must be parenthesized
'

# gcc and json.
check_report gcc.py 'x = 1\n  y = 2\n' 'gcc.py:2:2: error: IndentationError: unexpected indent
' --error-format gcc
check_report json.py 'f() = 3\n' '{"path": "json.py", "type": "SyntaxError", "message": "cannot assign to function call here. Maybe you meant '"'=='"' instead of '"'='"'?", "lineno": 1, "offset": 1, "end_lineno": 1, "end_offset": 4}
' --error-format json
check_report nul.py 'x = 1\0\n' '{"path": "nul.py", "type": "SyntaxError", "message": "source code string cannot contain null bytes", "lineno": null, "offset": null, "end_lineno": null, "end_offset": null}
' --error-format json

# Usage: an unknown format is a usage error naming the formats; I/O errors in each format.
"$pyfront" parse --error-format xml tab.py >/dev/null 2>err.txt
if [ $? != 2 ] || ! grep -qF "cpython, gcc or json" err.txt; then echo "FAIL: bad --error-format"; cat err.txt; failures=$((failures + 1)); fi
"$pyfront" parse --error-format json missing.py >/dev/null 2>err.txt
if [ $? != 2 ] || ! grep -qF '"type": "OSError"' err.txt; then echo "FAIL: json I/O error"; cat err.txt; failures=$((failures + 1)); fi
"$pyfront" parse --help >help.txt
if ! grep -qF -- "--error-format" help.txt; then echo "FAIL: parse --help documents --error-format"; failures=$((failures + 1)); fi

if [ "$failures" -ne 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all error format checks passed"
