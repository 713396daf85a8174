#!/usr/bin/env bash
# End-to-end checks of `pyfront compile`: compileall's options and defaults, pycs byte-identical
# to compileall's at the host's level, compat tags, sharing, freshness, errors and exit codes.
# The host CPython (PYFRONT_HOST_PYTHON, default /usr/bin/python3; it must be the interpreter
# pyfront embeds: same cache tag) is the oracle: it writes the reference pycs and runs ours.
# usage: compile.sh PYFRONT SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.bash"
cli_setup "$@"
data=$src/tests/cli/compile_data
python=${PYFRONT_HOST_PYTHON:-/usr/bin/python3}
unset SOURCE_DATE_EPOCH PYTHONPYCACHEPREFIX

inode() { stat -c %i "$1"; }

host_tag=$("$pyfront" cache tag 2>/dev/null)
py_tag=$("$python" -c 'import sys; print(sys.implementation.cache_tag)' 2>/dev/null)
if [ -z "$host_tag" ]; then echo "FAIL: pyfront has no host (pyfront cache tag failed)"; exit 1; fi
have_oracle=1
if [ "$host_tag" != "$py_tag" ]; then
  echo "note: $python (tag '$py_tag') is not pyfront's host ($host_tag): comparisons with it skipped"
  have_oracle=0
fi

# Help and usage errors (exit 2).
expect_status 0 "compile --help" -- "$pyfront" compile --help
for opt in --compat -j -f -q -o --invalidation-mode -d -s -p -x -i -e -r -b --hardlink-dupes --pycache-prefix --via-ast "Exit status"; do
  expect_in "$tmp/out" "$opt" "compile --help documents $opt"
done
expect_status 2 "no PATH" -- "$pyfront" compile
expect_status 2 "bad --compat" -- "$pyfront" compile --compat 2.7 "$data"
expect_in "$tmp/err" "3.0 to 3.15" "bad --compat names the range"
expect_status 2 "bad -o" -- "$pyfront" compile -o 3 "$data"
expect_status 2 "bad mode" -- "$pyfront" compile --invalidation-mode checked_hash "$data"
expect_status 2 "-d with -s" -- "$pyfront" compile -d /x -s /y "$data"
expect_status 2 "-b with two levels" -- "$pyfront" compile -b --compat 3.6,3.11 "$data"
expect_status 2 "--hardlink-dupes with one -o" -- "$pyfront" compile --hardlink-dupes "$data"
expect_status 2 "bad -x" -- "$pyfront" compile -x '(' "$data"
expect_in "$tmp/err" "missing ), unterminated subpattern" "bad -x: the host's re says why"
expect_status 1 "unreadable -i" -- "$pyfront" compile -q -i "$tmp/no-such-list"
expect_in "$tmp/err" "no-such-list" "unreadable -i names the list"
expect_status 1 "missing PATH" -- "$pyfront" compile -q "$tmp/nowhere"
expect_in "$tmp/err" "nowhere" "a missing PATH is named"

# A small tree: a package, a subpackage, a non-Python file.
mk_tree() {
  mkdir -p "$1/pkg/sub"
  cp "$data/same_everywhere.py" "$1/pkg/__init__.py"
  printf '"""doc"""\nimport os\n\ndef f(x):\n    """f doc"""\n    assert x, "no"\n    return [i * 2 for i in range(x)]\n\nclass C:\n    y: int = 3\n    async def g(self):\n        async with self as s:\n            return "%%r" %% (s,)\n' >"$1/pkg/mod.py"
  printf 'from . import mod\nVALUE = mod.f(3)\n' >"$1/pkg/sub/deep.py"
  printf 'not python\n' >"$1/pkg/notes.txt"
  touch -d '2024-01-02 03:04:05' "$1/pkg/__init__.py" "$1/pkg/mod.py" "$1/pkg/sub/deep.py"
}

# 1. Byte-identical to compileall at the host level, every mode and -o 0/1/2.
if [ $have_oracle = 1 ]; then
  for mode in checked-hash timestamp unchecked-hash; do
    rm -rf "$tmp/ref" "$tmp/ours"
    mk_tree "$tmp/ref"; mk_tree "$tmp/ours"
    (cd "$tmp/ref" && "$python" -m compileall -q --invalidation-mode "$mode" -o 0 -o 1 -o 2 pkg >/dev/null) || fail "compileall $mode"
    (cd "$tmp/ours" && "$pyfront" compile -q --invalidation-mode "$mode" -o 0 -o 1 -o 2 pkg) || fail "pyfront compile $mode"
    n=0
    for f in $(cd "$tmp/ref" && find pkg -name '*.pyc' | sort); do
      n=$((n + 1))
      cmp -s "$tmp/ref/$f" "$tmp/ours/$f" || fail "$mode: $f differs from compileall's"
    done
    [ "$n" = 9 ] || fail "$mode: compileall wrote $n pycs, expected 9"
    [ "$(cd "$tmp/ours" && find pkg -name '*.pyc' | wc -l)" = 9 ] || fail "$mode: pyfront wrote other pycs than compileall"
    # --via-ast: the same bytes through pyfront's tree and the bridge (what proves the tree
    # and its positions exact; the default at the host's level compiles the source bytes).
    rm -rf "$tmp/via"; mk_tree "$tmp/via"
    (cd "$tmp/via" && "$pyfront" compile -q --via-ast --invalidation-mode "$mode" -o 0 -o 1 -o 2 pkg) || fail "--via-ast $mode"
    for f in $(cd "$tmp/ref" && find pkg -name '*.pyc'); do
      cmp -s "$tmp/ref/$f" "$tmp/via/$f" || fail "--via-ast $mode: $f differs from compileall's"
    done
  done
  # -j 2 writes the same bytes as -j 1.
  rm -rf "$tmp/ours2"; mk_tree "$tmp/ours2"
  (cd "$tmp/ours2" && "$pyfront" compile -q -j 2 --invalidation-mode unchecked-hash -o 0 -o 1 -o 2 pkg) || fail "-j 2"
  for f in $(cd "$tmp/ours" && find pkg -name '*.pyc'); do cmp -s "$tmp/ours/$f" "$tmp/ours2/$f" || fail "-j 2: $f differs"; done
fi

# 2. The legacy module at 3.6: NAME.cpython-3XY-36.pyc that the host runs.
mkdir -p "$tmp/legacy"
cp "$data/legacy36.py" "$tmp/legacy/"
tag36=$("$pyfront" cache tag --compat 3.6)
[ "$tag36" = "$host_tag-36" ] || fail "cache tag --compat 3.6 gave '$tag36', expected '$host_tag-36'"
expect_status 1 "legacy module at the host level" -- "$pyfront" compile "$tmp/legacy/legacy36.py"
expect_in "$tmp/err" "legacy36.py:2:7: error: invalid syntax" "the host level rejects def f(async=False)"
expect_status 0 "legacy module at 3.6" -- "$pyfront" compile --compat 3.6 "$tmp/legacy/legacy36.py"
pyc36=$tmp/legacy/__pycache__/legacy36.$tag36.pyc
expect_file "$pyc36" "--compat 3.6 writes the -36 tag"
expect_no_file "$tmp/legacy/__pycache__/legacy36.$host_tag.pyc" "--compat 3.6 writes no host-tag pyc"
if [ $have_oracle = 1 ]; then
  out=$("$python" -c 'import marshal, sys; d = open(sys.argv[1], "rb").read(); assert d[:4] == __import__("importlib.util").util.MAGIC_NUMBER; exec(marshal.loads(d[16:]))' "$pyc36" 2>&1)
  [ "$out" = "async 42 1" ] || fail "the 3.6 pyc run by the host printed '$out', expected 'async 42 1'"
fi

# 3. Several levels: one compile per distinct tree, identical pycs hard-linked.
mkdir -p "$tmp/share"
cp "$data/same_everywhere.py" "$data/legacy36.py" "$tmp/share/"
expect_status 1 "three levels" -- "$pyfront" compile --compat 3.6,3.8,host "$tmp/share"
expect_in "$tmp/err" "legacy36.py:2:7: error: invalid syntax [compat 3.8]" "errors name the level when several are asked"
c=$tmp/share/__pycache__
a=$(inode "$c/same_everywhere.$host_tag.pyc"); b=$(inode "$c/same_everywhere.$host_tag-36.pyc"); d=$(inode "$c/same_everywhere.$host_tag-38.pyc")
[ "$a" = "$b" ] && [ "$a" = "$d" ] || fail "identical pycs of three levels are not one file ($a $b $d)"
[ "$(stat -c %h "$c/same_everywhere.$host_tag.pyc")" = 3 ] || fail "link count is not 3"
# same_everywhere: 1 compile, 1 pyc written, 2 linked; legacy36: only 3.6 parses it.
expect_in "$tmp/out" "2 pycs written, 2 shared by hard link, 2 host compiles" "the summary counts shared pycs and compiles"
# Levels added later link to the fresh pyc already there.
rm -rf "$c"
expect_status 0 "host level first" -- "$pyfront" compile "$tmp/share/same_everywhere.py"
expect_status 0 "levels added later" -- "$pyfront" compile --compat 3.6,host "$tmp/share/same_everywhere.py"
expect_in "$tmp/out" "0 pycs written, 1 shared by hard link, 1 host compiles" "a new level links to the fresh pyc"
[ "$(inode "$c/same_everywhere.$host_tag.pyc")" = "$(inode "$c/same_everywhere.$host_tag-36.pyc")" ] || fail "the added level is not linked"
rm -rf "$c"
expect_status 1 "--no-share" -- "$pyfront" compile -q --no-share --compat 3.6,3.8 "$tmp/share"
[ "$(inode "$c/same_everywhere.$host_tag-36.pyc")" != "$(inode "$c/same_everywhere.$host_tag-38.pyc")" ] || fail "--no-share still linked"
cmp -s "$c/same_everywhere.$host_tag-36.pyc" "$c/same_everywhere.$host_tag-38.pyc" || fail "--no-share copies differ"

# 4. Freshness: skipped when nothing changed, recompiled when the bytes or options change.
rm -rf "$tmp/fresh"; mk_tree "$tmp/fresh"
expect_status 0 "first run" -- "$pyfront" compile "$tmp/fresh"
expect_in "$tmp/out" "3 compiled, 0 fresh" "first run compiles"
expect_status 0 "second run" -- "$pyfront" compile "$tmp/fresh"
expect_in "$tmp/out" "0 compiled, 3 fresh" "second run skips fresh pycs"
expect_status 0 "-f" -- "$pyfront" compile -f "$tmp/fresh"
expect_in "$tmp/out" "3 compiled, 0 fresh" "-f compiles fresh pycs"
# Same size and mtime, other bytes: compileall would skip it; the manifest's XXH3 does not.
pyc=$tmp/fresh/pkg/sub/__pycache__/deep.$host_tag.pyc
sed -i 's/f(3)/f(4)/' "$tmp/fresh/pkg/sub/deep.py"
touch -d '2024-01-02 03:04:05' "$tmp/fresh/pkg/sub/deep.py"
expect_status 0 "edited source, same mtime" -- "$pyfront" compile "$tmp/fresh"
expect_in "$tmp/out" "1 compiled, 2 fresh" "an edit keeping size and mtime is seen"
expect_status 0 "other -o" -- "$pyfront" compile -o 1 "$tmp/fresh"
expect_in "$tmp/out" "3 compiled, 0 fresh" "another optimization level is not fresh"
expect_status 0 "other mode" -- "$pyfront" compile --invalidation-mode checked-hash "$tmp/fresh"
expect_in "$tmp/out" "3 compiled, 0 fresh" "another invalidation mode is not fresh"
# A pyc replaced behind pyfront's back is not trusted.
cp "$pyc" "$tmp/copy.pyc"; mv "$tmp/copy.pyc" "$pyc"
expect_status 0 "replaced pyc" -- "$pyfront" compile --invalidation-mode checked-hash "$tmp/fresh"
expect_in "$tmp/out" "1 compiled, 2 fresh" "a replaced pyc is recompiled"

# 5. Errors: reported as FILE:LINE:COL: error: MESSAGE, the other files still compiled.
mkdir -p "$tmp/errs"
cp "$data/broken.py" "$data/same_everywhere.py" "$tmp/errs/"
expect_status 1 "a syntax error" -- "$pyfront" compile "$tmp/errs"
expect_in "$tmp/err" "$tmp/errs/broken.py:2:5: error: '(' was never closed" "syntax error format"
expect_file "$tmp/errs/__pycache__/same_everywhere.$host_tag.pyc" "the good file is compiled anyway"
expect_in "$tmp/out" "1 compiled, 0 fresh, 1 failed" "summary counts the failure"
[ "$(grep -c "error:" "$tmp/err")" = 1 ] || fail "a syntax error is reported once, not once per -o level"
expect_status 1 "a syntax error, three -o levels" -- "$pyfront" compile -f -o 0 -o 1 -o 2 "$tmp/errs"
[ "$(grep -c "error:" "$tmp/err")" = 1 ] || fail "three -o levels: the syntax error is reported once"
expect_status 1 "a syntax error, --via-ast" -- "$pyfront" compile -f --via-ast "$tmp/errs"
expect_in "$tmp/err" "$tmp/errs/broken.py:2:5: error: '(' was never closed" "--via-ast reports the same error"
expect_status 1 "--error-format cpython" -- "$pyfront" compile -q --error-format cpython "$tmp/errs"
expect_in "$tmp/err" "SyntaxError: '(' was never closed" "--error-format cpython reports as CPython"
expect_status 1 "--error-format json" -- "$pyfront" compile -q --error-format json --compat 3.6,host "$tmp/errs"
expect_in "$tmp/err" '"message": "unexpected EOF while parsing [compat 3.6]", "lineno": 2' "--error-format json, per level"
expect_status 2 "bad --error-format" -- "$pyfront" compile --error-format xml "$tmp/errs"
expect_status 1 "-qq" -- "$pyfront" compile -qq "$tmp/errs"
[ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ] || fail "-qq printed something"

# 6. compileall's walk and names: -x, -r/-l, -d, -s/-p, -b, --pycache-prefix, SOURCE_DATE_EPOCH.
rm -rf "$tmp/w"; mk_tree "$tmp/w"
expect_status 0 "-x" -- "$pyfront" compile -q -x 'mod\.py$' "$tmp/w"
expect_no_file "$tmp/w/pkg/__pycache__/mod.$host_tag.pyc" "-x skips matching files"
expect_file "$tmp/w/pkg/__pycache__/__init__.$host_tag.pyc" "-x keeps the others"
# -x is Python's re (compileall: re.compile, then .search on each walked path), which ECMAScript
# regexes (std::regex) read otherwise or refuse: (?i), lookbehind, named groups, \A.
for rx in '(?i)MOD\.PY$' '(?<=pkg/)mod' '(?P<d>sub)/(?!x)deep' '\Apkg/__init__' '(?x) mod \. py  # comment'; do
  rm -rf "$tmp/w"; mk_tree "$tmp/w"
  expect_status 0 "-x '$rx'" -- bash -c 'cd "$1" && shift && "$@"' _ "$tmp/w" "$pyfront" compile -q -x "$rx" pkg
  (cd "$tmp/w" && find pkg -name '*.pyc' | sort) >"$tmp/ours.list"
  if [ $have_oracle = 1 ]; then
    rm -rf "$tmp/ref"; mk_tree "$tmp/ref"
    (cd "$tmp/ref" && "$python" -m compileall -q -x "$rx" pkg >/dev/null)
    (cd "$tmp/ref" && find pkg -name '*.pyc' | sort) >"$tmp/theirs.list"
    cmp -s "$tmp/ours.list" "$tmp/theirs.list" || fail "-x '$rx' skips other files than compileall: $(diff "$tmp/theirs.list" "$tmp/ours.list" | tr '\n' ' ')"
  fi
  [ "$(wc -l <"$tmp/ours.list")" -eq 2 ] || fail "-x '$rx' should skip exactly one of the three files: $(tr '\n' ' ' <"$tmp/ours.list")"
done
# A frozenset constant in two functions whose strings are also plain constants of the first:
# compileall's process has interned "https" and "wss" before (pathlib imports urllib.parse), so
# the host rebuilds the set per code object and marshal writes it twice; in a process where
# they are new it is written once plus a reference (werkzeug/routing/map.py; host_compile.h).
if [ $have_oracle = 1 ]; then
  rm -rf "$tmp/fs" "$tmp/fsref"; mkdir -p "$tmp/fs" "$tmp/fsref"
  printf 'def a(s):\n    s = "wss" if s == "https" else "ws"\n    return s in {"https", "wss"}\n\ndef b(s):\n    return s in {"https", "wss"}\n' >"$tmp/fs/m.py"
  cp "$tmp/fs/m.py" "$tmp/fsref/m.py"
  (cd "$tmp/fsref" && "$python" -m compileall -q --invalidation-mode checked-hash m.py >/dev/null)
  (cd "$tmp/fs" && "$pyfront" compile -q --invalidation-mode checked-hash m.py)
  cmp -s "$tmp/fsref/__pycache__/m.$host_tag.pyc" "$tmp/fs/__pycache__/m.$host_tag.pyc" || fail "a frozenset shared by two functions: bytes differ from compileall's"
fi
# -i FILE / -i -: more PATHs, one a line, stripped (compileall's file list).
rm -rf "$tmp/w"; mk_tree "$tmp/w"
printf '  pkg/mod.py \t\r\n\npkg/sub\n' >"$tmp/w/list"
expect_status 0 "-i FILE" -- bash -c 'cd "$1" && "$2" compile -q -i list' _ "$tmp/w" "$pyfront"
expect_file "$tmp/w/pkg/__pycache__/mod.$host_tag.pyc" "-i compiles a listed file"
expect_file "$tmp/w/pkg/sub/__pycache__/deep.$host_tag.pyc" "-i walks a listed folder"
expect_no_file "$tmp/w/pkg/__pycache__/__init__.$host_tag.pyc" "-i compiles only what is listed"
rm -rf "$tmp/w"; mk_tree "$tmp/w"
expect_status 0 "-i -" -- bash -c 'cd "$1" && printf "pkg/__init__.py\n" | "$2" compile -q -i - pkg/sub' _ "$tmp/w" "$pyfront"
expect_file "$tmp/w/pkg/__pycache__/__init__.$host_tag.pyc" "-i - reads standard input"
expect_file "$tmp/w/pkg/sub/__pycache__/deep.$host_tag.pyc" "-i keeps the PATHs given"
expect_no_file "$tmp/w/pkg/__pycache__/mod.$host_tag.pyc" "-i - compiles only what is listed"
rm -rf "$tmp/w"; mk_tree "$tmp/w"
expect_status 0 "-r 1" -- "$pyfront" compile -q -r 1 "$tmp/w"
expect_file "$tmp/w/pkg/__pycache__/mod.$host_tag.pyc" "-r 1 enters one level"
expect_no_file "$tmp/w/pkg/sub/__pycache__" "-r 1 stops there"
expect_status 0 "-l" -- "$pyfront" compile -q -l "$tmp/w/pkg/sub"
expect_file "$tmp/w/pkg/sub/__pycache__/deep.$host_tag.pyc" "-l compiles the folder itself"
if [ $have_oracle = 1 ]; then
  co_filename() { "$python" -c 'import marshal, sys; print(marshal.loads(open(sys.argv[1], "rb").read()[16:]).co_filename)' "$1"; }
  rm -rf "$tmp/w"; mk_tree "$tmp/w"
  "$pyfront" compile -q -d /usr/lib/app "$tmp/w" || fail "-d"
  [ "$(co_filename "$tmp/w/pkg/sub/__pycache__/deep.$host_tag.pyc")" = /usr/lib/app/pkg/sub/deep.py ] || fail "-d names $(co_filename "$tmp/w/pkg/sub/__pycache__/deep.$host_tag.pyc")"
  "$pyfront" compile -q -f -s "$tmp/w" -p /opt "$tmp/w" || fail "-s -p"
  [ "$(co_filename "$tmp/w/pkg/__pycache__/mod.$host_tag.pyc")" = /opt/pkg/mod.py ] || fail "-s -p names $(co_filename "$tmp/w/pkg/__pycache__/mod.$host_tag.pyc")"
  # The same -d on a tree compiled by compileall gives the same bytes.
  rm -rf "$tmp/ref"; mk_tree "$tmp/ref"; rm -rf "$tmp/w"; mk_tree "$tmp/w"
  (cd "$tmp/ref" && "$python" -m compileall -q -d /usr/lib/app --invalidation-mode checked-hash pkg >/dev/null)
  (cd "$tmp/w" && "$pyfront" compile -q -d /usr/lib/app --invalidation-mode checked-hash pkg)
  cmp -s "$tmp/ref/pkg/sub/__pycache__/deep.$host_tag.pyc" "$tmp/w/pkg/sub/__pycache__/deep.$host_tag.pyc" || fail "-d differs from compileall -d"
fi
rm -rf "$tmp/w"; mk_tree "$tmp/w"
expect_status 0 "-b" -- "$pyfront" compile -q -b "$tmp/w"
expect_file "$tmp/w/pkg/mod.pyc" "-b writes beside the source"
expect_no_file "$tmp/w/pkg/__pycache__" "-b writes no __pycache__"
expect_status 0 "-b again" -- "$pyfront" compile -b "$tmp/w"
expect_in "$tmp/out" "0 compiled, 3 fresh" "-b pycs are fresh by compileall's test"
rm -rf "$tmp/w"; mk_tree "$tmp/w"
expect_status 0 "--pycache-prefix" -- "$pyfront" compile -q --pycache-prefix "$tmp/prefix" "$tmp/w"
expect_file "$tmp/prefix$tmp/w/pkg/mod.$host_tag.pyc" "--pycache-prefix mirrors the absolute folder"
expect_no_file "$tmp/w/pkg/__pycache__" "--pycache-prefix writes no __pycache__"
(cd "$tmp/w" && PYTHONPYCACHEPREFIX=rel "$pyfront" compile -q pkg/sub) || fail "PYTHONPYCACHEPREFIX"
expect_file "$tmp/w/rel$tmp/w/pkg/sub/deep.$host_tag.pyc" "PYTHONPYCACHEPREFIX (relative) as CPython places it"
if [ $have_oracle = 1 ]; then
  want=$(cd "$tmp/w" && "$python" -X pycache_prefix=rel -c 'import importlib.util; print(importlib.util.cache_from_source("pkg/sub/deep.py"))')
  expect_file "$tmp/w/$want" "the prefix path is the one CPython computes"
fi
rm -rf "$tmp/w"; mk_tree "$tmp/w"
SOURCE_DATE_EPOCH=1 "$pyfront" compile -q "$tmp/w" || fail "SOURCE_DATE_EPOCH run"
flags=$(od -An -tx1 -j4 -N4 "$tmp/w/pkg/__pycache__/mod.$host_tag.pyc" | tr -d ' ')
[ "$flags" = 03000000 ] || fail "SOURCE_DATE_EPOCH: header flags $flags, expected checked-hash (03000000)"
"$pyfront" compile -q -f --invalidation-mode timestamp "$tmp/w" || fail "timestamp run"
flags=$(od -An -tx1 -j4 -N4 "$tmp/w/pkg/__pycache__/mod.$host_tag.pyc" | tr -d ' ')
[ "$flags" = 00000000 ] || fail "--invalidation-mode timestamp: flags $flags"

cli_finish compile.sh
