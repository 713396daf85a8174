// CPython's parser stack limit per version (builder/parser_stack.h): for each form, the largest
// n that the real interpreter's ast.parse accepts without MemoryError; n + 1 gets MemoryError.
//
// How the numbers were measured: for each version, with $(pyenv root)/versions/3.X.Y/bin/python,
// a bisection over n of `ast.parse(form(n))`, where "refused" means MemoryError was raised
// (a RecursionError from the ast construction of 3.11/3.12, or a SyntaxError such as "too many
// nested parentheses", counts as accepted by the parser):
//     def refused(src):
//         try: ast.parse(src)
//         except MemoryError: return True
//         except BaseException: return False
//         return False
// (3.6.15, 3.7.16, 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0). 0 marks forms that no
// n refuses (from 3.9 the tokenizer's 200-bracket limit comes first).
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "builder/builder.h"
#include "builder/parser_stack.h"

namespace pyfront::builder {
namespace {

std::string repeat(const std::string& s, int n) {
    std::string out;
    out.reserve(s.size() * static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

struct Boundary {
    const char* form;
    std::function<std::string(int)> source;
    int max_n[8];  // 3.6 3.7 3.8 3.9 3.10 3.11 3.12 3.13
};

const Boundary kBoundaries[] = {
    {"'-' * n + '1'", [](int n) { return repeat("-", n) + "1"; },
     {1479, 1479, 1679, 5969, 5969, 5969, 5968, 5968}},
    {"'-' * n + 'x'", [](int n) { return repeat("-", n) + "x"; },
     {1479, 1479, 1679, 5969, 5969, 5969, 5969, 5969}},
    {"'+' * n + '1'", [](int n) { return repeat("+", n) + "1"; },
     {1479, 1479, 1679, 5969, 5969, 5969, 5968, 5968}},
    {"'~' * n + '1'", [](int n) { return repeat("~", n) + "1"; },
     {1479, 1479, 1679, 5969, 5969, 5969, 5968, 5968}},
    {"'not ' * n + 'x'", [](int n) { return repeat("not ", n) + "x"; },
     {1479, 1479, 1679, 5969, 5969, 5969, 5969, 5969}},
    {"'1 if x else ' * n + '1'", [](int n) { return repeat("1 if x else ", n) + "1"; },
     {1479, 1479, 1679, 5969, 5969, 5969, 5968, 5968}},
    {"'lambda: ' * n + '1'", [](int n) { return repeat("lambda: ", n) + "1"; },
     {739, 739, 839, 2984, 2984, 2984, 2984, 2984}},
    {"'2**' * n + '2'", [](int n) { return repeat("2**", n) + "2"; },
     {739, 739, 839, 2984, 2984, 2984, 2984, 2984}},
    {"'x=' + '-' * n + '1'", [](int n) { return "x=" + repeat("-", n) + "1"; },
     {1479, 1479, 1679, 5967, 5967, 5967, 5966, 5966}},
    {"'if 1:\\n ' + '-' * n + 'x\\n'", [](int n) { return "if 1:\n " + repeat("-", n) + "x\n"; },
     {1475, 1475, 1675, 5963, 5963, 5963, 5963, 5963}},
    {"'(' * n + '1' + ')' * n", [](int n) { return repeat("(", n) + "1" + repeat(")", n); },
     {92, 92, 98, 0, 0, 0, 0, 0}},
    {"'[' * n + ']' * n", [](int n) { return repeat("[", n) + repeat("]", n); },
     {93, 93, 99, 0, 0, 0, 0, 0}},
    {"'f(' * n + ')' * n", [](int n) { return repeat("f(", n) + repeat(")", n); },
     {88, 88, 99, 0, 0, 0, 0, 0}},
    {"'a[' * n + '0' + ']' * n", [](int n) { return repeat("a[", n) + "0" + repeat("]", n); },
     {87, 87, 98, 0, 0, 0, 0, 0}},
    {"'-(' * n + '1' + ')' * n", [](int n) { return repeat("-(", n) + "1" + repeat(")", n); },
     {87, 87, 93, 0, 0, 0, 0, 0}},
};

// More contexts, measured with some of 3.6-3.13 (the same bisection).
struct ContextBoundary {
    const char* form;
    std::function<std::string(int)> source;
    int minor;
    int max_n;
};

const ContextBoundary kContexts[] = {
    {"def body", [](int n) { return "def f():\n " + repeat("-", n) + "x\n"; }, 6, 1475},
    {"def body", [](int n) { return "def f():\n " + repeat("-", n) + "x\n"; }, 8, 1675},
    {"def body", [](int n) { return "def f():\n " + repeat("-", n) + "x\n"; }, 13, 5962},
    {"return", [](int n) { return "def f():\n return " + repeat("-", n) + "x\n"; }, 6, 1474},
    {"return", [](int n) { return "def f():\n return " + repeat("-", n) + "x\n"; }, 12, 5961},
    {"two ifs", [](int n) { return "if 1:\n if 1:\n  " + repeat("-", n) + "x\n"; }, 8, 1671},
    {"two ifs", [](int n) { return "if 1:\n if 1:\n  " + repeat("-", n) + "x\n"; }, 9, 5957},
    {"if on one line", [](int n) { return "if 1: " + repeat("-", n) + "x\n"; }, 6, 1476},
    {"if on one line", [](int n) { return "if 1: " + repeat("-", n) + "x\n"; }, 12, 5966},
    {"class body", [](int n) { return "class C:\n " + repeat("-", n) + "x\n"; }, 9, 5962},
    {"augmented", [](int n) { return "x += " + repeat("-", n) + "x\n"; }, 13, 5967},
    {"annotated", [](int n) { return "x: int = " + repeat("-", n) + "x\n"; }, 8, 1678},
    {"annotated", [](int n) { return "x: int = " + repeat("-", n) + "x\n"; }, 12, 5966},
    {"string atom", [](int n) { return repeat("-", n) + "'s'\n"; }, 9, 5967},
    {"string atom", [](int n) { return repeat("-", n) + "'s'\n"; }, 13, 5965},
    {"keyword argument", [](int n) { return "f(a=" + repeat("-", n) + "x)\n"; }, 6, 1462},
    {"20 sets", [](int n) { return repeat("{", 20) + repeat("-", n) + "x" + repeat("}", 20); }, 8, 1359},
    {"20 tuples", [](int n) { return repeat("(", 20) + repeat("-", n) + "x" + repeat(",)", 20); }, 6, 1159},
    {"20 calls", [](int n) { return repeat("f(", 20) + repeat("-", n) + "x" + repeat(")", 20); }, 8, 1339},
    {"elif body", [](int n) { return "if x: pass\nelif x:\n " + repeat("-", n) + "x\n"; }, 9, 5962},
    {"elif condition", [](int n) { return "if x: pass\nelif " + repeat("-", n) + "x: pass\n"; }, 12, 5969},
    {"if condition", [](int n) { return "if " + repeat("-", n) + "x: pass\n"; }, 9, 5970},
    {"if condition", [](int n) { return "if " + repeat("-", n) + "x: pass\n"; }, 6, 1481},
    {"else body", [](int n) { return "if x: pass\nelse:\n " + repeat("-", n) + "x\n"; }, 12, 5962},
    {"51st elif body",
     [](int n) { return "if x: pass\n" + repeat("elif x: pass\n", 50) + "elif x:\n " + repeat("-", n) + "x\n"; }, 9,
     5912},
    {"else after 50 elifs",
     [](int n) { return "if x: pass\n" + repeat("elif x: pass\n", 50) + "else:\n " + repeat("-", n) + "x\n"; }, 13,
     5912},
    // n elifs of `pass` (3.6-3.8 read elifs flat: no n refuses)
    {"elif chain", [](int n) { return "if x: pass\n" + repeat("elif x: pass\n", n); }, 9, 5966},
    {"elif chain", [](int n) { return "if x: pass\n" + repeat("elif x: pass\n", n); }, 12, 5965},
    {"elif chain", [](int n) { return "if x: pass\n" + repeat("elif x: pass\n", n); }, 13, 5965},
};

bool overflows(const std::string& src, int minor) {
    Options o;
    o.version = Version{3, static_cast<std::uint8_t>(minor)};
    const Result r = parse_source(src, o);
    return !r.ok() && r.error->kind == ErrorKind::MemoryError;
}

TEST(ParserStack, BoundariesPerVersionMatchCPython) {
    for (const Boundary& b : kBoundaries) {
        for (int i = 0; i < 8; ++i) {
            const int minor = 6 + i, n = b.max_n[i];
            if (n == 0) {
                // CPython's tokenizer refuses the 201st bracket: no MemoryError before it.
                EXPECT_FALSE(overflows(b.source(199), minor)) << b.form << " 3." << minor;
                continue;
            }
            EXPECT_FALSE(overflows(b.source(n), minor)) << b.form << " n=" << n << " 3." << minor;
            EXPECT_TRUE(overflows(b.source(n + 1), minor)) << b.form << " n=" << n + 1 << " 3." << minor;
        }
    }
}

TEST(ParserStack, ContextsMatchCPython) {
    for (const ContextBoundary& c : kContexts) {
        EXPECT_FALSE(overflows(c.source(c.max_n), c.minor)) << c.form << " n=" << c.max_n << " 3." << c.minor;
        EXPECT_TRUE(overflows(c.source(c.max_n + 1), c.minor)) << c.form << " n=" << c.max_n + 1 << " 3." << c.minor;
    }
}

TEST(ParserStack, MessageAsEachVersion) {
    Options o;
    o.version = Version{3, 11};
    Result r = parse_source(repeat("-", 7000) + "1", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, ErrorKind::MemoryError);
    EXPECT_EQ(r.error->message, "");  // no message up to 3.11
    o.version = Version{3, 12};
    r = parse_source(repeat("-", 7000) + "1", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->message, "Parser stack overflowed - Python source too complex to parse");
}

TEST(ParserStack, CostsTableCoversEveryVersion) {
    // 3.0-3.5 take 3.6's LL(1) parser row, 3.14+ the 3.12 row.
    EXPECT_EQ(parser_stack_costs(Version{3, 0}).max_stack, 1500);
    EXPECT_EQ(parser_stack_costs(Version{3, 8}).max_stack, 1700);
    EXPECT_EQ(parser_stack_costs(Version{3, 15}).max_stack, 6000);
    EXPECT_EQ(parser_stack_costs(Version{3, 15}).number, 1);
}

}  // namespace
}  // namespace pyfront::builder
