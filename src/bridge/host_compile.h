// The host's compile() and marshal, as py_compile / compileall call them. Shared by
// compile_module() and by the tests, which compile the same source with the host's own parser
// and compare the bytes. Call inside a HostLock.
#pragma once
#include <string>

#include "bridge/python.h"
#include "diag/diagnostic.h"

namespace pyfront::bridge {

// compile(source, filename, 'exec', dont_inherit=True, optimize=optimize): `source` is an
// _ast.Module or the source bytes. Null with the Python exception set on failure.
PyRef host_compile(PyObject* source, PyObject* filename, int optimize);

// marshal.dumps(code) as importlib's _code_to_hash_pyc() / _code_to_timestamp_pyc() run it.
// There the code object is also held by the caller's variables, so marshal sees a reference
// count above one and flags the top-level object as shareable (its first byte is 0xe3, not
// 0x63); this does the same. Likewise the caller must keep `filename` alive while marshalling,
// as compileall holds the path it passed to compile(). Empty with the exception set on failure.
std::string marshal_like_compileall(PyObject* code);

// Makes this interpreter's interned strings those of a `python -m compileall` process when it
// starts compiling: imports what that process has imported by then (runpy, compileall and
// its imports: pathlib, urllib.parse, ...; argparse). Why it matters to the bytes: when the
// host makes a code object it interns its name-like string constants, and a frozenset
// constant (`x in {"https", "wss"}`) whose strings were already interned elsewhere is rebuilt
// for that code object (codeobject.c, intern_string_constants), so two functions stop sharing
// one set and marshal writes it twice instead of once plus a reference. compileall's own
// imports intern "https" and "wss" (urllib.parse), for example. Later files of a run depend
// on the earlier ones in the same way, in compileall as here. Once per process, and only in an
// interpreter the bridge started (not in a user's process); fails silently.
void intern_like_compileall();

// The Python exception being raised (from compile()), cleared, as a Diagnostic: a
// SyntaxError's msg, lineno, offset, end_lineno and end_offset as the host set them; other
// exceptions as "TypeName: message" (ValueError keeps its kind).
Diagnostic take_diagnostic();

}  // namespace pyfront::bridge
