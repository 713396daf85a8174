"""PEP 606's functions as pyfront provides them (pyfront._compat): the minimum of all compat
requests, the floor set by set_python_min_compat_version, argument checking, the start-up
settings (-X options and environment variables), and when the import hook is installed."""
import sys
import unittest

import pyfront
from pyfront import _compat, _hook

HOST = tuple(sys.version_info[:3])


class CompatVersionTest(unittest.TestCase):
    def setUp(self):
        # The state is per process, as the PEP's sys functions would keep it: each test starts
        # from the interpreter's defaults and leaves no hook behind.
        saved_hooks = list(sys.path_hooks)
        self.addCleanup(sys.path_hooks.__setitem__, slice(None), saved_hooks)
        self.addCleanup(_hook._state.update, dict(_hook._state))
        _compat._state.update(compat=HOST, min=None)
        _hook._state["feature_version"] = None
        sys.path_hooks[:] = [h for h in sys.path_hooks if h is not _hook._compat_path_hook]

    def test_default_is_the_running_version(self):
        self.assertEqual(pyfront.get_python_compat_version(), HOST)

    def test_minimum_of_all_requests(self):
        pyfront.set_python_compat_version((3, 8))
        self.assertEqual(pyfront.get_python_compat_version(), (3, 8, 0))
        pyfront.set_python_compat_version((3, 6, 2))
        self.assertEqual(pyfront.get_python_compat_version(), (3, 6, 2))
        pyfront.set_python_compat_version((3, 9))
        pyfront.set_python_compat_version((3, 15))
        self.assertEqual(pyfront.get_python_compat_version(), (3, 6, 2))

    def test_above_the_host_changes_nothing(self):
        pyfront.set_python_compat_version((3, 15))
        self.assertEqual(pyfront.get_python_compat_version(), HOST)
        self.assertNotIn(_hook._compat_path_hook, sys.path_hooks)

    def test_bad_versions(self):
        for bad in ([3, 6], (3,), (3, 6, 0, 0), ("3", "6"), (3, 6.0), (True, 6), "3.6", 36):
            with self.subTest(bad=bad), self.assertRaises(TypeError):
                pyfront.set_python_compat_version(bad)
        for bad in ((2, 7), (2, 7, 18), (3, -1), (0, 0)):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                pyfront.set_python_compat_version(bad)
        with self.assertRaises(ValueError):
            pyfront.set_python_min_compat_version((2, 7))
        self.assertEqual(pyfront.get_python_compat_version(), HOST)
        pyfront.set_python_compat_version((3, 0))
        self.assertEqual(pyfront.get_python_compat_version(), (3, 0, 0))

    def test_below_the_minimum_is_an_error(self):
        pyfront.set_python_min_compat_version((3, 5))
        with self.assertRaisesRegex(ValueError, "below the minimum compat version 3.5"):
            pyfront.set_python_compat_version((3, 4))
        pyfront.set_python_compat_version((3, 5))
        self.assertEqual(pyfront.get_python_compat_version(), (3, 5, 0))

    def test_minimum_above_the_current_compat_version_is_an_error(self):
        pyfront.set_python_compat_version((3, 6))
        with self.assertRaisesRegex(ValueError, "already 3.6.0"):
            pyfront.set_python_min_compat_version((3, 7))
        pyfront.set_python_min_compat_version((3, 6))

    def test_minimum_is_the_maximum_of_all_requests(self):
        pyfront.set_python_min_compat_version((3, 7))
        pyfront.set_python_min_compat_version((3, 5))
        with self.assertRaises(ValueError):
            pyfront.set_python_compat_version((3, 6))

    def test_below_the_host_installs_the_hook_at_that_version(self):
        self.assertNotIn(_hook._compat_path_hook, sys.path_hooks)
        pyfront.set_python_compat_version(HOST[:2])
        self.assertNotIn(_hook._compat_path_hook, sys.path_hooks)
        pyfront.set_python_compat_version((3, 8, 5))
        self.assertIs(sys.path_hooks[0], _hook._compat_path_hook)
        self.assertEqual(_hook._state["feature_version"], (3, 8))
        pyfront.set_python_compat_version((3, 6))
        self.assertEqual(_hook._state["feature_version"], (3, 6))
        self.assertEqual(sys.path_hooks.count(_hook._compat_path_hook), 1)

    def test_start_up_settings(self):
        _compat.apply_environment({"PYTHONCOMPATVERSION": "3.7", "PYTHONCOMPATMINVERSION": "3.6"}, {})
        self.assertEqual(pyfront.get_python_compat_version(), (3, 7, 0))
        self.assertEqual(_compat._state["min"], (3, 6, 0))
        # -X compat_version=3.6.1 wins over the variable
        _compat.apply_environment({"PYTHONCOMPATVERSION": "3.7"}, {"compat_version": "3.6.1"})
        self.assertEqual(pyfront.get_python_compat_version(), (3, 6, 1))
        _compat.apply_environment({"PYTHONCOMPATVERSION": ""}, {})
        self.assertEqual(pyfront.get_python_compat_version(), (3, 6, 1))
        for bad in ("3", "3.x", "three.six", "3.6.1.2"):
            with self.subTest(bad=bad), self.assertRaisesRegex(ValueError, "PYTHONCOMPATVERSION"):
                _compat.apply_environment({"PYTHONCOMPATVERSION": bad}, {})

    def test_floor_applies_before_the_version(self):
        with self.assertRaisesRegex(ValueError, "minimum"):
            _compat.apply_environment({"PYTHONCOMPATVERSION": "3.5", "PYTHONCOMPATMINVERSION": "3.6"}, {})


if __name__ == "__main__":
    unittest.main()
