"""`pyfront run` (the C++ program, which runs pyfront._run in the embedded host interpreter) and
`python -m pyfront run` on the legacy application: output, sys.argv, exit status, stdin,
tracebacks with the legacy files and lines, compat pycs, a second run without parsing, one
edited module parsed again, PYTHONDONTWRITEBYTECODE, PYTHONCOMPATVERSION, and the stdlib."""
import os
import re
import sys
import unittest

from compat_support import (COMPAT_36_TAG, LEGACY_MODULES, AppTestCase, compat_pyc,
                            pyfront_program, run)


class RunTests:
    """The checks, run once per face (the subclasses say how `run` is invoked)."""

    command = None  # argv prefix up to and including "run"

    def run_app(self, *args, stdin="", **env):
        return run([*self.command, *args], cwd=self.app, stdin=stdin, **env)

    def run_main(self, *args, **kw):
        return self.run_app("--compat", "3.6", "main.py", *args, **kw)

    def test_runs_the_legacy_application(self):
        result = self.run_main("hello", "--async")
        self.assertOk(result)
        self.assertEqual(result.stdout, "connected: example.org (async=True)\njobs: aa,bb\n")

    def test_argv(self):
        result = self.run_main("argv", "-x", "--compat", "3.7", "")
        self.assertOk(result)
        self.assertEqual(result.stdout, "argv: ['main.py', 'argv', '-x', '--compat', '3.7', '']\n")

    def test_exit_status(self):
        result = self.run_main("exit", "3")
        self.assertEqual(result.returncode, 3)
        self.assertEqual(result.stderr, "")

    def test_stdin(self):
        result = self.run_main("echo", stdin="one\ntwo\n")
        self.assertOk(result)
        self.assertEqual(result.stdout, "echo: one\necho: two\n")

    def test_traceback_names_the_legacy_files_and_lines(self):
        result = self.run_main("fail")
        self.assertEqual(result.returncode, 1)
        main_py = os.path.join(self.app, "main.py")
        jobs_py = os.path.join(self.app, "jobs.py")
        frames = re.findall(r'^  File "([^"]+)", line (\d+), in (\S+)$', result.stderr, re.M)
        self.assertEqual(frames, [(main_py, "32", "<module>"), (main_py, "26", "main"),
                                  (jobs_py, "12", "fail_in_legacy_module")], result.stderr)
        self.assertTrue(result.stderr.startswith("Traceback (most recent call last):\n"))
        self.assertTrue(result.stderr.endswith("RuntimeError: failed while late: async=True\n"))

    def test_syntax_error_in_an_imported_module_is_shown_as_python_shows_it(self):
        with open(os.path.join(self.app, "bad.py"), "w") as f:
            f.write("x = 1\nmatch x:\n    case 1: pass\n")  # 3.10 syntax, read at 3.6
        with open(os.path.join(self.app, "uses_bad.py"), "w") as f:
            f.write("import bad\n")
        result = self.run_app("--compat", "3.6", "uses_bad.py")
        self.assertEqual(result.returncode, 1)
        uses_bad, bad = (os.path.join(self.app, n) for n in ("uses_bad.py", "bad.py"))
        self.assertEqual(result.stderr, f'Traceback (most recent call last):\n  File "{uses_bad}", line 1, '
                         f'in <module>\n    import bad\n  File "{bad}", line 2\n    match x:\n          ^\n'
                         "SyntaxError: invalid syntax\n")

    def test_path_folders_are_application_code_too(self):
        lib = os.path.join(self.tmp, "lib")
        os.mkdir(lib)
        with open(os.path.join(lib, "legacy_lib.py"), "w") as f:
            f.write("def call(async=True):\n    return async\n")
        with open(os.path.join(self.app, "uses_lib.py"), "w") as f:
            f.write("import legacy_lib\nprint(legacy_lib.call(async=False))\n")
        result = self.run_app("--compat", "3.6", "--path", lib, "uses_lib.py")
        self.assertOk(result)
        self.assertEqual(result.stdout, "False\n")
        self.assertTrue(os.path.isfile(os.path.join(lib, "__pycache__", f"legacy_lib.{COMPAT_36_TAG}.pyc")))
        # on sys.path but not named by --path: not the application's, so the host's syntax
        outside = self.run_app("--compat", "3.6", "uses_lib.py", PYTHONPATH=os.pathsep.join(
            [lib, os.environ.get("PYTHONPATH", "")]))
        self.assertEqual(outside.returncode, 1)
        self.assertIn("SyntaxError", outside.stderr)

    def test_pycs_then_a_run_without_parsing_then_one_edit(self):
        self.assertOk(self.run_main("hello"))
        want = sorted(os.path.relpath(compat_pyc(self.app, m), self.app) for m in LEGACY_MODULES)
        self.assertEqual(self.pycs(), want)
        self.assertTrue(all(p.endswith(f".{COMPAT_36_TAG}.pyc") for p in want))
        second = self.run_app("--compat", "3.6", "--stats", "main.py", "hello")
        self.assertOk(second)
        self.assertIn("pyfront run: 0 parsed, 3 loaded from pyc, 0 pycs written", second.stderr)
        with open(os.path.join(self.app, "net", "client.py"), "a") as f:
            f.write("\nasync = 'edited'\n")
        third = self.run_app("--compat", "3.6", "--stats", "main.py", "hello")
        self.assertIn("pyfront run: 1 parsed, 2 loaded from pyc, 1 pycs written", third.stderr)

    def test_dont_write_bytecode(self):
        result = self.run_app("--compat", "3.6", "--stats", "main.py", PYTHONDONTWRITEBYTECODE="1")
        self.assertOk(result)
        self.assertIn("3 parsed, 0 loaded from pyc, 0 pycs written", result.stderr)
        self.assertEqual(self.pycs(), [])

    def test_compat_version_from_the_environment(self):
        self.assertOk(self.run_app("main.py", PYTHONCOMPATVERSION="3.6"))

    def test_without_compat_the_script_fails_as_python_reports_it(self):
        ours = self.run_app("main.py")
        python = run([sys.executable, "main.py"], cwd=self.app)
        self.assertEqual(ours.returncode, 1)
        self.assertIn("SyntaxError", python.stderr)
        self.assertEqual(ours.stderr, python.stderr)

    def test_stdlib_imports_with_the_hosts_syntax(self):
        with open(os.path.join(self.app, "uses_asyncio.py"), "w") as f:
            f.write("import asyncio, jobs, sys\nawait = asyncio.run(asyncio.sleep(0, 'ok'))\n"
                    "print(await, sys.executable)\n")
        result = self.run_app("--compat", "3.6", "uses_asyncio.py")
        self.assertOk(result)
        answer, executable = result.stdout.split()
        self.assertEqual(answer, "ok")
        self.assertEqual(os.path.realpath(executable), os.path.realpath(sys.executable))

    def test_main_module_attributes_are_pythons(self):
        result = self.run_main("names")
        self.assertOk(result)
        self.assertEqual(result.stdout, f"__main__ {os.path.join(self.app, 'main.py')} None None\n")

    def test_usage_errors(self):
        for args, text in ((["--compat", "2.7", "main.py"], "at least 3.0"),
                           (["--compat"], "--compat needs a value"),
                           (["--bogus", "main.py"], "unknown option"),
                           ([], "no SCRIPT")):
            with self.subTest(args=args):
                result = self.run_app(*args)
                self.assertEqual(result.returncode, 2)
                self.assertIn(text, result.stderr)
        result = self.run_app("--help")
        self.assertOk(result)
        self.assertIn("--compat X.Y", result.stdout)

    def test_missing_script(self):
        result = self.run_app("--compat", "3.6", "nowhere.py")
        self.assertEqual(result.returncode, 2)
        self.assertIn("can't open file", result.stderr)


class PythonDashMRunTest(RunTests, AppTestCase):
    command = [sys.executable, "-m", "pyfront", "run"]


class CliRunTest(RunTests, AppTestCase):
    def setUp(self):
        program = pyfront_program()
        if program is None:
            self.skipTest("PYFRONT_BUILD_DIR has no pyfront program")
        self.command = [program, "run"]
        super().setUp()


class PythonDashMOtherCommandsTest(AppTestCase):
    def test_other_commands_are_the_programs(self):
        result = run([sys.executable, "-m", "pyfront", "minversion", "jobs.py"], cwd=self.app)
        self.assertOk(result)
        self.assertIn("3.0-3.6", result.stdout)

    def test_help_lists_run_and_the_cli_commands(self):
        result = run([sys.executable, "-m", "pyfront", "--help"], cwd=self.app)
        self.assertOk(result)
        for command in ("run", "parse", "check", "minversion", "compile", "cache"):
            self.assertRegex(result.stdout, rf"\n  {command} ")


if __name__ == "__main__":
    unittest.main()
