"""`python -m pyfront COMMAND ...`: `run` here, every other command by the `pyfront` program."""
import os
import sys


def _pyfront_program():
    """The built or installed `pyfront` (pyfront/_config.py, written by CMake), else PATH's."""
    try:
        from pyfront._config import PYFRONT_EXECUTABLE
    except ImportError:
        PYFRONT_EXECUTABLE = None
    if PYFRONT_EXECUTABLE and os.access(PYFRONT_EXECUTABLE, os.X_OK):
        return PYFRONT_EXECUTABLE
    import shutil
    return shutil.which("pyfront")


def _print_help(program):
    """The CLI's own help, with `run` (which lives here and in pyfront-host) among its commands."""
    text = ""
    if program:
        import subprocess  # only here: `run` starts faster without it

        text = subprocess.run([program, "--help"], stdout=subprocess.PIPE, text=True).stdout
    from pyfront._run import RUN_SUMMARY
    run_line = f"  run         {RUN_SUMMARY}\n"
    if "commands:\n" in text and "\n  run " not in text:
        text = text.replace("commands:\n", "commands:\n" + run_line, 1)
    elif not text:
        text = f"usage: python -m pyfront COMMAND [ARGS...]\n\ncommands:\n{run_line}" \
               "(the other commands need the `pyfront` program, not found)\n"
    print(text.replace("usage: pyfront", "usage: python -m pyfront", 1), end="")


def main(args):
    if args and args[0] == "run":
        from pyfront._run import run
        return run(args[1:])
    program = _pyfront_program()
    if not args or args[0] in ("-h", "--help", "help"):
        _print_help(program)
        return 0 if args else 2
    if program is None:
        print("python -m pyfront: the `pyfront` program is not installed (PATH) and "
              "pyfront/_config.py names none", file=sys.stderr)
        return 2
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(program, [program, *args])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
