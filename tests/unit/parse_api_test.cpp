// The recognizer API (parse/parser.h): results, the first syntax error's location, modes, the
// SLL/LL strategy and the process-wide prediction cache; the grammar's version marks
// (parse/grammar_marks.h) read from grammar/PythonParser.g4 itself.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "parse/grammar_marks.h"
#include "parse_test_support.h"

namespace pyfront::parse {
namespace {

using testing::parse_text;
using testing::v;

TEST(ParseApi, AcceptsAndReturnsTheRoot) {
    auto p = parse_text("x = 1\n", v(12));
    ASSERT_TRUE(p->ok()) << p->error();
    EXPECT_NE(dynamic_cast<grammar::PythonParser::File_inputContext*>(p->result->tree()), nullptr);
    EXPECT_FALSE(p->result->error().has_value());
    EXPECT_EQ(p->result->mode(), Mode::Exec);
    EXPECT_EQ(p->result->version(), v(12));
    EXPECT_FALSE(p->result->ll_fallback());
}

TEST(ParseApi, TerminalsCarryTheTokenizersPositions) {
    auto p = parse_text("x = a is not b\n", v(12));
    ASSERT_TRUE(p->ok());
    std::vector<const LightToken*> seen;
    std::function<void(antlr4::tree::ParseTree*)> walk = [&](antlr4::tree::ParseTree* t) {
        if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(t)) {
            seen.push_back(&light_token(term));
            return;
        }
        for (auto* c : t->children) walk(c);
    };
    walk(p->result->tree());
    ASSERT_EQ(seen.size(), 7u);  // x = a `is not` b NEWLINE EOF
    EXPECT_EQ(seen[3]->getType(), antlr_type(ParserToken::IsNot));
    EXPECT_EQ(seen[3]->token().col, 6u);
    EXPECT_EQ(seen[3]->last_token().end_col, 12u);
    EXPECT_EQ(seen[4]->token().col, 13u);
    EXPECT_EQ(seen[4]->token().text(p->text), "b");
}

TEST(ParseApi, RootPerMode) {
    auto eval = parse_text("a + b", v(12), Mode::Eval);
    EXPECT_NE(dynamic_cast<grammar::PythonParser::Eval_inputContext*>(eval->result->tree()), nullptr);
    auto single = parse_text("x = 1\n", v(12), Mode::Single);
    EXPECT_NE(dynamic_cast<grammar::PythonParser::Single_inputContext*>(single->result->tree()),
              nullptr);
    auto ft = parse_text("(int) -> str", v(12), Mode::FuncType);
    EXPECT_NE(dynamic_cast<grammar::PythonParser::Func_type_inputContext*>(ft->result->tree()),
              nullptr);
    EXPECT_FALSE(parse_text("x = 1\n", v(12), Mode::Eval)->ok());
    EXPECT_FALSE(parse_text("x = 1\ny = 2\n", v(12), Mode::Single)->ok());
    EXPECT_FALSE(parse_text("", v(12), Mode::Single)->ok());
}

TEST(ParseApi, FirstSyntaxErrorLocation) {
    struct Case {
        const char* source;
        unsigned line, col, end_col;
        bool at_eof;
    } cases[] = {
        {"x = = 1\n", 1, 4, 5, false},
        {"if x:\n    pass\nelse\n", 3, 4, 5, false},   // the NEWLINE where ':' should be
        {"f(a b)\n", 1, 4, 5, false},
        {"def f(:\n", 1, 6, 7, false},
        {"a = (1,\n", 2, 0, 0, true},                   // unclosed: the end of the input
        {"class C\n    pass\n", 1, 7, 8, false},
        {"x = 1 +\n", 1, 7, 8, false},
        {"a is not\n", 1, 8, 9, false},
    };
    for (const Case& c : cases) {
        auto p = parse_text(c.source, v(12));
        ASSERT_FALSE(p->ok()) << c.source;
        if (p->lexed.error) continue;  // the tokenizer reports unclosed brackets itself
        const SyntaxErrorInfo& e = *p->result->error();
        EXPECT_EQ(e.lineno, c.line) << c.source << e.detail;
        EXPECT_EQ(e.col, c.col) << c.source << e.detail;
        EXPECT_EQ(e.end_col, c.end_col) << c.source << e.detail;
        EXPECT_EQ(e.at_eof, c.at_eof) << c.source;
        EXPECT_EQ(e.message, "invalid syntax");
        EXPECT_FALSE(e.detail.empty());
    }
}

TEST(ParseApi, SllThenLl) {
    const ParseCounters before = parse_counters();
    auto ok = parse_text("x = [a for a in b if c]\n", v(12));
    EXPECT_TRUE(ok->ok());
    auto bad = parse_text("x = (\n", v(12));
    EXPECT_FALSE(bad->ok());
    const ParseCounters after = parse_counters();
    EXPECT_EQ(after.parses - before.parses, 2u);
    // A syntax error fails SLL and is confirmed by LL; the stdlib never needs LL (bench).
    EXPECT_GE(after.ll_fallbacks - before.ll_fallbacks, 1u);
    EXPECT_EQ(after.ll_fallback_successes, before.ll_fallback_successes);
    EXPECT_EQ(after.syntax_errors - before.syntax_errors, 1u);

    // The LL-only and SLL-only paths give the same answers.
    ParseOptions ll;
    ll.ll_only = true;
    ParseOptions sll;
    sll.sll_only = true;
    for (const char* s : {"match x:\n case [1, *_] | {'k': _}: pass\n", "f(x for x in y)\n",
                          "lambda *a, b=1, **c: (yield)\n", "x = (\n"}) {
        const bool expected = parse_text(s, v(15))->ok();
        EXPECT_EQ(parse_text(s, v(15), Mode::Exec, ll)->ok(), expected) << s;
        EXPECT_EQ(parse_text(s, v(15), Mode::Exec, sll)->ok(), expected) << s;
    }
}

TEST(ParseApi, PredictionCacheStaysWarmAndSmall) {
    parse_text("x = f(a, *b, c=[d for d in e if d], **g)[1:2]\n", v(12));
    const DfaStats warm = dfa_stats();
    EXPECT_GT(warm.decisions, 100u);
    EXPECT_GT(warm.states, 0u);
    parse_text("x = f(a, *b, c=[d for d in e if d], **g)[1:2]\n", v(12));
    EXPECT_EQ(dfa_stats().states, warm.states);  // nothing new to learn
    clear_dfa_cache();
    EXPECT_EQ(dfa_stats().states, 0u);
    EXPECT_TRUE(parse_text("y = 2\n", v(12))->ok());
    EXPECT_GT(dfa_stats().states, 0u);
}

// The loops of the precedence rules are predicted from one token in SLL mode
// (parse/precedence_loops.h): no DFA start state is computed for them, and the trees are the
// ones the runtime's own prediction builds (LL mode does not use the table).
TEST(ParseApi, PrecedenceLoopsArePredictedFromOneToken) {
    const char* source =
        "x = a or b and not c < d <= e == f != g > h >= i in j not in k is l is not m\n"
        "y = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o\n"
        "z = (a if b else c if d else e) + (lambda q: q * 2 if q else -q)(f)\n"
        "w = [v := a + b, *c, d if e else f]\n"
        "for t in a + b, c * d:\n    t = [u for u in a if u and not b or c]\n"
        "async def h():\n    return await a ** b + -await c\n";
    ParseOptions sll;
    sll.sll_only = true;
    ParseOptions ll;
    ll.ll_only = true;
    for (int minor : {8, 12, 15}) {
        clear_dfa_cache();
        auto fast = parse_text(source, v(minor), Mode::Exec, sll);
        ASSERT_TRUE(fast->ok()) << fast->error();
        EXPECT_EQ(dfa_stats().precedence_start_states, 0u) << "3." << minor;
        auto runtime = parse_text(source, v(minor), Mode::Exec, ll);
        ASSERT_TRUE(runtime->ok()) << runtime->error();
        EXPECT_GT(dfa_stats().precedence_start_states, 0u) << "LL mode predicts with the runtime";
        EXPECT_EQ(fast->result->tree()->toStringTree(), runtime->result->tree()->toStringTree());
    }
}

TEST(ParseApi, TooDeepNestingIsAnErrorNotACrash) {
    // 100,000 nested prefix operators (CPython 3.9+: MemoryError, "too complex"); brackets
    // stop earlier, at the tokenizer's 200 levels.
    for (const std::string& s : {"x = " + std::string(100000, '-') + "1\n",
                                 [] {
                                     std::string t = "x = ";
                                     for (int i = 0; i < 100000; ++i) t += "2 ** ";
                                     return t + "1\n";
                                 }(),
                                 "x = " + std::string(100000, '~') + "1\n"}) {
        auto p = parse_text(s, v(12));
        ASSERT_FALSE(p->ok());
        ASSERT_TRUE(p->result->error().has_value());
        EXPECT_TRUE(p->result->error()->too_complex);
        EXPECT_EQ(p->result->error()->lineno, 1u);
    }
    // Deep but within the limit, and the parser is usable afterwards.
    EXPECT_TRUE(parse_text("x = " + std::string(1000, '-') + "1\n", v(12))->ok());
    EXPECT_TRUE(parse_text("x = " + std::string(199, '(') + "1" + std::string(199, ')') + "\n",
                           v(12))->ok());
}

TEST(ParseApi, TokenizerErrorEndsTheInput) {
    // The tokens stop at the tokenizer's error; the parser sees EOF there and fails cleanly.
    auto p = parse_text("x = 'abc\n", v(12));
    EXPECT_TRUE(p->lexed.error.has_value());
    EXPECT_FALSE(p->result->ok());
    const std::vector<lex::Token> none;
    ParseResult r = parse(none, "", Mode::Exec, v(12));
    EXPECT_TRUE(r.ok());  // no tokens at all: an empty module
}

TEST(ParseApi, TreeOutlivesNothingButTheResult) {
    std::unique_ptr<ParseResult> kept;
    {
        auto p = parse_text("a.b(c)\n", v(12));
        kept = std::move(p->result);
        // `p`'s tokens go away here; the result must not be used after them (documented).
    }
    kept.reset();  // destroying the tree alone is fine
    SUCCEED();
}

// ---- the grammar's version marks

std::string grammar_text() {
    const std::string path = PYFRONT_SOURCE_DIR "/grammar/PythonParser.g4";
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(GrammarMarks, RangesParse) {
    std::vector<std::pair<Version, Version>> spans;
    ASSERT_TRUE(parse_version_range("3.8-", spans));
    EXPECT_EQ(spans, (std::vector<std::pair<Version, Version>>{{v(8), v(15)}}));
    ASSERT_TRUE(parse_version_range("-3.8", spans));
    EXPECT_EQ(spans, (std::vector<std::pair<Version, Version>>{{v(0), v(8)}}));
    ASSERT_TRUE(parse_version_range("3.9", spans));
    EXPECT_EQ(spans, (std::vector<std::pair<Version, Version>>{{v(9), v(9)}}));
    ASSERT_TRUE(parse_version_range("3.0-3.1,3.5-", spans));
    EXPECT_EQ(spans, (std::vector<std::pair<Version, Version>>{{v(0), v(1)}, {v(5), v(15)}}));
    for (const char* bad : {"", "-", "3.9-3.8", "3.16-", "2.7", "3.8,", "x"})
        EXPECT_FALSE(parse_version_range(bad, spans)) << bad;
}

TEST(GrammarMarks, EveryMarkOfTheGrammarIsWellFormed) {
    std::vector<std::string> errors;
    const std::vector<GrammarMark> marks = grammar_marks(grammar_text(), &errors);
    EXPECT_TRUE(errors.empty()) << errors.front();
    ASSERT_GT(marks.size(), 40u);
    std::set<std::string> features;
    for (const GrammarMark& m : marks) {
        features.insert(m.feature);
        EXPECT_FALSE(m.rule.empty()) << "line " << m.line;
        EXPECT_GT(m.grammar_line, 0) << "line " << m.line;
        // Only version-dependent productions are marked.
        EXPECT_FALSE(m.accepts(kMinVersion) && m.accepts(kMaxVersion) && m.spans.size() == 1 &&
                     m.spans[0] == std::make_pair(kMinVersion, kMaxVersion))
            << m.feature;
    }
    // The features of python-versions.md that are productions of the grammar.
    for (const char* f :
         {"with_items", "yield_from", "async", "await", "matmul", "unpack_call", "unpack_dict",
          "set_star", "fstring", "annotated_assignment", "async_comprehension", "def_trailing_comma",
          "walrus", "posonly", "fstring_debug", "return_star", "annassign_rhs", "relaxed_decorators",
          "with_parens", "for_iter_star", "comp_if_lambda", "del_starred", "paren_starred", "match",
          "walrus_subscript", "except_star", "subscript_star", "star_annotation", "type_params",
          "type_alias", "type_param_defaults", "tstring", "except_bare_tuple", "lazy_import",
          "comprehension_unpacking", "pattern_unary_plus", "star_in_comparison"})
        EXPECT_TRUE(features.count(f)) << f;
}

TEST(GrammarMarks, MarksKnowTheirRuleAndAlternative) {
    std::vector<GrammarMark> marks = grammar_marks(grammar_text());
    auto find = [&](const std::string& feature, const std::string& rule) -> const GrammarMark* {
        for (const GrammarMark& m : marks)
            if (m.feature == feature && m.rule == rule) return &m;
        return nullptr;
    };
    const GrammarMark* match = find("match", "stmt");
    ASSERT_NE(match, nullptr);
    EXPECT_EQ(match->label, "MatchStmt");
    EXPECT_TRUE(match->accepts(v(10)));
    EXPECT_FALSE(match->accepts(v(9)));
    const GrammarMark* lazy = find("lazy_import", "simple_stmt");
    ASSERT_NE(lazy, nullptr);
    EXPECT_EQ(lazy->label, "LazyImportStmt");
    EXPECT_NE(find("relaxed_decorators", "decorator"), nullptr);  // mark on the line above
    EXPECT_NE(find("walrus", "test"), nullptr);
    EXPECT_NE(find("posonly", "param"), nullptr);
}

}  // namespace
}  // namespace pyfront::parse
