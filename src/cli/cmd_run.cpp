// `pyfront run [--compat X.Y] [--path DIR]... [--stats] SCRIPT [ARGS...]` in pyfront-host: the
// embedded host interpreter started as `python` itself starts, running `python -m pyfront run
// ...`'s code (src/python/pyfront/_run.py), so that there is one implementation of `run` and
// exit statuses, SystemExit, tracebacks, Ctrl-C and flushing are exactly python's (Py_RunMain).
//
// Differences from the bridge's own interpreter (src/bridge/interpreter.cpp, isolated, for
// compiling): here the user's environment counts (PYTHONPATH, PYTHONDONTWRITEBYTECODE,
// PYTHONPYCACHEPREFIX, PYTHONCOMPATVERSION...), site is imported, signal handlers are
// installed. The bridge sees Py_IsInitialized() and uses this interpreter as it is.
#include <unistd.h>

#include <climits>
#include <iostream>
#include <string>
#include <vector>

#include "bridge/python.h"
#include "cli/command.h"
#include "python/_pyfront/module.h"

#if !defined(PYFRONT_HOST_EXECUTABLE) || !defined(PYFRONT_BUILD_DIR) || \
    !defined(PYFRONT_PYTHON_STAGING_DIR) || !defined(PYFRONT_PYTHON_INSTALL_SUBDIR)
#error "the host and the package folders are compile definitions of cmd_run.cpp (CMakeLists.txt)"
#endif

namespace pyfront::cli {
namespace {

std::string program_folder() {
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return {};
    const std::string path(self, static_cast<std::size_t>(n));
    return path.substr(0, path.rfind('/'));
}

bool holds_package(const std::string& path) { return access((path + "/pyfront/__init__.py").c_str(), R_OK) == 0; }

// Where the pure-Python package is: the staging root when this program is the one in the
// build tree, else PREFIX/<site-packages> beside PREFIX/bin (an installed tree may move).
// Empty when neither holds it: then only the interpreter's own sys.path can provide it.
std::string package_root() {
    const std::string here = program_folder();
    if (here == PYFRONT_BUILD_DIR && holds_package(PYFRONT_PYTHON_STAGING_DIR)) return PYFRONT_PYTHON_STAGING_DIR;
    const std::string installed = here.substr(0, here.rfind('/')) + "/" PYFRONT_PYTHON_INSTALL_SUBDIR;
    if (holds_package(installed)) return installed;
    return {};
}

int config_failure(PyStatus status, PyConfig& config) {
    PyConfig_Clear(&config);
    if (PyStatus_IsExit(status)) return status.exitcode;
    std::cerr << "pyfront run: cannot start the host CPython (" PYFRONT_HOST_EXECUTABLE "): "
              << (status.func ? std::string(status.func) + ": " : std::string())
              << (status.err_msg ? status.err_msg : "unknown failure") << "\n";
    return kExitUsage;
}

// sys.path = [the current folder (`-m`'s entry, replaced by the script's folder in _run.py),
// the package root, the rest]: the package comes before any other installed pyfront.
bool add_package_root(const std::string& root) {
    if (root.empty()) return true;
    PyObject* path = PySys_GetObject("path");  // borrowed
    PyObject* entry = PyUnicode_DecodeFSDefault(root.c_str());
    const bool ok = path && entry && PyList_Insert(path, 0, entry) == 0;
    Py_XDECREF(entry);
    if (!ok) PyErr_Print();
    return ok;
}

}  // namespace

int run_run(const std::vector<std::string>& args) {
    if (PyImport_AppendInittab("_pyfront", PyInit__pyfront) != 0) {
        std::cerr << "pyfront run: cannot register the _pyfront module\n";
        return kExitUsage;
    }
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.parse_argv = 0;  // the arguments are run's and the script's, not python's options
    // "-m" as argv[0] is what python's own option parsing leaves for `python -m pyfront`:
    // sys.path[0] becomes the current folder, and runpy puts the module's path in its place.
    std::vector<std::string> argv_text{"-m", "run"};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_text) argv.push_back(a.data());
    PyStatus status = PyConfig_SetBytesString(&config, &config.program_name, PYFRONT_HOST_EXECUTABLE);
    if (!PyStatus_Exception(status))
        status = PyConfig_SetBytesArgv(&config, static_cast<Py_ssize_t>(argv.size()), argv.data());
    if (!PyStatus_Exception(status)) status = PyConfig_SetBytesString(&config, &config.run_module, "pyfront");
    if (!PyStatus_Exception(status)) status = Py_InitializeFromConfig(&config);
    if (PyStatus_Exception(status)) return config_failure(status, config);
    PyConfig_Clear(&config);
    if (!add_package_root(package_root())) {
        Py_Finalize();
        return kExitUsage;
    }
    return Py_RunMain();  // finalizes the interpreter; the script's exit status
}

}  // namespace pyfront::cli
