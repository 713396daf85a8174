// Tokenizer errors in the parser's view (tokenize_module off): message, kind, line and
// CPython's SyntaxError.offset for each version where they differ. Every row was produced by
// running ast.parse() on the real interpreter of that version.
#include <gtest/gtest.h>

#include "lex_test_support.h"

namespace pyfront::lex {
namespace {

struct ErrorCase {
    const char* name;
    const char* source;
    Version version;
    ErrorKind kind;
    const char* message;
    int lineno;
    int offset;
};

const ErrorCase kErrorCases[] = {
    {"UnterminatedString", "x = \"abc\n", {3, 9}, ErrorKind::SyntaxError, "EOL while scanning string literal", 1, 9},
    {"UnterminatedString", "x = \"abc\n", {3, 10}, ErrorKind::SyntaxError, "unterminated string literal (detected at line 1)", 1, 5},
    {"UnterminatedString", "x = \"abc\n", {3, 12}, ErrorKind::SyntaxError, "unterminated string literal (detected at line 1)", 1, 5},
    {"UnterminatedTriple", "x = '''abc\n\n", {3, 9}, ErrorKind::SyntaxError, "EOF while scanning triple-quoted string literal", 2, 12},
    {"UnterminatedTriple", "x = '''abc\n\n", {3, 10}, ErrorKind::SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"UnterminatedTriple", "x = '''abc\n\n", {3, 12}, ErrorKind::SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"Dedent", "if x:\n    a\n  b\n", {3, 9}, ErrorKind::IndentationError, "unindent does not match any outer indentation level", 3, 4},
    {"Dedent", "if x:\n    a\n  b\n", {3, 12}, ErrorKind::IndentationError, "unindent does not match any outer indentation level", 3, 4},
    {"TabSpace", "if x:\n\ta\n        b\n", {3, 9}, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"TabSpace", "if x:\n\ta\n        b\n", {3, 12}, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"LineCont", "x = \\ y\n", {3, 12}, ErrorKind::SyntaxError, "unexpected character after line continuation character", 1, 6},
    {"UnclosedParen", "x = (\n", {3, 9}, ErrorKind::SyntaxError, "unexpected EOF while parsing", 1, 6},
    {"UnclosedParen", "x = (\n", {3, 10}, ErrorKind::SyntaxError, "'(' was never closed", 1, 5},
    {"UnclosedParen", "x = (\n", {3, 12}, ErrorKind::SyntaxError, "'(' was never closed", 1, 5},
    {"Mismatch", "x = (1, 2]\n", {3, 12}, ErrorKind::SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 10},
    {"MismatchOtherLine", "x = (1,\n 2]\n", {3, 12}, ErrorKind::SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3},
    {"Unmatched", "x = )\n", {3, 12}, ErrorKind::SyntaxError, "unmatched ')'", 1, 5},
    {"LeadingZeros", "x = 0777\n", {3, 7}, ErrorKind::SyntaxError, "invalid token", 1, 8},
    {"LeadingZeros", "x = 0777\n", {3, 8}, ErrorKind::SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 8},
    {"LeadingZeros", "x = 0777\n", {3, 12}, ErrorKind::SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"DoubleUnderscore", "x = 1__0\n", {3, 7}, ErrorKind::SyntaxError, "invalid token", 1, 6},
    {"DoubleUnderscore", "x = 1__0\n", {3, 12}, ErrorKind::SyntaxError, "invalid decimal literal", 1, 6},
    {"BinaryDigit", "x = 0b2\n", {3, 7}, ErrorKind::SyntaxError, "invalid token", 1, 6},
    {"BinaryDigit", "x = 0b2\n", {3, 9}, ErrorKind::SyntaxError, "invalid digit '2' in binary literal", 1, 6},
    {"BinaryDigit", "x = 0b2\n", {3, 12}, ErrorKind::SyntaxError, "invalid digit '2' in binary literal", 1, 7},
    {"OctalDigit", "x = 0o8\n", {3, 8}, ErrorKind::SyntaxError, "invalid digit '8' in octal literal", 1, 6},
    {"OctalDigit", "x = 0o8\n", {3, 12}, ErrorKind::SyntaxError, "invalid digit '8' in octal literal", 1, 7},
    {"TrailingUnderscore", "x = 1_\n", {3, 12}, ErrorKind::SyntaxError, "invalid decimal literal", 1, 6},
    {"EmptyHex", "x = 0x\n", {3, 12}, ErrorKind::SyntaxError, "invalid hexadecimal literal", 1, 6},
    {"GluedName", "x = 1abc\n", {3, 12}, ErrorKind::SyntaxError, "invalid decimal literal", 1, 5},
    {"GluedExponent", "x = 1e\n", {3, 12}, ErrorKind::SyntaxError, "invalid decimal literal", 1, 5},
    {"GluedImaginary", "x = 1j_\n", {3, 12}, ErrorKind::SyntaxError, "invalid imaginary literal", 1, 6},
    {"InvalidChar", "€ = 1\n", {3, 8}, ErrorKind::SyntaxError, "invalid character in identifier", 1, 1},
    {"InvalidChar", "€ = 1\n", {3, 12}, ErrorKind::SyntaxError, "invalid character '€' (U+20AC)", 1, 1},
    {"NonPrintable", "a b = 1\n", {3, 12}, ErrorKind::SyntaxError, "invalid non-printable character U+00A0", 1, 2},
    {"ControlChar", "x = 1\x01""\n", {3, 11}, ErrorKind::SyntaxError, "invalid non-printable character U+0001", 1, 6},
    {"FStringExpectingBrace", "f\"{x\"\n", {3, 11}, ErrorKind::SyntaxError, "f-string: expecting '}'", 1, 6},
    {"FStringExpectingBrace", "f\"{x\"\n", {3, 12}, ErrorKind::SyntaxError, "f-string: expecting '}'", 1, 5},
    {"FStringSingleBrace", "f\"}\"\n", {3, 7}, ErrorKind::SyntaxError, "f-string: single '}' is not allowed", 1, 0},
    {"FStringSingleBrace", "f\"}\"\n", {3, 8}, ErrorKind::SyntaxError, "f-string: single '}' is not allowed", 1, 1},
    {"FStringSingleBrace", "f\"}\"\n", {3, 11}, ErrorKind::SyntaxError, "f-string: single '}' is not allowed", 1, 5},
    {"FStringSingleBrace", "f\"}\"\n", {3, 12}, ErrorKind::SyntaxError, "f-string: single '}' is not allowed", 1, 3},
    {"FStringNested", "x = f\"{a:{b:{c:{d}}}}\"\n", {3, 11}, ErrorKind::SyntaxError, "f-string: expressions nested too deeply", 1, 23},
    {"FStringNested", "x = f\"{a:{b:{c:{d}}}}\"\n", {3, 12}, ErrorKind::SyntaxError, "f-string: expressions nested too deeply", 1, 15},
    {"FStringBackslash", "x = f\"{a\\\\b}\"\n", {3, 11}, ErrorKind::SyntaxError, "f-string expression part cannot include a backslash", 1, 14},
    {"FStringHash", "x = f'{a#}'\n", {3, 11}, ErrorKind::SyntaxError, "f-string expression part cannot include '#'", 1, 12},
    {"FStringEmpty", "x = f\"{}\"\n", {3, 11}, ErrorKind::SyntaxError, "f-string: empty expression not allowed", 1, 10},
    {"FStringUnmatched", "x = f'{a]}'\n", {3, 11}, ErrorKind::SyntaxError, "f-string: unmatched ']'", 1, 12},
    {"FStringUnterminated", "x = f\"abc\n", {3, 12}, ErrorKind::SyntaxError, "unterminated f-string literal (detected at line 1)", 1, 5},
    {"FStringUnterminatedTriple", "x = f\"\"\"abc\n", {3, 12}, ErrorKind::SyntaxError, "unterminated triple-quoted f-string literal (detected at line 1)", 1, 5},
    {"FStringNewlineSingleQuoted", "x = f\"{a}\n\"\n", {3, 11}, ErrorKind::SyntaxError, "unterminated string literal (detected at line 1)", 1, 5},
};

TEST(LexErrors, MatchTheRealInterpreters) {
    for (const ErrorCase& c : kErrorCases) {
        SCOPED_TRACE(std::string(c.name) + " at " + to_string(c.version));
        LexResult r = testing::lex(c.source, c.version);
        ASSERT_TRUE(r.error.has_value());
        EXPECT_EQ(r.error->message, c.message);
        EXPECT_EQ(r.error->kind, c.kind);
        EXPECT_EQ(r.error->lineno, c.lineno);
        EXPECT_EQ(r.error->offset, c.offset);
    }
}

// The limit CPython's tokenizer enforces (MAXLEVEL 200), checked with 3.12:
// ast.parse('(' * 201) -> "too many nested parentheses", line 1, offset 201.
TEST(LexErrors, TooManyNestedParentheses) {
    LexResult ok = testing::lex(std::string(200, '(') + "\n", {3, 12});
    ASSERT_TRUE(ok.error.has_value());
    EXPECT_EQ(ok.error->message, "'(' was never closed");
    LexResult r = testing::lex(std::string(201, '(') + "\n", {3, 12});
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->message, "too many nested parentheses");
    EXPECT_EQ(r.error->offset, 201);
}

// In tokenize-module mode several parser errors are not raised (CPython's extra_tokens mode).
TEST(LexErrors, TokenizeModuleIsLenient) {
    for (const char* src : {"x = 0777\n", "(]\n", ")\n", "x = $\n", "\xe2\x82\xac = 1\n", "x = 1abc\n"}) {
        SCOPED_TRACE(src);
        EXPECT_FALSE(testing::lex(src, {3, 12}, true).error.has_value());
    }
    EXPECT_TRUE(testing::lex("x = 0777\n", {3, 12}, false).error.has_value());
}

}  // namespace
}  // namespace pyfront::lex
