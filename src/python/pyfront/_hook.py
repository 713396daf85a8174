"""The import hook: the application's modules parsed at the compat version, pycs under compat tags.

Two pieces, both importlib's own classes with one thing changed:

- CompatSourceLoader (a SourceFileLoader) parses with pyfront at the compat version and reads
  and writes ``__pycache__/NAME.cpython-311-36.pyc`` (the cache manager's names, atomic writes);
- a path hook, first in sys.path_hooks, that gives a FileFinder with that loader to the path
  entries the hook covers (covers()), and declines every other entry so that importlib's own
  FileFinder serves the standard library and site-packages with the host's syntax.

Which folders are covered (docs/import-hook.md): by default every folder except the
interpreter's own (stdlib, site-packages, user site); ``limit_to(roots)`` (what `pyfront run`
does) narrows it to the given roots; ``add_compat_path(folder)`` widens it, winning over the
exclusions for that folder and below.
"""
import os
import sys
from importlib import _bootstrap, _bootstrap_external
from importlib.machinery import (BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, SOURCE_SUFFIXES,
                                 ExtensionFileLoader, FileFinder, SourceFileLoader,
                                 SourcelessFileLoader)

import _imp
import _pyfront

_state = {
    "feature_version": None,  # (major, minor) while installed
    "roots": None,            # None: every folder not excluded; else only these (real paths)
    "extra": [],              # add_compat_path() folders: covered even inside an exclusion
}

_stats = {"parsed": 0, "from_pyc": 0, "written": 0}


def hook_stats():
    """Counters since start: modules parsed by pyfront, loaded from compat pycs, pycs written."""
    return dict(_stats)


def _real(path):
    return os.path.realpath(path or os.getcwd())


_excluded_cache = []


def _interpreter_folders():
    """The folders whose code needs the host's own syntax: stdlib, site-packages, and the
    folder pyfront itself was imported from. Computed once: they do not move."""
    if not _excluded_cache:
        _excluded_cache.extend(_find_interpreter_folders())
    return _excluded_cache


def _find_interpreter_folders():
    # Imported here, not when pyfront is imported (sysconfig costs a few ms): install() calls
    # this before the hook is in place.
    import site
    import sysconfig

    names = ("stdlib", "platstdlib", "purelib", "platlib")
    folders = {sysconfig.get_paths().get(n) for n in names}
    folders.update(getattr(site, "getsitepackages", lambda: [])())
    folders.add(getattr(site, "USER_SITE", None))
    # Not the prefixes themselves (Debian's /usr would hold /usr/src/app): their
    # lib/pythonX.Y and lib/pythonX folders (the stdlib, Debian's dist-packages).
    prefixes = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    folders -= prefixes
    for prefix in prefixes:
        for lib in ("lib", "lib64"):
            folders.add(os.path.join(prefix, lib, f"python{sys.version_info[0]}.{sys.version_info[1]}"))
            folders.add(os.path.join(prefix, lib, f"python{sys.version_info[0]}"))
    folders.add(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return sorted({_real(f) for f in folders if f})


def _within(path, folder):
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _deepest(path, folders):
    """Length of the longest folder containing path, -1 if none."""
    return max((len(f) for f in folders if _within(path, f)), default=-1)


def covers(entry):
    """Whether a sys.path (or package __path__) entry is the application's code: inside a
    root (every folder when no roots are set) and not inside an interpreter folder, unless an
    add_compat_path() folder deeper than that exclusion holds it."""
    if _state["feature_version"] is None:
        return False
    path = _real(entry)
    excluded = _deepest(path, _interpreter_folders())
    extra = _deepest(path, _state["extra"])
    if extra >= 0 and extra >= excluded:
        return True
    roots = _state["roots"]
    if roots is None:
        return excluded < 0
    root = _deepest(path, roots)
    return root >= 0 and root > excluded


def _optimization():
    """importlib's default for the pyc name: '' at -O0, else the interpreter's -O level."""
    return "" if sys.flags.optimize == 0 else sys.flags.optimize


class CompatSourceLoader(SourceFileLoader):
    """SourceFileLoader whose bytecode is the compat version's, cached under its tag.

    get_code is importlib's SourceLoader.get_code step by step (3.11), except for the pyc path
    (the compat tag), the compiler (pyfront's parser at the compat version, the host's
    compiler) and the write (the cache manager's atomic write)."""

    def _feature_version(self):
        return _state["feature_version"] or tuple(sys.version_info[:2])

    def compat_cache_path(self, source_path=None):
        return _pyfront.cache_from_source(source_path or self.path, self._feature_version(),
                                          _optimization())

    def source_to_code(self, data, path, *, _optimize=-1):
        code = _pyfront.compile(bytes(data), path, self._feature_version(), _optimize)
        _stats["parsed"] += 1
        return code

    def get_code(self, fullname):
        ext = _bootstrap_external
        source_path = self.get_filename(fullname)
        source_mtime = None
        source_bytes = None
        source_hash = None
        hash_based = False
        check_source = True
        bytecode_path = self.compat_cache_path(source_path)
        try:
            st = self.path_stats(source_path)
        except OSError:
            pass
        else:
            source_mtime = int(st["mtime"])
            try:
                data = self.get_data(bytecode_path)
            except OSError:
                pass
            else:
                exc_details = {"name": fullname, "path": bytecode_path}
                try:
                    flags = ext._classify_pyc(data, fullname, exc_details)
                    bytes_data = memoryview(data)[16:]
                    hash_based = flags & 0b1 != 0
                    if hash_based:
                        check_source = flags & 0b10 != 0
                        if (_imp.check_hash_based_pycs != "never" and
                                (check_source or _imp.check_hash_based_pycs == "always")):
                            source_bytes = self.get_data(source_path)
                            source_hash = _imp.source_hash(ext._RAW_MAGIC_NUMBER, source_bytes)
                            ext._validate_hash_pyc(data, source_hash, fullname, exc_details)
                    else:
                        ext._validate_timestamp_pyc(data, source_mtime, st["size"], fullname,
                                                    exc_details)
                except (ImportError, EOFError):
                    pass
                else:
                    _bootstrap._verbose_message("{} matches {}", bytecode_path, source_path)
                    code = ext._compile_bytecode(bytes_data, name=fullname,
                                                 bytecode_path=bytecode_path,
                                                 source_path=source_path)
                    _stats["from_pyc"] += 1
                    return code
        if source_bytes is None:
            source_bytes = self.get_data(source_path)
        code_object = self.source_to_code(source_bytes, source_path)
        _bootstrap._verbose_message("code object from {} (pyfront, Python {}.{})", source_path,
                                    *self._feature_version())
        if not sys.dont_write_bytecode and source_mtime is not None:
            if hash_based:
                if source_hash is None:
                    source_hash = _imp.source_hash(ext._RAW_MAGIC_NUMBER, source_bytes)
                data = ext._code_to_hash_pyc(code_object, source_hash, check_source)
            else:
                data = ext._code_to_timestamp_pyc(code_object, source_mtime, len(source_bytes))
            self._cache_bytecode(source_path, bytecode_path, data)
        return code_object

    def _cache_bytecode(self, source_path, bytecode_path, data):
        mode = _bootstrap_external._calc_mode(source_path)
        try:
            _pyfront.write_pyc_atomic(bytecode_path, data, mode)
        except OSError as exc:
            # As importlib: an unwritable cache only costs a parse next time.
            _bootstrap._verbose_message("could not create {!r}: {!r}", bytecode_path, exc)
            return
        _stats["written"] += 1
        _bootstrap._verbose_message("created {!r}", bytecode_path)


class CompatFileFinder(FileFinder):
    """FileFinder for a covered folder; module specs name the compat pyc as __cached__."""

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        spec = super()._get_spec(loader_class, fullname, path, smsl, target)
        if isinstance(spec.loader, CompatSourceLoader):
            spec.cached = spec.loader.compat_cache_path(path)
        return spec


def _loader_details():
    # importlib's own order (_get_supported_file_loaders): extension modules and sourceless
    # pycs in the application's folders keep working.
    return [(ExtensionFileLoader, EXTENSION_SUFFIXES), (CompatSourceLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


def _compat_path_hook(entry):
    if not covers(entry) or not os.path.isdir(entry or "."):
        raise ImportError("not an application folder for pyfront's hook", path=entry)
    return CompatFileFinder(entry, *_loader_details())


def _forget_finders():
    """Drop the cached finders whose answer changes, so the next import asks the hooks again."""
    for entry, finder in list(sys.path_importer_cache.items()):
        if isinstance(finder, CompatFileFinder) or covers(entry):
            del sys.path_importer_cache[entry]
    import importlib
    importlib.invalidate_caches()


def install(feature_version):
    """Parse covered folders' modules at feature_version (major, minor) from now on."""
    _interpreter_folders()  # before the hook is in place: its imports must not meet the hook
    _state["feature_version"] = tuple(feature_version[:2])
    if _compat_path_hook not in sys.path_hooks:
        sys.path_hooks.insert(0, _compat_path_hook)
    _forget_finders()


def limit_to(roots):
    """Cover only these folders (and below), minus the interpreter's: `pyfront run`'s rule."""
    _state["roots"] = [_real(r) for r in roots]
    _forget_finders()


def add_compat_path(folder):
    """Widen the hook to ``folder`` and below, even inside site-packages or the stdlib."""
    _state["extra"].append(_real(folder))
    if _state["roots"] is not None:
        _state["roots"].append(_real(folder))
    _forget_finders()
