// Trees parsed at a compat level other than the host's: old code that the host's own parser
// refuses compiles and runs; what the host's compiler or node set cannot take is a clear error
// at the right line.
#include <gtest/gtest.h>

#include <string>

#include "bridge_test_support.h"

namespace pyfront::bridge::testing {
namespace {

constexpr Version k36{3, 6};
constexpr Version k312{3, 12};

// `async` and `await` were plain names in 3.6 outside async functions: the host parser
// refuses this source, but the tree (Name, arg, Attribute) is one the host compiles.
TEST(BridgeCompat, LegacyAsyncNamesCompileAndRun) {
    const char* source =
        "class X: pass\n"
        "x = X()\n"
        "setattr(x, 'async', 42)\n"
        "def f(async=False):\n"
        "    return x.async if not async else async\n"
        "await = 3\n"
        "result = (f(), f(async=7), await)\n";
    EXPECT_TRUE(host_compiles_source(source, "legacy.py").error.has_value()) << "the host itself parses it?";
    const Compiled c = pyfront_compiles(source, "legacy.py", 0, k36);
    ASSERT_FALSE(c.error.has_value()) << c.error->message;
    EXPECT_EQ(run_and_repr(c.code, "result"), "(42, 7, 3)");
}

// A construct 3.6 parsed but today's compiler refuses: the host's message, at its line.
TEST(BridgeCompat, HostCompilerRefusalIsADiagnostic) {
    const char* source =
        "def ok():\n"
        "    pass\n"
        "def f(y):\n"
        "    return [(yield x) for x in y]\n";
    const Compiled c = pyfront_compiles(source, "old.py", 0, k36);
    ASSERT_FALSE(c.parse_failed);
    ASSERT_TRUE(c.error.has_value());
    EXPECT_TRUE(c.code.empty());
    EXPECT_EQ(c.error->kind, ErrorKind::SyntaxError);
    EXPECT_EQ(c.error->message, "'yield' inside list comprehension");
    EXPECT_EQ(c.error->lineno, 4);
    EXPECT_GT(c.error->offset, 0);
}

TEST(BridgeCompat, SymtableErrorsComeFromTheCompiler) {
    // Not parse errors (DESIGN.md decision 2): pyfront parses them, the host compiler refuses.
    const Compiled c = pyfront_compiles("import os\n\nnonlocal y\n", "m.py");
    ASSERT_FALSE(c.parse_failed);
    ASSERT_TRUE(c.error.has_value());
    EXPECT_EQ(c.error->message, "nonlocal declaration not allowed at module level");
    EXPECT_EQ(c.error->lineno, 3);
    const Compiled r = pyfront_compiles("\n\nreturn 1\n", "m.py");
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->message, "'return' outside function");
    EXPECT_EQ(r.error->lineno, 3);
}

// PEP 695 syntax parsed at 3.12: a host without type parameters says so at the line; a host
// with them compiles it exactly as its own parser would.
TEST(BridgeCompat, TypeParametersOnAnOlderHost) {
    const char* alias = "x = 1\ntype X = int\n";
    const char* generic = "import os\n\ndef first[T](xs: list[T]) -> T:\n    return xs[0]\n";
    const Compiled a = pyfront_compiles(alias, "t.py", 0, k312);
    const Compiled g = pyfront_compiles(generic, "t.py", 0, k312);
    ASSERT_FALSE(a.parse_failed);
    ASSERT_FALSE(g.parse_failed);
    if (host().version >= k312) {
        EXPECT_EQ(a.code, host_compiles_source(alias, "t.py").code);
        EXPECT_EQ(g.code, host_compiles_source(generic, "t.py").code);
        return;
    }
    const std::string on_host = " cannot be compiled by host CPython " + host().implementation_version;
    ASSERT_TRUE(a.error.has_value());
    EXPECT_EQ(a.error->message, "type alias statements" + on_host);
    EXPECT_EQ(a.error->lineno, 2);
    EXPECT_EQ(a.error->offset, 1);
    ASSERT_TRUE(g.error.has_value());
    EXPECT_EQ(g.error->message, "type parameters" + on_host);
    EXPECT_EQ(g.error->lineno, 3);
}

// Fields the host lacks are left out when empty: a 3.12-parsed tree without type parameters
// (type_params = []) compiles on any host, identical to the host's own compile.
TEST(BridgeCompat, EmptyNewFieldsAreLeftOut) {
    const char* source = "def f(a): return a\nclass C: pass\n";
    const Compiled c = pyfront_compiles(source, "n.py", 0, k312);
    ASSERT_FALSE(c.error.has_value()) << c.error->message;
    EXPECT_EQ(c.code, host_compiles_source(source, "n.py").code);
}

}  // namespace
}  // namespace pyfront::bridge::testing
