// The embedded host interpreter: started on first use, isolated from the user's environment,
// one per process. Every use of the C API in the bridge happens inside a HostLock.
#pragma once
#include <string>

#include "bridge/python.h"

namespace pyfront::bridge {

// Holds the bridge's mutex and the GIL for its lifetime, starting the interpreter first if
// this is the first use in the process. Throws std::runtime_error when the host cannot start
// (e.g. its standard library is missing): nothing in the bridge can work then.
//
// Forking: a process may fork at any time, before or after the interpreter has started. The
// mutex is taken around fork() (pthread_atfork), so no bridge call is half-done in the child,
// and the GIL is released between bridge calls, so the child finds it free. The interpreter
// runs no threads of its own, so nothing else of its state can be caught mid-way.
class HostLock {
public:
    HostLock();
    ~HostLock();
    HostLock(const HostLock&) = delete;
    HostLock& operator=(const HostLock&) = delete;

private:
    PyGILState_STATE gil_;
};

// A module of the host, imported once and kept (call inside a HostLock): "marshal", "_ast".
PyObject* host_module(const char* name);

// The current Python exception as "TypeName: message", cleared (for errors that are not the
// host compiler's diagnostics, e.g. a failed import). "unknown error" when none is set.
std::string take_error_text();

}  // namespace pyfront::bridge
