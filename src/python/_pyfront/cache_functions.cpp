// _pyfront.cache_from_source, cache_tag and write_pyc_atomic: the cache manager's rules
// (cache/tag.h, cache/pyc_path.h, cache/atomic_file.h) for the import hook.
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <string>

#include "bridge/bridge.h"
#include "cache/atomic_file.h"
#include "cache/pyc_path.h"
#include "cache/tag.h"
#include "python/_pyfront/arguments.h"
#include "python/_pyfront/functions.h"
#include "python/_pyfront/gil.h"

namespace pyfront::pymodule {
namespace {

bool host_facts(cache::HostFacts& facts) {
    return run_without_gil([&] {
        const bridge::HostInfo& info = bridge::host();
        facts.version = info.version;
        facts.cache_tag = info.cache_tag;
        facts.magic = info.magic;
    });
}

// os.getcwd(), as bytes.
bool current_dir(std::string& out) {
    std::string buffer(PATH_MAX, '\0');
    while (!::getcwd(buffer.data(), buffer.size())) {
        if (errno != ERANGE) {
            PyErr_SetFromErrno(PyExc_OSError);
            return false;
        }
        buffer.resize(buffer.size() * 2);
    }
    out.assign(buffer.c_str());
    return true;
}

// sys.pycache_prefix read now (it may change at run time, as importlib reads it per call).
bool pycache_prefix(std::string& out) {
    out.clear();
    PyObject* prefix = PySys_GetObject("pycache_prefix");  // borrowed
    if (!prefix || prefix == Py_None) return true;
    return path_arg(prefix, out);
}

PyObject* text_of_path(const std::string& path) {
    return PyUnicode_DecodeFSDefaultAndSize(path.data(), static_cast<Py_ssize_t>(path.size()));
}

}  // namespace

PyObject* cache_from_source(PyObject*, PyObject* args, PyObject* kwargs) {
    static const char* keywords[] = {"path", "feature_version", "optimization", nullptr};
    PyObject *path_obj = nullptr, *feature_version = Py_None, *optimization = nullptr;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|OO:cache_from_source", const_cast<char**>(keywords),
                                     &path_obj, &feature_version, &optimization))
        return nullptr;
    std::string path;
    cache::HostFacts facts;
    Version compat;
    int optimize = 0;
    cache::PathOptions options;
    if (!path_arg(path_obj, path) || !host_facts(facts) || !feature_version_arg(feature_version, facts.version, compat) ||
        !optimization_arg(optimization, optimize) || !pycache_prefix(options.pycache_prefix))
        return nullptr;
    if (!options.pycache_prefix.empty() && !current_dir(options.cwd)) return nullptr;
    return text_of_path(cache::pyc_path(path, cache::cache_tag(facts, compat), optimize, options));
}

PyObject* cache_tag(PyObject*, PyObject* args, PyObject* kwargs) {
    static const char* keywords[] = {"feature_version", nullptr};
    PyObject* feature_version = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|O:cache_tag", const_cast<char**>(keywords), &feature_version))
        return nullptr;
    cache::HostFacts facts;
    Version compat;
    if (!host_facts(facts) || !feature_version_arg(feature_version, facts.version, compat)) return nullptr;
    const std::string tag = cache::cache_tag(facts, compat);
    return PyUnicode_FromStringAndSize(tag.data(), static_cast<Py_ssize_t>(tag.size()));
}

PyObject* write_pyc_atomic(PyObject*, PyObject* args, PyObject* kwargs) {
    static const char* keywords[] = {"path", "data", "source_mode", nullptr};
    PyObject* path_obj = nullptr;
    Py_buffer data;
    unsigned int source_mode = 0644;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "Oy*|I:write_pyc_atomic", const_cast<char**>(keywords),
                                     &path_obj, &data, &source_mode))
        return nullptr;
    std::string bytes(static_cast<const char*>(data.buf), static_cast<std::size_t>(data.len));
    PyBuffer_Release(&data);
    std::string path;
    if (!path_arg(path_obj, path)) return nullptr;
    // importlib's _calc_mode (write permission for the owner) and _write_atomic (& 0o666).
    const unsigned mode = (source_mode | 0200) & 0666;
    std::string error;
    bool written = false;
    if (!run_without_gil([&] {
            const std::string folder = cache::split_path(path).first;
            written = (folder.empty() || cache::make_dirs(folder, error)) &&
                      cache::write_atomic(path, bytes, mode, cache::Durability::None, error);
        }))
        return nullptr;
    if (!written) {
        PyErr_SetString(PyExc_OSError, error.c_str());
        return nullptr;
    }
    Py_RETURN_NONE;
}

}  // namespace pyfront::pymodule
