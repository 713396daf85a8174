// The bridge's private view of the host's C API: Python.h (PY_SSIZE_T_CLEAN first, as the
// C API asks) and an owning reference. Only src/bridge and its tests include this; bridge.h
// stays free of Python so that the rest of pyfront does not see the C API.
#pragma once
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <utility>

namespace pyfront::bridge {

// One strong reference, released on destruction (Py_XDECREF): C API results are "new
// references" and every error path must drop them. Use only while holding the GIL.
class PyRef {
public:
    PyRef() = default;
    // Takes over a new reference (may be null: a failed C API call).
    explicit PyRef(PyObject* owned) : p_(owned) {}
    // A new reference to a borrowed object.
    static PyRef borrow(PyObject* borrowed) {
        Py_XINCREF(borrowed);
        return PyRef(borrowed);
    }
    PyRef(const PyRef&) = delete;
    PyRef& operator=(const PyRef&) = delete;
    PyRef(PyRef&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
    PyRef& operator=(PyRef&& o) noexcept {
        if (this != &o) {
            Py_XDECREF(p_);
            p_ = std::exchange(o.p_, nullptr);
        }
        return *this;
    }
    ~PyRef() { Py_XDECREF(p_); }

    PyObject* get() const { return p_; }
    explicit operator bool() const { return p_ != nullptr; }
    // Hands the reference to the caller (C API functions that "steal" one).
    PyObject* release() { return std::exchange(p_, nullptr); }
    void reset() { Py_CLEAR(p_); }

private:
    PyObject* p_ = nullptr;
};

// The exception being raised (normalized), cleared from the thread; null when none.
inline PyRef take_exception() {
#if PY_VERSION_HEX >= 0x030C0000
    return PyRef(PyErr_GetRaisedException());
#else
    PyObject *type = nullptr, *value = nullptr, *tb = nullptr;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    Py_XDECREF(type);
    Py_XDECREF(tb);
    return PyRef(value);
#endif
}

}  // namespace pyfront::bridge
