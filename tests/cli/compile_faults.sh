#!/usr/bin/env bash
# Fault tests of `pyfront compile` (slow: labelled `slow`, run with ctest -L slow):
#   1. kill -9 in the middle of compiling a large tree, many times;
#   2. two compiles of one tree at once;
#   3. a read-only tree;
#   4. a source edited again and again while it is compiled.
# After each: no pyc is ever truncated or corrupt (every pyc has a valid header and its body
# unmarshals in the host), errors are clear, exit codes right. The tree is the host's own
# top-level standard library modules (copied), so the host is needed.
# usage: compile_faults.sh PYFRONT SOURCE_DIR [ROUNDS]
set -uo pipefail
pyfront=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
rounds=${3:-8}
python=${PYFRONT_HOST_PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
unset SOURCE_DATE_EPOCH PYTHONPYCACHEPREFIX
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

host_tag=$("$pyfront" cache tag) || { echo "FAIL: no host"; exit 1; }
[ "$("$python" -c 'import sys; print(sys.implementation.cache_tag)')" = "$host_tag" ] || {
  echo "FAIL: $python is not pyfront's host ($host_tag); set PYFRONT_HOST_PYTHON"; exit 1; }
stdlib=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')

# check_pycs TREE: every pyc under TREE has a header of this host and a body that unmarshals.
# Prints the bad ones and the count checked; fails when any is bad.
check_pycs() {
  "$python" - "$1" <<'PY'
import importlib.util, marshal, os, sys
bad = checked = 0
for root, dirs, files in os.walk(sys.argv[1]):
    for name in files:
        if not name.endswith(".pyc"):
            continue
        path = os.path.join(root, name)
        data = open(path, "rb").read()
        checked += 1
        try:
            assert len(data) >= 16, "short header"
            assert data[:4] == importlib.util.MAGIC_NUMBER, "magic"
            assert int.from_bytes(data[4:8], "little") in (0, 1, 3), "flags"
            marshal.loads(data[16:])
        except Exception as e:
            bad += 1
            print("corrupt pyc %s: %s" % (path, e))
print("checked %d pycs" % checked)
sys.exit(1 if bad else 0)
PY
}

mkdir -p "$tmp/big"
cp "$stdlib"/*.py "$tmp/big/"
nfiles=$(ls "$tmp/big"/*.py | wc -l)

# 1. kill -9 at random moments.
for i in $(seq 1 "$rounds"); do
  "$pyfront" compile -q -f -j 2 "$tmp/big" >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 9 + 1))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  sleep 0.2  # the workers die with their parent (PR_SET_PDEATHSIG)
  check_pycs "$tmp/big" >"$tmp/check" || { fail "round $i: corrupt pycs after kill -9"; cat "$tmp/check"; }
done
# Leftover temporaries are visible to verify and removed by clean; a full run then finishes.
"$pyfront" cache clean -q "$tmp/big" || fail "clean after kills"
ls "$tmp/big/__pycache__" | grep -q pyfront-tmp && fail "temporary files survive clean"
"$pyfront" compile -q -j 2 "$tmp/big" || fail "compile after kills"
"$pyfront" cache verify -q "$tmp/big" >"$tmp/out" || { fail "verify after kills"; cat "$tmp/out"; }
[ "$(ls "$tmp/big/__pycache__" | grep -c "\.$host_tag\.pyc$")" = "$nfiles" ] || fail "not every file has its pyc after the kills"

# 1b. A worker killed alone: the file it was on is reported, the others are compiled by the
# other worker; exit 1; the rest is written.
"$pyfront" compile -f -j 2 "$tmp/big" >"$tmp/out" 2>"$tmp/err" &
pid=$!
worker=
for _ in $(seq 1 100); do
  # two children = the two workers
  if [ "$(pgrep -P "$pid" | wc -l)" -ge 2 ]; then worker=$(pgrep -P "$pid" | head -1); break; fi
  sleep 0.05
done
sleep 0.3
[ -n "$worker" ] && kill -9 "$worker"
wait "$pid"
status=$?
if [ -n "$worker" ] && grep -q "compiled, 0 fresh, 0 failed" "$tmp/out"; then
  echo "note: the worker finished before it was killed"
elif [ -n "$worker" ]; then
  [ $status = 1 ] || fail "killed worker: exit status $status, expected 1"
  grep -q "error: not compiled: worker process $worker killed by signal 9" "$tmp/err" || { fail "killed worker: no clear error"; head -3 "$tmp/err"; }
  [ "$(grep -c "not compiled: worker process" "$tmp/err")" = 1 ] || fail "killed worker: more than the file it was on reported"
fi
check_pycs "$tmp/big" >"$tmp/check" || { fail "corrupt pycs after a killed worker"; cat "$tmp/check"; }

# 2. Two compiles of one tree at once: both succeed, the pycs are whole and fresh.
"$pyfront" compile -q -f -j 2 "$tmp/big" >"$tmp/out1" 2>&1 &
p1=$!
"$pyfront" compile -q -f -j 2 --compat 3.10,host "$tmp/big" >"$tmp/out2" 2>&1 &
p2=$!
wait $p1 || { fail "first of two concurrent compiles failed"; cat "$tmp/out1"; }
wait $p2 || { fail "second of two concurrent compiles failed"; cat "$tmp/out2"; }
check_pycs "$tmp/big" >"$tmp/check" || { fail "corrupt pycs after concurrent compiles"; cat "$tmp/check"; }
"$pyfront" cache verify -q "$tmp/big" >"$tmp/out" || { fail "verify after concurrent compiles"; cat "$tmp/out"; }
ls "$tmp/big/__pycache__" | grep -q pyfront-tmp && fail "concurrent compiles left temporary files"

# 3. A read-only tree: every file fails with a clear message, exit 1, nothing written.
mkdir -p "$tmp/ro/pkg"
cp "$stdlib/os.py" "$stdlib/abc.py" "$tmp/ro/pkg/"
chmod -R a-w "$tmp/ro"
as_user=()
if [ "$(id -u)" = 0 ]; then
  chmod a+rx "$tmp"; chmod -R a+rX "$tmp/ro"  # root ignores permissions: run as nobody
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
"${as_user[@]}" "$pyfront" compile "$tmp/ro" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] || fail "read-only tree: exit status $status, expected 1"
grep -q "pkg/os.py: error: cannot write .*pkg/__pycache__.*: Permission denied" "$tmp/err" || { fail "read-only tree: no clear error"; cat "$tmp/err"; }
grep -q "0 compiled, 0 fresh, 2 failed" "$tmp/out" || { fail "read-only tree: summary"; cat "$tmp/out"; }
[ -e "$tmp/ro/pkg/__pycache__" ] && fail "read-only tree: something was written"
chmod -R u+w "$tmp/ro"

# 4. A source rewritten continuously during compiles (checked-hash: the header says exactly
# which bytes the pyc was made from). Any pyc whose header matches the source must hold that
# source's code; afterwards a normal run must bring every pyc up to date (the manifest must
# never call a pyc of older bytes fresh).
mkdir -p "$tmp/edit"
cp "$stdlib"/[a-f]*.py "$tmp/edit/"
(
  i=0
  while [ ! -e "$tmp/edit-stop" ]; do
    i=$((i + 1))
    printf 'VALUE = %d\n%s\n' "$i" "$(head -c $((2000 + i % 500)) /dev/zero | tr '\0' '#')" >"$tmp/edit/hot.py.new"
    mv "$tmp/edit/hot.py.new" "$tmp/edit/hot.py"
    printf 'VALUE = %d\n' "$i" >"$tmp/edit/inplace.py"  # rewritten in place (truncate + write)
  done
) &
editor=$!
for i in 1 2 3 4; do
  "$pyfront" compile -q -f -j 2 --invalidation-mode checked-hash "$tmp/edit" >"$tmp/out" 2>&1
  status=$?
  [ $status = 0 ] || [ $status = 1 ] || fail "edit round $i: exit status $status"
  check_pycs "$tmp/edit" >"$tmp/check" || { fail "edit round $i: corrupt pycs"; cat "$tmp/check"; }
done
touch "$tmp/edit-stop"
wait $editor
"$python" - "$tmp/edit" "$host_tag" <<'PY' || fail "a pyc claims to be fresh for a source it was not made from"
import importlib.util, marshal, sys
root, tag = sys.argv[1], sys.argv[2]
for name in ("hot", "inplace"):
    src = open("%s/%s.py" % (root, name), "rb").read()
    try:
        pyc = open("%s/__pycache__/%s.%s.pyc" % (root, name, tag), "rb").read()
    except FileNotFoundError:
        continue
    if pyc[8:16] == importlib.util.source_hash(src):
        ns = {}
        exec(marshal.loads(pyc[16:]), ns)
        want = int(src.split(b"\n")[0].split(b"=")[1])
        assert ns["VALUE"] == want, (name, ns["VALUE"], want)
PY
"$pyfront" compile -q -j 2 --invalidation-mode checked-hash "$tmp/edit" || fail "compile after the edits"
"$pyfront" cache verify -q "$tmp/edit" >"$tmp/out" || { fail "after the edits, a normal run left stale pycs"; cat "$tmp/out"; }

if [ "$failures" -ne 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "compile_faults.sh: all checks passed ($rounds kill rounds over $nfiles files)"
