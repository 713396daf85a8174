// The `_pyfront` extension module: pyfront's libraries as Python functions (parse, compile,
// cache paths, atomic pyc writes) over the running interpreter, which is the host.
//
// Built twice from the same code (src/python/CMakeLists.txt): as the importable extension
// `_pyfront*.so` (not linked to libpython: the interpreter loading it provides the C API) and
// as the static library `pyfront_python_module`, which `pyfront-host` links and registers as
// a builtin module before starting its embedded interpreter:
//
//     PyImport_AppendInittab("_pyfront", PyInit__pyfront);
#pragma once
#include "bridge/python.h"

PyMODINIT_FUNC PyInit__pyfront(void);  // extern "C" PyObject*, exported
