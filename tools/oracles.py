"""Finding and running the reference interpreters (the "oracles") for pyfront's tools.

Imported by tools/tokenize-conform, tools/make-tokenize-goldens and tools/bench; runs under
Debian's python3 (3.11). The interpreters themselves are found, never assumed:

  1. an environment variable PYFRONT_PYTHON_3_12 (for 3.12; likewise for every version),
     holding a path or a command line ("node tools/pyodide/run.mjs");
  2. `python3.12` on PATH (pyenv's shims are there but fail for versions not selected, so
     every candidate is run once to check that it works and is the version it claims);
  3. $(pyenv root)/versions/3.12*/bin/python (the newest patch release);
  4. for 3.14 and 3.15 only: CPython compiled to WebAssembly from the npm package pyodide,
     run by Node through tools/pyodide/run.mjs (installed by tools/setup-pyodide).
"""

import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
REPO_DIR = TOOLS_DIR.parent
PYODIDE_DIR = TOOLS_DIR / "pyodide"
# Runs inside the reference interpreters (any CPython 3.6+, native or pyodide).
DRIVER = TOOLS_DIR / "oracle_driver.py"
# The parse oracle: ast.parse + the tree in CPython 3.14's ast.dump format (tools/oracle).
PARSE_ORACLE = TOOLS_DIR / "oracle"

ALL_VERSIONS = ["3.%d" % m for m in range(0, 16)]
PYODIDE_VERSIONS = {"3.14", "3.15"}

# Interpreters print with this encoding whatever the locale, as the goldens are UTF-8.
ORACLE_ENV = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
                  PYTHONWARNINGS="ignore")


@dataclass
class Interpreter:
    version: str          # "3.12"
    full_version: str     # "3.12.1" or "3.15.0rc1"
    command: list         # argv prefix that behaves like `python`
    origin: str           # how it was found, for the report ("$PYFRONT_PYTHON_3_12", "pyenv", ...)

    @property
    def is_pyodide(self):
        return any(part.endswith("run.mjs") for part in self.command)

    def describe(self):
        return "%s: CPython %s (%s: %s)" % (self.version, self.full_version, self.origin,
                                            " ".join(self.command))

    def stdlib_dir(self):
        """The folder of this interpreter's standard library .py files (see stdlib_root)."""
        if self.is_pyodide:
            return None  # zipped inside the npm package; see extract_pyodide_stdlib()
        out = run_python(self, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        return Path(out.stdout.decode().strip())


def run_python(interp, args, **kwargs):
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    kwargs.setdefault("env", ORACLE_ENV)
    return subprocess.run(list(interp.command) + list(args), **kwargs)


def _probe(command, version, origin):
    """Runs `command` once; returns an Interpreter if it is a working CPython `version`."""
    try:
        out = subprocess.run(
            command + ["-c", "import platform; print(platform.python_version())"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ORACLE_ENV, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    full = out.stdout.decode(errors="replace").strip()
    if out.returncode != 0 or not (full == version or full.startswith(version + ".")):
        return None
    return Interpreter(version, full, command, origin)


def _pyenv_root():
    root = os.environ.get("PYENV_ROOT")
    if root:
        return Path(root)
    if shutil.which("pyenv"):
        out = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if out.returncode == 0:
            return Path(out.stdout.decode().strip())
    return Path.home() / ".pyenv"


def _patch_key(path):
    # 3.12.10 sorts after 3.12.9: compare the numbers, not the text.
    return [int(n) for n in re.findall(r"\d+", path.parent.parent.name)]


def _candidates(version):
    """Yields (command, origin) in the order of preference described at the top."""
    var = "PYFRONT_PYTHON_" + version.replace(".", "_")
    if os.environ.get(var):
        yield shlex.split(os.environ[var]), "$" + var
    exe = shutil.which("python" + version)
    if exe:
        yield [exe], "PATH"
    versions_dir = _pyenv_root() / "versions"
    found = sorted(versions_dir.glob(version + ".*/bin/python"), key=_patch_key, reverse=True)
    found += sorted(versions_dir.glob(version + "[a-z]*/bin/python"), reverse=True)  # 3.15.0a1
    for path in found:
        yield [str(path)], "pyenv"
    if version in PYODIDE_VERSIONS and shutil.which("node") and (PYODIDE_DIR / "node_modules").is_dir():
        yield ["node", str(PYODIDE_DIR / "run.mjs"), "--python", version], "pyodide"


def find_interpreter(version):
    """The first working candidate for `version`, or None."""
    for command, origin in _candidates(version):
        interp = _probe(command, version, origin)
        if interp:
            return interp
        # An explicit environment variable that does not work is a mistake worth reporting.
        if origin.startswith("$"):
            print("warning: %s=%s is not a working CPython %s" % (origin[1:], " ".join(command), version),
                  file=sys.stderr)
    return None


def find_interpreters(versions, log=sys.stderr):
    """Finds each requested version (probing in parallel: pyodide takes seconds to start) and
    says on `log` which ones were found and which were not."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(find_interpreter, versions))
    found = {}
    for version, interp in zip(versions, results):
        if interp:
            found[version] = interp
            print("oracle " + interp.describe(), file=log)
        else:
            print("oracle %s: not found (set PYFRONT_PYTHON_%s, put python%s on PATH, install it "
                  "with pyenv%s)" % (version, version.replace(".", "_"), version,
                                     ", or run tools/setup-pyodide" if version in PYODIDE_VERSIONS else ""),
                  file=log)
    return found


def run_driver(interp, command, files, cwd=None, jobs=1, extra=()):
    """Runs tools/oracle_driver.py COMMAND over `files` inside `interp` and returns its results
    as a dict keyed by file name. With jobs > 1 the files are split between that many processes
    (the driver exists so that a slow-starting interpreter such as pyodide starts once per batch,
    not once per file)."""
    files = list(files)
    if not files:
        return {}
    chunks = [files[i::jobs] for i in range(jobs)] if jobs > 1 else [files]
    chunks = [c for c in chunks if c]

    def run_chunk(chunk):
        # The list of files goes through stdin: a stdlib's worth of paths overflows argv.
        out = run_python(interp, [str(DRIVER), command] + list(extra),
                         input="\n".join(chunk).encode("utf-8", "surrogateescape"), cwd=cwd)
        if out.returncode != 0:
            raise RuntimeError("oracle driver failed under %s:\n%s" % (interp.describe(),
                                                                      out.stderr.decode(errors="replace")))
        return [json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()]

    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(chunks)) as pool:
        for records in pool.map(run_chunk, chunks):
            for rec in records:
                results[rec["file"]] = rec
    return results


def stdlib_root(interp, cache_dir):
    """The folder of the interpreter's standard library: asked from the interpreter itself, or
    for pyodide (a zip inside the npm package) unpacked once beside `cache_dir`."""
    if interp.is_pyodide:
        return extract_pyodide_stdlib(interp, cache_dir.parent / ("stdlib-" + interp.full_version))
    return interp.stdlib_dir()


def python_files(root):
    """Every .py file under `root`, sorted, without third-party site-packages/dist-packages."""
    return sorted(p for p in root.rglob("*.py")
                  if "site-packages" not in p.parts and "dist-packages" not in p.parts and p.is_file())


def expand_paths(paths):
    """The files given and the .py files under the folders given, sorted; exits on a path that
    does not exist."""
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in path.rglob("*.py") if p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise SystemExit("error: %s does not exist" % path)
    return sorted(set(files))


def file_in(name, root):
    """`name` as given when it exists, else relative to `root` (e.g. a stdlib folder, so that
    `--show-diff email/utils.py` needs no machine-specific path)."""
    path = Path(name)
    if path.is_file():
        return path
    if root is not None and (root / path).is_file():
        return root / path
    raise SystemExit("error: %s is neither a file nor one of %s" % (name, root))


def extract_pyodide_stdlib(interp, dest):
    """Pyodide ships its stdlib as a zip inside the npm package; conformance runs need the .py
    files on disk (and under paths the pyfront binary can read): unpack it once into `dest`."""
    import zipfile
    package = "pyodide" if interp.version == "3.14" else "pyodide-" + interp.version.replace(".", "")
    archive = PYODIDE_DIR / "node_modules" / package / "python_stdlib.zip"
    stamp = dest / ".extracted-from"
    if stamp.is_file() and stamp.read_text() == str(archive) + " " + interp.full_version:
        return dest
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with zipfile.ZipFile(archive) as z:
        z.extractall(dest)
    stamp.write_text(str(archive) + " " + interp.full_version)
    return dest


def run_native_tokenize(interp, name, cwd=None):
    """`python -m tokenize -e NAME` in a real process (exact, including tracebacks)."""
    out = run_python(interp, ["-m", "tokenize", "-e", name], cwd=cwd)
    return {"stdout": out.stdout.decode("utf-8", "surrogateescape"),
            "stderr": out.stderr.decode("utf-8", "surrogateescape"), "status": out.returncode}


def tokenize_outputs(interp, names, cwd=None, jobs=2):
    """{name: {stdout, stderr, status}} of `python -m tokenize -e NAME` for every name.
    Native interpreters run one real process per file on `jobs` cores; pyodide, which takes
    seconds to start, runs the driver over batches (byte-identical output, checked on the
    3.12 stdlib, except for tracebacks of internal errors)."""
    names = list(names)
    if interp.is_pyodide:
        fresh = run_driver(interp, "tokenize", names, cwd=cwd, jobs=jobs)
        # A file that brings the batch driver down (pyodide aborts on some inputs) loses the
        # rest of its batch: those files are run one process each, the slow exact way.
        for n in names:
            if n not in fresh:
                fresh[n] = run_native_tokenize(interp, n, cwd)
        return {n: {k: fresh[n][k] for k in ("stdout", "stderr", "status")} for n in names}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(zip(names, pool.map(lambda n: run_native_tokenize(interp, n, cwd), names)))


def oracle_option_args(options):
    """tools/oracle's command-line options for a dict {mode, type_comments, attributes}."""
    args = ["--mode", options.get("mode", "exec")]
    if options.get("type_comments"):
        args.append("--type-comments")
    if not options.get("attributes", True):
        args.append("--no-attributes")
    return args


def parse_oracle_records(interp, requests, options=None, jobs=1, cwd=None, timeout=None):
    """Runs tools/oracle --jsonl inside `interp` over `requests` (file names, or
    "NAME\tmode=eval,type_comments" lines for per-file options) and returns
    {file name: record} (the record format is in tools/oracle's --help).

    The files are split between `jobs` processes. A process that dies before answering for
    every file (an interpreter crash on one file, pyodide running out of stack) does not lose
    the others: the first file without an answer gets an "OracleCrash" record and the rest
    run again in a new process."""
    options = options or {}
    requests = list(requests)
    if not requests:
        return {}
    chunks = [requests[i::jobs] for i in range(jobs)] if jobs > 1 else [requests]
    command = [str(PARSE_ORACLE), "--jsonl", "--files-from", "-"] + oracle_option_args(options)

    def run_chunk(chunk):
        records = {}
        while chunk:
            try:
                out = run_python(interp, command, input="\n".join(chunk).encode("utf-8", "surrogateescape"),
                                 cwd=cwd, timeout=timeout)
                stdout, stderr, status = out.stdout, out.stderr, out.returncode
            except subprocess.TimeoutExpired as e:
                stdout, stderr, status = e.stdout or b"", b"timed out", -1
            for line in stdout.decode("utf-8", "surrogateescape").splitlines():
                try:
                    rec = json.loads(line)
                except ValueError:
                    break  # a record cut short by a crash
                records[rec["path"]] = rec
            names = [r.partition("\t")[0] for r in chunk]
            missing = [i for i, n in enumerate(names) if n not in records]
            if not missing:
                break
            if status in (0, 1) and not stderr.strip():
                raise RuntimeError("tools/oracle under %s gave no answer for %s" % (interp.describe(), names[missing[0]]))
            first = missing[0]
            records[names[first]] = {
                "path": names[first], "ok": False, "python": interp.full_version,
                "error": {"type": "OracleCrash", "message": "the interpreter stopped on this file (status %s): %s"
                          % (status, stderr.decode(errors="replace").strip()[-500:]),
                          "lineno": None, "offset": None, "end_lineno": None, "end_offset": None}}
            chunk = [chunk[i] for i in missing[1:]]
        return records

    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(chunks)) as pool:
        for records in pool.map(run_chunk, [c for c in chunks if c]):
            results.update(records)
    return results
