// The host's own tools that pyfront's commands borrow through the bridge: marshal.loads for
// `cache verify` (bridge::unmarshal_error), `re` for `compile -x` (bridge::HostRegex), and the
// collector pause around conversions (GcPause).
#include <gtest/gtest.h>

#include <string>

#include "bridge/bridge.h"
#include "bridge/host_regex.h"
#include "bridge/interpreter.h"

namespace pyfront::bridge {
namespace {

// marshal.dumps(compile(source, "m.py", "exec")) made by the host.
std::string marshalled_code(const char* source) {
    HostLock lock;
    PyRef code(Py_CompileString(source, "m.py", Py_file_input));
    PyRef dumps(PyObject_GetAttrString(host_module("marshal"), "dumps"));
    PyRef bytes(code && dumps ? PyObject_CallFunctionObjArgs(dumps.get(), code.get(), nullptr) : nullptr);
    if (!bytes) return {};
    return std::string(PyBytes_AS_STRING(bytes.get()), static_cast<std::size_t>(PyBytes_GET_SIZE(bytes.get())));
}

TEST(BridgeUnmarshal, AcceptsACodeObject) {
    const std::string body = marshalled_code("x = 1\n");
    ASSERT_FALSE(body.empty());
    EXPECT_EQ(unmarshal_error(body), "");
    // marshal.loads ignores what follows the object (cache::check_marshal does not).
    EXPECT_EQ(unmarshal_error(body + "junk"), "");
}

TEST(BridgeUnmarshal, RefusesWhatImportWouldRefuse) {
    EXPECT_EQ(unmarshal_error("N"), "not a code object: NoneType");
    EXPECT_EQ(unmarshal_error(""), "EOFError: EOF read where object expected");
    EXPECT_EQ(unmarshal_error("\x01"), "ValueError: bad marshal data (unknown type code)");
    const std::string body = marshalled_code("def f(a, b):\n    return a + b\n");
    ASSERT_GT(body.size(), 20u);
    EXPECT_NE(unmarshal_error(body.substr(0, body.size() / 2)), "");  // truncated
}

bool skips(const char* pattern, const char* path) {
    std::string error;
    auto rx = HostRegex::compile(pattern, error);
    EXPECT_TRUE(rx) << pattern << ": " << error;
    return rx && rx->search(path);
}

// Python's syntax, which ECMAScript (std::regex) reads otherwise or refuses.
TEST(BridgeHostRegex, SearchesAsPythonsRe) {
    EXPECT_TRUE(skips("(?i)MOD\\.PY$", "pkg/mod.py"));
    EXPECT_TRUE(skips("(?<=pkg/)mod", "pkg/mod.py"));
    EXPECT_FALSE(skips("(?<=lib/)mod", "pkg/mod.py"));
    EXPECT_TRUE(skips("(?P<n>a)b(?P=n)", "x/aba.py"));
    EXPECT_TRUE(skips("\\Apkg", "pkg/mod.py"));
    EXPECT_FALSE(skips("\\Amod", "pkg/mod.py"));       // ECMAScript: \A is a literal 'A'
    EXPECT_TRUE(skips("mod\\.py\\Z", "pkg/mod.py"));
    EXPECT_TRUE(skips("test", "lib/test/x.py"));         // searched, not matched from the start
    EXPECT_FALSE(skips("^test", "lib/test/x.py"));
    // A path that is not UTF-8 is searched as os.fsdecode gives it (surrogateescape).
    EXPECT_TRUE(skips("\\udcff", "pkg/\xff.py"));
}

TEST(BridgeHostRegex, ReportsTheHostsError) {
    std::string error;
    EXPECT_FALSE(HostRegex::compile("(", error));
    EXPECT_NE(error.find("missing ), unterminated subpattern at position 0"), std::string::npos) << error;
}

// gc.isenabled() (call inside a HostLock; the C API's PyGC_IsEnabled is 3.10+).
bool collector_enabled() {
    PyRef enabled(PyObject_CallMethod(host_module("gc"), "isenabled", nullptr));
    return enabled && PyObject_IsTrue(enabled.get()) == 1;
}

// compile_module pauses the collector around a conversion and gives back the state it found
// (the extension module runs inside a user's interpreter, whose setting is not ours).
TEST(BridgeGcPause, RestoresTheStateItFound) {
    HostLock lock;
    ASSERT_TRUE(collector_enabled());
    {
        const GcPause outer;
        EXPECT_FALSE(collector_enabled());
        {
            const GcPause inner;  // already off: stays off after it
        }
        EXPECT_FALSE(collector_enabled());
    }
    EXPECT_TRUE(collector_enabled());
}

}  // namespace
}  // namespace pyfront::bridge
