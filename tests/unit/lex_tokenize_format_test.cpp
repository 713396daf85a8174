// `python -m tokenize -e` output, byte for byte. Each expected text is what CPython 3.12.1,
// 3.13.0 or 3.14.2 printed for the source (stdout, and the stderr line for errors and
// warnings), with the file named "t.py".
#include <gtest/gtest.h>

#include <sstream>

#include "lex/tokenize_format.h"
#include "lex_test_support.h"

namespace pyfront::lex {
namespace {

struct FormatCase {
    const char* name;
    const char* source;
    Version version;
    const char* out;
    const char* err;
};

const FormatCase kFormatCases[] = {
    {"Basic", "x = 1\n  \n# c\nif x:\n    y = 2 # hi\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,5:            NUMBER         '1'            \n1,5-1,6:            NEWLINE        '\\n'           \n2,2-2,3:            NL             '\\n'           \n3,0-3,3:            COMMENT        '# c'          \n3,3-3,4:            NL             '\\n'           \n4,0-4,2:            NAME           'if'           \n4,3-4,4:            NAME           'x'            \n4,4-4,5:            COLON          ':'            \n4,5-4,6:            NEWLINE        '\\n'           \n5,0-5,4:            INDENT         '    '         \n5,4-5,5:            NAME           'y'            \n5,6-5,7:            EQUAL          '='            \n5,8-5,9:            NUMBER         '2'            \n5,10-5,14:          COMMENT        '# hi'         \n5,14-5,15:          NEWLINE        '\\n'           \n6,0-6,0:            DEDENT         ''             \n6,0-6,0:            ENDMARKER      ''             \n",
     ""},
    {"NoTrailingNewline", "a", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'a'            \n1,1-1,2:            NEWLINE        ''             \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
    {"Empty", "", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,0:            ENDMARKER      ''             \n",
     ""},
    {"CrLf", "z\r\n(\r\n)\r\n#c\r\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'z'            \n1,1-1,3:            NEWLINE        '\\r\\n'         \n2,0-2,1:            LPAR           '('            \n2,1-2,3:            NL             '\\r\\n'         \n3,0-3,1:            RPAR           ')'            \n3,1-3,3:            NEWLINE        '\\r\\n'         \n4,0-4,2:            COMMENT        '#c'           \n4,2-4,4:            NL             '\\r\\n'         \n5,0-5,0:            ENDMARKER      ''             \n",
     ""},
    {"CrLfNoFinalNewline", "a\r\nz\r", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'a'            \n1,1-1,3:            NEWLINE        '\\r\\n'         \n2,0-2,1:            NAME           'z'            \n2,1-2,3:            NEWLINE        '\\r'           \n3,0-3,0:            ENDMARKER      ''             \n",
     ""},
    {"FStringBraces", "y = f\"a{{b}}c{x!r:>{w}}\"\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'y'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,6:            FSTRING_START  'f\"'           \n1,6-1,8:            FSTRING_MIDDLE 'a{'           \n1,9-1,11:           FSTRING_MIDDLE 'b}'           \n1,12-1,13:          FSTRING_MIDDLE 'c'            \n1,13-1,14:          LBRACE         '{'            \n1,14-1,15:          NAME           'x'            \n1,15-1,16:          EXCLAMATION    '!'            \n1,16-1,17:          NAME           'r'            \n1,17-1,18:          COLON          ':'            \n1,18-1,19:          FSTRING_MIDDLE '>'            \n1,19-1,20:          LBRACE         '{'            \n1,20-1,21:          NAME           'w'            \n1,21-1,22:          RBRACE         '}'            \n1,22-1,22:          FSTRING_MIDDLE ''             \n1,22-1,23:          RBRACE         '}'            \n1,23-1,24:          FSTRING_END    '\"'            \n1,24-1,25:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
    {"FStringBraces", "y = f\"a{{b}}c{x!r:>{w}}\"\n", {3, 13},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'y'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,6:            FSTRING_START  'f\"'           \n1,6-1,8:            FSTRING_MIDDLE 'a{'           \n1,9-1,11:           FSTRING_MIDDLE 'b}'           \n1,12-1,13:          FSTRING_MIDDLE 'c'            \n1,13-1,14:          LBRACE         '{'            \n1,14-1,15:          NAME           'x'            \n1,15-1,16:          EXCLAMATION    '!'            \n1,16-1,17:          NAME           'r'            \n1,17-1,18:          COLON          ':'            \n1,18-1,19:          FSTRING_MIDDLE '>'            \n1,19-1,20:          LBRACE         '{'            \n1,20-1,21:          NAME           'w'            \n1,21-1,22:          RBRACE         '}'            \n1,22-1,22:          FSTRING_MIDDLE ''             \n1,22-1,23:          RBRACE         '}'            \n1,23-1,24:          FSTRING_END    '\"'            \n1,24-1,25:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
    {"FStringNamedEscape", "f\"\\N{BULLET} {x} \\{x}\"\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,2:            FSTRING_START  'f\"'           \n1,2-1,12:           FSTRING_MIDDLE '\\\\N{BULLET}'  \n1,12-1,13:          FSTRING_MIDDLE ' '            \n1,13-1,14:          LBRACE         '{'            \n1,14-1,15:          NAME           'x'            \n1,15-1,16:          RBRACE         '}'            \n1,16-1,18:          FSTRING_MIDDLE ' \\\\'          \n1,18-1,19:          LBRACE         '{'            \n1,19-1,20:          NAME           'x'            \n1,20-1,21:          RBRACE         '}'            \n1,21-1,22:          FSTRING_END    '\"'            \n1,22-1,23:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     "<string>:1: SyntaxWarning: invalid escape sequence '\\{'\n"},
    {"FStringMultiline", "f\"\"\"abc\n{x\n+1}\ndef\"\"\"\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,4:            FSTRING_START  'f\"\"\"'         \n1,4-2,0:            FSTRING_MIDDLE 'abc\\n'        \n2,0-2,1:            LBRACE         '{'            \n2,1-2,2:            NAME           'x'            \n2,2-2,3:            NL             '\\n'           \n3,0-3,1:            PLUS           '+'            \n3,1-3,2:            NUMBER         '1'            \n3,2-3,3:            RBRACE         '}'            \n3,3-4,3:            FSTRING_MIDDLE '\\ndef'        \n4,3-4,6:            FSTRING_END    '\"\"\"'          \n4,6-4,7:            NEWLINE        '\\n'           \n5,0-5,0:            ENDMARKER      ''             \n",
     ""},
    {"FStringSpecNewline", "x = f\"{x:\n}\"\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,6:            FSTRING_START  'f\"'           \n1,6-1,7:            LBRACE         '{'            \n1,7-1,8:            NAME           'x'            \n1,8-1,9:            COLON          ':'            \n1,9-1,9:            FSTRING_MIDDLE ''             \n1,9-1,10:           NL             '\\n'           \n2,0-2,1:            RBRACE         '}'            \n2,1-2,2:            FSTRING_END    '\"'            \n2,2-2,3:            NEWLINE        '\\n'           \n3,0-3,0:            ENDMARKER      ''             \n",
     ""},
    {"NestedFString", "f\"{f\"{f\"{x}\"}\"}\"\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,2:            FSTRING_START  'f\"'           \n1,2-1,3:            LBRACE         '{'            \n1,3-1,5:            FSTRING_START  'f\"'           \n1,5-1,6:            LBRACE         '{'            \n1,6-1,8:            FSTRING_START  'f\"'           \n1,8-1,9:            LBRACE         '{'            \n1,9-1,10:           NAME           'x'            \n1,10-1,11:          RBRACE         '}'            \n1,11-1,12:          FSTRING_END    '\"'            \n1,12-1,13:          RBRACE         '}'            \n1,13-1,14:          FSTRING_END    '\"'            \n1,14-1,15:          RBRACE         '}'            \n1,15-1,16:          FSTRING_END    '\"'            \n1,16-1,17:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
    {"Operators", "x = a <> b != c\nx = $ ? `\n@dec\ndef f(a, *, b) -> int: ...\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,5:            NAME           'a'            \n1,6-1,8:            OP             '<>'           \n1,9-1,10:           NAME           'b'            \n1,11-1,13:          NOTEQUAL       '!='           \n1,14-1,15:          NAME           'c'            \n1,15-1,16:          NEWLINE        '\\n'           \n2,0-2,1:            NAME           'x'            \n2,2-2,3:            EQUAL          '='            \n2,4-2,5:            OP             '$'            \n2,6-2,7:            OP             '?'            \n2,8-2,9:            OP             '`'            \n2,9-2,10:           NEWLINE        '\\n'           \n3,0-3,1:            AT             '@'            \n3,1-3,4:            NAME           'dec'          \n3,4-3,5:            NEWLINE        '\\n'           \n4,0-4,3:            NAME           'def'          \n4,4-4,5:            NAME           'f'            \n4,5-4,6:            LPAR           '('            \n4,6-4,7:            NAME           'a'            \n4,7-4,8:            COMMA          ','            \n4,9-4,10:           STAR           '*'            \n4,10-4,11:          COMMA          ','            \n4,12-4,13:          NAME           'b'            \n4,13-4,14:          RPAR           ')'            \n4,15-4,17:          RARROW         '->'           \n4,18-4,21:          NAME           'int'          \n4,21-4,22:          COLON          ':'            \n4,23-4,26:          ELLIPSIS       '...'          \n4,26-4,27:          NEWLINE        '\\n'           \n5,0-5,0:            ENDMARKER      ''             \n",
     ""},
    {"LeadingZerosAllowed", "x = 0777\n(]\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,8:            NUMBER         '0777'         \n1,8-1,9:            NEWLINE        '\\n'           \n2,0-2,1:            LPAR           '('            \n2,1-2,2:            RSQB           ']'            \n2,2-2,3:            NEWLINE        '\\n'           \n3,0-3,0:            ENDMARKER      ''             \n",
     ""},
    {"NonAsciiColumns", "é = 'ü' + \"€\"\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'é'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,7:            STRING         \"'ü'\"          \n1,8-1,9:            PLUS           '+'            \n1,10-1,13:          STRING         '\"€\"'          \n1,13-1,14:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
    {"MultilineStringEndColumn", "x = ('''a\nü''')\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,5:            LPAR           '('            \n1,5-2,5:            STRING         \"'''a\\nü'''\"   \n2,4-2,5:            RPAR           ')'            \n2,5-2,6:            NEWLINE        '\\n'           \n3,0-3,0:            ENDMARKER      ''             \n",
     ""},
    {"MultilineStringEndColumn", "x = ('''a\nü''')\n", {3, 13},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,5:            LPAR           '('            \n1,5-2,4:            STRING         \"'''a\\nü'''\"   \n2,4-2,5:            RPAR           ')'            \n2,5-2,6:            NEWLINE        '\\n'           \n3,0-3,0:            ENDMARKER      ''             \n",
     ""},
    {"DedentAtEof", "class A:\n    def f(self):\n        pass\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,5:            NAME           'class'        \n1,6-1,7:            NAME           'A'            \n1,7-1,8:            COLON          ':'            \n1,8-1,9:            NEWLINE        '\\n'           \n2,0-2,4:            INDENT         '    '         \n2,4-2,7:            NAME           'def'          \n2,8-2,9:            NAME           'f'            \n2,9-2,10:           LPAR           '('            \n2,10-2,14:          NAME           'self'         \n2,14-2,15:          RPAR           ')'            \n2,15-2,16:          COLON          ':'            \n2,16-2,17:          NEWLINE        '\\n'           \n3,0-3,8:            INDENT         '        '     \n3,8-3,12:           NAME           'pass'         \n3,12-3,13:          NEWLINE        '\\n'           \n4,0-4,0:            DEDENT         ''             \n4,0-4,0:            DEDENT         ''             \n4,0-4,0:            ENDMARKER      ''             \n",
     ""},
    {"ErrorUnterminated", "s = \"abc\n", {3, 12},
     "",
     "t.py:1:5: error: unterminated string literal (detected at line 1)\n"},
    {"ErrorTriple", "s = \"\"\"abc\n", {3, 12},
     "",
     "t.py:1:5: error: EOF in multi-line string\n"},
    {"ErrorEofInParens", "(\n", {3, 12},
     "",
     "t.py:1:0: error: unexpected EOF in multi-line statement\n"},
    {"ErrorEofAfterBackslash", "x = \\\n", {3, 12},
     "",
     "t.py:1:6: error: unexpected EOF in multi-line statement\n"},
    {"ErrorTab", "if x:\n\ta\n        b\n", {3, 12},
     "",
     "t.py:3:10: error: inconsistent use of tabs and spaces in indentation\n"},
    {"ErrorDedent", "if x:\n    a\n  b\n", {3, 12},
     "",
     "t.py:3:4: error: unindent does not match any outer indentation level\n"},
    {"ErrorBinaryDigit", "0b12\n", {3, 12},
     "",
     "t.py:1:4: error: invalid digit '2' in binary literal\n"},
    {"ErrorNestedTooDeeply", "f\"{x:{y:{z:{w}}}}\"\n", {3, 12},
     "",
     "t.py:1:11: error: f-string: expressions nested too deeply\n"},
    // tokenize reads binary lines split at '\n' only: a lone '\r' is skipped as CPython's
    // tokenizer skips the '\r' of "\r\n", and the next character becomes a token with it.
    {"LoneCrGluesToNextToken", "c = 3\rd = 4\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'c'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,5:            NUMBER         '3'            \n1,5-1,7:            OP             '\\rd'          \n1,8-1,9:            EQUAL          '='            \n1,10-1,11:          NUMBER         '4'            \n1,11-1,12:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
    {"LoneCrBeforeOperators", "x = {1\r}\r.y\n", {3, 12},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,5:            LBRACE         '{'            \n1,5-1,6:            NUMBER         '1'            \n1,6-1,8:            OP             '\\r}'          \n1,8-1,10:           OP             '\\r.'          \n1,10-1,11:          NAME           'y'            \n1,11-1,12:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
    {"ErrorTwoLoneCrs", "y = 1\r\rz\n", {3, 12},
     "",
     "t.py:1:7: error: invalid non-printable character U+000D\n"},
    {"ErrorEscapedEndQuote", "x = 'abc\\'\n", {3, 13},
     "",
     "t.py:1:5: error: unterminated string literal (detected at line 1); perhaps you escaped the end quote?\n"},
    {"ErrorPrefixClash", "x = ur'a'\n", {3, 14},
     "",
     "t.py:1:5: error: 'u' and 'r' prefixes are incompatible\n"},
    // repr() in the printing version's Unicode: U+0897 ARABIC PEPET is new in 16.0 (3.14),
    // U+1F6D5 HINDU TEMPLE in 12.0.
    {"ReprInTheVersionsUnicode", "s = '\xE0\xA2\x97\xF0\x9F\x9B\x95'\n", {3, 13},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           's'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,8:            STRING         \"'\\u0897\xF0\x9F\x9B\x95'\"    \n1,8-1,9:            NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
    {"ReprInTheVersionsUnicode", "s = '\xE0\xA2\x97\xF0\x9F\x9B\x95'\n", {3, 14},
     "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           's'            \n1,2-1,3:            EQUAL          '='            \n1,4-1,8:            STRING         \"'\xE0\xA2\x97\xF0\x9F\x9B\x95'\"         \n1,8-1,9:            NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
     ""},
};

TEST(LexTokenizeFormat, MatchesPythonMinusMTokenize) {
    for (const FormatCase& c : kFormatCases) {
        SCOPED_TRACE(std::string(c.name) + " at " + to_string(c.version));
        source::DecodedSource src = testing::decoded(c.source);
        LexOptions o;
        o.version = c.version;
        o.tokenize_module = true;
        LexResult r = tokenize(src, o);
        std::ostringstream out, err;
        print_tokenize_module_format(src, r, "t.py", TokenizeInput::File, out, err);
        EXPECT_EQ(out.str(), c.out);
        EXPECT_EQ(err.str(), c.err);
    }
}

TEST(LexTokenizeFormat, BomFileSaysUtf8) {
    source::DecodedSource src = testing::decoded("x\n");
    src.encoding = "utf-8-sig";
    src.had_bom = true;
    LexOptions o;
    o.version = {3, 12};
    o.tokenize_module = true;
    std::ostringstream out, err;
    print_tokenize_module_format(src, tokenize(src, o), "t.py", TokenizeInput::File, out, err);
    EXPECT_EQ(out.str().substr(0, out.str().find('\n') + 1),
              "0,0-0,0:            ENCODING       'utf-8'        \n");
}

}  // namespace
}  // namespace pyfront::lex
