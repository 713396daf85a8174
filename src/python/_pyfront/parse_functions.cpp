// _pyfront.parse and _pyfront.compile: decode -> parse at the feature version (builder) ->
// the host's ast objects (bridge) [-> the host's compile()].
#include <optional>

#include "bridge/bridge.h"
#include "bridge/host_ast.h"
#include "bridge/host_compile.h"
#include "bridge/interpreter.h"
#include "python/_pyfront/arguments.h"
#include "python/_pyfront/errors.h"
#include "python/_pyfront/functions.h"
#include "python/_pyfront/gil.h"

namespace pyfront::pymodule {
namespace {

struct Request {
    SourceArg source;
    builder::Options options;
    PyRef filename;  // the str given to SyntaxError and compile()
};

// The arguments every parsing function shares. `filename_obj` may be null ('<unknown>').
bool read_request(PyObject* source, PyObject* filename_obj, PyObject* feature_version, Request& r) {
    if (!source_arg(source, r.source)) return false;
    r.filename = filename_obj ? path_text(filename_obj) : PyRef(PyUnicode_FromString("<unknown>"));
    if (!r.filename) return false;
    const char* name = PyUnicode_AsUTF8(r.filename.get());
    if (!name) {
        PyErr_Clear();  // an undecodable (surrogate-escaped) name: only messages use it
        name = "<unknown>";
    }
    r.options.filename = name;
    r.options.reader = r.source.reader;
    r.options.version_hint = false;  // CPython's messages have no version notes
    Version host{};
    if (!run_without_gil([&] { host = bridge::host().version; })) return false;
    return feature_version_arg(feature_version, host, r.options.version);
}

// What the C++ side produced: the host object, or why not.
struct Outcome {
    builder::Result parsed;
    bridge::PyRef object;                   // the ast tree or the code object
    std::optional<Diagnostic> unrepresentable;  // the host's node set lacks a construct
    bool host_error = false;                 // compile() raised: its exception is set
};

// Parses and converts (and compiles when `optimize` is given) without the GIL held by us.
bool run(const Request& r, std::optional<int> optimize, Outcome& out) {
    return run_without_gil([&] {
        out.parsed = builder::parse_source(r.source.bytes, r.options);
        if (!out.parsed.ok()) return;
        const bridge::HostInfo& info = bridge::host();  // before the lock: host() takes it too
        bridge::HostLock lock;
        // The new tree is acyclic and every object is reachable from its root while it is
        // built: collections triggered by its allocations could free nothing (as for compile).
        const bridge::GcPause no_gc;
        bridge::HostAst converted =
            bridge::to_host_ast(out.parsed.tree, out.parsed.text(), info.version, info.implementation_version);
        if (converted.error) {
            out.unrepresentable = converted.error;
            return;
        }
        if (!optimize) {
            out.object = std::move(converted.tree);
            return;
        }
        out.object = bridge::host_compile(converted.tree.get(), r.filename.get(), *optimize);
        out.host_error = !out.object;
    });
}

PyObject* finish(const Request& r, Outcome& out) {
    if (out.parsed.error) return raise_diagnostic(*out.parsed.error, r.options.version, r.options.mode == builder::Mode::Exec,
                                                     r.filename.get(), out.parsed.text());
    if (out.unrepresentable) return raise_unrepresentable(*out.unrepresentable);
    if (out.host_error) return nullptr;
    return out.object.release();
}

}  // namespace

PyObject* parse(PyObject*, PyObject* args, PyObject* kwargs) {
    static const char* keywords[] = {"source", "filename", "mode", "feature_version", "type_comments", nullptr};
    PyObject *source = nullptr, *filename = nullptr, *mode = nullptr, *feature_version = Py_None;
    int type_comments = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|OOOp:parse", const_cast<char**>(keywords), &source,
                                     &filename, &mode, &feature_version, &type_comments))
        return nullptr;
    Request r;
    if (!read_request(source, filename, feature_version, r)) return nullptr;
    if (mode && !mode_arg(mode, r.options.mode)) return nullptr;
    r.options.type_comments = type_comments != 0;
    Outcome out;
    if (!run(r, std::nullopt, out)) return nullptr;
    return finish(r, out);
}

PyObject* compile(PyObject*, PyObject* args, PyObject* kwargs) {
    static const char* keywords[] = {"source", "filename", "feature_version", "optimize", nullptr};
    PyObject *source = nullptr, *filename = nullptr, *feature_version = Py_None;
    int optimize = -1;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OO|Oi:compile", const_cast<char**>(keywords), &source,
                                     &filename, &feature_version, &optimize))
        return nullptr;
    if (optimize < -1 || optimize > 2) {
        PyErr_SetString(PyExc_ValueError, "compile(): invalid optimize value");
        return nullptr;
    }
    Request r;
    if (!read_request(source, filename, feature_version, r)) return nullptr;
    Outcome out;
    if (!run(r, optimize, out)) return nullptr;
    return finish(r, out);
}

}  // namespace pyfront::pymodule
