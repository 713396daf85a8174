"""Files -> AST: pyfront beside CPython's ast.parse, over the same files, in one run.

  pyfront   tests/bench/ast_bench.cpp (built as pyfront_ast_bench): reads every file into
            memory, then decode + tokenize + parse + build of every file, --repeat rounds in
            one process; the first round has an empty prediction DFA (cold), the best later
            round is the warm figure; CPU time of the thread; peak RSS of the process.
  CPython   the same files read into memory, ast.parse(bytes) --repeat rounds in one process
            of CPython --python (tools/oracle_driver.py bench_parse), CPU time; peak RSS.

The default files are CPython 3.12's standard library (1740 files, 31.7 MB) parsed at 3.12,
the corpus DESIGN.md measures on. The two sides run one after the other.

Examples:
  tools/bench parse
  tools/bench parse --python 3.13 --repeat 5 some/tree
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common  # noqa: E402
import oracles  # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(prog="tools/bench parse", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", type=Path,
                   help="files or folders (searched for *.py); default: the interpreter's stdlib")
    p.add_argument("--python", default="3.12", metavar="X.Y",
                   help="the CPython to compare with; pyfront parses at that feature version (default 3.12)")
    p.add_argument("--bench", type=Path, default=None, help="pyfront_ast_bench (default: found under build/)")
    p.add_argument("--repeat", type=int, default=3, help="rounds per side (default 3)")
    return p.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    interp, files, mine = bench_common.run_beside(args, "pyfront_ast_bench")
    theirs = oracles.run_driver(interp, "bench_parse", [str(f) for f in files], extra=[str(args.repeat)])["(bench)"]

    mb = mine["bytes"] / 1e6
    ref = theirs["best_seconds"]
    print("\nfiles -> AST: %d files, %.1f MB, feature version %s, %d rounds, CPU seconds"
          % (mine["files"], mb, args.python, args.repeat))
    print("%-34s %8s %8s %9s %12s" % ("", "time s", "MB/s", "vs CPython", "peak RSS MB"))
    rows = [("pyfront, cold DFA (first round)", mine["cold_seconds"], mine["peak_rss_mb"]),
            ("pyfront, warm (best round)", mine["warm_seconds"], mine["peak_rss_mb"]),
            ("CPython %s ast.parse (best)" % interp.full_version, ref, theirs["peak_rss_mb"])]
    for name, seconds, rss in rows:
        print("%-34s %8.3f %8.1f %8.2fx %12s" % (name, seconds, mb / seconds, ref / seconds,
                                                  "%.0f" % rss if rss else "-"))
    print("(vs CPython: speed relative to CPython's best round, >1 = faster; failures: pyfront %d, "
          "CPython %d files)" % (mine["failures"], theirs["failures"]))
    return 0
