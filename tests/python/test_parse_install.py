"""`cmake --install BUILD --prefix P` gives a working package: pyfront/ and _pyfront*.so in
P's site-packages as the host's sysconfig names it (Debian: P/lib/python3.X/dist-packages,
so that the default prefix /usr/local lands on sys.path), pyfront/_config.py naming
P/bin/pyfront, and the programs in P/bin, whose `pyfront run` finds the installed package."""
import os
import subprocess
import sys
import sysconfig
import tempfile
import unittest

BUILD = os.environ.get("PYFRONT_BUILD_DIR")
CMAKE = os.environ.get("PYFRONT_CMAKE", "cmake")


def site_packages(prefix):
    """The platlib of `prefix`, with Debian's posix_local "local/" folded into the prefix."""
    rel = os.path.relpath(sysconfig.get_path("platlib", vars={"base": prefix, "platbase": prefix}), prefix)
    if sysconfig.get_default_scheme() == "posix_local" and rel.startswith("local" + os.sep):
        rel = rel[len("local" + os.sep):]
    return os.path.join(prefix, rel)


@unittest.skipUnless(BUILD, "PYFRONT_BUILD_DIR names the build folder to install from")
class Install(unittest.TestCase):
    def test_install_into_prefix(self):
        with tempfile.TemporaryDirectory() as prefix:
            subprocess.run([CMAKE, "--install", BUILD, "--prefix", prefix], check=True,
                           stdout=subprocess.DEVNULL)
            site = site_packages(prefix)
            self.assertTrue(os.path.isfile(os.path.join(site, "pyfront", "__init__.py")))
            self.assertTrue(os.path.isfile(os.path.join(site, "pyfront", "_parse.py")))
            for program in ("pyfront", "pyfront-host"):
                self.assertTrue(os.access(os.path.join(prefix, "bin", program), os.X_OK), program)
            env = dict(os.environ, PYTHONPATH=site, PYTHONDONTWRITEBYTECODE="1")
            script = ("import ast, pyfront, pyfront._config as c, _pyfront; "
                      "print(c.PYFRONT_EXECUTABLE); print(_pyfront.__file__); "
                      "print(ast.dump(pyfront.parse('async = 1', feature_version=6)))")
            out = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                                 stdout=subprocess.PIPE, universal_newlines=True).stdout.splitlines()
            self.assertEqual(out[0], os.path.join(prefix, "bin", "pyfront"))
            self.assertTrue(out[1].startswith(site + os.sep), out[1])
            self.assertIn("Name(id='async', ctx=Store())", out[2])
            version = subprocess.run([out[0], "--version"], check=True, stdout=subprocess.PIPE,
                                     universal_newlines=True).stdout
            self.assertIn("pyfront", version)
            # The installed pyfront-host finds the installed package (not the build tree's).
            script = os.path.join(prefix, "legacy.py")
            with open(script, "w") as f:
                f.write("def f(async=False):\n    return async\nprint(f(async=5))\nraise SystemExit(3)\n")
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONDONTWRITEBYTECODE": "1"}
            run = subprocess.run([os.path.join(prefix, "bin", "pyfront"), "run", "--compat", "3.6", script],
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
            self.assertEqual((run.returncode, run.stdout), (3, "5\n"), run.stderr)


if __name__ == "__main__":
    unittest.main()
