"""A fresh process parsing one small file: `pyfront parse --format none FILE` beside
`pythonX.Y -c 'import ast; ast.parse(...)'` and `pythonX.Y -I -S -c pass`, each started N
times in alternation; the minimum and the median wall time. The DFA of a fresh pyfront
process is empty, so this is the cost a one-file tool (an editor hook, a pre-commit check)
pays. The default file is stat.py of CPython 3.12 (5.5 KB).

Examples:
  tools/bench startup
  tools/bench startup --runs 200 some/file.py
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common  # noqa: E402
import oracles  # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(prog="tools/bench startup", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", nargs="?", type=Path, help="the file (default: the 3.12 stdlib's stat.py)")
    p.add_argument("--python", default="3.12", metavar="X.Y", help="the CPython to compare with (default 3.12)")
    p.add_argument("--pyfront", type=Path, default=oracles.REPO_DIR / "build" / "pyfront")
    p.add_argument("--runs", type=int, default=100, help="starts of each command (default 100)")
    return p.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    interp = bench_common.interpreter_or_exit(args.python)
    if interp.is_pyodide:
        sys.exit("error: startup needs a native CPython (pyodide's start is not comparable)")
    path = args.file or interp.stdlib_dir() / "stat.py"
    commands = {
        "pyfront parse --format none": [str(args.pyfront), "parse", "--format", "none",
                                        "--feature-version", args.python, str(path)],
        "CPython %s ast.parse" % interp.version: list(interp.command) + ["-I", "-S", "-c",
                                                   "import ast,sys; ast.parse(open(sys.argv[1],'rb').read())",
                                                   str(path)],
        "CPython %s -c pass (no parse)" % interp.version: list(interp.command) + ["-I", "-S", "-c", "pass"],
    }
    wall = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            t0 = time.perf_counter()
            child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            wall[name].append(time.perf_counter() - t0)
            cpu[name].append(usage.ru_utime + usage.ru_stime)
            child.returncode = os.waitstatus_to_exitcode(status)
            if child.returncode != 0:
                sys.exit("error: %s exited with %d" % (" ".join(cmd), child.returncode))
    print("\nfresh process, %s (%d bytes), %d starts each, ms" % (path, path.stat().st_size, args.runs))
    print("%-34s %9s %11s %8s" % ("", "wall min", "wall median", "CPU min"))
    for name in commands:
        print("%-34s %9.2f %11.2f %8.2f" % (name, min(wall[name]) * 1e3, statistics.median(wall[name]) * 1e3,
                                           min(cpu[name]) * 1e3))
    return 0
