// The match statement (PEP 634): subjects, case blocks and patterns. The grammar's patterns
// are covers (`_` is any NAME, class keywords are `pattern '=' pattern`, mapping keys are any
// closed pattern); CPython's distinctions are made here.
// Boost.Multiprecision before the ANTLR headers (they undefine EOF).
#include "pyvalue/number.h"

#include "builder/builder_impl.h"

namespace pyfront::builder::detail {

namespace {

bool is_wildcard(std::string_view s) { return s == "_"; }

}  // namespace

// SOFT_MATCH exprs COLON NEWLINE INDENT case_block+ DEDENT
ast::stmt* Builder::match_statement(PT* s) {
    const auto& ch = kids(s);
    require(Gate::Match, first_tok(ch[0]));
    auto* m = make<ast::Match>(Position{});
    PT* subject = ch[1];
    const auto& sk = kids(subject);
    if (sk.size() == 1) {
        m->subject = expr_at(sk[0], level(sk[0]) == kStar ? Use::StarNamed : Use::Named);
        if (level(sk[0]) == kStar) invalid_syntax(first_tok(ch[2]));
    } else {
        m->subject = exprs(subject, Use::StarNamed);
    }
    std::vector<ast::match_case*> cases;
    for (std::size_t i = 5; i < ch.size(); ++i)
        if (!is_token(ch[i])) cases.push_back(case_block(ch[i]));
    m->cases = seq(cases);
    m->pos = span(first_tok(ch[0]), last_significant(s));
    return m;
}

// SOFT_CASE patterns (KW_IF test)? COLON block
ast::match_case* Builder::case_block(PT* c) {
    const auto& ch = kids(c);
    auto* mc = ast::make<ast::match_case>(arena_);
    mc->pattern = patterns_top(ch[1]);
    std::size_t i = 2;
    if (ttype(ch[i]) == G::KW_IF) {
        mc->guard = expr_at(ch[i + 1], Use::Named);
        i += 2;
    }
    mc->body = block(ch[i + 1]);
    return mc;
}

// patterns: pattern (COMMA pattern)* COMMA?  (an open sequence, or one pattern)
ast::pattern* Builder::patterns_top(PT* ctx) {
    const auto& ch = kids(ctx);
    if (ch.size() == 1) {
        const auto& pk = kids(ch[0]);
        if (ttype(pk[0]) == G::STAR) invalid_syntax(first_tok(pk[0]));
        return pattern(ch[0]);
    }
    std::vector<ast::pattern*> ps;
    for (PT* p : ch)
        if (!is_token(p)) ps.push_back(pattern(p));
    auto* seqp = make<ast::MatchSequence>(span(ctx));
    seqp->patterns = seq(ps);
    return seqp;
}

// pattern: STAR NAME | closed_pattern (VBAR closed_pattern)* (KW_AS NAME)?
ast::pattern* Builder::pattern(PT* ctx) {
    const auto& ch = kids(ctx);
    if (ttype(ch[0]) == G::STAR) {
        auto* s = make<ast::MatchStar>(span(ctx));
        if (!is_wildcard(text_of(ch[1]))) s->name = identifier(ch[1]);
        return s;
    }
    std::vector<ast::pattern*> alts;
    std::size_t i = 0;
    for (; i < ch.size() && ttype(ch[i]) != G::KW_AS; ++i)
        if (!is_token(ch[i])) alts.push_back(closed_pattern(ch[i]));
    ast::pattern* p;
    if (alts.size() == 1) {
        p = alts[0];
    } else {
        auto* o = make<ast::MatchOr>(span(ch[0], ch[i - 1]));
        o->patterns = seq(alts);
        p = o;
    }
    if (i < ch.size()) {
        PT* name = ch[i + 1];
        if (is_wildcard(text_of(name))) fail("cannot use '_' as a target", span(name));
        if (ttype(name) != G::NAME) invalid_syntax(first_tok(name));
        auto* as = make<ast::MatchAs>(span(ctx));
        as->pattern = p;
        as->name = identifier(name);
        return as;
    }
    return p;
}

ast::pattern* Builder::closed_pattern(PT* ctx) {
    const auto& ch = kids(ctx);
    PT* c0 = ch[0];
    const Position pos = span(ctx);
    if (!is_token(c0)) {  // strings
        auto* v = make<ast::MatchValue>(pos);
        v->value = strings(ctx);
        return v;
    }
    switch (ttype(c0)) {
        case G::STRING: {
            auto* v = make<ast::MatchValue>(pos);
            v->value = strings(ctx);
            return v;
        }
        case G::KW_NONE:
        case G::KW_TRUE:
        case G::KW_FALSE: {
            auto* s = make<ast::MatchSingleton>(pos);
            const std::size_t t = ttype(c0);
            s->value = t == G::KW_NONE ? ast::Value::none() : ast::Value::boolean(t == G::KW_TRUE);
            return s;
        }
        case G::MINUS:
        case G::PLUS:
        case G::NUMBER: {
            // (MINUS | PLUS)? NUMBER ((PLUS | MINUS) NUMBER)?
            std::size_t i = 0;
            ast::expr* left;
            if (ttype(c0) == G::PLUS) {
                // `case +1:` (3.15): the number itself
                require(Gate::PatternUnaryPlus, first_tok(c0));
                left = number(first_tok(ch[1]));
                i = 2;
            } else if (ttype(c0) != G::NUMBER) {
                auto* u = make<ast::UnaryOp>(span(c0, ch[1]));
                u->op = ttype(c0) == G::MINUS ? ast::UnaryOpKind::USub : ast::UnaryOpKind::UAdd;
                u->operand = number(first_tok(ch[1]));
                left = u;
                i = 2;
            } else {
                left = number(first_tok(c0));
                i = 1;
            }
            ast::expr* value = left;
            if (i < ch.size()) {
                const lex::Token& real_tok = first_tok(ch[i - 1]);
                if (pyvalue::classify_number(text_of(real_tok)) == pyvalue::NumberKind::Imaginary)
                    fail_ast("real number required in complex literal", left->pos);
                const lex::Token& imag_tok = first_tok(ch[i + 1]);
                ast::expr* right = number(imag_tok);
                if (pyvalue::classify_number(text_of(imag_tok)) != pyvalue::NumberKind::Imaginary)
                    fail_ast("imaginary number required in complex literal", right->pos);
                auto* b = make<ast::BinOp>(pos);
                b->left = left;
                b->op = ttype(ch[i]) == G::PLUS ? ast::OperatorKind::Add : ast::OperatorKind::Sub;
                b->right = right;
                value = b;
            }
            auto* v = make<ast::MatchValue>(pos);
            v->value = value;
            return v;
        }
        case G::NAME: {
            // NAME (DOT NAME)* (LPAR (class_pattern_arg (COMMA class_pattern_arg)* COMMA?)? RPAR)?
            std::size_t i = 1;
            while (i < ch.size() && ttype(ch[i]) == G::DOT) i += 2;
            const bool dotted = i > 1;
            const bool is_class = i < ch.size();
            if (!dotted && !is_class) {
                auto* as = make<ast::MatchAs>(pos);
                if (!is_wildcard(text_of(c0))) as->name = identifier(c0);
                return as;
            }
            if (is_wildcard(text_of(c0))) invalid_syntax(first_tok(ch[1]));
            auto* n = make<ast::Name>(span(c0));
            n->id = identifier(c0);
            ast::expr* e = n;
            for (std::size_t k = 1; k < i; k += 2) {
                auto* a = make<ast::Attribute>(span(c0, ch[k + 1]));
                a->value = e;
                a->attr = identifier(ch[k + 1]);
                e = a;
            }
            if (!is_class) {
                auto* v = make<ast::MatchValue>(pos);
                v->value = e;
                return v;
            }
            auto* c = make<ast::MatchClass>(pos);
            c->cls = e;
            std::vector<ast::pattern*> patterns, kwd_patterns;
            std::vector<ast::Str> kwd_attrs;
            for (std::size_t k = i + 1; k + 1 < ch.size(); ++k) {
                PT* arg = ch[k];
                if (is_token(arg)) continue;
                const auto& ak = kids(arg);
                if (ak.size() == 1) {
                    ast::pattern* p = pattern(ak[0]);
                    if (!kwd_patterns.empty()) fail_ast("positional patterns follow keyword patterns", p->pos);
                    patterns.push_back(p);
                    continue;
                }
                // name=pattern: the left side must be a plain name
                const auto& lk = kids(ak[0]);
                const auto& ck = kids(lk[0]);
                if (lk.size() != 1 || ck.size() != 1 || ttype(ck[0]) != G::NAME)
                    invalid_syntax(first_tok(ak[1]));
                kwd_attrs.push_back(identifier(ck[0]));
                kwd_patterns.push_back(pattern(ak[2]));
            }
            c->patterns = seq(patterns);
            c->kwd_attrs = seq(kwd_attrs);
            c->kwd_patterns = seq(kwd_patterns);
            return c;
        }
        case G::LPAR: {
            // group or sequence
            std::vector<ast::pattern*> ps;
            bool comma = false;
            for (std::size_t k = 1; k + 1 < ch.size(); ++k) {
                if (is_token(ch[k])) {
                    comma = true;
                    continue;
                }
                ps.push_back(pattern(ch[k]));
            }
            if (ps.size() == 1 && !comma) {
                if (ps[0]->node_kind == ast::NodeKind::MatchStar) invalid_syntax(last_tok(ch.back()));
                return ps[0];
            }
            auto* s = make<ast::MatchSequence>(pos);
            s->patterns = seq(ps);
            return s;
        }
        case G::LSQB: {
            std::vector<ast::pattern*> ps;
            for (std::size_t k = 1; k + 1 < ch.size(); ++k)
                if (!is_token(ch[k])) ps.push_back(pattern(ch[k]));
            auto* s = make<ast::MatchSequence>(pos);
            s->patterns = seq(ps);
            return s;
        }
        case G::LBRACE: {
            std::vector<ast::expr*> keys;
            std::vector<ast::pattern*> ps;
            ast::Str rest{};
            for (std::size_t k = 1; k + 1 < ch.size(); ++k) {
                PT* item = ch[k];
                if (is_token(item)) continue;
                const auto& ik = kids(item);
                if (!rest.is_none()) invalid_syntax(first_tok(item));
                if (ttype(ik[0]) == G::DOUBLESTAR) {
                    if (is_wildcard(text_of(ik[1]))) invalid_syntax(first_tok(ik[1]));
                    rest = identifier(ik[1]);
                    continue;
                }
                ast::pattern* key = closed_pattern(ik[0]);
                switch (key->node_kind) {
                    case ast::NodeKind::MatchValue: {
                        ast::expr* v = static_cast<ast::MatchValue*>(key)->value;
                        keys.push_back(v);
                        break;
                    }
                    case ast::NodeKind::MatchSingleton: {
                        auto* cst = make<ast::Constant>(key->pos);
                        cst->value = static_cast<ast::MatchSingleton*>(key)->value;
                        keys.push_back(cst);
                        break;
                    }
                    default: invalid_syntax(first_tok(ik[0]));
                }
                ps.push_back(pattern(ik[2]));
            }
            auto* m = make<ast::MatchMapping>(pos);
            m->keys = seq(keys);
            m->patterns = seq(ps);
            m->rest = rest;
            return m;
        }
    }
    invalid_syntax(first_tok(c0));
}

}  // namespace pyfront::builder::detail
