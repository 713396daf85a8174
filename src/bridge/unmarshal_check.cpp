// bridge::unmarshal_error (bridge.h): the host's own marshal.loads judges a pyc body.
#include "bridge/bridge.h"
#include "bridge/interpreter.h"

namespace pyfront::bridge {

std::string unmarshal_error(std::string_view data) {
    HostLock lock;
    PyRef loads(PyObject_GetAttrString(host_module("marshal"), "loads"));
    PyRef bytes(PyBytes_FromStringAndSize(data.data(), static_cast<Py_ssize_t>(data.size())));
    if (!loads || !bytes) return take_error_text();
    PyRef object(PyObject_CallFunctionObjArgs(loads.get(), bytes.get(), nullptr));
    if (!object) return take_error_text();
    // importlib's _compile_bytecode: "Non-code object in ..." for anything else.
    if (!PyCode_Check(object.get())) return std::string("not a code object: ") + Py_TYPE(object.get())->tp_name;
    return {};
}

}  // namespace pyfront::bridge
