#!/usr/bin/env bash
# End-to-end checks of `pyfront cache tag|list|clean|verify` over trees written by
# `pyfront compile`, then damaged in the ways caches get damaged.
# usage: cache.sh PYFRONT SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.bash"
cli_setup "$@"
data=$src/tests/cli/compile_data
unset SOURCE_DATE_EPOCH PYTHONPYCACHEPREFIX

# tag: the host's own level has the host tag; others add their digits; -o adds PEP 488's part.
expect_status 0 "cache tag" -- "$pyfront" cache tag
host_tag=$(cat "$tmp/out")
case "$host_tag" in cpython-3[0-9]*) ;; *) fail "cache tag printed '$host_tag'";; esac
expect_status 0 "cache tag 3.6" -- "$pyfront" cache tag --compat 3.6
[ "$(cat "$tmp/out")" = "$host_tag-36" ] || fail "cache tag --compat 3.6: $(cat "$tmp/out")"
expect_status 0 "cache tag 3.10 -o 2" -- "$pyfront" cache tag --compat 3.10 -o 2
[ "$(cat "$tmp/out")" = "$host_tag-310.opt-2" ] || fail "cache tag --compat 3.10 -o 2: $(cat "$tmp/out")"
expect_status 2 "cache tag bad compat" -- "$pyfront" cache tag --compat 4.0
expect_status 2 "unknown cache command" -- "$pyfront" cache frob
expect_status 0 "cache --help" -- "$pyfront" cache --help
for word in tag list clean verify fresh stale orphan; do expect_in "$tmp/out" "$word" "cache --help mentions $word"; done
expect_status 2 "cache list without PATH" -- "$pyfront" cache list

# A tree compiled at two levels.
mkdir -p "$tmp/t/pkg"
cp "$data/same_everywhere.py" "$tmp/t/pkg/a.py"
cp "$data/same_everywhere.py" "$tmp/t/pkg/b.py"
cp "$data/legacy36.py" "$tmp/t/pkg/old.py"
cp "$data/same_everywhere.py" "$tmp/t/pkg/gone.py"
"$pyfront" compile -q --compat 3.6 "$tmp/t" || fail "compile at 3.6"
"$pyfront" compile -q --invalidation-mode checked-hash -x old "$tmp/t" || fail "compile at the host level"
c=$tmp/t/pkg/__pycache__
expect_status 0 "verify a good tree" -- "$pyfront" cache verify "$tmp/t"
expect_in "$tmp/out" "7 pycs checked, 0 problems" "verify counts the pycs"
expect_status 0 "list" -- "$pyfront" cache list "$tmp/t"
expect_in "$tmp/out" "$host_tag: 3 pycs" "list counts the host tag"
expect_in "$tmp/out" "$host_tag-36: 4 pycs" "list counts the 3.6 tag"
expect_in "$tmp/out" "4 fresh" "list shows states"

# Damage: a truncated pyc, a garbled header, an edited source, a removed source, another
# interpreter's pyc, a killed writer's temporary file.
head -c 40 "$c/a.$host_tag.pyc" >"$tmp/trunc" && mv "$tmp/trunc" "$c/a.$host_tag.pyc"
printf 'garbage' >"$c/b.$host_tag.pyc"
echo 'EXTRA = 1' >>"$tmp/t/pkg/old.py"
rm "$tmp/t/pkg/gone.py"
cp "$c/b.$host_tag-36.pyc" "$c/b.cpython-399.pyc"
printf 'partial' >"$c/a.$host_tag-36.pyc.pyfront-tmp.123.0"
expect_status 1 "verify a damaged tree" -- "$pyfront" cache verify "$tmp/t"
expect_in "$tmp/out" "a.$host_tag.pyc: bad-marshal" "verify finds the truncated pyc"
expect_in "$tmp/out" "b.$host_tag.pyc: bad-header" "verify finds the garbled header"
expect_in "$tmp/out" "old.$host_tag-36.pyc: stale" "verify finds the edited source"
expect_in "$tmp/out" "gone.$host_tag-36.pyc: orphan" "verify finds the orphan"
expect_in "$tmp/out" "pyfront-tmp.123.0: temporary" "verify finds the temporary file"
expect_not_in "$tmp/out" "cpython-399" "verify leaves other interpreters' pycs alone"
expect_in "$tmp/out" "1 pycs of other interpreters skipped" "verify says it skipped them"
expect_status 0 "list --long" -- "$pyfront" cache list --long "$tmp/t"
expect_in "$tmp/out" "other-host" "list --long shows other hosts"

# clean --dry-run removes nothing; clean removes exactly the damaged and stale files.
expect_status 0 "clean --dry-run" -- "$pyfront" cache clean --dry-run "$tmp/t"
expect_in "$tmp/out" "would remove" "dry run says what it would do"
expect_file "$c/b.$host_tag.pyc" "dry run removes nothing"
expect_status 0 "clean" -- "$pyfront" cache clean "$tmp/t"
expect_in "$tmp/out" "6 files removed" "clean counts removals"
for f in "a.$host_tag.pyc" "b.$host_tag.pyc" "old.$host_tag-36.pyc" "gone.$host_tag-36.pyc" "gone.$host_tag.pyc" "a.$host_tag-36.pyc.pyfront-tmp.123.0"; do
  expect_no_file "$c/$f" "clean removes $f"
done
expect_file "$c/b.cpython-399.pyc" "clean keeps other interpreters' pycs"
expect_file "$c/a.$host_tag-36.pyc" "clean keeps fresh pycs"
expect_status 0 "verify after clean" -- "$pyfront" cache verify "$tmp/t"
# The manifest forgot the removed pycs: a compile rewrites them (and only them).
expect_status 0 "recompile after clean" -- "$pyfront" compile --invalidation-mode checked-hash -x old "$tmp/t"
expect_in "$tmp/out" "2 compiled" "the removed pycs are compiled again"

# clean --tag removes one tag, whatever the state.
expect_status 0 "clean --tag" -- "$pyfront" cache clean -q --tag "$host_tag-36" "$tmp/t"
[ -z "$(ls "$c" | grep -- "$host_tag-36")" ] || fail "clean --tag left $host_tag-36 pycs"
expect_file "$c/a.$host_tag.pyc" "clean --tag keeps other tags"

# A body that the structural walk accepts but the host's import system refuses: a whole
# marshalled object, but None instead of a code object. Only the host's marshal.loads check
# (bridge::unmarshal_error) tells; the header, still the fresh one, does not.
head -c 16 "$c/a.$host_tag.pyc" >"$tmp/none.pyc" && printf 'N' >>"$tmp/none.pyc" && mv "$tmp/none.pyc" "$c/a.$host_tag.pyc"
expect_status 1 "verify a pyc holding None" -- "$pyfront" cache verify "$tmp/t"
expect_in "$tmp/out" "a.$host_tag.pyc: bad-marshal: the host's marshal.loads: not a code object: NoneType" "verify asks the host to unmarshal"
# Garbage the walk refuses is never given to the host, and the walk names the byte.
printf 'garbage' >>"$c/a.$host_tag.pyc"
expect_status 1 "verify trailing bytes" -- "$pyfront" cache verify "$tmp/t"
expect_in "$tmp/out" "a.$host_tag.pyc: bad-marshal: trailing bytes after the code object at byte 1" "the walk reports trailing bytes, which marshal.loads ignores"

# One file as PATH.
expect_status 0 "list one file" -- "$pyfront" cache list --long "$tmp/t/pkg/a.py"
[ "$(wc -l <"$tmp/out")" = 1 ] || fail "list of one file shows $(wc -l <"$tmp/out") pycs"

cli_finish cache.sh
