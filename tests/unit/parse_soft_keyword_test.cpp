// Soft keywords and `is not`, resolved by the token source (parse/parser_tokens.def) with
// bounded lookahead: what the parser sees, and the statement each resolution leads to.
// Verdicts on which versions accept each form were checked against CPython 3.6-3.13 and
// 3.14.2 / 3.15.0rc1 (see parse_acceptance_test.cpp); the resolution itself does not depend
// on the feature version (a form it resolves to a soft keyword is invalid in every version
// without that statement, so the builder's version gate can name the version it needs).
#include <gtest/gtest.h>

#include "parse_test_support.h"

namespace pyfront::parse {
namespace {

using testing::parse_text;
using testing::parser_tokens;
using testing::tree;
using testing::v;

// The statement kind (stmt alternative, then simple_stmt alternative) of each top-level
// statement, e.g. "SimpleStmts/ExprStmt MatchStmt".
std::string statement_kinds(std::string_view text, Version version = v(15)) {
    auto p = parse_text(text, version);
    if (!p->ok()) return "ERROR " + p->error();
    std::string out;
    auto name = [](antlr4::tree::ParseTree* t) {
        std::string n = typeid(*t).name();  // e.g. N7pyfront7grammar12PythonParser16MatchStmtContextE
        const std::size_t at = n.find("PythonParser");
        n = n.substr(at + 12);
        while (!n.empty() && std::isdigit(static_cast<unsigned char>(n[0]))) n.erase(0, 1);
        if (n.size() > 8 && n.compare(n.size() - 8, 8, "ContextE") == 0) n.resize(n.size() - 8);
        return n;
    };
    for (auto* child : p->result->tree()->children) {
        auto* stmt = dynamic_cast<grammar::PythonParser::StmtContext*>(child);
        if (stmt == nullptr) continue;
        if (!out.empty()) out += ' ';
        out += name(stmt);
        if (auto* simple = dynamic_cast<grammar::PythonParser::SimpleStmtsContext*>(stmt))
            out += "/" + name(simple->simple_stmt(0));
    }
    return out;
}

TEST(SoftKeywordTokens, MatchStatementOrName) {
    EXPECT_EQ(parser_tokens("match x:\n case 1: pass\n"),
              "SOFT_MATCH NAME COLON NEWLINE INDENT SOFT_CASE NUMBER COLON KW_PASS NEWLINE "
              "DEDENT EOF");
    // A line that starts with `match` is a match statement exactly when it ends with ':'.
    EXPECT_EQ(parser_tokens("match(x)\n"), "NAME LPAR NAME RPAR NEWLINE EOF");
    EXPECT_EQ(parser_tokens("match (x):\n case 1: pass\n").substr(0, 10), "SOFT_MATCH");
    EXPECT_EQ(parser_tokens("match = re.match(p, s)\n"),
              "NAME EQUAL NAME DOT NAME LPAR NAME COMMA NAME RPAR NEWLINE EOF");
    EXPECT_EQ(parser_tokens("match: int = 1\n"), "NAME COLON NAME EQUAL NUMBER NEWLINE EOF");
    EXPECT_EQ(parser_tokens("match[x]: int\n"),
              "NAME LSQB NAME RSQB COLON NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("match x \\\n  :  # c\n case 1: pass\n").substr(0, 10), "SOFT_MATCH");
    // Not at the start of a line: always a name.
    EXPECT_EQ(parser_tokens("if x: match = 1\n"),
              "KW_IF NAME COLON NAME EQUAL NUMBER NEWLINE EOF");
    EXPECT_EQ(parser_tokens("match match:\n case case: pass\n"),
              "SOFT_MATCH NAME COLON NEWLINE INDENT SOFT_CASE NAME COLON KW_PASS NEWLINE DEDENT "
              "EOF");
}

TEST(SoftKeywordTokens, CaseOnlyDirectlyInAMatchBlock) {
    EXPECT_EQ(parser_tokens("case = 1\n"), "NAME EQUAL NUMBER NEWLINE EOF");
    // Inside a case body (one level deeper) `case` is a name again.
    EXPECT_EQ(parser_tokens("match x:\n case 1:\n  case = 2\n"),
              "SOFT_MATCH NAME COLON NEWLINE INDENT SOFT_CASE NUMBER COLON NEWLINE INDENT NAME "
              "EQUAL NUMBER NEWLINE DEDENT DEDENT EOF");
    // Back at the case level after a nested block; after the match block, a name.
    const std::string nested = parser_tokens(
        "def f():\n match x:\n  case 1:\n   if y:\n    pass\n  case 2: pass\n case = 3\n");
    EXPECT_EQ(nested,
              "KW_DEF NAME LPAR RPAR COLON NEWLINE INDENT SOFT_MATCH NAME COLON NEWLINE INDENT "
              "SOFT_CASE NUMBER COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT KW_PASS "
              "NEWLINE DEDENT DEDENT SOFT_CASE NUMBER COLON KW_PASS NEWLINE DEDENT NAME EQUAL "
              "NUMBER NEWLINE DEDENT EOF");
}

TEST(SoftKeywordTokens, TypeAliasOrName) {
    EXPECT_EQ(parser_tokens("type X = int\n"), "SOFT_TYPE NAME EQUAL NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("type X[T] = list[T]\n").substr(0, 9), "SOFT_TYPE");
    EXPECT_EQ(parser_tokens("type(x)\n"), "NAME LPAR NAME RPAR NEWLINE EOF");
    EXPECT_EQ(parser_tokens("type = 1\n"), "NAME EQUAL NUMBER NEWLINE EOF");
    EXPECT_EQ(parser_tokens("type.x\n"), "NAME DOT NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("type X\n"), "NAME NAME NEWLINE EOF");  // a syntax error either way
    EXPECT_EQ(parser_tokens("x = 1; type X = int\n").substr(0, 32), "NAME EQUAL NUMBER SEMI SOFT_TYPE");
    EXPECT_EQ(parser_tokens("if x: type X = int\n").substr(0, 26), "KW_IF NAME COLON SOFT_TYPE");
    EXPECT_EQ(parser_tokens("type type = type\n"), "SOFT_TYPE NAME EQUAL NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("type match = int\n"), "SOFT_TYPE NAME EQUAL NAME NEWLINE EOF");
}

TEST(SoftKeywordTokens, LazyImportOrName) {
    EXPECT_EQ(parser_tokens("lazy import a\n"), "SOFT_LAZY KW_IMPORT NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("lazy from a import b\n"),
              "SOFT_LAZY KW_FROM NAME KW_IMPORT NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("lazy = 1\n"), "NAME EQUAL NUMBER NEWLINE EOF");
    EXPECT_EQ(parser_tokens("lazy(x)\n"), "NAME LPAR NAME RPAR NEWLINE EOF");
    // Not at the start of a statement: `raise lazy from e` keeps its name.
    EXPECT_EQ(parser_tokens("raise lazy from e\n"), "KW_RAISE NAME KW_FROM NAME NEWLINE EOF");
}

TEST(SoftKeywordTokens, UnderscoreIsAlwaysAName) {
    // The wildcard is told from a capture by its text in the builder, as in CPython's grammar.
    EXPECT_EQ(parser_tokens("match x:\n case _: pass\n"),
              "SOFT_MATCH NAME COLON NEWLINE INDENT SOFT_CASE NAME COLON KW_PASS NEWLINE DEDENT "
              "EOF");
    EXPECT_EQ(parser_tokens("_ = 1\n"), "NAME EQUAL NUMBER NEWLINE EOF");
}

TEST(SoftKeywordTokens, IsNotIsOneOperator) {
    EXPECT_EQ(parser_tokens("a is not b\n"), "NAME IS_NOT NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("a is (not b)\n"), "NAME KW_IS LPAR KW_NOT NAME RPAR NEWLINE EOF");
    EXPECT_EQ(parser_tokens("(a is\n not b)\n"), "LPAR NAME IS_NOT NAME RPAR NEWLINE EOF");
    EXPECT_EQ(parser_tokens("a not in b\n"), "NAME KW_NOT KW_IN NAME NEWLINE EOF");
    // The merged token spans both words.
    source::DecodedSource d;
    d.text = "a is  not b\n";
    lex::LexOptions lo;
    const lex::LexResult lexed = lex::tokenize(d, lo);
    PyTokenStream stream(lexed.tokens, d.text, "<t>");
    EXPECT_EQ(stream.token(1).getText(), "is  not");
    EXPECT_EQ(stream.token(1).getStartIndex(), 2u);
    EXPECT_EQ(stream.token(1).getStopIndex(), 8u);
    EXPECT_EQ(stream.token(1).last_token().end_col, 9u);
}

TEST(SoftKeywordTokens, ContextualAsyncAwaitOfThreeFiveAndSix) {
    // 3.5-3.6: keywords inside `async def` (the tokenizer's ASYNC/AWAIT), names elsewhere.
    EXPECT_EQ(parser_tokens("async def f(): await x\n", v(6)),
              "KW_ASYNC KW_DEF NAME LPAR RPAR COLON KW_AWAIT NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("await = async\n", v(6)), "NAME EQUAL NAME NEWLINE EOF");
    EXPECT_EQ(parser_tokens("await x\n", v(7)), "KW_AWAIT NAME NEWLINE EOF");
}

TEST(SoftKeywordStatements, MatchCallVersusMatchStatement) {
    EXPECT_EQ(statement_kinds("match(x)\n"), "SimpleStmts/ExprStmt");
    EXPECT_EQ(statement_kinds("match x:\n case 1: pass\n"), "MatchStmt");
    EXPECT_EQ(statement_kinds("match(x):\n case 1: pass\n"), "MatchStmt");
    EXPECT_EQ(statement_kinds("match = 1\nmatch match:\n case match: pass\nmatch.x()\n"),
              "SimpleStmts/ExprStmt MatchStmt SimpleStmts/ExprStmt");
    EXPECT_EQ(statement_kinds("match, case = 1, 2\n"), "SimpleStmts/ExprStmt");
    EXPECT_EQ(statement_kinds("match *a, b:\n case [*_]: pass\n"), "MatchStmt");
    EXPECT_EQ(statement_kinds("match -x:\n case -1: pass\n"), "MatchStmt");
    EXPECT_EQ(statement_kinds("match {1: 2}:\n case {1: x}: pass\n"), "MatchStmt");
    // Names in older versions: every form above that is not a match statement still parses.
    for (int minor = 0; minor <= 9; ++minor) {
        EXPECT_EQ(statement_kinds("match(x)\nmatch = case = 1\nmatch.case[0] = 2\n", v(minor)),
                  "SimpleStmts/ExprStmt SimpleStmts/ExprStmt SimpleStmts/ExprStmt")
            << "3." << minor;
    }
}

TEST(SoftKeywordStatements, TypeAliasVersusTypeCall) {
    EXPECT_EQ(statement_kinds("type X = int\n"), "SimpleStmts/TypeAliasStmt");
    EXPECT_EQ(statement_kinds("type X[T: int = str, *Ts, **P] = dict[T, Ts]\n"),
              "SimpleStmts/TypeAliasStmt");
    EXPECT_EQ(statement_kinds("type(x)\n"), "SimpleStmts/ExprStmt");
    EXPECT_EQ(statement_kinds("type = type(x)\n"), "SimpleStmts/ExprStmt");
    for (int minor = 0; minor <= 11; ++minor)
        EXPECT_EQ(statement_kinds("type(x) == type\ntype = 1\n", v(minor)),
                  "SimpleStmts/ExprStmt SimpleStmts/ExprStmt");
}

TEST(SoftKeywordStatements, LazyImportIsResolvedInEveryVersionAndGatedLater) {
    // CPython 3.15.0rc1 accepts `lazy import`, 3.14 rejects it ("invalid syntax"): the parse
    // tree says LazyImportStmt in every version so that the builder's gate can say that the
    // statement needs 3.15 (see the grammar's `@versions 3.15- lazy_import`).
    for (int minor : {0, 9, 14, 15}) {
        EXPECT_EQ(statement_kinds("lazy import a.b as c\nlazy from . import x\n", v(minor)),
                  "SimpleStmts/LazyImportStmt SimpleStmts/LazyImportStmt");
        EXPECT_EQ(statement_kinds("lazy = 1\nlazy(x)\n", v(minor)),
                  "SimpleStmts/ExprStmt SimpleStmts/ExprStmt");
    }
}

TEST(SoftKeywordStatements, UnderscoreInPatterns) {
    EXPECT_EQ(tree("match x:\n case _: pass\n"),
              "(file_input (stmt match (exprs (test x)) : NL > (case_block case (patterns "
              "(pattern (closed_pattern _))) : (block (simple_stmt pass) NL)) <) <EOF>)");
    for (const char* s : {"match x:\n case [_, *_]: pass\n", "match x:\n case C(_=1): pass\n",
                          "match x:\n case {1: _, **rest}: pass\n", "match x:\n case 1 | _: pass\n",
                          "match x:\n case _ if _: pass\n"}) {
        auto p = parse_text(s, v(10));
        EXPECT_TRUE(p->ok()) << s << p->error();
    }
}

}  // namespace
}  // namespace pyfront::parse
