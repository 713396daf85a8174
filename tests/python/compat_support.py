"""What test_hook*.py, test_run*.py and test_compat*.py share: the legacy application copied
to a temporary folder, child processes with a controlled environment, the compat pyc names.

Run by ctest with the host python, PYTHONPATH = the staging package root, PYFRONT_SOURCE_DIR
and PYFRONT_BUILD_DIR set (tests/CMakeLists.txt)."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import _pyfront

SOURCE_DIR = os.environ.get("PYFRONT_SOURCE_DIR",
                            os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BUILD_DIR = os.environ.get("PYFRONT_BUILD_DIR", "")
LEGACY_APP = os.path.join(SOURCE_DIR, "tests", "python", "legacy_app")
LEGACY_MODULES = ("jobs.py", os.path.join("net", "__init__.py"), os.path.join("net", "client.py"))
COMPAT_36_TAG = _pyfront.cache_tag((3, 6))
HOST_TAG = sys.implementation.cache_tag

# Variables that change where or whether pycs are written, or the compat version: every child
# process starts without them and a test adds the ones it is about.
_CONTROLLED = ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONCOMPATVERSION",
               "PYTHONCOMPATMINVERSION", "SOURCE_DATE_EPOCH", "PYTHONSAFEPATH", "PYTHONVERBOSE")


def child_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in _CONTROLLED}
    env.update({k: v for k, v in extra.items() if v is not None})
    return env


def run(argv, cwd, stdin="", **extra_env):
    return subprocess.run(argv, cwd=cwd, input=stdin, text=True, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=child_env(**extra_env), timeout=120)


def pyfront_program():
    path = os.path.join(BUILD_DIR, "pyfront")
    return path if BUILD_DIR and os.access(path, os.X_OK) else None


def compat_pyc(app, module_path, tag=COMPAT_36_TAG):
    folder, name = os.path.split(os.path.join(app, module_path))
    return os.path.join(folder, "__pycache__", f"{name[:-3]}.{tag}.pyc")


class AppTestCase(unittest.TestCase):
    """Each test gets its own copy of the legacy application in self.app."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="pyfront-hook-")
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.app = os.path.join(self.tmp, "app")
        shutil.copytree(LEGACY_APP, self.app, ignore=shutil.ignore_patterns("__pycache__"))

    def pycs(self):
        found = []
        for folder, _, files in os.walk(self.tmp):
            found += [os.path.relpath(os.path.join(folder, f), self.app) for f in files if f.endswith(".pyc")]
        return sorted(found)

    def assertOk(self, result):
        self.assertEqual(result.returncode, 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
