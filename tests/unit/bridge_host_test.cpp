// The host's facts and source hash (bridge::host(), bridge::source_hash()), checked against
// what the embedded interpreter's own Python-level modules say, and the interpreter's
// isolation and survival across fork().
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "bridge/bridge.h"
#include "bridge/interpreter.h"

namespace pyfront::bridge {
namespace {

// Evaluates a Python expression in the embedded interpreter and returns its str().
std::string eval_str(const char* expr) {
    HostLock lock;
    PyRef globals(PyDict_New());
    PyDict_SetItemString(globals.get(), "__builtins__", PyEval_GetBuiltins());
    PyRef v(PyRun_String(expr, Py_eval_input, globals.get(), globals.get()));
    if (!v) return "<error: " + take_error_text() + ">";
    PyRef s(PyObject_Str(v.get()));
    return PyUnicode_AsUTF8(s.get());
}

std::string hex(const unsigned char* p, std::size_t n) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[p[i] >> 4];
        out += digits[p[i] & 15];
    }
    return out;
}

TEST(BridgeHost, FactsAreTheInterpretersOwn) {
    const HostInfo& h = host();
    EXPECT_EQ(h.implementation_version, eval_str("__import__('platform').python_version()"));
    EXPECT_EQ(to_string(h.version), eval_str("'%d.%d' % __import__('sys').version_info[:2]"));
    EXPECT_EQ(h.cache_tag, eval_str("__import__('sys').implementation.cache_tag"));
    EXPECT_EQ(h.cache_tag, "cpython-" + std::to_string(h.version.major) + std::to_string(h.version.minor));
    EXPECT_EQ(hex(h.magic.data(), 4), eval_str("__import__('importlib.util').util.MAGIC_NUMBER.hex()"));
    // Every magic number ends in \r\n (PEP 3147's file-type check).
    EXPECT_EQ(h.magic[2], '\r');
    EXPECT_EQ(h.magic[3], '\n');
}

TEST(BridgeHost, SourceHashIsImportlibs) {
    for (const char* text : {"", "x = 1\n", "caf\xc3\xa9 = '\xe2\x82\xac'\n"}) {
        const auto h = source_hash(text);
        const std::string expr =
            std::string("__import__('importlib.util').util.source_hash(") + "bytes.fromhex('" +
            hex(reinterpret_cast<const unsigned char*>(text), std::string(text).size()) + "')).hex()";
        EXPECT_EQ(hex(h.data(), 8), eval_str(expr.c_str())) << text;
    }
    EXPECT_NE(source_hash("a"), source_hash("b"));
}

TEST(BridgeHost, StartedIsolatedAndWithoutBytecodeWriting) {
    host();
    EXPECT_EQ(eval_str("__import__('sys').flags.isolated"), "1");
    EXPECT_EQ(eval_str("__import__('sys').flags.ignore_environment"), "1");
    EXPECT_EQ(eval_str("__import__('sys').flags.no_user_site"), "1");
    EXPECT_EQ(eval_str("__import__('sys').dont_write_bytecode"), "True");
    // The stdlib was found: a pure-Python module imports.
    EXPECT_EQ(eval_str("__import__('textwrap').dedent('  x')"), "x");
}

// A worker forked after the interpreter started compiles on its own copy of it.
TEST(BridgeHost, WorksInAForkedChild) {
    host();
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        const bool ok = eval_str("6 * 7") == "42" && !source_hash("x").empty();
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    EXPECT_EQ(eval_str("6 * 7"), "42");  // the parent's interpreter is untouched
}

}  // namespace
}  // namespace pyfront::bridge
