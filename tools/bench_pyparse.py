"""pyfront.parse (the `_pyfront` extension: decode + parse + the host's ast objects) beside
the host's own ast.parse, over the same files, in one process of the host interpreter.

  host version   pyfront.parse(bytes, feature_version=host) and ast.parse(bytes), alternated
                 round by round (--repeat rounds each); CPU time of the process; the best
                 round counts; the ratio is ast.parse's time over pyfront.parse's (>1: faster)
  --also X.Y     pyfront.parse at other feature versions too (default 3.6), pyfront only:
                 the host has no ast.parse of that version

The first round of pyfront.parse starts with an empty prediction DFA (cold); the best later
round is the warm figure. Run it with the interpreter the extension was built for (the
tools/bench dispatcher's python, normally /usr/bin/python3). The default files are that
interpreter's standard library (site-packages left out).

Examples:
  tools/bench pyparse
  tools/bench pyparse --build build-rel --repeat 5 --also 3.6,3.8 some/tree
"""

import argparse
import ast
import os
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracles  # noqa: E402

HOST = sys.version_info[:2]


def parse_args(argv):
    p = argparse.ArgumentParser(prog="tools/bench pyparse", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", type=Path,
                   help="files or folders (searched for *.py); default: this interpreter's stdlib")
    p.add_argument("--build", type=Path, default=oracles.REPO_DIR / "build",
                   help="the build folder whose python/ holds the extension (default: build)")
    p.add_argument("--repeat", type=int, default=3, help="rounds per side (default 3)")
    p.add_argument("--also", default="3.6", metavar="X.Y[,X.Y]",
                   help="other feature versions to time pyfront.parse at (default 3.6; '' for none)")
    return p.parse_args(argv)


def read_sources(paths):
    files = oracles.expand_paths(paths) if paths else \
        [f for f in oracles.expand_paths([Path(os.path.dirname(ast.__file__))])
         if "site-packages" not in f.parts and "dist-packages" not in f.parts]
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append(f.read())
    return sources


def one_round(parse, sources):
    """(CPU seconds, files that raised) for one pass; each tree is dropped at once, as a tool
    walking one file at a time would, so its deallocation is counted too."""
    failures = 0
    start = time.process_time()
    for source in sources:
        try:
            parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            failures += 1
    return time.process_time() - start, failures


def main(argv):
    args = parse_args(argv)
    staging = args.build / "python"
    if not any(staging.glob("_pyfront*.so")):
        sys.exit("error: no _pyfront extension under %s; build it or pass --build" % staging)
    sys.path.insert(0, str(staging))
    import pyfront  # noqa: E402

    sources = read_sources(args.paths)
    mb = sum(len(s) for s in sources) / 1e6
    host = "%d.%d" % HOST
    others = [tuple(int(p) for p in v.split(".")) for v in args.also.split(",") if v.strip()]
    sides = {"pyfront.parse %s" % host: lambda s: pyfront.parse(s, feature_version=HOST),
             "ast.parse %s (host)" % host: ast.parse}
    for v in others:
        sides["pyfront.parse %d.%d" % v] = (lambda v: lambda s: pyfront.parse(s, feature_version=v))(v)
    times = {name: [] for name in sides}
    failures = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escape sequences and the like
        for _ in range(args.repeat):
            for name, parse in sides.items():
                seconds, failures[name] = one_round(parse, sources)
                times[name].append(seconds)

    def best(rounds):
        return min(rounds[1:] or rounds)  # the first round warms the DFA and the caches

    ref = best(times["ast.parse %s (host)" % host])
    print("\nsource -> host ast objects: %d files, %.1f MB, host CPython %s, %d rounds, CPU seconds"
          % (len(sources), mb, sys.version.split()[0], args.repeat))
    print("%-30s %9s %9s %8s %10s %9s" % ("", "first s", "best s", "MB/s", "vs ast", "failures"))
    for name, rounds in times.items():
        print("%-30s %9.3f %9.3f %8.1f %9.2fx %9d" % (name, rounds[0], best(rounds), mb / best(rounds),
                                                       ref / best(rounds), failures[name]))
    print("(vs ast: ast.parse's best round over this row's best round, >1 = faster than ast.parse;\n"
          " pyfront's first round has a cold prediction DFA)")
    return 0
