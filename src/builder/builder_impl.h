// Internal to src/builder: the Builder walks one ANTLR parse tree (grammar/PythonParser.g4)
// and makes the common AST in an arena.
//
// How the tree is read (the grammar engineer's notes): contexts are told apart by
// getRuleIndex() and the type of their first child token, never by the generated accessors
// (they dynamic_cast); a terminal is a ParseTree without children (every rule of the grammar
// matches at least one token, so a rule context always has children); token positions come
// from the tokenizer's lex::Token behind each LightToken (UTF-8 byte columns).
//
// Files: see src/builder/README.md (one job per file: statements, compound statements,
// expressions, displays, trailers, targets, parameters, strings, patterns, errors).
#pragma once
#include <antlr4-runtime.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "PythonParser.h"
#include "ast/ast.h"
#include "builder/builder.h"
#include "builder/gates.h"
#include "lex/token.h"
#include "parse/parser.h"
#include "parse/token_stream.h"

namespace pyfront::pyvalue {
struct LiteralWarning;
}

namespace pyfront::builder::detail {

// The parser's mode for a builder mode (the same four).
inline parse::Mode parse_mode(Mode m) {
    switch (m) {
        case Mode::Exec: return parse::Mode::Exec;
        case Mode::Eval: return parse::Mode::Eval;
        case Mode::Single: return parse::Mode::Single;
        case Mode::FuncType: return parse::Mode::FuncType;
    }
    return parse::Mode::Exec;
}

using antlr4::ParserRuleContext;
using PT = antlr4::tree::ParseTree;
using G = grammar::PythonParser;
using ast::Position;

// ---- reading the parse tree -----------------------------------------------------------------

inline bool is_token(const PT* t) { return t->children.empty(); }
// TerminalNodeImpl derives from ParseTree through a virtual base, so no static_cast reaches it;
// every terminal of a successful parse is a TerminalNodeImpl, whose ParseTree subobject sits
// at this fixed offset (builder_util.cpp), which avoids a dynamic_cast per token.
extern const std::ptrdiff_t kTerminalParseTreeOffset;
inline const parse::LightToken& light(const PT* t) {
    const auto* impl = reinterpret_cast<const antlr4::tree::TerminalNodeImpl*>(
        reinterpret_cast<const char*>(t) - kTerminalParseTreeOffset);
    return *static_cast<const parse::LightToken*>(impl->symbol);
}
inline const parse::LightToken& light(const antlr4::Token* t) {
    return *static_cast<const parse::LightToken*>(t);
}
// The ANTLR token type of a terminal, 0 for a rule context.
inline std::size_t ttype(const PT* t) { return is_token(t) ? light(t).getType() : 0; }
inline std::size_t rule_of(const PT* t) {
    return static_cast<const ParserRuleContext*>(t)->getRuleIndex();
}
inline bool is_rule(const PT* t, std::size_t rule) { return !is_token(t) && rule_of(t) == rule; }
inline const std::vector<PT*>& kids(const PT* t) { return t->children; }

// First and last tokenizer tokens of a terminal or a context.
inline const lex::Token& first_tok(const PT* t) {
    if (is_token(t)) return light(t).token();
    return light(static_cast<const ParserRuleContext*>(t)->start).token();
}
inline const lex::Token& last_tok(const PT* t) {
    if (is_token(t)) return light(t).last_token();
    return light(static_cast<const ParserRuleContext*>(t)->stop).last_token();
}

inline Position span(const lex::Token& a, const lex::Token& b) {
    return Position{static_cast<std::int32_t>(a.lineno), static_cast<std::int32_t>(a.col),
                    static_cast<std::int32_t>(b.end_lineno), static_cast<std::int32_t>(b.end_col)};
}
inline Position span(const PT* a, const PT* b) { return span(first_tok(a), last_tok(b)); }
inline Position span(const PT* t) { return span(first_tok(t), last_tok(t)); }
inline Position join(const Position& a, const Position& b) {
    return Position{a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
}

// ---- expression levels (tightest first) --------------------------------------------------------
// The grammar's one precedence rule admits any prefix form as an operand of any operator; the
// builder checks each operand against the level CPython's grammar allows there.
enum Level : int {
    kPrimary = 0,
    kAwait = 1,
    kPower = 2,
    kUnary = 3,
    kTerm = 4,
    kSum = 5,
    kShift = 6,
    kBitAnd = 7,
    kBitXor = 8,
    kBitOr = 9,
    kCompare = 10,
    kNot = 11,
    kAnd = 12,
    kOr = 13,
    kTernary = 14,
    kLambda = 15,   // `expression` = kLambda
    kWalrus = 16,
    kStar = 17,
};

// What a use site of `test` admits at its top (CPython's rule at that place).
enum class Use : std::uint8_t {
    Expression,      // expression: no `*x`, no `x := y`
    Named,           // named_expression: `x := y` allowed
    StarExpr,        // star_expression: `*bitwise_or` or expression
    StarNamed,       // star_named_expression: `*bitwise_or` or named_expression
    Arg,             // call argument: `*expression` or named_expression
    Disjunction,     // comprehension iterable/condition
};

// ---- errors -----------------------------------------------------------------------------------

// The first error aborts the build (CPython stops at the first error too). Positions are the
// tokenizer's (1-based line, 0-based byte column); end_lineno 0 = no end.
struct BuildError {
    ErrorKind kind = ErrorKind::SyntaxError;
    std::string message;
    int lineno = 0;
    int col = 0;
    int end_lineno = 0;
    int end_col = 0;
    // Raised where CPython's parser raises it (subject to the 3.9-3.12 offset quirk); false
    // for errors CPython's tokenizer or string decoder raised.
    bool parser_error = true;
    // An error of 3.6/3.7's ast.c: those versions report the 0-based column as the offset.
    bool ast_c = false;
    // A parser error at a token: 3.6/3.7 report the token's end (their tokenizer's position).
    bool token_error = false;
    // CPython reports this offset whatever the column (INT32_MIN: none).
    int forced_offset = INT32_MIN;
    int forced_end_offset = INT32_MIN;
    // An unexpected INDENT (IndentationError at the indented text's first column).
    bool indent = false;
    // The gate whose range excludes the version (Builder::require), for the version hint.
    int gate = -1;
};

// An error over the tokens from..to (CPython's RAISE_ERROR_KNOWN_LOCATION), or over a node.
inline BuildError at_tokens(std::string message, const lex::Token& from, const lex::Token& to) {
    BuildError e;
    e.message = std::move(message);
    e.lineno = static_cast<int>(from.lineno);
    e.col = static_cast<int>(from.col);
    e.end_lineno = static_cast<int>(to.end_lineno);
    e.end_col = static_cast<int>(to.end_col);
    return e;
}
inline BuildError at_position(std::string message, const ast::Position& p) {
    BuildError e;
    e.message = std::move(message);
    e.lineno = p.lineno;
    e.col = p.col_offset;
    e.end_lineno = p.end_lineno;
    e.end_col = p.end_col_offset;
    return e;
}

// ---- exploration (minversion.cpp) ---------------------------------------------------------------
// A build that records how it depends on the version instead of only deciding for one: every
// version-dependent decision (a gate's allows(), a comparison of the version code) narrows
// `same` to the versions that would decide it the same way, and every Builder::require()
// records a need instead of failing. So for each version u in `same`, the build at u takes
// exactly this path up to the first need whose range excludes u (then u fails there), and
// otherwise ends as this build ended.
struct Exploration {
    VersionSet same = VersionSet::all();
    struct Need {
        Gate gate;
        VersionSet accepts;  // the gate's range (with another gate's for require_star)
        int lineno = 0;
        int col = 0;  // 0-based UTF-8 byte column
    };
    std::vector<Need> needs;
    // The gates whose allows() this build asked, in order (to name the construct when another
    // version ends otherwise).
    std::vector<Gate> asked;
    // A decision whose outcome for each version is `outcome(minor)` and was `taken` here.
    template <class F>
    void decided(bool taken, F&& outcome) {
        std::uint32_t mask = 0;
        for (int m = 0; m <= 15; ++m)
            if (bool(outcome(m)) == taken) mask |= 1u << m;
        same.bits &= mask;
    }
};

// The version code (312 for 3.12) whose comparisons an exploration records. Reading the raw
// code (raw()) is for what does not change acceptance: tree shapes, positions, messages.
class VersionCode {
public:
    VersionCode(int code, Exploration* ex) : code_(code), ex_(ex) {}
    bool operator>=(int c) const { return decide(code_ >= c, [c](int m) { return 300 + m >= c; }); }
    bool operator>(int c) const { return decide(code_ > c, [c](int m) { return 300 + m > c; }); }
    bool operator<=(int c) const { return decide(code_ <= c, [c](int m) { return 300 + m <= c; }); }
    bool operator<(int c) const { return decide(code_ < c, [c](int m) { return 300 + m < c; }); }
    bool operator==(int c) const { return decide(code_ == c, [c](int m) { return 300 + m == c; }); }
    bool operator!=(int c) const { return decide(code_ != c, [c](int m) { return 300 + m != c; }); }
    int raw() const { return code_; }

private:
    template <class F>
    bool decide(bool r, F&& f) const {
        if (ex_) ex_->decided(r, f);
        return r;
    }
    int code_;
    Exploration* ex_;
};

// CPython's SyntaxError attributes for an error (diagnostics.cpp): 1-based character offsets,
// the 3.9-3.12 byte offsets of parser errors in files without an encoding declaration, 3.6/3.7's
// token-end and ast.c column conventions, no end before 3.10.
Diagnostic to_diagnostic(const BuildError& e, std::string_view text, Version v, bool had_encoding_declaration);

// With type comments (3.8+): COMMENT tokens of the form `# type: ...` become TYPE_COMMENT /
// TYPE_IGNORE as CPython's tokenizer makes them (pipeline.cpp).
void mark_type_comments(std::vector<lex::Token>& tokens, std::string_view text);

// The build step keeping the error in tokenizer coordinates (for the pipeline's refinements).
ast::mod* build_tree(const BuildInput& input, const Options& options, ast::Arena& arena,
                     std::vector<Warning>& warnings, std::optional<BuildError>& error,
                     Exploration* explore = nullptr);

// ---- the builder --------------------------------------------------------------------------------

class Builder {
public:
    Builder(const BuildInput& in, const Options& options, ast::Arena& arena,
            std::vector<Warning>& warnings, Exploration* explore = nullptr);

    ast::mod* module(PT* root);

    // ---- errors, gates, warnings (builder.cpp)
    [[noreturn]] void fail(const std::string& message, const lex::Token& at);
    [[noreturn]] void fail(const std::string& message, const lex::Token& from, const lex::Token& to);
    [[noreturn]] void fail(const std::string& message, const Position& p);
    [[noreturn]] void fail_node(const std::string& message, const ast::Node* n);
    [[noreturn]] void invalid_syntax(const lex::Token& at);
    // An error at a node as ast.c (<= 3.8) and the PEG parser's KNOWN_LOCATION (3.9+) report it.
    [[noreturn]] void fail_ast(const std::string& message, const Position& p);
    // An error the PEG parser raises without a location (RAISE_SYNTAX_ERROR): 3.9+ at the token
    // after `construct` (the last token the parser fetched); <= 3.8 at `old` (ast.c's node);
    // `modern` (3.10+, or 3.12+ when `modern_from` says so) where later versions moved it.
    [[noreturn]] void fail_raise(const std::string& message, PT* construct, const Position& old,
                                 const Position* modern = nullptr, int modern_from = 310);
    // The last token of `t` that is not NEWLINE, INDENT or DEDENT (where CPython's compound
    // statements end: _PyPegen_get_last_nonnwhitespace_token).
    const lex::Token& last_significant(PT* t) const;
    // The parser token after the last token of `t`.
    const lex::Token& next_token(PT* t) const;
    bool allows(Gate g) const {
        const bool r = gate_allows(g, version_);
        if (explore_) {
            explore_->decided(r, [g](int m) { return gate_allows(g, Version{3, std::uint8_t(m)}); });
            if (explore_->asked.empty() || explore_->asked.back() != g) explore_->asked.push_back(g);
        }
        return r;
    }
    // Fails as the version's parser failed ("invalid syntax" at `at`) when the version lacks
    // the feature; an exploration records the need and goes on.
    void require(Gate g, const lex::Token& at);
    void require(Gate g, const lex::Token& from, const lex::Token& to);
    // The same with another message at a node's position (fail()).
    // ast_c: an error of 3.6/3.7's ast.c (fail_ast's offset convention).
    void require(Gate g, const std::string& message, const Position& p, bool ast_c = false);
    void need(Gate g, int lineno, int col, VersionSet accepts);
    // Whether the version accepts a form that is an error without the gate (the caller fails
    // when this is false); an exploration records the need and permits it.
    bool permits(Gate g, const lex::Token& at) {
        if (!explore_) return gate_allows(g, version_);
        need(g, static_cast<int>(at.lineno), static_cast<int>(at.col), gate_range(g));
        return true;
    }
    // require() for a gated star form that 3.0/3.1 also accept (star_allowed).
    void require_star(Gate g, const lex::Token& at);
    // The error of a gate that fails at a token: "invalid syntax" over from..to.
    BuildError gate_token_error(Gate g, const lex::Token& from, const lex::Token& to);
    // A literal whose value or error pyvalue decides per version (\N{...} names by Unicode
    // version, the integer digit limit): an exploration decides only this version.
    void literal_depends_on_version(bool depends) {
        if (explore_ && depends) explore_->same = explore_->same & VersionSet::of(version_);
    }
    void warn(const char* category, std::string message, int lineno);

    // ---- tokens, names (builder_util.cpp)
    std::string_view text_of(const lex::Token& t) const { return t.text(text_); }
    std::string_view text_of(const PT* t) const { return first_tok(t).text(text_); }
    ast::Str identifier(const lex::Token& t);
    ast::Str identifier(const PT* t) { return identifier(first_tok(t)); }
    ast::Str copy(std::string_view s) { return ast::make_str(arena_, s); }
    template <class T>
    T* make(const Position& p) { return ast::make<T>(arena_, p); }
    template <class T>
    ast::Seq<T> seq(const std::vector<T>& v) { return ast::make_seq(arena_, v); }

    // ---- statements (builder_stmt.cpp, builder_compound.cpp)
    // Statements are pushed on stmts_ and taken into the arena when their block is complete.
    void statement(PT* stmt);
    void simple_statements(PT* ctx, std::size_t first_child);
    ast::Seq<ast::stmt*> take_statements(std::size_t mark);
    ast::stmt* simple_statement(PT* simple);
    ast::Seq<ast::stmt*> block(PT* block, const lex::Token** type_comment = nullptr);
    [[noreturn]] void misplaced_type_comment(PT* block, const lex::Token& tc);
    ast::stmt* expr_statement(PT* ctx);
    ast::stmt* import_name(PT* ctx);
    ast::stmt* import_from(PT* ctx);
    ast::alias* dotted_alias(PT* dotted, PT* as_name, const lex::Token& end);
    ast::Str dotted_name(PT* dotted);
    ast::stmt* if_statement(PT* ctx, std::size_t from);
    ast::stmt* while_statement(PT* ctx);
    ast::stmt* for_statement(PT* for_stmt, const lex::Token* async_tok);
    ast::stmt* try_statement(PT* ctx);
    ast::stmt* with_statement(PT* with_stmt, const lex::Token* async_tok);
    ast::stmt* funcdef(PT* funcdef, const lex::Token* async_tok, std::vector<ast::expr*>* decorators,
                       const lex::Token* first);
    ast::stmt* classdef(PT* classdef, std::vector<ast::expr*>* decorators);
    ast::stmt* decorated(PT* ctx);
    ast::stmt* match_statement(PT* ctx);
    enum class TypeParamsOwner : std::uint8_t { Def, Class, TypeAlias };
    ast::Seq<ast::type_param*> type_params(PT* ctx, TypeParamsOwner owner);
    void future_import(ast::ImportFrom* s);
    ast::Str type_comment(const lex::Token* t);

    // ---- expressions (builder_expr.cpp)
    ast::expr* expr(PT* test);                      // any form, operands checked
    ast::expr* expr_at(PT* test, Use use);          // with the use site's top-level check
    void check_use(PT* test, Use use);
    ast::expr* exprs(PT* exprs_ctx, Use use);       // one test, or a Tuple without parentheses
    void exprs_items(PT* exprs_ctx, Use use, std::vector<ast::expr*>& out);
    ast::expr* primary(PT* ctx, std::size_t trailer_from);
    ast::expr* atom_token(PT* tok);
    ast::expr* atom(PT* atom);
    ast::expr* paren(PT* atom);
    ast::expr* paren_contents(PT* atom);
    ast::expr* list_display(PT* atom);
    ast::expr* brace_display(PT* atom);
    ast::expr* yield_expr(PT* ctx);
    ast::expr* lambda(PT* ctx);
    ast::expr* binary(PT* ctx);
    ast::expr* star_rotated(PT* ctx);
    ast::expr* compare(PT* ctx);
    ast::expr* boolop(PT* ctx, std::size_t op_type);
    ast::Seq<ast::comprehension*> comprehensions(PT* comp_for);
    void comprehension_star(PT* elt);
    // A gated star form, also valid in 3.0/3.1 (a star expression as any comparison operand).
    bool star_allowed(Gate g) const { return allows(g) || allows(Gate::StarInComparison); }
    int level(PT* test) const;
    void check_operand(PT* operand, int max_level);
    [[noreturn]] void level_error(PT* operand, int max_level);
    ast::expr* number(const lex::Token& t);
    ast::expr* targets(PT* targets_ctx);
    ast::expr* target(PT* target_ctx);

    // ---- trailers (builder_trailer.cpp)
    ast::expr* trailer(ast::expr* value, const lex::Token& start, PT* trailer);
    ast::expr* call(ast::expr* func, const lex::Token& start, PT* trailer);
    void arguments(PT* owner, std::size_t from, std::size_t to, ast::Seq<ast::expr*>& args,
                   ast::Seq<ast::keyword*>& keywords, bool class_bases);
    ast::expr* subscript(ast::expr* value, const lex::Token& start, PT* trailer);
    ast::expr* slice(PT* sub);

    // ---- targets (builder_targets.cpp)
    enum class TargetKind : std::uint8_t { Assign, AssignLone, AugAssign, AnnAssign, Del, For, With, Comprehension, Walrus };
    void set_store(ast::expr* e, TargetKind kind);
    void set_del(ast::expr* e);
    [[noreturn]] void target_error(ast::expr* e, TargetKind kind);
    const char* expr_name(const ast::expr* e) const;
    // Up to 3.8 ast.c rejected every binding of the name __debug__ (parameters, keyword
    // arguments, imports, def/class names, handlers, targets) where it was written.
    void forbidden_name(std::string_view name, const Position& at);

    // ---- parameters (builder_params.cpp)
    ast::arguments* parameters(PT* params, bool lambda);
    ast::arguments* empty_arguments();

    // ---- strings (builder_strings.cpp)
    ast::expr* strings(PT* atom);
    [[noreturn]] void fail_string(const std::string& message, PT* atom, const Position& modern,
                                  int modern_from = 312);
    // Emits a literal's warning at the line CPython names (the escape's, or 3.11-3.13 the
    // string's first line).
    void literal_warning(const pyvalue::LiteralWarning& w, const lex::Token& t, std::string_view body);
    ast::Constant* string_token(PT* atom, const lex::Token& t, bool& is_bytes);
    ast::Constant* middle_constant(PT* atom, const lex::Token& t, bool raw);
    ast::Str field_text(const lex::Token& lbrace, std::uint32_t end, bool strip_right);
    void replacement_field(PT* atom, PT* rf, bool interpolation, std::vector<ast::expr*>& out);
    void fstring_parts(PT* atom, PT* fs, bool tstring, std::vector<ast::expr*>& out);
    void fold_constants(const std::vector<ast::expr*>& flat, bool f_string_found,
                        std::vector<ast::expr*>& out);
    // ---- patterns (builder_patterns.cpp)
    ast::match_case* case_block(PT* ctx);
    ast::pattern* pattern(PT* ctx);
    ast::pattern* patterns_top(PT* ctx);
    ast::pattern* closed_pattern(PT* ctx);

    // ---- state
    ast::Arena& arena_;
    const Options& options_;
    Version version_;
    Exploration* explore_;
    VersionCode vc_;  // version code (312 for 3.12); comparisons are recorded by explorations
    std::string_view text_;
    const BuildInput& in_;
    std::vector<Warning>& warnings_;
    bool type_comments_;
    // Nesting of f-/t-string replacement fields being built.
    int fstring_depth_ = 0;
    // The statements of the blocks being built (nested blocks push and take above their mark).
    std::vector<ast::stmt*> stmts_;
    // `from __future__ import barry_as_FLUFL` seen (3.14+ read it in the parser).
    bool barry_ = false;
};

}  // namespace pyfront::builder::detail
