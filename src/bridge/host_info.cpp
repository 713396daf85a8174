// The host's facts (version, cache tag, magic number) and its source hash (bridge.h).
#include <cstring>
#include <stdexcept>
#include <string>

#include "bridge/bridge.h"
#include "bridge/interpreter.h"

namespace pyfront::bridge {
namespace {

PyRef attr(PyObject* obj, const char* name) {
    PyRef v(PyObject_GetAttrString(obj, name));
    if (!v) throw std::runtime_error(std::string("host CPython: no attribute ") + name + ": " + take_error_text());
    return v;
}

long attr_long(PyObject* obj, const char* name) {
    PyRef v = attr(obj, name);
    return PyLong_AsLong(v.get());
}

std::string attr_text(PyObject* obj, const char* name) {
    PyRef v = attr(obj, name);
    const char* s = PyUnicode_AsUTF8(v.get());
    if (!s) throw std::runtime_error(std::string("host CPython: ") + name + " is not text: " + take_error_text());
    return s;
}

// sys.version_info as the version text Python prints ("3.11.2", "3.13.0rc1").
std::string version_text(PyObject* vi) {
    std::string text = std::to_string(attr_long(vi, "major")) + "." + std::to_string(attr_long(vi, "minor")) +
                       "." + std::to_string(attr_long(vi, "micro"));
    const std::string level = attr_text(vi, "releaselevel");
    if (level != "final") {
        const char* tag = level == "alpha" ? "a" : level == "beta" ? "b" : "rc";
        text += tag + std::to_string(attr_long(vi, "serial"));
    }
    return text;
}

HostInfo read_host_info() {
    HostLock lock;
    HostInfo info;
    PyObject* sys = host_module("sys");
    PyRef vi = attr(sys, "version_info");
    info.implementation_version = version_text(vi.get());
    info.version = Version{static_cast<std::uint8_t>(attr_long(vi.get(), "major")),
                           static_cast<std::uint8_t>(attr_long(vi.get(), "minor"))};
    PyRef impl = attr(sys, "implementation");
    info.cache_tag = attr_text(impl.get(), "cache_tag");
    // importlib.util.MAGIC_NUMBER is importlib._bootstrap_external's, which every interpreter
    // has loaded as _frozen_importlib_external; importing importlib.util costs ~4 ms.
    PyRef magic = attr(host_module("_frozen_importlib_external"), "MAGIC_NUMBER");
    if (!PyBytes_Check(magic.get()) || PyBytes_GET_SIZE(magic.get()) != 4)
        throw std::runtime_error("host CPython: importlib.util.MAGIC_NUMBER is not 4 bytes");
    std::memcpy(info.magic.data(), PyBytes_AS_STRING(magic.get()), 4);
    return info;
}

}  // namespace

const HostInfo& host() {
    static const HostInfo info = read_host_info();
    return info;
}

// Exactly importlib.util.source_hash(): _imp.source_hash(_RAW_MAGIC_NUMBER, data), so that
// the host's import system accepts the checked-hash pycs written with it.
std::array<unsigned char, 8> source_hash(std::string_view source_bytes) {
    HostLock lock;
    PyRef raw_magic = attr(host_module("_frozen_importlib_external"), "_RAW_MAGIC_NUMBER");
    PyRef data(PyBytes_FromStringAndSize(source_bytes.data(), static_cast<Py_ssize_t>(source_bytes.size())));
    PyRef method(PyUnicode_FromString("source_hash"));
    if (!data || !method) throw std::runtime_error("host CPython: " + take_error_text());
    PyRef hash(PyObject_CallMethodObjArgs(host_module("_imp"), method.get(), raw_magic.get(), data.get(), nullptr));
    if (!hash || !PyBytes_Check(hash.get()) || PyBytes_GET_SIZE(hash.get()) != 8)
        throw std::runtime_error("host CPython: _imp.source_hash failed: " + take_error_text());
    std::array<unsigned char, 8> out;
    std::memcpy(out.data(), PyBytes_AS_STRING(hash.get()), 8);
    return out;
}

}  // namespace pyfront::bridge
