"""Tokenizer throughput: pyfront's tokenizer next to CPython's, over the same files, in one run.

  pyfront     tests/bench/tokenize_bench.cpp (built as pyfront_tokenize_bench): reads every
              file into memory, then decodes + tokenizes all of them --repeat times in one
              process; also tokenize-only from pre-decoded text; reports the best round and
              the peak RSS.
  CPython     the same files inside CPython 3.12 (tools/oracle_driver.py bench), also read
              into memory first, best of --repeat rounds:
              - tokenize.tokenize(readline): the public API (encoding detection, then the C
                tokenizer with extra tokens, one TokenInfo namedtuple per token);
              - _tokenize.TokenizerIter(readline): the C tokenizer itself, without and with
                extra_tokens (what `python -m tokenize` prints) - the fair comparison.

The default files are the .py files of CPython 3.12's standard library (1740 files,
31.7 MB), the corpus DESIGN.md measures everything on. The two sides run one after the
other, never at the same time, so each has the machine's cores to itself (both are
single-threaded).

Examples:
  tools/bench tokenize                                  # 3.12 stdlib, 5 rounds
  tools/bench tokenize --repeat 3 Lib/some/tree another.py
  tools/bench tokenize --bench build/tests/pyfront_tokenize_bench --python 3.13

Output: a table with MB/s (source bytes per second), millions of tokens per second, and each
row's speed relative to CPython's C tokenizer (TokenizerIter with extra tokens).
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common  # noqa: E402
import oracles  # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(prog="tools/bench tokenize", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", type=Path,
                   help="files or folders (searched for *.py); default: the interpreter's stdlib")
    p.add_argument("--python", default="3.12", metavar="X.Y",
                   help="the CPython to compare with (default 3.12; needs 3.12+ for TokenizerIter)")
    p.add_argument("--bench", type=Path, default=None,
                   help="the pyfront_tokenize_bench executable (default: found under build/)")
    p.add_argument("--repeat", type=int, default=5, help="rounds per tokenizer; the best counts (default 5)")
    p.add_argument("--json", action="store_true", help="also print the raw measurements as JSON")
    return p.parse_args(argv)


def run_cpython(interp, files, repeat):
    results = oracles.run_driver(interp, "bench", [str(f) for f in files], extra=[str(repeat)])
    return results["(bench)"]  # the driver's one record


def main(argv):
    args = parse_args(argv)
    interp, files, mine = bench_common.run_beside(args, "pyfront_tokenize_bench")
    theirs = run_cpython(interp, files, args.repeat)

    mb = mine["bytes"] / 1e6
    rows = [
        ("pyfront decode+tokenize", mine["decode+tokenize"]["seconds"], mine["decode+tokenize"]["tokens"]),
        ("pyfront tokenize (decoded)", mine["tokenize"]["seconds"], mine["tokenize"]["tokens"]),
    ]
    for key in ("_tokenize.TokenizerIter", "_tokenize.TokenizerIter(extra_tokens)", "tokenize.tokenize"):
        if key in theirs:
            seconds, tokens = theirs[key]
            rows.append(("CPython %s %s" % (interp.full_version, key), seconds, tokens))
    reference = dict((r[0], r[1]) for r in rows).get(
        "CPython %s _tokenize.TokenizerIter(extra_tokens)" % interp.full_version)

    print("\n%d files, %.1f MB (%s), best of %d rounds; pyfront peak RSS %.0f MB" % (
        mine["files"], mb, "CPython %s stdlib" % interp.version if not args.paths else "given files",
        args.repeat, mine["peak_rss_mb"]))
    print("%-52s %8s %9s %12s %9s" % ("tokenizer", "time s", "MB/s", "M tokens/s", "vs C tok"))
    for name, seconds, tokens in rows:
        ratio = "%8.2fx" % (reference / seconds) if reference else "      -"
        print("%-52s %8.3f %9.1f %12.2f %9s" % (name, seconds, mb / seconds, tokens / seconds / 1e6, ratio))
    print("(vs C tok: speed relative to CPython's C tokenizer with extra tokens, "
          "i.e. what `python -m tokenize` runs; >1 = faster)")
    if args.json:
        print(json.dumps({"pyfront": mine, "cpython": theirs}, indent=1))
    return 0


