// Python arguments -> pyfront's C++ values, with the errors (TypeError / ValueError) CPython's
// compile() and ast.parse() raise for the same mistakes. Each returns false with the Python
// exception set. Call with the GIL held.
#pragma once
#include <string>

#include "bridge/python.h"
#include "builder/builder.h"
#include "version/version.h"

namespace pyfront::pymodule {

using bridge::PyRef;

// A source as compile() takes it: a str (its UTF-8; read with compile(str)'s rules: no BOM,
// no coding cookie) or bytes / bytearray / any buffer (compile(bytes)'s rules).
struct SourceArg {
    std::string bytes;
    source::Reader reader = source::Reader::CompileBytes;
};
bool source_arg(PyObject* obj, SourceArg& out);

// feature_version as ast.parse takes it, and more: None (the host's version), an int minor
// (6 = 3.6), a tuple (3, 6) or (3, 6, micro...). 3.0 to 3.15.
bool feature_version_arg(PyObject* obj, Version host, Version& out);

// 'exec' | 'eval' | 'single' | 'func_type'.
bool mode_arg(PyObject* obj, builder::Mode& out);

// A path (str, bytes or os.PathLike) as the file system's bytes (os.fsencode).
bool path_arg(PyObject* obj, std::string& out);

// The str form of a path given as str, bytes or os.PathLike (os.fsdecode); a new reference.
PyRef path_text(PyObject* obj);

// cache_from_source's optimization: '' (or 0), 1, 2 or '1', '2'.
bool optimization_arg(PyObject* obj, int& out);

}  // namespace pyfront::pymodule
