// The named errors of compound statement headers and blocks (builder/block_errors.cpp) and of
// CPython's other invalid_* rules (builder/invalid_rules.cpp). Expected values are what the
// real interpreters answered (CPython 3.10.13, 3.11.7, 3.12.1, 3.13.0); the corpus
// (corpus/parse/cases/err_missing_colon_*, err_expected_indent_*, ...) covers every version.
#include <gtest/gtest.h>

#include <string>

#include "builder/builder.h"

namespace pyfront {
namespace {

struct Want {
    const char* kind;
    std::string message;
    int lineno, offset, end_lineno, end_offset;
};

void expect(const std::string& src, Version v, const Want& w) {
    builder::Options o;
    o.version = v;
    const builder::Result r = builder::parse_source(src, o);
    ASSERT_FALSE(r.ok()) << src;
    const Diagnostic& d = *r.error;
    EXPECT_STREQ(error_kind_name(d.kind), w.kind) << src;
    EXPECT_EQ(d.message, w.message) << src;
    EXPECT_EQ(d.lineno, w.lineno) << src;
    EXPECT_EQ(d.offset, w.offset) << src;
    EXPECT_EQ(d.end_lineno, w.end_lineno) << src;
    EXPECT_EQ(d.end_offset, w.end_offset) << src;
}

const char* const kSyntax = "SyntaxError";
const char* const kIndent = "IndentationError";

TEST(BlockErrors, MissingColonAtTheNewline) {
    // 3.10-3.11's NEWLINE has no width; 3.12+'s has one.
    expect("while x\n    pass\n", Version{3, 10}, {kSyntax, "expected ':'", 1, 8, 1, 8});
    expect("while x\n    pass\n", Version{3, 12}, {kSyntax, "expected ':'", 1, 8, 1, 9});
    expect("try:\n    pass\nexcept\n    pass\n", Version{3, 13}, {kSyntax, "expected ':'", 3, 7, 3, 8});
    expect("class C(x)\n    pass\n", Version{3, 11}, {kSyntax, "expected ':'", 1, 11, 1, 11});
    expect("match x:\n    case 1 if y\n        pass\n", Version{3, 13}, {kSyntax, "expected ':'", 2, 16, 2, 17});
    expect("match x\n    case 1:\n        pass\n", Version{3, 12}, {kSyntax, "expected ':'", 1, 8, 1, 9});
    expect("try:\n    pass\nexcept* E\n    pass\n", Version{3, 11}, {kSyntax, "expected ':'", 3, 10, 3, 10});
    expect("try:\n    pass\nexcept* E\n    pass\n", Version{3, 10}, {kSyntax, "invalid syntax", 3, 7, 3, 8});
    expect("while x\n    pass\n", Version{3, 9}, {kSyntax, "invalid syntax", 1, 8, 0, 0});
}

TEST(BlockErrors, ForcedColonOnlyWhereTheGrammarForcesIt) {
    expect("def f() -> int pass\n", Version{3, 13}, {kSyntax, "expected ':'", 1, 16, 1, 20});
    expect("try pass\n", Version{3, 10}, {kSyntax, "expected ':'", 1, 5, 1, 9});
    expect("if x:\n    pass\nelse pass\n", Version{3, 12}, {kSyntax, "expected ':'", 3, 6, 3, 10});
    expect("if x pass\n", Version{3, 13}, {kSyntax, "invalid syntax", 1, 6, 1, 10});
    expect("class C() pass\n", Version{3, 13}, {kSyntax, "invalid syntax", 1, 11, 1, 15});
}

TEST(BlockErrors, ExpectedAnIndentedBlockNamesTheStatement) {
    expect("for x in y:\npass\n", Version{3, 13},
           {kIndent, "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5});
    expect("@d\ndef f():\npass\n", Version{3, 10},
           {kIndent, "expected an indented block after function definition on line 2", 3, 1, 3, 5});
    expect("match x:\n    case 1:\n    pass\n", Version{3, 12},
           {kIndent, "expected an indented block after 'case' statement on line 2", 3, 5, 3, 9});
    expect("try:\n    pass\nexcept* E:\npass\n", Version{3, 11},
           {kIndent, "expected an indented block after 'except*' statement on line 3", 4, 1, 4, 5});
    expect("if x:\n# c\n\nx = 1\n", Version{3, 13},
           {kIndent, "expected an indented block after 'if' statement on line 1", 4, 1, 4, 2});
    // after DEDENTs: CPython stops at the DEDENT, which has no columns
    expect("def f():\n    if x:\ny = 1\n", Version{3, 13},
           {kIndent, "expected an indented block after 'if' statement on line 2", 3, 0, 3, -1});
    expect("if x:\npass\n", Version{3, 9}, {kIndent, "expected an indented block", 2, 1, 0, 0});
}

TEST(BlockErrors, OtherInvalidRules) {
    expect("def f(a, (b, c)): pass\n", Version{3, 11},
           {kSyntax, "Function parameters cannot be parenthesized", 1, 10, 1, 16});
    expect("def f(a, (b, c)): pass\n", Version{3, 10}, {kSyntax, "invalid syntax", 1, 10, 1, 11});
    expect("def f(a=1, (b, c)): pass\n", Version{3, 13}, {kSyntax, "invalid syntax", 1, 12, 1, 13});
    expect("f = lambda a, (b, c): 0\n", Version{3, 12},
           {kSyntax, "Lambda expression parameters cannot be parenthesized", 1, 15, 1, 21});
    expect("class C[]: pass\n", Version{3, 13}, {kSyntax, "Type parameter list cannot be empty", 1, 9, 1, 9});
    expect("x = f'{!r}'\n", Version{3, 12}, {kSyntax, "f-string: valid expression required before '!'", 1, 8, 1, 9});
    expect("x = f'{a:{}}'\n", Version{3, 13}, {kSyntax, "f-string: valid expression required before '}'", 1, 11, 1, 12});
    expect("x = f'{!r}'\n", Version{3, 11}, {kSyntax, "f-string: expression required before '!'", 1, 12, 1, 12});
    expect("x = f'{lambda x:}'\n", Version{3, 13},
           {kSyntax, "f-string: lambda expressions are not allowed without parentheses", 1, 8, 1, 17});
    expect("def f(*a, *b): pass\n", Version{3, 10}, {kSyntax, "invalid syntax", 1, 11, 1, 12});
    expect("def f(*a, *b): pass\n", Version{3, 11}, {kSyntax, "* argument may appear only once", 1, 11, 1, 12});
}

}  // namespace
}  // namespace pyfront
