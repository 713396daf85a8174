// compile_module(): the common AST -> host objects -> the host's compile() -> marshal;
// compile_source(): the source bytes -> the same compile() and marshal (bridge.h).
#include <stdexcept>

#include "bridge/bridge.h"
#include "bridge/host_ast.h"
#include "bridge/host_compile.h"
#include "bridge/interpreter.h"

namespace pyfront::bridge {
namespace {

// What compile() gave (null: its exception is set), marshalled as compileall would.
CompileOutput marshal_output(const PyRef& code) {
    CompileOutput out;
    if (!code) {
        out.error = take_diagnostic();
        return out;
    }
    out.code = marshal_like_compileall(code.get());
    if (out.code.empty()) out.error = take_diagnostic();
    return out;
}

// The file name as compileall passes it to compile(): os.fsdecode of the path.
PyRef file_name_object(std::string_view filename) {
    PyRef name(PyUnicode_DecodeFSDefaultAndSize(filename.data(), static_cast<Py_ssize_t>(filename.size())));
    if (!name) throw std::runtime_error("host CPython: cannot decode the file name");
    return name;
}

}  // namespace

CompileOutput compile_module(const ast::mod* tree, std::string_view filename, int optimize,
                             std::string_view source_text) {
    const HostInfo& info = host();  // before the lock: host() takes it too
    CompileOutput out;
    if (!tree || tree->node_kind != ast::NodeKind::Module) {
        Diagnostic d;
        d.message = "compile_module needs a Module tree (mode 'exec')";
        out.error = d;
        return out;
    }
    HostLock lock;
    intern_like_compileall();
    const PyRef name = file_name_object(filename);
    PyRef code;
    {
        const GcPause no_gc;  // the tree is acyclic: refcounting frees it
        HostAst converted = to_host_ast(tree, source_text, info.version, info.implementation_version);
        if (converted.error) {
            out.error = converted.error;
            return out;
        }
        code = host_compile(converted.tree.get(), name.get(), optimize);
        // The host objects die here, before marshal: they hold references to the identifiers
        // and constants that the code object shares, and marshal flags objects whose
        // reference count is above one, which source compilation never shows it.
    }
    return marshal_output(code);
}

CompileOutput compile_source(std::string_view source_bytes, std::string_view filename, int optimize) {
    host();
    HostLock lock;
    intern_like_compileall();
    const PyRef name = file_name_object(filename);
    PyRef source(PyBytes_FromStringAndSize(source_bytes.data(), static_cast<Py_ssize_t>(source_bytes.size())));
    if (!source) throw std::runtime_error("host CPython: out of memory");
    PyRef code = host_compile(source.get(), name.get(), optimize);
    return marshal_output(code);
}

void prepare_compile() {
    host();
    HostLock lock;
    intern_like_compileall();
}

}  // namespace pyfront::bridge
