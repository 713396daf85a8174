// Argument conversions of the `_pyfront` functions (arguments.h).
#include "python/_pyfront/arguments.h"

#include <string_view>

namespace pyfront::pymodule {

bool source_arg(PyObject* obj, SourceArg& out) {
    if (PyUnicode_Check(obj)) {
        Py_ssize_t size = 0;
        const char* utf8 = PyUnicode_AsUTF8AndSize(obj, &size);  // UnicodeEncodeError on surrogates, as compile()
        if (!utf8) return false;
        out.bytes.assign(utf8, static_cast<std::size_t>(size));
        out.reader = source::Reader::CompileStr;
        return true;
    }
    if (PyObject_CheckBuffer(obj)) {
        Py_buffer view;
        if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) != 0) return false;
        out.bytes.assign(static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
        PyBuffer_Release(&view);
        out.reader = source::Reader::CompileBytes;
        return true;
    }
    PyErr_Format(PyExc_TypeError, "source must be a string, bytes or AST object, not %.200s",
                 Py_TYPE(obj)->tp_name);
    return false;
}

namespace {

bool set_version(long major, long minor, Version& out) {
    if (major != 3 || minor < kMinVersion.minor || minor > kMaxVersion.minor) {
        PyErr_Format(PyExc_ValueError, "feature_version %ld.%ld is not supported: pyfront reads Python %s",
                     major, minor, supported_range_text().c_str());
        return false;
    }
    out = Version{3, static_cast<std::uint8_t>(minor)};
    return true;
}

bool long_item(PyObject* obj, long& out) {
    if (!PyLong_Check(obj) || PyBool_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "feature_version must be None, an int or a tuple of ints, not %.200s",
                     Py_TYPE(obj)->tp_name);
        return false;
    }
    out = PyLong_AsLong(obj);
    if (out == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        out = -1;  // out of any range: reported by set_version
    }
    return true;
}

}  // namespace

bool feature_version_arg(PyObject* obj, Version host, Version& out) {
    if (!obj || obj == Py_None) {
        out = host;
        return true;
    }
    long major = 3, minor = 0;
    if (PyTuple_Check(obj)) {
        if (PyTuple_GET_SIZE(obj) < 2) {
            PyErr_SetString(PyExc_ValueError, "feature_version tuple must be (major, minor), e.g. (3, 6)");
            return false;
        }
        if (!long_item(PyTuple_GET_ITEM(obj, 0), major) || !long_item(PyTuple_GET_ITEM(obj, 1), minor))
            return false;
        return set_version(major, minor, out);
    }
    if (!long_item(obj, minor)) return false;
    return set_version(3, minor, out);
}

bool mode_arg(PyObject* obj, builder::Mode& out) {
    static constexpr struct {
        const char* name;
        builder::Mode mode;
    } kModes[] = {{"exec", builder::Mode::Exec},
                  {"eval", builder::Mode::Eval},
                  {"single", builder::Mode::Single},
                  {"func_type", builder::Mode::FuncType}};
    if (!PyUnicode_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "mode must be str, not %.200s", Py_TYPE(obj)->tp_name);
        return false;
    }
    const char* name = PyUnicode_AsUTF8(obj);
    if (!name) return false;
    for (const auto& m : kModes)
        if (std::string_view(name) == m.name) {
            out = m.mode;
            return true;
        }
    PyErr_SetString(PyExc_ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
    return false;
}

bool path_arg(PyObject* obj, std::string& out) {
    PyObject* encoded = nullptr;
    if (!PyUnicode_FSConverter(obj, &encoded)) return false;
    PyRef bytes(encoded);
    out.assign(PyBytes_AS_STRING(encoded), static_cast<std::size_t>(PyBytes_GET_SIZE(encoded)));
    return true;
}

PyRef path_text(PyObject* obj) {
    PyObject* decoded = nullptr;
    if (!PyUnicode_FSDecoder(obj, &decoded)) return PyRef();
    return PyRef(decoded);
}

bool optimization_arg(PyObject* obj, int& out) {
    if (!obj) {
        out = 0;
        return true;
    }
    PyRef text(PyObject_Str(obj));
    const char* s = text ? PyUnicode_AsUTF8(text.get()) : nullptr;
    if (!s) return false;
    const std::string_view v(s);
    if (v.empty() || (v == "0" && PyLong_Check(obj))) {
        // '' is "no optimization"; importlib would write ".opt-0" for 0, which no interpreter
        // reads, so 0 is taken as '' here.
        out = 0;
        return true;
    }
    if (v == "1" || v == "2") {
        out = v[0] - '0';
        return true;
    }
    PyErr_Format(PyExc_ValueError, "optimization must be '', 1 or 2, not %R", obj);
    return false;
}

}  // namespace pyfront::pymodule
