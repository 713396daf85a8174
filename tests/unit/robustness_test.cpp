// Bad input of any kind gets a SyntaxError-class diagnostic (or a tree), never a crash, a hang
// or a stack overflow: invalid UTF-8, NUL bytes, 100,000 nested brackets, 10 MB lines, deep
// indentation, huge numbers, and 100,000-deep chains of every construct that nests (prefix
// operators, lambdas, conditional expressions, attribute/call/subscript/operator chains,
// elifs, f-strings). The parser bounds its recursion (parse/parser_base.h: "too complex"),
// the tokenizer bounds brackets (200), indentation (100) and f-string nesting, and the
// builder bounds the tree's depth (builder/tree_depth.h: RecursionError) so that recursive
// consumers (dump, JSON, the bridge) are safe. Every tree built here is also dumped.
// The inputs the fuzzer (tests/fuzz) found crashing are replayed here too, without clang.
#include <gtest/gtest.h>

#include <dirent.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "ast/dump.h"
#include "builder/builder.h"
#include "builder/tree_depth.h"
#include "diag/render.h"

namespace pyfront {
namespace {

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

builder::Result parse(const std::string& src, Version v = Version{3, 12}, bool hint = false) {
    builder::Options o;
    o.version = v;
    o.version_hint = hint;
    builder::Result r = builder::parse_source(src, o);
    if (r.ok()) {
        // The consumers must cope with every tree the builder lets through.
        EXPECT_FALSE(ast::dump(r.tree).empty());
        std::string json;
        ast::write_json(r.tree, ast::JsonOptions{}, json);
        EXPECT_FALSE(json.empty());
    } else {
        EXPECT_TRUE(r.error.has_value());
        if (r.error) {
            // CPython's MemoryError before 3.12 had no message
            if (r.error->kind != ErrorKind::MemoryError || v >= Version{3, 12}) EXPECT_FALSE(r.error->message.empty());
            std::string report;
            diag::render_error(diag::ErrorFormat::CPython, "x.py", *r.error, r.text(), report);
            EXPECT_FALSE(report.empty());
        }
    }
    return r;
}

// The parse fails with a message containing `text` (and of kind `kind` when given).
void expect_error(const std::string& src, const std::string& text, Version v = Version{3, 12},
                  std::optional<ErrorKind> kind = std::nullopt) {
    const builder::Result r = parse(src, v);
    ASSERT_FALSE(r.ok()) << "accepted: " << src.substr(0, 80);
    ASSERT_TRUE(r.error);
    EXPECT_NE(r.error->message.find(text), std::string::npos)
        << "message: " << r.error->message << " (source " << src.substr(0, 60) << "...)";
    if (kind) {
        EXPECT_STREQ(error_kind_name(r.error->kind), error_kind_name(*kind)) << r.error->message;
    }
}

void expect_ok(const std::string& src, Version v = Version{3, 12}) {
    const builder::Result r = parse(src, v);
    EXPECT_TRUE(r.ok()) << (r.error ? r.error->message : "") << " (source " << src.substr(0, 60) << "...)";
}

constexpr std::size_t kDeep = 100000;
const char* const kTooComplex = "too complex";
const char* const kRecursion = "maximum recursion depth exceeded";

TEST(Robustness, InvalidUtf8) {
    for (const char* src : {"x = '\xff'\n", "\xff\xfe\n", "\xef\xbb\xbf\xff\n", "x = f'\xc3'\n", "\xc3",
                            "def \xe2\x82(): pass\n", "x = b'\xed\xa0\x80'\n", "# coding: utf-8\n\xf8\n"}) {
        for (Version v : {Version{3, 0}, Version{3, 6}, Version{3, 9}, Version{3, 12}, Version{3, 15}}) {
            const builder::Result r = parse(src, v);
            EXPECT_FALSE(r.ok()) << src;
        }
    }
    // CPython's compile() of bytes never decodes comments: ill-formed UTF-8 there is fine.
    expect_ok("# \xc3\x28\nx = 1\n");
    expect_ok("x = 1  # \xed\xa0\x80\n", Version{3, 6});
}

TEST(Robustness, NulBytes) {
    expect_error(std::string("x = 1\0\n", 7), "null bytes", Version{3, 8}, ErrorKind::ValueError);
    expect_error(std::string("x = 1\0\n", 7), "null bytes", Version{3, 12});
    expect_error(std::string("\0", 1), "null bytes", Version{3, 15});
    expect_error(std::string("s = '\0'\n", 8), "null bytes", Version{3, 12});
}

TEST(Robustness, HundredThousandNestedBrackets) {
    for (const char* open : {"(", "[", "{"}) {
        expect_error("x = " + repeat(open, kDeep) + "\n", "too many nested parentheses");
        expect_error("x = " + repeat(open, kDeep) + "\n", "too many nested parentheses", Version{3, 6});
    }
    expect_error(repeat("(", kDeep) + repeat(")", kDeep) + "\n", "too many nested parentheses");
    expect_error("x = " + repeat("{1:", kDeep) + "1" + repeat("}", kDeep) + "\n", "too many nested parentheses");
}

TEST(Robustness, TenMegabyteLines) {
    const std::size_t ten_mb = 10u << 20;
    expect_ok("x = '" + std::string(ten_mb, 'a') + "'\n");
    expect_ok("x = 1  # " + std::string(ten_mb, 'c') + "\n");
    expect_ok(std::string(ten_mb, ' ') + "\n");  // a blank line
    expect_ok("x = " + repeat("a and ", ten_mb / 6) + "a\n", Version{3, 8});  // flat BoolOp
    // An error at the end of a 10 MB line.
    expect_error("x = '" + std::string(ten_mb, 'a') + "' +\n", "invalid syntax");
    expect_error("x = '" + std::string(ten_mb, 'a') + "\n", "unterminated string literal");
}

TEST(Robustness, DeepIndentation) {
    std::string src;
    for (int i = 0; i < 1000; ++i) src += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
    src += std::string(1000, ' ') + "pass\n";
    expect_error(src, "too many levels of indentation", Version{3, 12}, ErrorKind::IndentationError);
    expect_error(src, "too many levels of indentation", Version{3, 6}, ErrorKind::IndentationError);
    std::string tabs;
    for (int i = 0; i < 1000; ++i) tabs += std::string(static_cast<std::size_t>(i), '\t') + "def f():\n";
    tabs += std::string(1000, '\t') + "pass\n";
    expect_error(tabs, "too many levels of indentation", Version{3, 12}, ErrorKind::IndentationError);
    std::string ok;
    for (int i = 0; i < 99; ++i) ok += std::string(static_cast<std::size_t>(i), ' ') + "while x:\n";
    expect_ok(ok + std::string(99, ' ') + "pass\n");
}

TEST(Robustness, HugeNumbers) {
    const std::string digits(kDeep, '9');
    // 3.11+ (and 3.10.7+) refuse to convert more than 4300 decimal digits.
    expect_error("x = " + digits + "\n", "Exceeds the limit", Version{3, 12});
    expect_ok("x = " + digits + "\n", Version{3, 6});
    expect_ok("x = 0x" + std::string(kDeep, 'f') + "\n");
    expect_ok("x = 0b" + std::string(kDeep, '1') + "\n");
    expect_ok("x = " + digits + ".5e999999999999999999\n");
    expect_ok("x = 1e-999999999999999999 + " + digits + "j\n");
    expect_ok("x = " + std::string(kDeep, '0') + "\n");
    expect_ok("x = 1" + repeat("_0", 2000) + "\n");
}

TEST(Robustness, DeepPrefixChainsAreTooComplex) {
    for (const std::string prefix : {"not ", "-", "~", "+", "lambda: ", "lambda x: ", "1 if x else ", "2 ** ",
                                     "await "}) {
        const std::string body = repeat(prefix, kDeep) + "x";
        const std::string src = prefix == "await "
                                    ? "async def f():\n    x = (" + body + ")\n"
                                    : "x = " + body + "\n";
        const builder::Result r = parse(src);
        ASSERT_FALSE(r.ok()) << prefix;
        EXPECT_NE(r.error->message.find(kTooComplex), std::string::npos) << prefix << ": " << r.error->message;
        EXPECT_EQ(r.error->kind, ErrorKind::MemoryError) << prefix;
        EXPECT_EQ(r.error->lineno, 0) << prefix;  // no position, as CPython's MemoryError
    }
    expect_error("x = " + repeat("*", kDeep) + "a\n", "invalid syntax");
    // Up to 3.11 CPython's MemoryError had no message at all.
    for (Version v : {Version{3, 6}, Version{3, 9}, Version{3, 11}}) {
        const builder::Result r = parse("x = " + repeat("not ", kDeep) + "x\n", v);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error->kind, ErrorKind::MemoryError);
        EXPECT_EQ(r.error->message, "");
    }
}

TEST(Robustness, DeepLeftChainsAreRecursionErrors) {
    for (const std::string step : {".b", "()", "[0]", " + a", " | a", " << a", " @ a", " ** 2"}) {
        const std::string src = "x = a" + repeat(step, kDeep) + "\n";
        const builder::Result r = parse(src);
        ASSERT_FALSE(r.ok()) << step;
        // `**` is right-associative: a prefix-like chain for the parser.
        const char* want = step == " ** 2" ? kTooComplex : kRecursion;
        EXPECT_NE(r.error->message.find(want), std::string::npos) << step << ": " << r.error->message;
    }
    // Chains CPython builds flat are fine at any length.
    expect_ok("x = a" + repeat(" and a", kDeep) + "\n");
    expect_ok("x = a" + repeat(" or a", kDeep) + "\n");
    expect_ok("x = a" + repeat(" < a", kDeep) + "\n");
    expect_ok("x = " + repeat("'s' ", kDeep) + "\n");
    expect_ok("f(" + repeat("a, ", kDeep) + ")\n");
    expect_ok(repeat("@d\n", kDeep) + "def f(): pass\n");
    expect_ok("if x: pass\n" + repeat("elif x: pass\n", 2000) + "else: pass\n");
    // CPython's elif_stmt recurses once per elif: its parser overflows (builder/parser_stack.h).
    expect_error("if x: pass\n" + repeat("elif x: pass\n", kDeep), kTooComplex);
    expect_ok(repeat("x = 1; ", kDeep) + "\n");
}

TEST(Robustness, DepthLimitIsPerVersion) {
    // `'a' + '.b' * n` and `'f' + '()' * n` are n + 3 nodes deep (Module > Expr > n nodes >
    // Name); the largest n each CPython accepts, measured (builder/tree_depth.h).
    struct Limit {
        Version version;
        std::size_t max_n;
    };
    for (const Limit l : {Limit{{3, 11}, 2991}, Limit{{3, 12}, 2993}, Limit{{3, 13}, 9994}, Limit{{3, 15}, 9994},
                          Limit{{3, 9}, 9994}, Limit{{3, 6}, 9994}}) {
        for (const std::string step : {".b", "()"}) {
            expect_ok("a" + repeat(step, l.max_n) + "\n", l.version);
            expect_error("a" + repeat(step, l.max_n + 1) + "\n", kRecursion, l.version, ErrorKind::RecursionError);
        }
    }
    EXPECT_EQ(builder::max_tree_depth(Version{3, 10}), builder::kMaxTreeDepth);
    EXPECT_EQ(builder::max_tree_depth(Version{3, 14}), builder::kMaxTreeDepth);
    // Statements count too: Module > Assign > n UnaryOps > Name.
    expect_ok("x = " + repeat("not ", 2993) + "x\n", Version{3, 12});
    expect_error("x = " + repeat("not ", 2994) + "x\n", kRecursion, Version{3, 12}, ErrorKind::RecursionError);
}

// The deepest tree any version accepts goes through every consumer (parse() dumps it and
// writes its JSON): within the main thread's 8 MB stack.
TEST(Robustness, ConsumersWalkTheDeepestTree) {
    const std::size_t n = static_cast<std::size_t>(builder::kMaxTreeDepth) - 3;
    expect_ok("a" + repeat(".b", n) + "\n", Version{3, 13});
    expect_ok("x = " + repeat("[", 150) + "a" + repeat(".b", n - 200) + repeat("]", 150) + "\n", Version{3, 13});
    const builder::Result r = parse("a" + repeat(".b", n) + "\n", Version{3, 13});
    ASSERT_TRUE(r.ok());
    ast::DumpOptions indented;
    indented.with_indent(0);  // one line per value (wider indents make the text quadratic)
    EXPECT_FALSE(ast::dump(r.tree, indented).empty());
}

TEST(Robustness, NestedFStrings) {
    const std::string deep = "x = " + repeat("f'{", kDeep) + "1" + repeat("}'", kDeep) + "\n";
    for (Version v : {Version{3, 6}, Version{3, 11}, Version{3, 12}, Version{3, 15}}) EXPECT_FALSE(parse(deep, v).ok());
    const std::string dq = "x = " + repeat("f\"{", kDeep) + "1" + repeat("}\"", kDeep) + "\n";
    expect_error(dq, "too many nested f-strings", Version{3, 12});
    const std::string t = "x = " + repeat("t'{", kDeep) + "1" + repeat("}'", kDeep) + "\n";
    EXPECT_FALSE(parse(t, Version{3, 14}).ok());
    // Brackets inside replacement fields count toward the bracket limit.
    expect_error("x = f'{" + repeat("(", kDeep) + "'\n", "too many nested parentheses", Version{3, 12});
    expect_ok("x = f'{" + repeat("(", 150) + "1" + repeat(")", 150) + "}'\n", Version{3, 12});
}

TEST(Robustness, NestedLambdasAndComprehensions) {
    expect_error("f = " + repeat("lambda: ", kDeep) + "0\n", kTooComplex);
    // One generator expression with 100,000 `for` clauses is flat; 190 nested ones fit.
    expect_ok("x = (" + repeat("a for a in ", kDeep) + "b)\n");
    expect_ok("x = [" + repeat("[a for a in ", 190) + "b" + repeat("]", 190) + "]\n");
    expect_error("x = " + repeat("(yield ", 250) + "1" + repeat(")", 250) + "\n", "too many nested parentheses");
}

TEST(Robustness, ErrorPathWithVersionHint) {
    // The version hint parses again (minversion): the same limits hold there.
    const builder::Result r = parse("x = " + repeat("not ", kDeep) + "x\n", Version{3, 12}, true);
    EXPECT_FALSE(r.ok());
    const builder::Result q = parse("x = a" + repeat(".b", kDeep) + "\n", Version{3, 12}, true);
    EXPECT_FALSE(q.ok());
    const builder::Result s = parse(repeat("(", kDeep) + "\n", Version{3, 12}, true);
    EXPECT_FALSE(s.ok());
}

// Inputs that once took quadratic time (a minute for 100,000 items): each must stay linear.
// The bound is loose (sanitizer builds are ~10x slower); quadratic time would exceed it.
TEST(Robustness, LongListsStayLinear) {
    const auto start = std::chrono::steady_clock::now();
    std::string kwargs = "f(";
    for (std::size_t i = 0; i < kDeep; ++i) kwargs += "a" + std::to_string(i) + "=1,";
    kwargs += ")\n";
    // 3.6 refuses more than 255 arguments; 3.7-3.8 check repeated keywords (a set, not a scan).
    EXPECT_FALSE(parse(kwargs, Version{3, 6}).ok());
    expect_ok(kwargs, Version{3, 8});
    expect_error("f(a0=1, " + kwargs.substr(2), "keyword argument repeated", Version{3, 8});
    // Before 3.12 the tokenizer splits an f-string itself (lex/lexer_fstring_legacy.cpp).
    const std::string fields = "x = f'" + repeat("{a}", kDeep) + "'\n";
    for (Version v : {Version{3, 6}, Version{3, 8}, Version{3, 11}, Version{3, 12}}) expect_ok(fields, v);
    const std::string multiline = "x = f\"\"\"" + repeat("{a}\n", 20000) + "\"\"\"\n";
    for (Version v : {Version{3, 7}, Version{3, 10}}) expect_ok(multiline, v);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 60.0);
}

#ifdef PYFRONT_FUZZ_REGRESSIONS_DIR
// Each file of tests/fuzz/regressions is a fuzzer input (parse_fuzzer.cpp's layout: byte 0
// the version, mode and flags, then the source) that once crashed: it must not any more.
TEST(Robustness, FuzzRegressions) {
    DIR* dir = opendir(PYFRONT_FUZZ_REGRESSIONS_DIR);
    ASSERT_NE(dir, nullptr);
    int n = 0;
    while (dirent* e = readdir(dir)) {
        if (e->d_name[0] == '.') continue;
        std::ifstream in(std::string(PYFRONT_FUZZ_REGRESSIONS_DIR) + "/" + e->d_name, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string data = ss.str();
        if (data.empty()) continue;
        const auto control = static_cast<std::uint8_t>(data[0]);
        builder::Options o;
        o.version = Version{3, static_cast<std::uint8_t>(control & 0x0F)};
        o.mode = static_cast<builder::Mode>((control >> 4) & 0x03);
        o.type_comments = (control & 0x40) != 0;
        o.barry_as_flufl = (control & 0x80) != 0;
        const builder::Result r = builder::parse_source(std::string_view(data).substr(1), o);
        if (r.ok()) {
            EXPECT_FALSE(ast::dump(r.tree).empty()) << e->d_name;
        } else {
            EXPECT_TRUE(r.error.has_value()) << e->d_name;
        }
        ++n;
    }
    closedir(dir);
    SUCCEED() << n << " regression inputs";
}
#endif

}  // namespace
}  // namespace pyfront
