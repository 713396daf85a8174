// Helpers of the bridge tests: the host compiling a source itself (the reference: its own
// parser, not pyfront's tree) and pyfront's parse + bridge, both as marshal bytes.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "bridge/bridge.h"
#include "bridge/host_compile.h"
#include "bridge/interpreter.h"
#include "builder/builder.h"

#include <marshal.h>  // PyMarshal_ReadObjectFromString (not part of Python.h)

namespace pyfront::bridge::testing {

struct Compiled {
    std::string code;                // marshal bytes
    std::optional<Diagnostic> error; // the parse or compile error
    bool parse_failed = false;       // pyfront's parser refused the source
};

// compile(source_bytes, filename, 'exec', dont_inherit=True, optimize) by the host, marshalled
// as compileall does: what the bridge must reproduce.
inline Compiled host_compiles_source(std::string_view source, std::string_view filename, int optimize = 0) {
    HostLock lock;
    Compiled out;
    PyRef name(PyUnicode_DecodeFSDefaultAndSize(filename.data(), static_cast<Py_ssize_t>(filename.size())));
    PyRef bytes(PyBytes_FromStringAndSize(source.data(), static_cast<Py_ssize_t>(source.size())));
    PyRef code = host_compile(bytes.get(), name.get(), optimize);
    if (!code) {
        out.error = take_diagnostic();
        return out;
    }
    out.code = marshal_like_compileall(code.get());
    return out;
}

// pyfront parses at `version` (the host's by default), the bridge compiles.
inline Compiled pyfront_compiles(std::string_view source, std::string_view filename, int optimize = 0,
                                 std::optional<Version> version = std::nullopt) {
    builder::Options o;
    o.version = version ? *version : host().version;
    o.filename = std::string(filename);
    builder::Result r = builder::parse_source(source, o);
    Compiled out;
    if (!r.ok()) {
        out.error = r.error;
        out.parse_failed = true;
        return out;
    }
    CompileOutput c = compile_module(r.tree, filename, optimize, r.text());
    out.code = std::move(c.code);
    out.error = c.error;
    return out;
}

// Unmarshals and runs `marshalled` in a fresh module namespace, then returns repr() of the
// global `name` ("<error: ...>" when something fails).
inline std::string run_and_repr(const std::string& marshalled, const char* name) {
    HostLock lock;
    PyRef code(PyMarshal_ReadObjectFromString(marshalled.data(), static_cast<Py_ssize_t>(marshalled.size())));
    if (!code) return "<error: " + take_error_text() + ">";
    PyRef globals(PyDict_New());
    PyDict_SetItemString(globals.get(), "__builtins__", PyEval_GetBuiltins());
    PyRef result(PyEval_EvalCode(code.get(), globals.get(), globals.get()));
    if (!result) return "<error: " + take_error_text() + ">";
    PyObject* value = PyDict_GetItemString(globals.get(), name);  // borrowed
    if (!value) return "<error: no " + std::string(name) + ">";
    PyRef repr(PyObject_Repr(value));
    const char* text = repr ? PyUnicode_AsUTF8(repr.get()) : nullptr;
    return text ? text : "<error: " + take_error_text() + ">";
}

}  // namespace pyfront::bridge::testing
