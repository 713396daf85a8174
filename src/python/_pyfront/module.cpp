// The `_pyfront` module object: its functions, constants and initialization (module.h).
#include "python/_pyfront/module.h"

#include "bridge/bridge.h"
#include "python/_pyfront/functions.h"
#include "python/_pyfront/gil.h"
#include "version/version.h"

#ifndef PYFRONT_VERSION
#error "PYFRONT_VERSION is set by src/python/CMakeLists.txt"
#endif

namespace pyfront::pymodule {
namespace {

#define PYFRONT_METHOD(name) reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)(void)>(name))

PyMethodDef kMethods[] = {
    {"parse", PYFRONT_METHOD(parse), METH_VARARGS | METH_KEYWORDS,
     "parse(source, filename='<unknown>', mode='exec', feature_version=None, type_comments=False)\n"
     "--\n\n"
     "The host's ast tree that ast.parse of Python `feature_version` builds for `source`\n"
     "(str: compile(str) rules; bytes: BOM and coding cookie honoured). feature_version: None\n"
     "(the host's version), a minor int (6) or a tuple (3, 6). SyntaxError as CPython raises it;\n"
     "ValueError when the host's ast cannot hold a construct of that version."},
    {"compile", PYFRONT_METHOD(compile), METH_VARARGS | METH_KEYWORDS,
     "compile(source, filename, feature_version=None, optimize=-1)\n"
     "--\n\n"
     "A code object: `source` parsed at feature_version, compiled by the host's compile()\n"
     "(dont_inherit=True; optimize -1 is the interpreter's -O level)."},
    {"cache_from_source", PYFRONT_METHOD(cache_from_source), METH_VARARGS | METH_KEYWORDS,
     "cache_from_source(path, feature_version=None, optimization='')\n"
     "--\n\n"
     "The pyc path of `path` for that compat level (tag cpython-311-36 for 3.6 on a 3.11 host,\n"
     "the host's tag for its own version), honouring sys.pycache_prefix."},
    {"cache_tag", PYFRONT_METHOD(cache_tag), METH_VARARGS | METH_KEYWORDS,
     "cache_tag(feature_version=None)\n--\n\nThe cache tag of a compat level: 'cpython-311-36'."},
    {"write_pyc_atomic", PYFRONT_METHOD(write_pyc_atomic), METH_VARARGS | METH_KEYWORDS,
     "write_pyc_atomic(path, data, source_mode=0o644)\n"
     "--\n\n"
     "Writes `data` to `path` atomically (temporary file, full write, rename), making missing\n"
     "folders; the new file's mode is (source_mode | 0o200) & 0o666 before the umask, as\n"
     "importlib's. OSError on failure."},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {
    PyModuleDef_HEAD_INIT,
    "_pyfront",
    "pyfront's C++ front-end: read Python source exactly as any Python 3.0-3.15 would.\n"
    "Use the `pyfront` package; this module is its engine.",
    -1,
    kMethods,
    nullptr, nullptr, nullptr, nullptr,
};

PyObject* version_tuple(Version v) { return Py_BuildValue("(ii)", v.major, v.minor); }

bool add_constants(PyObject* m) {
    Version host{};
    if (!run_without_gil([&] { host = bridge::host().version; })) return false;
    return PyModule_AddStringConstant(m, "__version__", PYFRONT_VERSION) == 0 &&
           PyModule_AddObject(m, "host_version", version_tuple(host)) == 0 &&
           PyModule_AddObject(m, "min_version", version_tuple(kMinVersion)) == 0 &&
           PyModule_AddObject(m, "max_version", version_tuple(kMaxVersion)) == 0;
}

}  // namespace
}  // namespace pyfront::pymodule

PyMODINIT_FUNC PyInit__pyfront(void) {
    PyObject* m = PyModule_Create(&pyfront::pymodule::kModule);
    if (!m) return nullptr;
    if (!pyfront::pymodule::add_constants(m)) {
        Py_DECREF(m);
        return nullptr;
    }
    return m;
}
