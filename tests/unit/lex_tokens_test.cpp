// Token streams, per version where versions differ. Streams for 3.12+ were checked against
// `python3.12 -m tokenize -e`; the async/await ones against `python3.6 -m tokenize` (whose
// pure-Python tokenizer made the same ASYNC/AWAIT decisions as the C one); verdicts for
// 3.6-3.11 against ast.parse of those versions. Rows for 3.0-3.5 follow those versions'
// Parser/tokenizer.c (no interpreter is installed for them).
#include <gtest/gtest.h>

#include "lex_test_support.h"

namespace pyfront::lex {
namespace {

using testing::kinds;
constexpr Version v(int minor) { return Version{3, static_cast<std::uint8_t>(minor)}; }

TEST(LexTokens, IndentDedentNewlineNl) {
    EXPECT_EQ(kinds("if x:\n    y\n\n  # c\nz\n", v(12), true),
              "NAME:if(kw) NAME:x COLON:: NEWLINE INDENT NAME:y NEWLINE NL COMMENT:# c NL "
              "DEDENT NAME:z NEWLINE ENDMARKER");
    // Tabs count to the next multiple of 8; a tab equals 8 spaces when used consistently.
    EXPECT_EQ(kinds("if x:\n\ty\n\tz\n", v(12)), "NAME:if(kw) NAME:x COLON:: NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT");
    // Inside brackets: no INDENT, NL instead of NEWLINE.
    EXPECT_EQ(kinds("x = (1,\n      2)\n", v(12), true),
              "NAME:x EQUAL:= LPAR:( NUMBER:1 COMMA:, NL NUMBER:2 RPAR:) NEWLINE ENDMARKER");
    // A backslash joins lines.
    EXPECT_EQ(kinds("a = 1 + \\\n  2\n", v(12)), "NAME:a EQUAL:= NUMBER:1 PLUS:+ NUMBER:2 NEWLINE");
    // No newline at the end of the file: an implicit NEWLINE.
    LexResult r = testing::lex("a", v(12));
    ASSERT_EQ(r.tokens.size(), 3u);
    EXPECT_EQ(r.tokens[1].kind, TokenKind::NEWLINE);
    EXPECT_TRUE(r.tokens[1].flags & kImplicitNewline);
}

// CPython reads source with universal newlines: for the parser a lone '\r' (old Mac) ends a
// line like '\n', also in comments, brackets and after a backslash (ast.parse accepts these in
// 3.6-3.15: corpus cases newline_cr*). Only `python -m tokenize` sees it as a plain byte.
TEST(LexTokens, LoneCarriageReturnEndsALineForTheParser) {
    for (Version ver : {v(6), v(12), v(14)}) {
        SCOPED_TRACE(to_string(ver));
        EXPECT_EQ(kinds("# c\rif x:\r    y = 1\r\rz = (2, # d\r  3) + \\\r4\r", ver),
                  "NAME:if(kw) NAME:x COLON:: NEWLINE INDENT NAME:y EQUAL:= NUMBER:1 NEWLINE DEDENT "
                  "NAME:z EQUAL:= LPAR:( NUMBER:2 COMMA:, NUMBER:3 RPAR:) PLUS:+ NUMBER:4 NEWLINE");
    }
    LexResult r = testing::lex("a\rb = 'x\ry'\n", v(12));
    ASSERT_TRUE(r.error.has_value());  // a string cannot span a line end
    EXPECT_EQ(r.error->message, "unterminated string literal (detected at line 2)");
    r = testing::lex("a\r\rb\n", v(12));
    ASSERT_FALSE(r.error.has_value());
    EXPECT_EQ(r.tokens[0].lineno, 1u);
    EXPECT_EQ(r.tokens[2].lineno, 2u);  // the blank line's NL
    EXPECT_EQ(r.tokens[3].lineno, 3u);  // b
    EXPECT_EQ(r.tokens[3].col, 0u);
}

TEST(LexTokens, PositionsAreByteColumns) {
    LexResult r = testing::lex("\xc3\xa9 = 'x'\n", v(12));  // é = 'x'
    ASSERT_GE(r.tokens.size(), 3u);
    EXPECT_EQ(r.tokens[0].col, 0u);
    EXPECT_EQ(r.tokens[0].end_col, 2u);
    EXPECT_EQ(r.tokens[1].col, 3u);
    EXPECT_EQ(r.tokens[2].lineno, 1u);
    EXPECT_EQ(r.tokens[2].col, 5u);
    EXPECT_EQ(r.tokens[2].end_col, 8u);
}

TEST(LexTokens, Keywords) {
    EXPECT_EQ(kinds("async await match _ type __peg_parser__\n", v(9)),
              "NAME:async(kw) NAME:await(kw) NAME:match NAME:_ NAME:type NAME:__peg_parser__(kw) NEWLINE");
    EXPECT_EQ(kinds("__peg_parser__ True\n", v(10)), "NAME:__peg_parser__ NAME:True(kw) NEWLINE");
    EXPECT_EQ(kinds("async await\n", v(4)), "NAME:async NAME:await NEWLINE");
}

TEST(LexTokens, AsyncAwaitContextualIn35And36) {
    const char* src =
        "async def f():\n    await x\n    def g():\n        await y\n    async with a: pass\n"
        "async = 1\nawait = 2\nasync  def h(): return await z\nasync\n";
    for (int minor : {5, 6}) {
        std::string k = kinds(src, v(minor));
        EXPECT_EQ(k,
                  "ASYNC:async NAME:def(kw) NAME:f LPAR:( RPAR:) COLON:: NEWLINE INDENT AWAIT:await NAME:x NEWLINE "
                  "NAME:def(kw) NAME:g LPAR:( RPAR:) COLON:: NEWLINE INDENT AWAIT:await NAME:y NEWLINE DEDENT "
                  "ASYNC:async NAME:with(kw) NAME:a COLON:: NAME:pass(kw) NEWLINE DEDENT "
                  "NAME:async EQUAL:= NUMBER:1 NEWLINE NAME:await EQUAL:= NUMBER:2 NEWLINE "
                  "ASYNC:async NAME:def(kw) NAME:h LPAR:( RPAR:) COLON:: NAME:return(kw) AWAIT:await NAME:z NEWLINE "
                  "NAME:async NEWLINE")
            << "3." << minor;
    }
    EXPECT_EQ(kinds("async = 1\n", v(7)), "NAME:async(kw) EQUAL:= NUMBER:1 NEWLINE");
}

TEST(LexTokens, StringPrefixesPerVersion) {
    EXPECT_EQ(kinds("u'x' rb'y' br'z'\n", v(2)), "NAME:u STRING:'x' NAME:rb STRING:'y' STRING:br'z' NEWLINE");
    EXPECT_EQ(kinds("u'x' Rb'y' bR'z'\n", v(3)), "STRING:u'x' STRING:Rb'y' STRING:bR'z' NEWLINE");
    EXPECT_EQ(kinds("f'x' ur'y'\n", v(5)), "NAME:f STRING:'x' NAME:ur STRING:'y' NEWLINE");
    EXPECT_EQ(kinds("t'x'\n", v(13)), "NAME:t STRING:'x' NEWLINE");
    EXPECT_EQ(kinds("t'x{y}'\n", v(14)),
              "TSTRING_START:t' TSTRING_MIDDLE:x LBRACE:{ NAME:y RBRACE:} TSTRING_END:' NEWLINE");
    EXPECT_EQ(kinds("Rf'x' fR'y'\n", v(12)),
              "FSTRING_START:Rf' FSTRING_MIDDLE:x FSTRING_END:' FSTRING_START:fR' FSTRING_MIDDLE:y FSTRING_END:' NEWLINE");
}

TEST(LexTokens, NumbersPerVersion) {
    EXPECT_EQ(kinds("1_0 0x_f 1e5 1.5j .5 1. 0o17 0b1\n", v(6)),
              "NUMBER:1_0 NUMBER:0x_f NUMBER:1e5 NUMBER:1.5j NUMBER:.5 NUMBER:1. NUMBER:0o17 NUMBER:0b1 NEWLINE");
    EXPECT_EQ(kinds("1_0\n", v(5)), "NUMBER:1 NAME:_0 NEWLINE");
    // 3.10+: keywords may follow a number directly (a warning in CPython, not an error).
    EXPECT_EQ(kinds("1if x else 2\n", v(12)), "NUMBER:1 NAME:if(kw) NAME:x NAME:else(kw) NUMBER:2 NEWLINE");
    EXPECT_EQ(kinds("1or 2\n", v(12)), "NUMBER:1 NAME:or(kw) NUMBER:2 NEWLINE");
    EXPECT_EQ(kinds("0x1for\n", v(12)), "NUMBER:0x1f NAME:or(kw) NEWLINE");  // hex digits first
    // Before 3.10 a name after a number is just the next token (the parser rejects it).
    EXPECT_EQ(kinds("1abc\n", v(9)), "NUMBER:1 NAME:abc NEWLINE");
    EXPECT_EQ(kinds("1e\n", v(9)), "NUMBER:1 NAME:e NEWLINE");
    EXPECT_EQ(kinds("0b12\n", v(7)), "NUMBER:0b1 NUMBER:2 NEWLINE");
}

TEST(LexTokens, OperatorsPerVersion) {
    EXPECT_EQ(kinds("(x:=1)\n", v(8)), "LPAR:( NAME:x COLONEQUAL::= NUMBER:1 RPAR:) NEWLINE");
    EXPECT_EQ(kinds("(x:=1)\n", v(7)), "LPAR:( NAME:x COLON:: EQUAL:= NUMBER:1 RPAR:) NEWLINE");
    EXPECT_EQ(kinds("a @= b\n", v(5)), "NAME:a ATEQUAL:@= NAME:b NEWLINE");
    EXPECT_EQ(kinds("a @= b\n", v(4)), "NAME:a AT:@ EQUAL:= NAME:b NEWLINE");
    // `<>` is always one NOTEQUAL token; the parser decides (barry_as_FLUFL).
    EXPECT_EQ(kinds("a <> b -> ... **= //=\n", v(12)),
              "NAME:a NOTEQUAL:<> NAME:b RARROW:-> ELLIPSIS:... DOUBLESTAREQUAL:**= DOUBLESLASHEQUAL://= NEWLINE");
    EXPECT_EQ(kinds("$ ?\n", v(12)), "OP:$ OP:? NEWLINE");
}

TEST(LexTokens, FStringsPep701) {
    EXPECT_EQ(kinds("f\"a{{b}}c{x!r:>{w}}\"\n", v(12)),
              "FSTRING_START:f\" FSTRING_MIDDLE:a{ FSTRING_MIDDLE:b} FSTRING_MIDDLE:c LBRACE:{ NAME:x "
              "EXCLAMATION:! NAME:r COLON:: FSTRING_MIDDLE:> LBRACE:{ NAME:w RBRACE:} FSTRING_MIDDLE "
              "RBRACE:} FSTRING_END:\" NEWLINE");
    // Same quotes nested, comments and newlines in the expression part.
    EXPECT_EQ(kinds("f\"{f\"{x}\"}\"\n", v(12)),
              "FSTRING_START:f\" LBRACE:{ FSTRING_START:f\" LBRACE:{ NAME:x RBRACE:} FSTRING_END:\" RBRACE:} FSTRING_END:\" NEWLINE");
    EXPECT_EQ(kinds("f\"{x # c\n}\"\n", v(12), true),
              "FSTRING_START:f\" LBRACE:{ NAME:x COMMENT:# c NL RBRACE:} FSTRING_END:\" NEWLINE ENDMARKER");
    EXPECT_EQ(kinds("f'{x=}' f'\\N{DASH}{y}'\n", v(12)),
              "FSTRING_START:f' LBRACE:{ NAME:x EQUAL:= RBRACE:} FSTRING_END:' FSTRING_START:f' "
              "FSTRING_MIDDLE:\\N{DASH} LBRACE:{ NAME:y RBRACE:} FSTRING_END:' NEWLINE");
}

TEST(LexTokens, FStringsBefore312AreSplitByTheOldRules) {
    // The same token kinds as 3.12, from a literal first read whole.
    EXPECT_EQ(kinds("f'a{{b}}c{x!r:>{w}}'\n", v(8)),
              "FSTRING_START:f' FSTRING_MIDDLE:a{ FSTRING_MIDDLE:b} FSTRING_MIDDLE:c LBRACE:{ NAME:x "
              "EXCLAMATION:! NAME:r COLON:: FSTRING_MIDDLE:> LBRACE:{ NAME:w RBRACE:} RBRACE:} FSTRING_END:' NEWLINE");
    EXPECT_EQ(kinds("f'{x=}'\n", v(8)), "FSTRING_START:f' LBRACE:{ NAME:x EQUAL:= RBRACE:} FSTRING_END:' NEWLINE");
    // 3.6/3.7: no `=` specifier, the '=' belongs to the expression (and the parser rejects it).
    EXPECT_EQ(kinds("f'{x=}'\n", v(7)), "FSTRING_START:f' LBRACE:{ NAME:x EQUAL:= RBRACE:} FSTRING_END:' NEWLINE");
    // The expression ends at the literal's own quote: `f"{x"}"` is a string `f"{x"` then `}"...`.
    EXPECT_EQ(kinds("f'{a[\"b\"]}' rf'''{3+\n4}'''\n", v(11), true),
              "FSTRING_START:f' LBRACE:{ NAME:a LSQB:[ STRING:\"b\" RSQB:] RBRACE:} FSTRING_END:' "
              "FSTRING_START:rf''' LBRACE:{ NUMBER:3 PLUS:+ NL NUMBER:4 RBRACE:} FSTRING_END:''' NEWLINE ENDMARKER");
    // `await` inside an f-string of an async def was a plain name in 3.6 (re-tokenized without
    // the async context).
    EXPECT_EQ(kinds("async def f():\n    f'{await x}'\n", v(6)),
              "ASYNC:async NAME:def(kw) NAME:f LPAR:( RPAR:) COLON:: NEWLINE INDENT FSTRING_START:f' LBRACE:{ "
              "NAME:await NAME:x RBRACE:} FSTRING_END:' NEWLINE DEDENT");
}

}  // namespace
}  // namespace pyfront::lex
