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
    // 3.0-3.8 (parsetok): TabError, dedent and line-continuation errors at the line's end.
    {"TabSpace", "if x:\n\ta\n        b\n", {3, 8}, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 10},
    {"TabSpaceLoneCr", "if x:\r\ta\r        b\r", {3, 8}, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 10},
    {"TabSpaceLoneCr", "if x:\r\ta\r        b\r", {3, 9}, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"Dedent", "if x:\n    a\n  b\n", {3, 6}, ErrorKind::IndentationError, "unindent does not match any outer indentation level", 3, 4},
    {"LineCont", "x = \\ y\n", {3, 8}, ErrorKind::SyntaxError, "unexpected character after line continuation character", 1, 8},
    {"LineCont", "x = \\ y\n", {3, 9}, ErrorKind::SyntaxError, "unexpected character after line continuation character", 1, 6},
    {"LineContComment", "x = 1 + \\  # c\n  2\n", {3, 7}, ErrorKind::SyntaxError, "unexpected character after line continuation character", 1, 15},
    // CPython's parser never saw the '\r' of "\r\n" (universal newlines): not counted.
    {"DedentCrLf", "if x:\r\n    a\r\n  b\r\n", {3, 12}, ErrorKind::IndentationError, "unindent does not match any outer indentation level", 3, 4},
    {"TabSpaceCrLf", "if x:\r\n\ta\r\n        b\r\n", {3, 8}, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 10},
    {"LineContCrLf", "x = \\ y\r\n", {3, 8}, ErrorKind::SyntaxError, "unexpected character after line continuation character", 1, 8},
    {"UnterminatedStringCrLf", "x = 'abc\r\n", {3, 9}, ErrorKind::SyntaxError, "EOL while scanning string literal", 1, 9},
    {"EofAfterBackslashCrLf", "x = 1 + \\\r\n", {3, 12}, ErrorKind::SyntaxError, "unexpected EOF while parsing", 1, 10},
    // Before 3.10 the offset counted from the line where the open string began.
    {"UnterminatedStringAfterBackslashNewline", "x = 'a\\\nb\n", {3, 9}, ErrorKind::SyntaxError, "EOL while scanning string literal", 2, 10},
    // A wrong digit after valid ones (`0o19`) was reported after it in every version.
    {"OctalDigitLater", "y = 0o19\n", {3, 8}, ErrorKind::SyntaxError, "invalid digit '9' in octal literal", 1, 8},
    {"OctalDigitLater", "y = 0o19\n", {3, 12}, ErrorKind::SyntaxError, "invalid digit '9' in octal literal", 1, 8},
    {"BinaryDigitAfterUnderscore", "y = 0b1_2\n", {3, 9}, ErrorKind::SyntaxError, "invalid digit '2' in binary literal", 1, 8},
    {"BinaryDigitAfterUnderscore", "y = 0b1_2\n", {3, 10}, ErrorKind::SyntaxError, "invalid digit '2' in binary literal", 1, 9},
    // 3.10 took any non-ASCII character after a number for a glued name.
    {"GluedNonAscii", "x = 1\u200b\n", {3, 10}, ErrorKind::SyntaxError, "invalid decimal literal", 1, 5},
    {"GluedNonAscii", "x = 0x1\u200b\n", {3, 10}, ErrorKind::SyntaxError, "invalid hexadecimal literal", 1, 7},
    {"GluedNonAscii", "x = 1j\u200b\n", {3, 10}, ErrorKind::SyntaxError, "invalid imaginary literal", 1, 6},
    {"GluedNonAscii", "x = 1\u200b\n", {3, 11}, ErrorKind::SyntaxError, "invalid non-printable character U+200B", 1, 6},
    // 3.13+: the hint when a backslash escaped the quote of a single-quoted string.
    {"EscapedEndQuote", "x = 'abc\\'\n", {3, 12}, ErrorKind::SyntaxError, "unterminated string literal (detected at line 1)", 1, 5},
    {"EscapedEndQuote", "x = 'abc\\'\n", {3, 13}, ErrorKind::SyntaxError, "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5},
    {"EscapedEndQuote", "x = r'a\\'b\n", {3, 14}, ErrorKind::SyntaxError, "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5},
    {"EscapedEndQuote", "x = 'a\\'\\\nb\n", {3, 13}, ErrorKind::SyntaxError, "unterminated string literal (detected at line 2); perhaps you escaped the end quote?", 1, 5},
    {"EscapedBackslash", "x = 'abc\\\\'\n'", {3, 13}, ErrorKind::SyntaxError, "unterminated string literal (detected at line 2)", 2, 1},
    {"EscapedQuoteFString", "x = f'abc\\'\n", {3, 13}, ErrorKind::SyntaxError, "unterminated f-string literal (detected at line 1)", 1, 5},
    {"EscapedQuoteTriple", "x = '''abc\\'''\n", {3, 13}, ErrorKind::SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5},
    // 3.14+: clashing string prefixes (byte columns; 3.13 reads NAME `ubr` then a STRING).
    {"PrefixClash", "x = ubr'a'\n", {3, 14}, ErrorKind::SyntaxError, "'u' and 'b' prefixes are incompatible", 1, 5},
    {"PrefixClash", "x = Rtu'a'\n", {3, 15}, ErrorKind::SyntaxError, "'u' and 'r' prefixes are incompatible", 1, 5},
    {"PrefixClash", "x = bft'a'\n", {3, 14}, ErrorKind::SyntaxError, "'b' and 'f' prefixes are incompatible", 1, 5},
    {"PrefixClash", "\xc3\xa9 = uR'a'\n", {3, 14}, ErrorKind::SyntaxError, "'u' and 'r' prefixes are incompatible", 1, 6},
    {"PrefixClash", "x = f'{ub\"a\"}'\n", {3, 14}, ErrorKind::SyntaxError, "'u' and 'b' prefixes are incompatible", 1, 8},
    // 3.14: t-strings name themselves in the f-string errors.
    {"TStringSingleBrace", "x = t'a}'\n", {3, 14}, ErrorKind::SyntaxError, "t-string: single '}' is not allowed", 1, 8},
    {"TStringSingleBrace", "x = t'{a}}'\n", {3, 14}, ErrorKind::SyntaxError, "t-string: single '}' is not allowed", 1, 10},
    {"TStringUnmatched", "x = t'{a)}'\n", {3, 14}, ErrorKind::SyntaxError, "t-string: unmatched ')'", 1, 9},
    // f-string errors before 3.12 are at byte columns; 3.6-3.7 put a multi-line string's
    // errors on its last line with offset -1.
    {"FStringConversionNonAscii", "\xc3\xa9 = f'{a!x}'\n", {3, 6}, ErrorKind::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 5},
    {"FStringConversionNonAscii", "\xc3\xa9 = f'{a!x}'\n", {3, 8}, ErrorKind::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6},
    {"FStringConversionNonAscii", "\xc3\xa9 = f'{a!x}'\n", {3, 11}, ErrorKind::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14},
    {"FStringMultiline", "x = f'''\n{a!x}'''\n", {3, 7}, ErrorKind::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 2, -1},
    {"FStringMultiline", "x = f'''\n{a!x}'''\n", {3, 8}, ErrorKind::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 5},
    {"FStringMultiline", "x = f'''\n{a!x}'''\n", {3, 9}, ErrorKind::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 2, 9},
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

// 3.14's prefix error spans the prefix: from its first byte to just after the first quote
// (CPython 3.14.2: `x = ubr'a'` -> offset 5, end_offset 8; `ur'''a'''` -> 1, 3).
TEST(LexErrors, PrefixClashRange) {
    LexResult r = testing::lex("x = ubr'a'\n", {3, 14});
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->end_offset, 8);
    r = testing::lex("ur'''a'''\n", {3, 14});
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->offset, 1);
    EXPECT_EQ(r.error->end_offset, 3);
    // Before 3.14 these are NAME then STRING (the parser's error); a repeated letter ends the
    // prefix in every version.
    EXPECT_EQ(testing::kinds("x = ubr'a'\n", {3, 13}), "NAME:x EQUAL:= NAME:ubr STRING:'a' NEWLINE");
    EXPECT_EQ(testing::kinds("x = rr'a'\n", {3, 14}), "NAME:x EQUAL:= NAME:rr STRING:'a' NEWLINE");
    EXPECT_EQ(testing::kinds("x = Tr'a' + bR'b'\n", {3, 14}),
              "NAME:x EQUAL:= TSTRING_START:Tr' TSTRING_MIDDLE:a TSTRING_END:' PLUS:+ STRING:bR'b' NEWLINE");
}

// CPython's MAXINDENT (100): 99 indented levels are allowed, the 100th is "too many levels of
// indentation", at the end of the line up to 3.8 and at column 1 from 3.9.
TEST(LexErrors, TooManyLevelsOfIndentation) {
    auto nested = [](int levels) {
        std::string src;
        for (int i = 0; i < levels; ++i) src += std::string(static_cast<std::size_t>(i), ' ') + "if 1:\n";
        return src + std::string(static_cast<std::size_t>(levels), ' ') + "pass\n";
    };
    EXPECT_FALSE(testing::lex(nested(99), {3, 12}).error.has_value());
    for (Version v : {Version{3, 8}, Version{3, 12}}) {  // CPython 3.8.18, 3.12.1
        LexResult r = testing::lex(nested(100), v);
        ASSERT_TRUE(r.error.has_value());
        EXPECT_EQ(r.error->kind, ErrorKind::IndentationError);
        EXPECT_EQ(r.error->message, "too many levels of indentation");
        EXPECT_EQ(r.error->lineno, 101);
        EXPECT_EQ(r.error->offset, (v == Version{3, 8}) ? 105 : 1);
    }
}

// CPython 3.14.2 and 3.15.0rc1: 160 nested t'{ -> "... or t-strings" at offset 453.
TEST(LexErrors, TooManyNestedFStringsOrTStrings) {
    std::string src = "x = ";
    for (int i = 0; i < 160; ++i) src += "t'{";
    LexResult r = testing::lex(src + "\n", {3, 14});
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->message, "too many nested f-strings or t-strings");
    EXPECT_EQ(r.error->offset, 453);
    std::string f = "x = ";
    for (int i = 0; i < 160; ++i) f += "f'{";
    r = testing::lex(f + "\n", {3, 13});
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->message, "too many nested f-strings");
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
