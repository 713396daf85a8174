"""pyfront: read Python source exactly as any Python 3.0-3.15 would, on today's interpreter.

    pyfront.parse(source, filename='<unknown>', mode='exec', *, feature_version=None,
                  type_comments=False)
        ast objects equal to what that version's ast.parse returns, in the host's node set.

PEP 606's functions (the PEP was rejected for CPython; pyfront provides them as a library):

    pyfront.set_python_compat_version((3, 6))      # the minimum of all requests
    pyfront.get_python_compat_version()            # (3, 6, 0); the host's version by default
    pyfront.set_python_min_compat_version((3, 5))  # a floor for later requests

Below the host's version, an import hook parses the application's modules at that version and
caches their pycs under compat tags (__pycache__/NAME.cpython-311-36.pyc); the standard
library and site-packages keep the host's syntax. pyfront.add_compat_path(folder) widens the
hook to a folder, pyfront.hook_stats() counts its work. docs/import-hook.md has the rules.
"""
from pyfront._parse import parse
from pyfront._compat import (get_python_compat_version, set_python_compat_version,
                             set_python_min_compat_version)
from pyfront._hook import add_compat_path, hook_stats

__all__ = ["parse", "get_python_compat_version", "set_python_compat_version",
           "set_python_min_compat_version", "add_compat_path", "hook_stats"]
