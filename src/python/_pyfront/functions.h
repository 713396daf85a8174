// The functions of the `_pyfront` module, in CPython's METH_VARARGS | METH_KEYWORDS form
// (module.cpp lists them with their docstrings).
#pragma once
#include "bridge/python.h"

namespace pyfront::pymodule {

// parse(source, filename='<unknown>', mode='exec', feature_version=None, type_comments=False)
PyObject* parse(PyObject* self, PyObject* args, PyObject* kwargs);
// compile(source_bytes, filename, feature_version, optimize=-1)
PyObject* compile(PyObject* self, PyObject* args, PyObject* kwargs);
// cache_from_source(path, feature_version, optimization='')
PyObject* cache_from_source(PyObject* self, PyObject* args, PyObject* kwargs);
// cache_tag(feature_version)
PyObject* cache_tag(PyObject* self, PyObject* args, PyObject* kwargs);
// write_pyc_atomic(path, data, source_mode)
PyObject* write_pyc_atomic(PyObject* self, PyObject* args, PyObject* kwargs);

}  // namespace pyfront::pymodule
