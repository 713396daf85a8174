"""`cmake --install BUILD --prefix P` gives a working package: pyfront/ and _pyfront*.so in
P's site-packages as the host's sysconfig names it, pyfront/_config.py naming P/bin/pyfront,
and the programs in P/bin."""
import os
import subprocess
import sys
import sysconfig
import tempfile
import unittest

BUILD = os.environ.get("PYFRONT_BUILD_DIR")
CMAKE = os.environ.get("PYFRONT_CMAKE", "cmake")


@unittest.skipUnless(BUILD, "PYFRONT_BUILD_DIR names the build folder to install from")
class Install(unittest.TestCase):
    def test_install_into_prefix(self):
        with tempfile.TemporaryDirectory() as prefix:
            subprocess.run([CMAKE, "--install", BUILD, "--prefix", prefix], check=True,
                           stdout=subprocess.DEVNULL)
            site = sysconfig.get_path("platlib", vars={"base": prefix, "platbase": prefix})
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


if __name__ == "__main__":
    unittest.main()
