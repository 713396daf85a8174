// The CPython bridge (DESIGN.md decision 4): the common AST -> the host interpreter's `ast`
// objects (through the C API, driven by src/ast/nodes.def) -> the host's own compile() ->
// marshal. pyfront never makes bytecode itself.
//
// The host is the libpython chosen at configure time (PYFRONT_HOST_PYTHON, default Debian's
// python3). The interpreter is embedded and started on first use, isolated from the user's
// environment; it is per process (parallel compiles use processes, not threads).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "version/version.h"

namespace pyfront::bridge {

struct HostInfo {
    std::string implementation_version;  // sys.version_info as text: "3.11.7"
    Version version;                     // {3, 11}
    std::string cache_tag;               // sys.implementation.cache_tag: "cpython-311"
    std::array<unsigned char, 4> magic;  // importlib.util.MAGIC_NUMBER
};

// The host interpreter's facts; starts the interpreter on first call.
const HostInfo& host();

// importlib.util.source_hash(source_bytes): the 8-byte key of checked/unchecked-hash pycs.
std::array<unsigned char, 8> source_hash(std::string_view source_bytes);

struct CompileOutput {
    std::string code;                // marshal.dumps(code object); empty on error
    std::optional<Diagnostic> error; // the host compiler's refusal (file, line, reason)
};

// compile(tree, filename, "exec", dont_inherit=True, optimize=optimize) on the host, the tree
// converted to the host's node set, then marshal.dumps of the code object, made so that the
// bytes equal what py_compile/compileall write for the same source (host_ast.h,
// host_compile.h). `tree` must be a Module.
//
// `source_text` is the decoded text the tree was parsed from (builder::Result::text()). Give
// it when the host is older than 3.12: those hosts' parsers positioned f-string format specs
// at their STRING token, which only the text tells, and the line tables in the code record
// it. Without it the bytes can differ from compileall's for concatenated f-strings with
// format specs (the code behaves the same).
//
// Errors: the host compiler's refusal (SyntaxError from its symtable or compiler: message,
// lineno, offset as the host set them), a node or field the host's ast lacks ("type
// parameters cannot be compiled by host CPython 3.11.2", at the node's line). Throws
// std::runtime_error only when the host interpreter cannot start.
//
// One interpreter per process: calls from several threads are serialized; parallel work
// uses processes (fork() is safe before and after the first call).
CompileOutput compile_module(const ast::mod* tree, std::string_view filename, int optimize,
                             std::string_view source_text = {});

// compile(source_bytes, filename, "exec", dont_inherit=True, optimize=optimize) on the host,
// then marshal as compile_module() does: what py_compile does, for sources at the host's own
// level, where the host's parser is the definition of the version (`pyfront compile` uses it
// there unless --via-ast; see docs/compile-paths.md). Errors as compile_module()'s.
CompileOutput compile_source(std::string_view source_bytes, std::string_view filename, int optimize);

// Readies this process's interpreter for compile_module() (started, and in the state that
// gives compileall's bytes: host_compile.h, intern_like_compileall), so that worker processes
// forked after it inherit that work instead of each doing it. Optional.
void prepare_compile();

// What the host's import system would say of a pyc body: marshal.loads(data) must give a
// code object (importlib refuses anything else). Empty when it does; otherwise the host's
// error ("ValueError: bad marshal data (unknown type code)"). marshal.loads ignores bytes
// after the object and is not hardened against hostile data: cache::check_marshal's
// structural walk is the first check, this one the last word (cache/inventory.h).
std::string unmarshal_error(std::string_view data);

}  // namespace pyfront::bridge
