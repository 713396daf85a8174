// The host's `re` for compileall's -x (host_regex.h).
#include "bridge/host_regex.h"

#include "bridge/interpreter.h"

namespace pyfront::bridge {
namespace {

PyObject* as_pattern(void* p) { return static_cast<PyObject*>(p); }

PyRef fs_text(std::string_view bytes) {
    return PyRef(PyUnicode_DecodeFSDefaultAndSize(bytes.data(), static_cast<Py_ssize_t>(bytes.size())));
}

}  // namespace

std::unique_ptr<HostRegex> HostRegex::compile(std::string_view pattern, std::string& error) {
    HostLock lock;
    PyRef text = fs_text(pattern);
    PyRef compiled;
    if (text) compiled = PyRef(PyObject_CallMethod(host_module("re"), "compile", "O", text.get()));
    if (!compiled) {
        error = take_error_text();
        return nullptr;
    }
    return std::unique_ptr<HostRegex>(new HostRegex(compiled.release()));
}

bool HostRegex::search(std::string_view path) const {
    HostLock lock;
    PyRef text = fs_text(path);
    PyRef match;
    if (text) match = PyRef(PyObject_CallMethod(as_pattern(pattern_), "search", "O", text.get()));
    if (!match) {
        PyErr_Clear();
        return false;
    }
    return match.get() != Py_None;
}

HostRegex::~HostRegex() {
    HostLock lock;
    Py_DECREF(as_pattern(pattern_));
}

}  // namespace pyfront::bridge
