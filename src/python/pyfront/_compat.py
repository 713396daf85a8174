"""PEP 606's compatibility version, as a library (the PEP was rejected for CPython itself).

The state is per process, as the PEP's ``sys`` functions would have kept it:

- the compatibility version starts as the running interpreter's version; every
  ``set_python_compat_version(v)`` lowers it to the minimum of all requests, never raises it;
- ``set_python_min_compat_version(v)`` raises a floor (the maximum of all requests) that later
  compat requests may not go under, and fails if the compat version is already below it;
- versions are tuples of 2 or 3 ints, ``(3, 6)`` meaning ``(3, 6, 0)``, at least ``(3, 0)``.

What pyfront adds: once the compat version is below the host's, the import hook (_hook.py)
parses the application's modules as that version (major.minor) would, and caches their pycs
under compat tags (``cpython-311-36``). Versions above the host are accepted (they are
requests like any other) and change nothing, since the minimum is kept.
"""
import sys

import _pyfront

_HOST = tuple(sys.version_info[:3])

_state = {"compat": _HOST, "min": None}


def _as_version(version, what):
    """(major, minor[, micro]) checked and padded to 3 ints, as the PEP describes a version."""
    if not isinstance(version, tuple):
        raise TypeError(f"{what} must be a tuple of 2 or 3 integers, not {type(version).__name__}")
    if len(version) not in (2, 3) or not all(type(part) is int for part in version):
        raise TypeError(f"{what} must be a tuple of 2 or 3 integers, got {version!r}")
    if any(part < 0 for part in version):
        raise ValueError(f"{what} has a negative component: {version!r}")
    full = version + (0,) * (3 - len(version))
    if full < tuple(_pyfront.min_version) + (0,):
        raise ValueError(f"{what} must be at least {_format(_pyfront.min_version)}, got {_format(version)}")
    return full


def _format(version):
    return ".".join(str(part) for part in version)


def parse_version_text(text, what):
    """'3.6' or '3.6.1' (the -X compat_version / PYTHONCOMPATVERSION form) -> (3, 6[, 1])."""
    parts = text.strip().split(".")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise ValueError(f"{what}: expected MAJOR.MINOR or MAJOR.MINOR.MICRO, got {text!r}")
    return tuple(int(p) for p in parts)


def get_python_compat_version():
    """The compatibility version: a tuple of 3 ints; the running Python's version by default."""
    return _state["compat"]


def set_python_compat_version(version):
    """Request compatibility with ``version``: the compat version becomes the minimum of all
    requests. ValueError if it is below the minimum set by set_python_min_compat_version().

    Below the host's major.minor, this installs pyfront's import hook: the application's
    modules imported from now on are parsed as that version would parse them (see
    docs/import-hook.md for which folders count as the application's)."""
    full = _as_version(version, "version")
    floor = _state["min"]
    if floor is not None and full < floor:
        raise ValueError(
            f"compat version {_format(version)} is below the minimum compat version {_format(floor)}")
    _state["compat"] = min(_state["compat"], full)
    _apply()


def set_python_min_compat_version(min_version):
    """Deny compatibility with versions older than ``min_version`` (the floor is the maximum of
    all requests). ValueError if the compat version is already below it."""
    full = _as_version(min_version, "min_version")
    if _state["compat"] < full:
        raise ValueError(
            f"the compat version is already {_format(_state['compat'])}, below {_format(min_version)}")
    _state["min"] = full if _state["min"] is None else max(_state["min"], full)


def feature_version():
    """The (major, minor) the hook parses at, or None when that is the host's own."""
    compat = _state["compat"][:2]
    return compat if compat < _HOST[:2] else None


def _apply():
    from pyfront import _hook

    if feature_version() is not None:
        _hook.install(feature_version())


def apply_environment(environ=None, xoptions=None):
    """The PEP's start-up settings: -X min_compat_version / PYTHONCOMPATMINVERSION, then
    -X compat_version / PYTHONCOMPATVERSION (the -X option wins over the variable, as for
    CPython's own pairs). The .pth file and `pyfront run` call this. Empty values are ignored."""
    import os

    environ = os.environ if environ is None else environ
    xoptions = sys._xoptions if xoptions is None else xoptions
    for option, variable, setter in _START_UP_SETTINGS:
        text = xoptions.get(option) or environ.get(variable, "")
        if text and text is not True:
            setter(parse_version_text(text, f"-X {option}" if xoptions.get(option) else variable))


# In the order they must apply: the floor first, so that a compat version below it fails.
_START_UP_SETTINGS = (
    ("min_compat_version", "PYTHONCOMPATMINVERSION", set_python_min_compat_version),
    ("compat_version", "PYTHONCOMPATVERSION", set_python_compat_version),
)
