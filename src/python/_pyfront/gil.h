// Running pyfront's C++ code from a Python call.
//
// Why the GIL is released first: the bridge serializes its users with a mutex and then takes
// the GIL (bridge/interpreter.h HostLock). A thread holding that mutex may run Python code
// that lets the GIL go (compile() issuing a warning, a finalizer); if another Python thread
// then waited for the mutex while holding the GIL, neither could go on. Waiting for the mutex
// without the GIL avoids that, and lets parsing, which needs no Python, run alongside Python
// threads.
#pragma once
#include <exception>
#include <new>
#include <stdexcept>
#include <string>

#include "bridge/python.h"

namespace pyfront::pymodule {

// Runs `work()` with the GIL released (it may take a bridge::HostLock to use the C API).
// A C++ exception escaping it becomes MemoryError / RuntimeError; returns false then, with
// the Python exception set.
template <typename Work>
bool run_without_gil(Work&& work) {
    std::string failure;
    bool out_of_memory = false;
    PyThreadState* saved = PyEval_SaveThread();
    try {
        work();
    } catch (const std::bad_alloc&) {
        out_of_memory = true;
    } catch (const std::exception& e) {
        failure = e.what();
        if (failure.empty()) failure = "internal error";
    } catch (...) {
        failure = "internal error";
    }
    PyEval_RestoreThread(saved);
    if (out_of_memory) {
        PyErr_NoMemory();
        return false;
    }
    if (!failure.empty()) {
        PyErr_SetString(PyExc_RuntimeError, ("pyfront: " + failure).c_str());
        return false;
    }
    return true;
}

}  // namespace pyfront::pymodule
