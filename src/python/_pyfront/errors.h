// pyfront's Diagnostic -> the Python exception CPython raises for it. Call with the GIL held.
#pragma once
#include <string_view>

#include "bridge/python.h"
#include "diag/diagnostic.h"
#include "version/version.h"

namespace pyfront::pymodule {

using bridge::PyRef;

// Sets the exception: SyntaxError / IndentationError / TabError (also decoding errors) with
// CPython's args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)), the 4-tuple
// without end positions where the Diagnostic has none or `version` predates them (3.10),
// the message alone for compile()'s NUL byte check; `text` is the source line `lineno`
// of `source_text` as CPython's tokenizer buffer held it (with its break unless
// d.text_without_break; `exec_input`: mode 'exec', whose source gains a final newline).
// ValueError, RecursionError, UnicodeDecodeError otherwise. Returns null, for
// `return raise_diagnostic(...)`.
PyObject* raise_diagnostic(const Diagnostic& d, Version version, bool exec_input, PyObject* filename,
                           std::string_view source_text);

// The host cannot represent the tree (a 3.12 `type` statement on a 3.11 host): ValueError
// naming the construct and its line.
PyObject* raise_unrepresentable(const Diagnostic& d);

}  // namespace pyfront::pymodule
