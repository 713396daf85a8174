// Compound statements: if, while, for, try, with, def, class, decorators, type parameters.
// A compound statement spans from its first keyword to the end of its last nested statement.
#include "builder/builder_impl.h"

namespace pyfront::builder::detail {


// KW_IF test COLON block (KW_ELIF test COLON block)* (KW_ELSE COLON block)?, from child `i`.
// Each elif is an If in the orelse of the one before, all ending where the statement ends.
// Built in a loop, not by recursion: 100,000 elifs must not overflow the stack (the parser
// reads them as a flat list). Tests and bodies are built first to last, as CPython reports
// the first error.
ast::stmt* Builder::if_statement(PT* s, std::size_t i) {
    const auto& ch = kids(s);
    std::vector<ast::If*> chain;
    ast::Seq<ast::stmt*> orelse{};
    for (;;) {
        const lex::Token& kw = first_tok(ch[i]);
        ast::expr* test = expr_at(ch[i + 1], Use::Named);
        auto body = block(ch[i + 3]);
        auto* n = make<ast::If>(span(kw, last_significant(s)));
        n->test = test;
        n->body = body;
        chain.push_back(n);
        if (i + 4 >= ch.size()) break;
        if (ttype(ch[i + 4]) != G::KW_ELIF) {
            orelse = block(ch[i + 6]);
            break;
        }
        i += 4;
    }
    for (std::size_t k = chain.size(); k-- > 0;) {
        chain[k]->orelse = orelse;
        orelse = ast::make_seq<ast::stmt*>(arena_, {chain[k]});
    }
    return chain.front();
}

// KW_WHILE test COLON block (KW_ELSE COLON block)?
ast::stmt* Builder::while_statement(PT* s) {
    const auto& ch = kids(s);
    auto* n = make<ast::While>(Position{});
    n->test = expr_at(ch[1], Use::Named);
    n->body = block(ch[3]);
    if (ch.size() > 4) n->orelse = block(ch[6]);
    n->pos = span(first_tok(ch[0]), last_significant(s));
    return n;
}

// KW_FOR targets KW_IN exprs COLON TYPE_COMMENT? block (KW_ELSE COLON block)?
ast::stmt* Builder::for_statement(PT* f, const lex::Token* async_tok) {
    const auto& ch = kids(f);
    ast::expr* target = targets(ch[1]);
    set_store(target, TargetKind::For);
    PT* iter = ch[3];
    for (PT* t : kids(iter))
        if (!is_token(t) && level(t) == kStar) require_star(Gate::ForIterStar, first_tok(t));
    ast::expr* iter_e = exprs(iter, Use::StarExpr);
    std::size_t i = 5;
    const lex::Token* tc = nullptr;
    if (ttype(ch[i]) == G::TYPE_COMMENT) tc = &first_tok(ch[i++]);
    auto body = block(ch[i]);
    ast::Seq<ast::stmt*> orelse{};
    if (i + 1 < ch.size()) orelse = block(ch[i + 3]);
    const lex::Token& first = async_tok ? *async_tok : first_tok(ch[0]);
    const Position pos = span(first, last_significant(f));
    ast::Str tcs = type_comments_ ? type_comment(tc) : ast::Str{};
    if (async_tok) {
        auto* n = make<ast::AsyncFor>(pos);
        n->target = target, n->iter = iter_e, n->body = body, n->orelse = orelse, n->type_comment = tcs;
        return n;
    }
    auto* n = make<ast::For>(pos);
    n->target = target, n->iter = iter_e, n->body = body, n->orelse = orelse, n->type_comment = tcs;
    return n;
}

// KW_TRY COLON block ( except_clause+ (KW_ELSE COLON block)? (KW_FINALLY COLON block)?
//                    | KW_FINALLY COLON block )
ast::stmt* Builder::try_statement(PT* s) {
    const auto& ch = kids(s);
    auto body = block(ch[2]);
    std::vector<ast::excepthandler*> handlers;
    ast::Seq<ast::stmt*> orelse{}, finalbody{};
    int star = -1;  // unknown / 0 plain / 1 except*
    for (std::size_t i = 3; i < ch.size(); ++i) {
        PT* c = ch[i];
        if (is_token(c)) {
            if (ttype(c) == G::KW_ELSE) orelse = block(ch[i + 2]);
            else if (ttype(c) == G::KW_FINALLY) finalbody = block(ch[i + 2]);
            i += 2;
            continue;
        }
        // except_clause: KW_EXCEPT (exprs (KW_AS NAME)?)? COLON block
        const auto& ek = kids(c);
        const lex::Token& kw = first_tok(ek[0]);
        ast::expr* type = nullptr;
        ast::Str name{};
        bool is_star = false;
        if (is_rule(ek[1], G::RuleExprs)) {
            PT* list = ek[1];
            const auto& lk = kids(list);
            PT* first = lk[0];
            const auto& fk = kids(first);
            std::size_t items = 0;
            for (PT* t : lk)
                if (!is_token(t)) ++items;
            if (is_token(fk[0]) && ttype(fk[0]) == G::STAR) {
                is_star = true;
                require(Gate::ExceptStar, first_tok(fk[0]));
                // except* E, or (3.14) except* A, B
                if (items == 1 && ttype(lk.back()) != G::COMMA) {
                    type = expr_at(fk[1], Use::Expression);
                } else {
                    require(Gate::ExceptBareTuple, "multiple exception types must be parenthesized",
                            span(fk[1], lk.back()));
                    std::vector<ast::expr*> elts;
                    elts.push_back(expr_at(fk[1], Use::Expression));
                    for (std::size_t k = 1; k < lk.size(); ++k)
                        if (!is_token(lk[k])) elts.push_back(expr_at(lk[k], Use::Expression));
                    auto* t = make<ast::Tuple>(span(first_tok(fk[1]), last_tok(lk.back())));
                    t->elts = seq(elts);
                    type = t;
                }
            } else if (items == 1 && ttype(lk.back()) != G::COMMA) {
                type = expr_at(first, Use::Expression);
            } else {
                // `except A, B:`: the old grammar stops at the comma; 3.10-3.13 explain.
                if (vc_ <= 309) invalid_syntax(first_tok(lk[1]));
                const bool as = ek.size() > 4 && ttype(ek[2]) == G::KW_AS;
                // up to 3.13 the message without 'as', over the same range as 3.14's with it
                require(Gate::ExceptBareTuple, "multiple exception types must be parenthesized",
                        as ? span(first_tok(list), last_tok(ek[3])) : span(list));
                if (as)
                    fail("multiple exception types must be parenthesized when using 'as'",
                         span(first_tok(list), last_tok(ek[3])));
                std::vector<ast::expr*> elts;
                exprs_items(list, Use::Expression, elts);
                auto* t = make<ast::Tuple>(span(list));
                t->elts = seq(elts);
                type = t;
            }
            if (ek.size() > 4 && ttype(ek[2]) == G::KW_AS) {
                if (items > 1) require(Gate::ExceptBareTuple, first_tok(ek[2]));
                name = identifier(ek[3]);
                forbidden_name(name.view(), span(ek[3]));
            }
        }
        if (star >= 0 && star != (is_star ? 1 : 0))
            fail("cannot have both 'except' and 'except*' on the same 'try'", kw);
        star = is_star ? 1 : 0;
        if (is_star && !type) fail("expected one or more exception types", kw);
        auto hbody = block(ek.back());
        auto* h = make<ast::ExceptHandler>(span(kw, last_significant(c)));
        h->type = type;
        h->name = name;
        h->body = hbody;
        handlers.push_back(h);
    }
    const Position pos = span(first_tok(ch[0]), last_significant(s));
    if (star == 1) {
        auto* n = make<ast::TryStar>(pos);
        n->body = body, n->handlers = seq(handlers), n->orelse = orelse, n->finalbody = finalbody;
        return n;
    }
    auto* n = make<ast::Try>(pos);
    n->body = body, n->handlers = seq(handlers), n->orelse = orelse, n->finalbody = finalbody;
    return n;
}

// KW_WITH test (KW_AS target)? (COMMA test (KW_AS target)?)* COLON TYPE_COMMENT? block
ast::stmt* Builder::with_statement(PT* w, const lex::Token* async_tok) {
    const auto& ch = kids(w);
    std::vector<ast::withitem*> items;
    std::size_t i = 1;
    std::size_t n_items = 0;
    bool any_as = false;
    for (std::size_t k = 1; k < ch.size() && ttype(ch[k]) != G::COLON; ++k) {
        if (is_rule(ch[k], G::RuleTest)) ++n_items;
        if (ttype(ch[k]) == G::KW_AS) any_as = true;
    }
    if (n_items > 1) require(Gate::WithItems, first_tok(ch[2]));
    // The parenthesized form `with (a as b, c):` / `with (a, b):` (3.9+: the items).
    PT* paren_list = nullptr;
    if (n_items == 1 && !any_as) {
        const auto& tk = kids(ch[1]);
        if (tk.size() == 1 && is_rule(tk[0], G::RuleAtom)) {
            const auto& ak = kids(tk[0]);
            if (ttype(ak[0]) == G::LPAR && ak.size() == 3 && is_rule(ak[1], G::RuleParen_items)) {
                const auto& pk = kids(ak[1]);
                bool has_as = false, has_comp = false, has_comma = false;
                for (PT* p : pk) {
                    if (ttype(p) == G::KW_AS) has_as = true;
                    else if (ttype(p) == G::COMMA) has_comma = true;
                    else if (is_rule(p, G::RuleComp_for)) has_comp = true;
                }
                if (has_as) {
                    for (PT* p : pk)
                        if (ttype(p) == G::KW_AS) require(Gate::WithParens, first_tok(p));
                    paren_list = ak[1];
                } else if (has_comma && !has_comp && allows(Gate::WithParens)) {
                    paren_list = ak[1];
                }
            }
        }
    }
    auto add_item = [&](PT* test, PT* tgt) {
        auto* item = ast::make<ast::withitem>(arena_);
        item->context_expr = expr_at(test, Use::Expression);
        if (tgt) {
            ast::expr* t = target(tgt);
            try {
                set_store(t, TargetKind::With);
            } catch (BuildError& e) {
                // ast.c (<= 3.8) reported it at the with item
                if (vc_ <= 308 && !e.token_error) {
                    e.lineno = static_cast<int>(first_tok(test).lineno);
                    e.col = static_cast<int>(first_tok(test).col);
                }
                throw;
            }
            item->optional_vars = t;
        }
        items.push_back(item);
    };
    if (paren_list) {
        const auto& pk = kids(paren_list);
        for (std::size_t k = 0; k < pk.size(); ++k) {
            if (is_token(pk[k])) continue;
            PT* tgt = nullptr;
            if (k + 2 < pk.size() && ttype(pk[k + 1]) == G::KW_AS) tgt = pk[k + 2];
            add_item(pk[k], tgt);
            if (tgt) k += 2;
        }
        i = 2;
    } else {
        for (; i < ch.size() && ttype(ch[i]) != G::COLON; ++i) {
            if (is_token(ch[i])) continue;
            PT* tgt = nullptr;
            if (i + 2 < ch.size() && ttype(ch[i + 1]) == G::KW_AS) tgt = ch[i + 2];
            add_item(ch[i], tgt);
            if (tgt) i += 2;
        }
    }
    while (ttype(ch[i]) != G::COLON) ++i;
    ++i;
    const lex::Token* tc = nullptr;
    if (ttype(ch[i]) == G::TYPE_COMMENT) tc = &first_tok(ch[i++]);
    auto body = block(ch[i]);
    const lex::Token& first = async_tok ? *async_tok : first_tok(ch[0]);
    const Position pos = span(first, last_significant(w));
    ast::Str tcs = type_comments_ ? type_comment(tc) : ast::Str{};
    if (async_tok) {
        auto* n = make<ast::AsyncWith>(pos);
        n->items = seq(items), n->body = body, n->type_comment = tcs;
        return n;
    }
    auto* n = make<ast::With>(pos);
    n->items = seq(items), n->body = body, n->type_comment = tcs;
    return n;
}

// KW_DEF NAME type_params? LPAR params? RPAR (RARROW test)? COLON TYPE_COMMENT? block
ast::stmt* Builder::funcdef(PT* f, const lex::Token* async_tok, std::vector<ast::expr*>* decorators,
                            const lex::Token* first) {
    const auto& ch = kids(f);
    ast::Str name = identifier(ch[1]);
    forbidden_name(name.view(), span(ch[1]));
    std::size_t i = 2;
    ast::Seq<ast::type_param*> tparams{};
    if (is_rule(ch[i], G::RuleType_params)) tparams = type_params(ch[i++], TypeParamsOwner::Def);
    ++i;  // (
    ast::arguments* args;
    if (is_rule(ch[i], G::RuleParams)) args = parameters(ch[i++], false);
    else args = empty_arguments();
    ++i;  // )
    ast::expr* returns = nullptr;
    if (ttype(ch[i]) == G::RARROW) {
        returns = expr_at(ch[i + 1], Use::Expression);
        i += 2;
    }
    ++i;  // :
    const lex::Token* tc = nullptr;
    if (ttype(ch[i]) == G::TYPE_COMMENT) tc = &first_tok(ch[i++]);
    auto body = block(ch[i], &tc);
    const lex::Token& start = first ? *first : first_tok(ch[0]);
    const Position pos = span(start, last_significant(f));
    ast::Seq<ast::expr*> decos = decorators ? seq(*decorators) : ast::Seq<ast::expr*>{};
    ast::Str tcs = type_comments_ ? type_comment(tc) : ast::Str{};
    if (async_tok) {
        auto* n = make<ast::AsyncFunctionDef>(pos);
        n->name = name, n->args = args, n->body = body, n->decorator_list = decos, n->returns = returns;
        n->type_comment = tcs, n->type_params = tparams;
        return n;
    }
    auto* n = make<ast::FunctionDef>(pos);
    n->name = name, n->args = args, n->body = body, n->decorator_list = decos, n->returns = returns;
    n->type_comment = tcs, n->type_params = tparams;
    return n;
}

// KW_CLASS NAME type_params? (LPAR (argument (COMMA argument)* COMMA?)? RPAR)? COLON block
ast::stmt* Builder::classdef(PT* c, std::vector<ast::expr*>* decorators) {
    const auto& ch = kids(c);
    auto* n = make<ast::ClassDef>(Position{});
    n->name = identifier(ch[1]);
    std::size_t i = 2;
    if (is_rule(ch[i], G::RuleType_params)) n->type_params = type_params(ch[i++], TypeParamsOwner::Class);
    if (ttype(ch[i]) == G::LPAR) {
        std::size_t close = i + 1;
        while (ttype(ch[close]) != G::RPAR) ++close;
        arguments(c, i + 1, close, n->bases, n->keywords, true);
        i = close + 1;
    }
    forbidden_name(n->name.view(), span(first_tok(ch[i + 1]), first_tok(ch[i + 1])));  // ast.c: at the suite
    n->body = block(ch[i + 1]);
    if (decorators) n->decorator_list = seq(*decorators);
    n->pos = span(first_tok(ch[0]), last_significant(c));
    return n;
}

// decorator+ (funcdef | classdef | KW_ASYNC funcdef); decorator: AT test NEWLINE
ast::stmt* Builder::decorated(PT* s) {
    const auto& ch = kids(s);
    std::vector<ast::expr*> decorators;
    std::size_t i = 0;
    for (; i < ch.size() && is_rule(ch[i], G::RuleDecorator); ++i) {
        PT* test = kids(ch[i])[1];
        if (!allows(Gate::RelaxedDecorators)) {
            // Up to 3.8: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE
            const auto& tk = kids(test);
            if (!is_token(tk[0]) || ttype(tk[0]) != G::NAME) {
                if (is_token(tk[0])) invalid_syntax(first_tok(tk[0]));
                if (rule_of(tk[0]) == G::RuleAtom) invalid_syntax(first_tok(tk[0]));
                // a binary form: the operator after the primary on the left
                PT* left = tk[0];
                PT* op = tk[1];
                while (!is_token(kids(left)[0]) && rule_of(kids(left)[0]) != G::RuleAtom) {
                    op = kids(left)[1];
                    left = kids(left)[0];
                }
                invalid_syntax(first_tok(op));
            }
            bool called = false;
            for (std::size_t k = 1; k < tk.size(); ++k) {
                const std::size_t t0 = ttype(kids(tk[k])[0]);
                if (!called && t0 == G::DOT) continue;
                if (!called && t0 == G::LPAR) {
                    called = true;
                    continue;
                }
                invalid_syntax(first_tok(tk[k]));
            }
        }
        decorators.push_back(expr_at(test, Use::Named));
    }
    PT* d = ch[i];
    if (is_token(d)) {  // async def
        const lex::Token& at = first_tok(d);
        require(Gate::Async, at);
        return funcdef(ch[i + 1], &at, &decorators, &at);
    }
    if (rule_of(d) == G::RuleFuncdef) return funcdef(d, nullptr, &decorators, nullptr);
    return classdef(d, &decorators);
}

// LSQB type_param (COMMA type_param)* COMMA? RSQB
// type_param: (STAR | DOUBLESTAR)? NAME (COLON test)? (EQUAL test)?
ast::Seq<ast::type_param*> Builder::type_params(PT* ctx, TypeParamsOwner owner) {
    const auto& ch = kids(ctx);
    // 3.11's invalid_def_raw reads `def NAME &&'('`: it names the `(` it expected
    if (owner == TypeParamsOwner::Def && vc_ == 311 && !allows(Gate::TypeParams))
        fail("expected '('", first_tok(ch[0]));
    require(Gate::TypeParams, first_tok(ch[0]));
    std::vector<ast::type_param*> out;
    for (PT* p : ch) {
        if (is_token(p)) continue;
        const auto& pk = kids(p);
        std::size_t i = 0;
        const std::size_t star = ttype(pk[0]);
        if (star == G::STAR || star == G::DOUBLESTAR) ++i;
        PT* name = pk[i++];
        ast::expr* bound = nullptr;
        ast::expr* def = nullptr;
        const lex::Token* end = &last_tok(name);
        if (i < pk.size() && ttype(pk[i]) == G::COLON) {
            if (star == G::STAR) fail("cannot use bound with TypeVarTuple", span(pk[i], pk[i + 1]));
            if (star == G::DOUBLESTAR) fail("cannot use bound with ParamSpec", span(pk[i], pk[i + 1]));
            bound = expr_at(pk[i + 1], Use::Expression);
            end = &last_tok(pk[i + 1]);
            i += 2;
        }
        if (i < pk.size() && ttype(pk[i]) == G::EQUAL) {
            if (!allows(Gate::TypeParamDefaults)) {
                // 3.12: a def fails at its `[` ("expected '('"), a class at the `=`, a type
                // alias reads `T = default` as a mistaken comparison.
                if (owner == TypeParamsOwner::Def) fail("expected '('", first_tok(ch[0]));
                if (owner == TypeParamsOwner::TypeAlias)
                    fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                         span(first_tok(pk[0]), last_tok(pk[i + 1])));
                invalid_syntax(first_tok(pk[i]));
            }
            PT* dv = pk[i + 1];
            // `*Ts = *default` (star_expression for TypeVarTuple)
            def = star == G::STAR ? expr(dv) : expr_at(dv, Use::Expression);
            if (star == G::STAR && level(dv) == kStar) check_operand(kids(dv)[1], kBitOr);
            end = &last_tok(dv);
        }
        const Position pos = span(first_tok(pk[0]), *end);
        if (star == G::STAR) {
            auto* t = make<ast::TypeVarTuple>(pos);
            t->name = identifier(name), t->default_value = def;
            out.push_back(t);
        } else if (star == G::DOUBLESTAR) {
            auto* t = make<ast::ParamSpec>(pos);
            t->name = identifier(name), t->default_value = def;
            out.push_back(t);
        } else {
            auto* t = make<ast::TypeVar>(pos);
            t->name = identifier(name), t->bound = bound, t->default_value = def;
            out.push_back(t);
        }
    }
    return seq(out);
}

}  // namespace pyfront::builder::detail
