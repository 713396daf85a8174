"""`pyfront run [--compat X.Y] [--path DIR]... [--stats] SCRIPT [ARGS...]`: run a script as
`python SCRIPT ARGS...` would, with the script and the application's modules parsed at X.Y.

One implementation for both faces: `python -m pyfront run ...` and the C++ `pyfront run`
(pyfront-host starts the host interpreter as `python` starts and runs this module).
"""
import atexit
import builtins
import os
import sys
import types

from pyfront import _compat, _hook

USAGE = """\
usage: pyfront run [--compat X.Y] [--path DIR]... [--stats] SCRIPT [ARGS...]

Runs SCRIPT on the host interpreter as `python SCRIPT ARGS...` does (sys.argv, sys.path[0],
exit status, tracebacks, stdin/stdout), with SCRIPT and the modules imported from its folder
and from each --path folder parsed as Python X.Y would parse them; their pycs are cached
under compat tags (__pycache__/NAME.cpython-311-36.pyc). The standard library and
site-packages keep the host's syntax (docs/import-hook.md).

options:
  --compat X.Y   the compat version (default: $PYTHONCOMPATVERSION, else the host's)
  --path DIR     another folder of application code (repeatable)
  --stats        at exit, print to stderr how many modules were parsed, loaded from a pyc,
                 and how many pycs were written
  -h, --help     this text
"""

RUN_SUMMARY = "run a script with its own modules parsed at a compat version (import hook)"

_OPTIONS_WITH_VALUE = ("--compat", "--path")


class UsageError(Exception):
    pass


def parse_args(args):
    """Options up to the first non-option (SCRIPT); everything after it is the script's."""
    options = {"--compat": None, "--path": [], "--stats": False, "--help": False}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            i += 1
            break
        if not arg.startswith("-") or arg == "-":
            break
        name, eq, value = arg.partition("=")
        if name in _OPTIONS_WITH_VALUE:
            if not eq:
                i += 1
                if i == len(args):
                    raise UsageError(f"{name} needs a value")
                value = args[i]
            if name == "--path":
                options[name].append(value)
            else:
                options[name] = value
        elif arg == "--stats":
            options["--stats"] = True
        elif arg in ("-h", "--help"):
            options["--help"] = True
        else:
            raise UsageError(f"unknown option {arg!r}")
        i += 1
    if options["--help"]:
        return options, None, []
    if i == len(args):
        raise UsageError("no SCRIPT given")
    return options, args[i], args[i + 1:]


def _print_stats():
    s = _hook.hook_stats()
    print(f"pyfront run: {s['parsed']} parsed, {s['from_pyc']} loaded from pyc, "
          f"{s['written']} pycs written (imported modules; the script itself is always parsed)",
          file=sys.stderr)


def _set_compat(options):
    _compat.apply_environment()
    if options["--compat"] is not None:
        version = _compat.parse_version_text(options["--compat"], "--compat")
        _compat.set_python_compat_version(version)


def _main_module(script_path):
    """A fresh __main__ with the attributes python gives a script's module."""
    from importlib.machinery import SourceFileLoader

    module = types.ModuleType("__main__")
    module.__dict__.update({
        "__file__": script_path, "__cached__": None, "__spec__": None, "__package__": None,
        "__loader__": SourceFileLoader("__main__", script_path), "__builtins__": builtins,
        "__annotations__": {},
    })
    return module


_IMPORTLIB_FILES = ("<frozen importlib._bootstrap>", "<frozen importlib._bootstrap_external>")


def _without_loader_frames(tb):
    """Drops the hook's loader frames and the importlib frames that called them (a syntax
    error in an imported module), as CPython hides importlib's own frames from tracebacks."""
    kept = []
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _hook.__file__:
            while kept and kept[-1].tb_frame.f_code.co_filename in _IMPORTLIB_FILES:
                kept.pop()
        else:
            kept.append(tb)
        tb = tb.tb_next
    for entry, following in zip(kept, kept[1:] + [None]):
        entry.tb_next = following
    return kept[0] if kept else None


def _show_traceback_from(main_code):
    """Tracebacks start at the script's frame, as python's do: this module's frames and
    runpy's are left out (all of them for a syntax error in the script itself)."""
    shown_hook = sys.excepthook

    def excepthook(kind, value, tb):
        while tb is not None and tb.tb_frame.f_code is not main_code[0]:
            tb = tb.tb_next
        tb = _without_loader_frames(tb)
        if isinstance(value, BaseException):
            value.with_traceback(tb)  # what the default hook prints, whatever tb says
        shown_hook(kind, value, tb)

    sys.excepthook = excepthook


def run(args):
    """`pyfront run ARGS`: returns an exit status for usage errors; the script's own exit
    (SystemExit, an uncaught exception) propagates as it would from python's __main__."""
    try:
        options, script, script_args = parse_args(args)
        if script is None:
            print(USAGE, end="")
            return 0
        _set_compat(options)
    except (UsageError, ValueError, TypeError) as e:
        print(f"pyfront run: {e}\n(see 'pyfront run --help')", file=sys.stderr)
        return 2
    if options["--stats"]:
        atexit.register(_print_stats)
    script_path = os.path.abspath(script)
    try:
        with open(script_path, "rb") as f:
            source = f.read()
    except OSError as e:
        # python's own wording and status for a script it cannot open
        print(f"{sys.executable}: can't open file {script_path!r}: [Errno {e.errno}] {e.strerror}",
              file=sys.stderr)
        return 2
    script_folder = os.path.dirname(os.path.realpath(script_path))
    if not getattr(sys.flags, "safe_path", False):
        sys.path[0] = script_folder  # where `-m pyfront` put the current folder
    sys.argv[:] = [script, *script_args]
    _hook.limit_to([script_folder, *options["--path"]])
    for folder in reversed(options["--path"]):
        sys.path.insert(1, os.path.abspath(folder))
    main_code = [None]
    _show_traceback_from(main_code)
    module = _main_module(script_path)
    sys.modules["__main__"] = module
    feature_version = _compat.feature_version() or tuple(sys.version_info[:2])
    import _pyfront
    main_code[0] = _pyfront.compile(source, script_path, feature_version)
    exec(main_code[0], module.__dict__)
    return 0
