// Starting the embedded host interpreter and serializing access to it (interpreter.h).
#include "bridge/interpreter.h"

#include <pthread.h>

#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

#ifndef PYFRONT_HOST_EXECUTABLE
#error "PYFRONT_HOST_EXECUTABLE (the host interpreter's sys.executable) is set by CMakeLists.txt"
#endif

namespace pyfront::bridge {
namespace {

std::mutex& bridge_mutex() {
    static std::mutex m;
    return m;
}

// Guarded by bridge_mutex().
struct StartState {
    bool tried = false;
    std::string failure;  // empty once started
};
StartState& start_state() {
    static StartState s;
    return s;
}

void lock_for_fork() { bridge_mutex().lock(); }
void unlock_after_fork() { bridge_mutex().unlock(); }

// The interpreter as the host's own `python -I` would start, minus what a compiler does not
// need: isolated (no user site, no PYTHON* environment variables, no current directory on
// sys.path), no site import (dist-packages could change nothing we use but cost start-up
// time), no signal handlers (Ctrl-C must stop pyfront, not raise KeyboardInterrupt inside
// it) and no .pyc writing (importing the stdlib must never touch the host's __pycache__).
// The program name is the host executable, so the stdlib is found exactly where that
// interpreter finds it.
bool started_here = false;

std::string start_interpreter() {
    if (Py_IsInitialized()) return {};  // inside a Python process (the extension module)
    started_here = true;
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.write_bytecode = 0;
    config.site_import = 0;
    config.install_signal_handlers = 0;
    config.parse_argv = 0;
    PyStatus status = PyConfig_SetBytesString(&config, &config.program_name, PYFRONT_HOST_EXECUTABLE);
    if (!PyStatus_Exception(status)) status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        std::string why = status.err_msg ? status.err_msg : "unknown failure";
        if (status.func) why = std::string(status.func) + ": " + why;
        return "cannot start the host CPython (" PYFRONT_HOST_EXECUTABLE "): " + why;
    }
    // The GIL is taken per call (HostLock) and free in between, which keeps fork() safe.
    PyEval_SaveThread();
    pthread_atfork(lock_for_fork, unlock_after_fork, unlock_after_fork);
    return {};
}

}  // namespace

HostLock::HostLock() {
    bridge_mutex().lock();
    StartState& s = start_state();
    if (!s.tried) {
        s.tried = true;
        s.failure = start_interpreter();
    }
    if (!s.failure.empty()) {
        const std::string why = s.failure;
        bridge_mutex().unlock();
        throw std::runtime_error(why);
    }
    gil_ = PyGILState_Ensure();
}

HostLock::~HostLock() {
    PyGILState_Release(gil_);
    bridge_mutex().unlock();
}

#if PY_VERSION_HEX >= 0x030A0000
GcPause::GcPause() : was_enabled_(PyGC_Disable() != 0) {}
GcPause::~GcPause() {
    if (was_enabled_) PyGC_Enable();
}
#else  // 3.8, 3.9: no C API for it, the gc module's functions instead
namespace {
bool call_gc(const char* function) {
    PyObject* gc = PyImport_ImportModule("gc");
    PyObject* result = gc ? PyObject_CallMethod(gc, function, nullptr) : nullptr;
    const bool truth = result && PyObject_IsTrue(result) == 1;
    Py_XDECREF(result);
    Py_XDECREF(gc);
    PyErr_Clear();
    return truth;
}
}  // namespace
GcPause::GcPause() : was_enabled_(call_gc("isenabled")) {
    if (was_enabled_) call_gc("disable");
}
GcPause::~GcPause() {
    if (was_enabled_) call_gc("enable");
}
#endif

bool interpreter_is_ours() { return started_here; }

PyObject* host_module(const char* name) {
    static std::map<std::string, PyObject*> modules;  // strong references, kept for the process
    auto it = modules.find(name);
    if (it != modules.end()) return it->second;
    PyObject* m = PyImport_ImportModule(name);
    if (!m) throw std::runtime_error(std::string("host CPython cannot import ") + name + ": " + take_error_text());
    modules.emplace(name, m);
    return m;
}

std::string take_error_text() {
    PyRef e = take_exception();
    if (!e) return "unknown error";
    std::string text = Py_TYPE(e.get())->tp_name;
    PyRef s(PyObject_Str(e.get()));
    const char* utf8 = s ? PyUnicode_AsUTF8(s.get()) : nullptr;
    if (utf8 && *utf8) text += std::string(": ") + utf8;
    PyErr_Clear();
    return text;
}

}  // namespace pyfront::bridge
