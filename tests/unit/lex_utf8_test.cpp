// Ill-formed UTF-8 that compile(bytes) lets through up to 3.13 (src/lex/lexer_utf8.cpp), read
// with the compile-bytes reader as `pyfront parse` does: CPython's message, position and type
// for str literals, f-string parts and names holding it, including which of several errors
// CPython reports; also the pre-3.12 f-string errors that wait the same way, and the extra
// line after a final \r\n. The table comes from CPython 3.6-3.13 (lex_utf8_cases_gen.py).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "lex/tokenizer.h"
#include "source/decode.h"

namespace pyfront::lex {
namespace {

struct Utf8Case {
    const char* name;
    const char* source;
    int minor;
    const char* kind;  // "ok", "SyntaxError", "UnicodeDecodeError", ...
    const char* message;
    int lineno, offset, end_lineno, end_offset;
};

const Utf8Case kCases[] = {
#include "lex_utf8_cases.inc"
};

struct Compiled {
    std::optional<Diagnostic> error;
    bool late = false;
    std::vector<Token> tokens;
    std::string text;
};

Compiled compile_bytes(std::string_view bytes, Version v) {
    Compiled c;
    source::DecodeOptions o;
    o.version = v;
    o.filename = "x.py";
    source::DecodedSource d;
    Diagnostic e;
    if (!source::decode(bytes, o, d, e)) {
        c.error = e;
        return c;
    }
    LexOptions lo;
    lo.version = v;
    LexResult r = tokenize(d, lo);
    c.error = r.error;
    c.late = r.late_error;
    c.tokens = std::move(r.tokens);
    c.text = std::move(d.text);
    return c;
}

TEST(LexUtf8, MatchesCPython) {
    for (const Utf8Case& c : kCases) {
        const Version v{3, static_cast<std::uint8_t>(c.minor)};
        SCOPED_TRACE(std::string(c.name) + " at 3." + std::to_string(c.minor));
        const Compiled r = compile_bytes(c.source, v);
        if (std::strcmp(c.kind, "ok") == 0) {
            EXPECT_FALSE(r.error) << r.error->message;
            continue;
        }
        ASSERT_TRUE(r.error);
        EXPECT_STREQ(c.kind, error_kind_name(r.error->kind));
        EXPECT_EQ(c.message, r.error->message);
        EXPECT_EQ(c.lineno, r.error->lineno);
        EXPECT_EQ(c.offset, r.error->offset);
        if (c.minor >= 10) {  // CPython has end positions from 3.10
            EXPECT_EQ(c.end_lineno, r.error->end_lineno);
            EXPECT_EQ(c.end_offset, r.error->end_offset);
        }
    }
}

std::string kinds(const std::vector<Token>& tokens) {
    std::string out;
    for (const Token& t : tokens) {
        if (t.kind == TokenKind::NL || t.kind == TokenKind::COMMENT) continue;
        if (!out.empty()) out += ' ';
        out += token_kind_name(t.kind);
    }
    return out;
}

// Where the tokens end when CPython raised a literal's error: after the whole file (3.0-3.8),
// after the token following the concatenation (3.9-3.11), after the literal (3.12+).
TEST(LexUtf8, LateErrorKeepsTheTokensTheParserRead) {
    const char* src = "x = 'a' '\xff' + 1\ny = 2\n";
    for (Version v : {Version{3, 0}, Version{3, 8}}) {
        const Compiled r = compile_bytes(src, v);
        ASSERT_TRUE(r.error);
        EXPECT_TRUE(r.late);
        EXPECT_EQ(kinds(r.tokens),
                  "NAME EQUAL STRING STRING PLUS NUMBER NEWLINE NAME EQUAL NUMBER NEWLINE ENDMARKER");
    }
    for (Version v : {Version{3, 9}, Version{3, 11}}) {
        const Compiled r = compile_bytes(src, v);
        ASSERT_TRUE(r.error);
        EXPECT_TRUE(r.late);
        EXPECT_EQ(kinds(r.tokens), "NAME EQUAL STRING STRING PLUS");
    }
    for (Version v : {Version{3, 12}, Version{3, 13}}) {
        const Compiled r = compile_bytes(src, v);
        ASSERT_TRUE(r.error);
        EXPECT_TRUE(r.late);
        EXPECT_EQ(kinds(r.tokens), "NAME EQUAL STRING STRING");
    }
    // A name is the tokenizer's own error: not late, the tokens end before it.
    const Compiled n = compile_bytes("x = 1 + a\xff\n", Version{3, 12});
    ASSERT_TRUE(n.error);
    EXPECT_FALSE(n.late);
    EXPECT_EQ(kinds(n.tokens), "NAME EQUAL NUMBER PLUS");
    // 3.12+: an f-string's literal part is decoded as the parser reads it.
    const Compiled f = compile_bytes("x = f'{x}\xff' + 1\n", Version{3, 12});
    ASSERT_TRUE(f.error);
    EXPECT_EQ(f.error->kind, ErrorKind::UnicodeDecodeError);
    EXPECT_STREQ(error_kind_name(f.error->kind), "UnicodeDecodeError");
    EXPECT_EQ(f.error->lineno, 0);
    EXPECT_TRUE(f.late);
    EXPECT_EQ(kinds(f.tokens), "NAME EQUAL FSTRING_START LBRACE NAME RBRACE FSTRING_MIDDLE");
}

// Before 3.12 CPython split an f-string when it built the AST (3.6-3.8) or the implicit
// concatenation's value (3.9-3.11), so its errors wait like a literal's: a tokenizer error
// later in the file comes first (3.6-3.8 always; 3.10-3.11 when it raised an exception), and
// the literal stays one STRING token so that the rest is read. CPython 3.6.15-3.11.7.
TEST(LexUtf8, LegacyFStringErrorsWait) {
    struct Row {
        const char* source;
        Version v;
        const char* message;
        int lineno, offset;
    };
    const Row rows[] = {
        {"x = f'{}'\ny = 'abc\n", {3, 8}, "EOL while scanning string literal", 2, 9},
        {"x = f'{}'\ny = 'abc\n", {3, 9}, "f-string: empty expression not allowed", 1, 10},
        {"x = f'{}'\ny = 'abc\n", {3, 11}, "unterminated string literal (detected at line 2)", 2, 5},
        {"x = f'{}' 'abc\n", {3, 9}, "EOL while scanning string literal", 1, 15},
        {"x = f'{}'\nif x:\n  y\n z\n", {3, 11}, "f-string: empty expression not allowed", 1, 10},
        {"x = (1,\n f'{}',\n", {3, 9}, "f-string: empty expression not allowed", 2, 7},
        {"x = (1,\n f'{}',\n", {3, 10}, "'(' was never closed", 1, 5},
        {"x = f'{}'\ny = 0b2\n", {3, 11}, "invalid digit '2' in binary literal", 2, 7},
        // the sub-parser's positions: in "(" + expression + ")"
        {"x = f'{a\xe2\x82\xac}'\ny = 'abc\n", {3, 9}, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 3},
        {"x = f'{  bc\xe2\x82\xac + 1}'\n", {3, 7}, "invalid character in identifier", 1, 6},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(std::string(row.source) + " at 3." + std::to_string(row.v.minor));
        const Compiled r = compile_bytes(row.source, row.v);
        ASSERT_TRUE(r.error);
        EXPECT_EQ(r.error->message, row.message);
        EXPECT_EQ(r.error->lineno, row.lineno);
        EXPECT_EQ(r.error->offset, row.offset);
    }
    const Compiled r = compile_bytes("x = f'{}'\ny = 1\n", Version{3, 8});
    ASSERT_TRUE(r.error);
    EXPECT_TRUE(r.late);
    EXPECT_EQ(kinds(r.tokens), "NAME EQUAL STRING NEWLINE NAME EQUAL NUMBER NEWLINE ENDMARKER");
}

// A legacy f-string's expression is lexed in the sub-parser's coordinates; its tokens still
// carry the file's lines and columns.
TEST(LexUtf8, LegacyFStringExpressionTokensKeepFilePositions) {
    const Compiled r = compile_bytes("y = 1\nx = f'''ab{ c +\n  d}'''\n", Version{3, 8});
    ASSERT_FALSE(r.error);
    std::string got;
    for (const Token& t : r.tokens)
        if (t.kind == TokenKind::NAME || t.kind == TokenKind::PLUS)
            got += std::string(t.text(r.text)) + "@" + std::to_string(t.lineno) + ":" +
                   std::to_string(t.col) + "-" + std::to_string(t.end_lineno) + ":" +
                   std::to_string(t.end_col) + " ";
    EXPECT_EQ(got, "y@1:0-1:1 x@2:0-2:1 c@2:12-2:13 +@2:14-2:15 d@3:2-3:3 ");
}

// Only what the reader let through is checked: valid text, a comment, a bytes literal (the
// AST builder's "bytes can only contain ASCII literal characters"), 3.14+ (the reader's error).
TEST(LexUtf8, WhatIsNotATokenizerError) {
    for (Version v : {Version{3, 6}, Version{3, 9}, Version{3, 12}, Version{3, 13}}) {
        EXPECT_FALSE(compile_bytes("x = 'caf\xc3\xa9'  # \xff\n", v).error);
        EXPECT_FALSE(compile_bytes("x = b'\xff' + rb'\xfe'\n", v).error);
    }
    const Compiled r = compile_bytes("x = '\xff'\n", Version{3, 14});
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->kind, ErrorKind::DecodeError);
}

}  // namespace
}  // namespace pyfront::lex
