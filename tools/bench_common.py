"""What the benchmarks of tools/bench share: finding pyfront's programs, the interpreter to
compare with, the files, and running a bench program that answers in JSON."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracles  # noqa: E402


def find_program(explicit, name):
    """`explicit` if given, else build/NAME or build/tests/NAME."""
    if explicit:
        return explicit if explicit.is_file() else None
    for rel in ("build/" + name, "build/tests/" + name):
        path = oracles.REPO_DIR / rel
        if path.is_file():
            return path
    return None


def interpreter_or_exit(version):
    interp = oracles.find_interpreter(version)
    if not interp:
        sys.exit("error: no CPython %s found (see tools/oracles.py for how interpreters are found)" % version)
    print("oracle " + interp.describe(), file=sys.stderr)
    if interp.is_pyodide:
        print("note: CPython %s runs as WebAssembly here: its timings are not native" % version, file=sys.stderr)
    return interp


def list_files(paths, interp):
    """The given files and folders' *.py, or the interpreter's stdlib without site-packages."""
    return oracles.expand_paths(paths) if paths else oracles.python_files(interp.stdlib_dir())


def run_json(program, args, files):
    """Runs a bench program over `files` (a list file as the last argument); its JSON answer."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(str(p) for p in files) + "\n")
        list_file = Path(f.name)
    try:
        out = subprocess.run([str(program)] + list(args) + ["--json", str(list_file)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    finally:
        list_file.unlink()
    if out.returncode != 0:
        sys.exit("%s failed: %s" % (program, out.stderr.decode(errors="replace")))
    return json.loads(out.stdout)


def run_beside(args, program_name):
    """The common start of a throughput benchmark: finds `program_name` (or args.bench), the
    CPython args.python and the files (args.paths or its stdlib), runs the program over them
    at that feature version (args.repeat rounds); returns (interpreter, files, its JSON)."""
    program = find_program(args.bench, program_name)
    if not program:
        sys.exit("error: %s not found under build/; build it (tools/build) or pass --bench" % program_name)
    interp = interpreter_or_exit(args.python)
    files = list_files(args.paths, interp)
    print("pyfront: %s over %d files ..." % (program, len(files)), file=sys.stderr, flush=True)
    mine = run_json(program, ["--repeat", str(args.repeat), "--feature-version", args.python], files)
    print("CPython %s over the same files ..." % interp.full_version, file=sys.stderr, flush=True)
    return interp, files, mine
