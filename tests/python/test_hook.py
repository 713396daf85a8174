"""The import hook in library use (pyfront.set_python_compat_version called by the program):
legacy modules import, their pycs are written under the compat tag and read back without a
parse, importlib's rules (timestamp and hash pycs, sys.dont_write_bytecode,
sys.pycache_prefix, -v) hold, the stdlib keeps the host's syntax, and pycs made by
`pyfront compile --compat 3.6` and by the hook are interchangeable."""
import json
import os
import sys
import unittest

from compat_support import (COMPAT_36_TAG, HOST_TAG, LEGACY_MODULES, AppTestCase, compat_pyc,
                            pyfront_program, run)

import _pyfront
from pyfront import _hook

# Imports the legacy modules at 3.6 and prints what the test checks, as JSON.
IMPORT_LEGACY = """
import json, sys, pyfront
pyfront.set_python_compat_version((3, 6))
import jobs, net.client
print(json.dumps({
    "schedule": jobs.schedule(["x"], **{"await": 3}),
    "describe": net.client.connect("h", **{"async": True}).describe(),
    "cached": jobs.__cached__,
    "stats": pyfront.hook_stats(),
}))
"""


class LibraryHookTest(AppTestCase):
    def import_legacy(self, **env):
        result = run([sys.executable, "-c", IMPORT_LEGACY], cwd=self.app, **env)
        self.assertOk(result)
        return json.loads(result.stdout), result

    def test_without_the_hook_the_modules_are_syntax_errors(self):
        result = run([sys.executable, "-c", "import jobs"], cwd=self.app)
        self.assertIn("SyntaxError", result.stderr)

    def test_imports_write_then_read_compat_pycs(self):
        out, _ = self.import_legacy()
        self.assertEqual(out["schedule"], "xxx")
        self.assertEqual(out["describe"], "h (async=True)")
        self.assertEqual(out["stats"], {"parsed": 3, "from_pyc": 0, "written": 3})
        expected = sorted(os.path.relpath(compat_pyc(self.app, m), self.app) for m in LEGACY_MODULES)
        self.assertEqual(self.pycs(), expected)
        self.assertTrue(all(COMPAT_36_TAG in p and p.endswith(f".{COMPAT_36_TAG}.pyc") for p in expected))
        self.assertEqual(out["cached"], compat_pyc(self.app, "jobs.py"))
        again, _ = self.import_legacy()
        self.assertEqual(again["stats"], {"parsed": 0, "from_pyc": 3, "written": 0})

    def test_an_edited_module_alone_is_parsed_again(self):
        self.import_legacy()
        path = os.path.join(self.app, "jobs.py")
        with open(path, "a") as f:
            f.write("\nasync = 'edited'\n")
        out, _ = self.import_legacy()
        self.assertEqual(out["stats"], {"parsed": 1, "from_pyc": 2, "written": 1})

    def test_dont_write_bytecode(self):
        out, _ = self.import_legacy(PYTHONDONTWRITEBYTECODE="1")
        self.assertEqual(out["stats"]["written"], 0)
        self.assertEqual(self.pycs(), [])

    def test_pycache_prefix(self):
        prefix = os.path.join(self.tmp, "prefix")
        out, _ = self.import_legacy(PYTHONPYCACHEPREFIX=prefix)
        self.assertEqual(out["stats"]["written"], 3)
        self.assertFalse(os.path.exists(os.path.join(self.app, "__pycache__")))
        real_app = os.path.realpath(self.app)
        want = os.path.join(prefix, real_app.lstrip(os.sep), f"jobs.{COMPAT_36_TAG}.pyc")
        self.assertTrue(os.path.isfile(want), self.pycs())
        self.assertEqual(out["cached"], want)
        again, _ = self.import_legacy(PYTHONPYCACHEPREFIX=prefix)
        self.assertEqual(again["stats"]["from_pyc"], 3)

    def test_verbose_messages(self):
        _, first = self.import_legacy(PYTHONVERBOSE="1")
        self.assertIn(f"code object from {os.path.join(self.app, 'jobs.py')} (pyfront, Python 3.6)",
                      first.stderr)
        self.assertIn(f"created '{compat_pyc(self.app, 'jobs.py')}'", first.stderr)
        _, second = self.import_legacy(PYTHONVERBOSE="1")
        self.assertIn(f"{compat_pyc(self.app, 'jobs.py')} matches {os.path.join(self.app, 'jobs.py')}",
                      second.stderr)

    def test_stdlib_keeps_the_hosts_syntax(self):
        code = ("import pyfront; pyfront.set_python_compat_version((3, 6)); import jobs, asyncio\n"
                "async def f(): return jobs.schedule(['y'])\nprint(asyncio.run(f()), pyfront.hook_stats()['parsed'])")
        result = run([sys.executable, "-c", code], cwd=self.app)
        self.assertOk(result)
        self.assertEqual(result.stdout.split(), ["y", "3"])

    def test_pyfront_compile_pycs_are_read_and_hook_pycs_match_them(self):
        program = pyfront_program()
        if program is None:
            self.skipTest("PYFRONT_BUILD_DIR has no pyfront program")
        self.import_legacy()
        pyc = compat_pyc(self.app, "jobs.py")
        with open(pyc, "rb") as f:
            made_by_hook = f.read()
        for module in LEGACY_MODULES:
            os.remove(compat_pyc(self.app, module))
        self.assertOk(run([program, "compile", "-q", "--compat", "3.6", self.app], cwd=self.tmp))
        with open(pyc, "rb") as f:
            self.assertEqual(f.read(), made_by_hook)
        out, _ = self.import_legacy()
        self.assertEqual(out["stats"], {"parsed": 0, "from_pyc": 3, "written": 0})

    def test_hash_based_pycs(self):
        program = pyfront_program()
        if program is None:
            self.skipTest("PYFRONT_BUILD_DIR has no pyfront program")
        self.assertOk(run([program, "compile", "-q", "--compat", "3.6", "--invalidation-mode",
                           "checked-hash", "."], cwd=self.app))
        out, _ = self.import_legacy()
        self.assertEqual(out["stats"], {"parsed": 0, "from_pyc": 3, "written": 0})
        # same size, same mtime, other content: only the hash sees it; the new pyc stays hash-based
        path = os.path.join(self.app, "jobs.py")
        st = os.stat(path)
        with open(path, "r+") as f:
            text = f.read()
            f.seek(0)
            f.write(text.replace('","', '";"'))
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        out, _ = self.import_legacy()
        self.assertEqual(out["stats"], {"parsed": 1, "from_pyc": 2, "written": 1})
        with open(compat_pyc(self.app, "jobs.py"), "rb") as f:
            self.assertEqual(int.from_bytes(f.read()[4:8], "little"), 0b11)

    def test_host_tag_pycs_are_not_written_for_hooked_modules(self):
        self.import_legacy()
        self.assertFalse(any(HOST_TAG + ".pyc" in p for p in self.pycs()), self.pycs())


class CoverageRuleTest(unittest.TestCase):
    """Which folders the hook applies to (docs/import-hook.md)."""

    def setUp(self):
        self.addCleanup(_hook._state.update, {k: (list(v) if isinstance(v, list) else v)
                                              for k, v in _hook._state.items()})
        _hook._state.update(feature_version=(3, 6), roots=None, extra=[])
        self.stdlib = os.path.dirname(os.__file__)
        self.app = os.path.dirname(os.path.abspath(__file__))

    def test_library_rule_every_folder_but_the_interpreters(self):
        self.assertTrue(_hook.covers(self.app))
        self.assertFalse(_hook.covers(self.stdlib))
        self.assertFalse(_hook.covers(os.path.join(self.stdlib, "asyncio")))
        self.assertFalse(_hook.covers(os.path.dirname(_pyfront.__file__)))

    def test_run_rule_only_the_roots(self):
        _hook._state["roots"] = [os.path.realpath(os.path.join(self.app, "legacy_app"))]
        self.assertTrue(_hook.covers(os.path.join(self.app, "legacy_app", "net")))
        self.assertFalse(_hook.covers(self.app))

    def test_add_compat_path_widens_into_an_excluded_folder(self):
        self.assertFalse(_hook.covers(os.path.join(self.stdlib, "json")))
        _hook.add_compat_path(os.path.join(self.stdlib, "json"))
        self.assertTrue(_hook.covers(os.path.join(self.stdlib, "json")))
        self.assertFalse(_hook.covers(self.stdlib))

    def test_nothing_is_covered_without_a_compat_version(self):
        _hook._state["feature_version"] = None
        self.assertFalse(_hook.covers(self.app))


if __name__ == "__main__":
    unittest.main()
