// The host's compile() and marshal (host_compile.h).
#include "bridge/host_compile.h"

#include <utility>

#include "bridge/interpreter.h"

namespace pyfront::bridge {
namespace {

// An int attribute of a SyntaxError; 0 when missing or None.
int int_attr(PyObject* obj, const char* name) {
    PyRef v(PyObject_GetAttrString(obj, name));
    if (!v || !PyLong_Check(v.get())) {
        PyErr_Clear();
        return 0;
    }
    const long x = PyLong_AsLong(v.get());
    if (PyErr_Occurred()) {
        PyErr_Clear();
        return 0;
    }
    return static_cast<int>(x);
}

std::string str_of(PyObject* obj) {
    PyRef s(PyObject_Str(obj));
    const char* utf8 = s ? PyUnicode_AsUTF8(s.get()) : nullptr;
    if (!utf8) {
        PyErr_Clear();
        return {};
    }
    return utf8;
}

}  // namespace

PyRef host_compile(PyObject* source, PyObject* filename, int optimize) {
    PyObject* compile = PyObject_GetAttrString(host_module("builtins"), "compile");
    if (!compile) return PyRef();
    PyRef fn(compile);
    PyRef args(Py_BuildValue("(OOs)", source, filename, "exec"));
    PyRef kwargs(Py_BuildValue("{s:O,s:i}", "dont_inherit", Py_True, "optimize", optimize));
    if (!args || !kwargs) return PyRef();
    return PyRef(PyObject_Call(fn.get(), args.get(), kwargs.get()));
}

std::string marshal_like_compileall(PyObject* code) {
    PyRef dumps(PyObject_GetAttrString(host_module("marshal"), "dumps"));
    if (!dumps) return {};
    PyRef held = PyRef::borrow(code);  // the caller's variable in importlib (see the header)
    PyRef bytes(PyObject_CallOneArg(dumps.get(), code));
    if (!bytes || !PyBytes_Check(bytes.get())) return {};
    return std::string(PyBytes_AS_STRING(bytes.get()), static_cast<std::size_t>(PyBytes_GET_SIZE(bytes.get())));
}

void intern_like_compileall() {
    static bool done = false;
    if (std::exchange(done, true) || !interpreter_is_ours()) return;  // a user's process: theirs
    for (const char* name : {"runpy", "compileall", "argparse"}) {
        PyRef module(PyImport_ImportModule(name));
        if (!module) PyErr_Clear();  // only the bytes of rare frozensets depend on it
    }
}

Diagnostic take_diagnostic() {
    PyRef e = take_exception();
    Diagnostic d;
    if (!e) {
        d.message = "unknown error";
        return d;
    }
    PyObject* type = reinterpret_cast<PyObject*>(Py_TYPE(e.get()));
    if (PyErr_GivenExceptionMatches(type, PyExc_SyntaxError)) {
        d.kind = PyErr_GivenExceptionMatches(type, PyExc_TabError)           ? ErrorKind::TabError
                 : PyErr_GivenExceptionMatches(type, PyExc_IndentationError) ? ErrorKind::IndentationError
                                                                             : ErrorKind::SyntaxError;
        PyRef msg(PyObject_GetAttrString(e.get(), "msg"));
        d.message = msg ? str_of(msg.get()) : str_of(e.get());
        PyErr_Clear();
        d.lineno = int_attr(e.get(), "lineno");
        d.offset = int_attr(e.get(), "offset");
        d.end_lineno = int_attr(e.get(), "end_lineno");
        d.end_offset = int_attr(e.get(), "end_offset");
        return d;
    }
    const std::string text = str_of(e.get());
    if (PyErr_GivenExceptionMatches(type, PyExc_ValueError)) {
        d.kind = ErrorKind::ValueError;
        d.message = text;
    } else {
        d.message = std::string(Py_TYPE(e.get())->tp_name) + (text.empty() ? "" : ": " + text);
    }
    return d;
}

}  // namespace pyfront::bridge
