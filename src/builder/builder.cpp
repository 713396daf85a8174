// The build step's entry: the module per mode, type ignores, and the error plumbing.
#include <antlr4-runtime.h>

#include "builder/builder_impl.h"
#include "lex/identifier.h"
#include "parse/parser.h"

namespace pyfront::builder {

namespace detail {

Builder::Builder(const BuildInput& in, const Options& options, ast::Arena& arena,
                 std::vector<Warning>& warnings, Exploration* explore)
    : arena_(arena),
      options_(options),
      version_(options.version),
      explore_(explore),
      vc_(options.version.code(), explore),
      text_(in.text),
      in_(in),
      warnings_(warnings),
      type_comments_(options.type_comments && options.version >= Version{3, 8}) {}

void Builder::fail(const std::string& message, const lex::Token& at) { fail(message, at, at); }

void Builder::fail(const std::string& message, const lex::Token& from, const lex::Token& to) {
    throw at_tokens(message, from, to);
}

void Builder::fail(const std::string& message, const Position& p) { throw at_position(message, p); }

void Builder::invalid_syntax(const lex::Token& at) {
    BuildError e = at_tokens("invalid syntax", at, at);
    e.token_error = true;
    throw e;
}

void Builder::fail_node(const std::string& message, const ast::Node* n) { fail_ast(message, n->pos); }

void Builder::fail_ast(const std::string& message, const Position& p) {
    BuildError e = at_position(message, p);
    e.ast_c = vc_ <= 307;
    throw e;
}

void Builder::fail_raise(const std::string& message, PT* construct, const Position& old,
                         const Position* modern, int modern_from) {
    if (vc_ <= 308) fail_ast(message, old);
    if (modern && vc_ >= modern_from) fail(message, *modern);
    const lex::Token& t = next_token(construct);
    fail(message, t);
}

const lex::Token& Builder::next_token(PT* t) const {
    std::size_t i = is_token(t) ? light(t).getTokenIndex()
                                : light(static_cast<const ParserRuleContext*>(t)->stop).getTokenIndex();
    const auto& toks = in_.parse->tokens().tokens();
    if (i + 1 < toks.size()) ++i;
    return toks[i].token();
}

const lex::Token& Builder::last_significant(PT* t) const {
    std::size_t i = is_token(t) ? light(t).getTokenIndex()
                                : light(static_cast<const ParserRuleContext*>(t)->stop).getTokenIndex();
    const auto& toks = in_.parse->tokens().tokens();
    for (;; --i) {
        const lex::Token& tok = toks[i].token();
        switch (tok.kind) {
            case lex::TokenKind::NEWLINE:
            case lex::TokenKind::INDENT:
            case lex::TokenKind::DEDENT:
            case lex::TokenKind::ENDMARKER:
                if (i > 0) continue;
                [[fallthrough]];
            default: return toks[i].last_token();
        }
    }
}

void Builder::require(Gate g, const lex::Token& at) { require(g, at, at); }

void Builder::need(Gate g, int lineno, int col, VersionSet accepts) {
    explore_->needs.push_back(Exploration::Need{g, accepts, lineno, col});
}

void Builder::require_star(Gate g, const lex::Token& at) {
    if (explore_)
        return need(g, static_cast<int>(at.lineno), static_cast<int>(at.col),
                    gate_range(g) | gate_range(Gate::StarInComparison));
    if (gate_allows(g, version_) || gate_allows(Gate::StarInComparison, version_)) return;
    throw gate_token_error(g, at, at);
}

void Builder::require(Gate g, const std::string& message, const Position& p, bool ast_c) {
    if (explore_) return need(g, p.lineno, p.col_offset, gate_range(g));
    if (gate_allows(g, version_)) return;
    BuildError e = at_position(message, p);
    e.ast_c = ast_c && vc_.raw() <= 307;
    e.gate = static_cast<int>(g);
    throw e;
}

void Builder::require(Gate g, const lex::Token& from, const lex::Token& to) {
    if (explore_) return need(g, static_cast<int>(from.lineno), static_cast<int>(from.col), gate_range(g));
    if (gate_allows(g, version_)) return;
    throw gate_token_error(g, from, to);
}

// A version without the feature: its parser stopped at `from` ("invalid syntax" over the
// tokens from..to), which the parse-error rules may then place as that version did.
BuildError Builder::gate_token_error(Gate g, const lex::Token& from, const lex::Token& to) {
    BuildError e = at_tokens("invalid syntax", from, to);
    e.token_error = true;
    e.gate = static_cast<int>(g);
    return e;
}

void Builder::warn(const char* category, std::string message, int lineno) {
    warnings_.push_back(Warning{category, std::move(message), lineno});
}

ast::mod* Builder::module(PT* root) {
    const auto& ch = kids(root);
    switch (rule_of(root)) {
        case G::RuleFile_input: {
            const std::size_t mark = stmts_.size();
            for (PT* c : ch)
                if (!is_token(c)) statement(c);
            auto* m = ast::make<ast::Module>(arena_);
            m->body = take_statements(mark);
            if (type_comments_) {
                std::vector<ast::type_ignore*> ignores;
                for (const lex::Token& t : *in_.tokens) {
                    if (t.kind != lex::TokenKind::TYPE_IGNORE) continue;
                    auto* ti = ast::make<ast::TypeIgnore>(arena_);
                    ti->lineno = static_cast<std::int32_t>(t.lineno);
                    // The tag: what follows "ignore" in `# type: ignore[tag]` (the token's text).
                    ti->tag = copy(text_of(t));
                    ignores.push_back(ti);
                }
                m->type_ignores = seq(ignores);
            }
            return m;
        }
        case G::RuleEval_input: {
            auto* m = ast::make<ast::Expression>(arena_);
            m->body = exprs(ch[0], Use::Expression);
            return m;
        }
        case G::RuleSingle_input: {
            const std::size_t mark = stmts_.size();
            statement(ch[0]);
            auto* m = ast::make<ast::Interactive>(arena_);
            m->body = take_statements(mark);
            return m;
        }
        case G::RuleFunc_type_input: {
            // LPAR (type_arg (COMMA type_arg)* COMMA?)? RPAR RARROW test; type_arg: test | STAR | DOUBLESTAR test
            // 3.8: plain types, then `*` [type] and more plain types, then `**` type; a trailing
            // comma only after a plain type. 3.9+: plain types, then `*` type, then `**` type;
            // no bare `*`, no trailing comma. `*t` and `**t` give t itself.
            require(Gate::FuncType, first_tok(root));
            std::vector<ast::expr*> argtypes;
            std::size_t i = 1;
            int stage = 0;  // 0 plain, 1 after `*`, 2 after `**`
            PT* last = nullptr;
            for (; i < ch.size() && ttype(ch[i]) != G::RARROW; ++i) {
                PT* c = ch[i];
                if (is_token(c)) continue;  // ( , )
                const auto& tk = kids(c);
                const std::size_t t0 = ttype(tk[0]);
                last = c;
                if (t0 == G::STAR && tk.size() == 1) {  // a bare `*`
                    if (!allows(Gate::FuncTypeStarComma) || stage > 0) invalid_syntax(next_token(c));
                    stage = 1;
                    continue;
                }
                PT* e = t0 == G::DOUBLESTAR ? tk[1] : tk[0];
                const bool star = t0 != G::DOUBLESTAR && level(e) == kStar;
                if (t0 == G::DOUBLESTAR) {
                    if (stage == 2) invalid_syntax(first_tok(tk[0]));
                    stage = 2;
                } else if (star) {
                    if (stage > 0) invalid_syntax(first_tok(e));
                    stage = 1;
                    e = kids(e)[1];
                } else if (stage == 2 || (stage == 1 && vc_ >= 309)) {
                    invalid_syntax(first_tok(c));
                }
                argtypes.push_back(expr_at(e, Use::Expression));
            }
            // a trailing comma: ch[i - 2] is the comma before `)`
            if (last && ttype(ch[i - 2]) == G::COMMA) {
                const auto& lk = kids(last);
                const bool plain = !(is_token(lk[0]) && (ttype(lk[0]) == G::STAR || ttype(lk[0]) == G::DOUBLESTAR)) &&
                                   level(lk[0]) != kStar;
                // nothing may follow `**t`, not even a comma; after `*t` the parser wanted a type
                if (is_token(lk[0]) && ttype(lk[0]) == G::DOUBLESTAR) invalid_syntax(first_tok(ch[i - 2]));
                if (vc_ >= 309 || !plain) invalid_syntax(first_tok(ch[i - 1]));
            }
            auto* m = ast::make<ast::FunctionType>(arena_);
            m->argtypes = seq(argtypes);
            m->returns = expr_at(ch[i + 1], Use::Expression);
            return m;
        }
    }
    return nullptr;
}

}  // namespace detail

namespace detail {

ast::mod* build_tree(const BuildInput& input, const Options& options, ast::Arena& arena,
                     std::vector<Warning>& warnings, std::optional<BuildError>& error,
                     Exploration* explore) {
    Builder b(input, options, arena, warnings, explore);
    try {
        return b.module(input.parse->tree());
    } catch (const BuildError& e) {
        error = e;
        return nullptr;
    }
}

}  // namespace detail

bool build(const BuildInput& input, const Options& options, ast::Arena& arena, ast::mod*& tree,
           std::optional<Diagnostic>& error, std::vector<Warning>& warnings) {
    std::optional<detail::BuildError> e;
    tree = detail::build_tree(input, options, arena, warnings, e);
    if (e) error = detail::to_diagnostic(*e, input.text, options.version, input.had_encoding_declaration);
    return tree != nullptr;
}

}  // namespace pyfront::builder
