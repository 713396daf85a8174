"""pyfront.parse(feature_version=X) against the real interpreters' trees: every corpus case at
every version 3.6-3.15 whose golden (corpus/parse/golden, recorded from CPython 3.6.15 ...
3.15.0rc1) exists, on this host. The host's tree is written in CPython 3.14's dump format by
tools/oracle's normalizer (the goldens' format) and compared:
  - the structure with the golden `dump`;
  - the positions with the `dump_attributes` the entry's `positions` names (positions the
    reference lacks are not compared: tools/astdump.py first_difference), except inside
    f-strings: on hosts before 3.12 the bridge places f-string parts as the host's own
    parser does, so that compile() of the tree equals compile() of the source
    (src/bridge/host_ast.h), where the goldens have the positions of 3.12+;
  - a rejected case: the exception type, lineno and offset.
A construct the host's ast cannot hold (type parameters on a 3.11 host) must raise
ValueError, and only for versions newer than the host.
"""
import os
import re
import sys
import unittest
import warnings

import pyfront
from _corpus import SOURCE_DIR, cases, load_oracle

sys.path.insert(0, os.path.join(SOURCE_DIR, "tools"))
import astdump  # noqa: E402  (tools/astdump.py: reads ast.dump text)

oracle = load_oracle()
HOST = sys.version_info[:2]
IS_LAZY = re.compile(r", is_lazy=0|is_lazy=0, |is_lazy=0")  # 3.15.0rc1 prints it on every import


def version_of(text):
    return tuple(int(p) for p in text.split("."))


def positions_tree(text):
    """The tree of a dump, with the positions of the nodes inside f-strings left out (when the host is
    older than 3.12; see the docstring)."""
    tree = astdump.loads(text)
    if HOST >= (3, 12):
        return tree
    stack = [(tree, False)]
    while stack:
        item, inside = stack.pop()
        if isinstance(item, list):
            stack.extend((child, inside) for child in item)
        elif isinstance(item, astdump.Node):
            if inside:
                item.fields = [(k, v) for k, v in item.fields if k not in astdump.POSITION_ATTRIBUTES]
            below = inside or item.name == "JoinedStr"
            stack.extend((value, below) for _key, value in item.fields)
    return tree


def dump(tree, attributes):
    return oracle.dump(tree, oracle.Normalizer(), include_attributes=attributes)


class Goldens(unittest.TestCase):
    def test_versions(self):
        failures, unrepresentable, compared = [], [], 0
        for case in cases():
            golden = case.golden()
            for version_text, entry in sorted(golden.items(), key=lambda item: version_of(item[0])):
                version = version_of(version_text)
                if version < (3, 8) and (case.mode == "func_type" or case.type_comments):
                    continue  # no such mode / option before 3.8 (see corpus/README.md)
                compared += 1
                where = "%s at %s" % (case.name, version_text)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    try:
                        tree = pyfront.parse(case.source, case.name, case.mode, feature_version=version,
                                             type_comments=case.type_comments)
                    except SyntaxError as e:
                        got = (type(e).__name__, e.lineno, e.offset)
                        if entry["verdict"] != "error" or got != (entry["type"], entry["lineno"], entry["offset"]):
                            failures.append("%s: %r, golden %r" % (where, got, entry.get("msg", entry["verdict"])))
                        continue
                    except ValueError as e:
                        if entry["verdict"] == "error" and entry["type"] == "ValueError":
                            continue
                        if "host CPython" in str(e) and version > HOST:
                            unrepresentable.append(where)
                        else:
                            failures.append("%s: ValueError %s" % (where, e))
                        continue
                if entry["verdict"] != "ok":
                    failures.append("%s: parsed, golden %s %s" % (where, entry["type"], entry["msg"]))
                    continue
                if dump(tree, False) != IS_LAZY.sub("", entry["dump"]):
                    failures.append("%s: tree differs" % where)
                    continue
                reference = entry.get("positions")
                if reference:
                    difference = astdump.first_difference(positions_tree(golden[reference]["dump_attributes"]),
                                                          positions_tree(dump(tree, True)), positions_only=True)
                    if difference:
                        failures.append("%s: positions differ from %s's: %s" % (where, reference, difference))
        print("%d version/case pairs, %d failures, %d not representable on host %d.%d" %
              (compared, len(failures), len(unrepresentable), HOST[0], HOST[1]), file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        self.assertEqual(failures, [])
        self.assertGreater(compared, 3000)


if __name__ == "__main__":
    unittest.main()
