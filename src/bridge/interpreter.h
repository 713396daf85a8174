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

// The host's cyclic garbage collector paused for a scope (call inside a HostLock). A
// conversion makes some 100,000 tracked objects per large file, none in a cycle (refcounting
// frees them), yet every 700 allocations the collector would walk the young ones, and the
// older generations every 10th and 100th pass (compile() from source builds its tree in C,
// outside the collector's sight). The
// previous state is restored, so an embedding host (the extension module) keeps its setting.
class GcPause {
public:
    GcPause();
    ~GcPause();
    GcPause(const GcPause&) = delete;
    GcPause& operator=(const GcPause&) = delete;

private:
    bool was_enabled_;
};

// True when the bridge started the interpreter (pyfront-host), false inside a Python process
// (the extension module), whose state is the user's. Call inside a HostLock.
bool interpreter_is_ours();

// A module of the host, imported once and kept (call inside a HostLock): "marshal", "_ast".
PyObject* host_module(const char* name);

// The current Python exception as "TypeName: message", cleared (for errors that are not the
// host compiler's diagnostics, e.g. a failed import). "unknown error" when none is set.
std::string take_error_text();

}  // namespace pyfront::bridge
