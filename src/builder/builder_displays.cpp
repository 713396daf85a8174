// Parenthesized forms and displays: tuples, generator expressions, lists, sets, dicts and
// their comprehensions (which display a form is, what its items may be per version).
#include "builder/builder_impl.h"

namespace pyfront::builder::detail {

// LPAR (yield_expr | paren_items)? RPAR
// paren_items: test (KW_AS target)? (comp_for | (COMMA test (KW_AS target)?)* COMMA?)
ast::expr* Builder::paren(PT* a) {
    ast::expr* e = paren_contents(a);
    if (in_.groups) in_.groups->push_back(e);
    return e;
}

// What the parentheses hold (paren() records it as a group).
ast::expr* Builder::paren_contents(PT* a) {
    const auto& ch = kids(a);
    if (ch.size() == 2) {
        auto* t = make<ast::Tuple>(span(a));
        return t;
    }
    PT* inner = ch[1];
    if (rule_of(inner) == G::RuleYield_expr) return yield_expr(inner);
    const auto& pk = kids(inner);
    for (PT* p : pk)
        if (ttype(p) == G::KW_AS) invalid_syntax(first_tok(p));
    if (pk.size() == 2 && is_rule(pk[1], G::RuleComp_for)) {
        if (level(pk[0]) == kStar) comprehension_star(pk[0]);
        auto* g = make<ast::GeneratorExp>(span(a));
        g->elt = expr_at(pk[0], level(pk[0]) == kStar ? Use::StarNamed : Use::Named);
        g->generators = comprehensions(pk[1]);
        return g;
    }
    if (pk.size() == 1) {
        PT* t = pk[0];
        if (level(t) == kStar) {
            require(Gate::ParenStarred, "cannot use starred expression here", span(t));
            return expr_at(t, Use::StarNamed);
        }
        return expr_at(t, Use::Named);
    }
    std::vector<ast::expr*> elts;
    for (PT* p : pk)
        if (!is_token(p)) elts.push_back(expr_at(p, Use::StarNamed));
    auto* t = make<ast::Tuple>(span(a));
    t->elts = seq(elts);
    return t;
}

// LSQB (test (comp_for | (COMMA test)* COMMA?))? RSQB
ast::expr* Builder::list_display(PT* a) {
    const auto& ch = kids(a);
    if (ch.size() == 2) return make<ast::List>(span(a));
    if (ch.size() == 4 && is_rule(ch[2], G::RuleComp_for)) {
        if (level(ch[1]) == kStar) comprehension_star(ch[1]);
        auto* l = make<ast::ListComp>(span(a));
        l->elt = expr_at(ch[1], level(ch[1]) == kStar ? Use::StarNamed : Use::Named);
        l->generators = comprehensions(ch[2]);
        return l;
    }
    std::vector<ast::expr*> elts;
    for (std::size_t i = 1; i + 1 < ch.size(); ++i)
        if (!is_token(ch[i])) elts.push_back(expr_at(ch[i], Use::StarNamed));
    auto* l = make<ast::List>(span(a));
    l->elts = seq(elts);
    return l;
}

// LBRACE (dict_or_set_item (comp_for | (COMMA dict_or_set_item)* COMMA?))? RBRACE
// dict_or_set_item: test (COLON test)? | DOUBLESTAR test
ast::expr* Builder::brace_display(PT* a) {
    const auto& ch = kids(a);
    if (ch.size() == 2) return make<ast::Dict>(span(a));
    auto is_dict_item = [](PT* item) { return kids(item).size() > 1; };
    PT* first = ch[1];
    const bool dict = is_dict_item(first);
    auto set_elt = [&](PT* item) -> ast::expr* {
        PT* t = kids(item)[0];
        if (level(t) == kStar) require(Gate::SetStar, first_tok(t));
        if (level(t) == kWalrus) require(Gate::WalrusSet, first_tok(kids(t)[1]));
        return expr_at(t, Use::StarNamed);
    };
    if (ch.size() == 4 && is_rule(ch[2], G::RuleComp_for)) {
        const auto& ik = kids(first);
        if (dict) {
            auto* d = make<ast::DictComp>(span(a));
            if (ttype(ik[0]) == G::DOUBLESTAR) {
                require(Gate::ComprehensionUnpacking, "dict unpacking cannot be used in dict comprehension",
                        vc_.raw() <= 308 ? span(a) : span(ik[0]), true);
                d->key = expr_at(ik[1], Use::Expression);
                check_operand(ik[1], kBitOr);
            } else {
                d->key = expr_at(ik[0], Use::Expression);
                d->value = expr_at(ik[2], Use::Expression);
            }
            d->generators = comprehensions(ch[2]);
            return d;
        }
        if (level(ik[0]) == kStar) {
            require(Gate::SetStar, first_tok(ik[0]));
            comprehension_star(ik[0]);
        }
        auto* s = make<ast::SetComp>(span(a));
        s->elt = set_elt(first);
        s->generators = comprehensions(ch[2]);
        return s;
    }
    if (dict) {
        std::vector<ast::expr*> keys, values;
        for (std::size_t i = 1; i + 1 < ch.size(); ++i) {
            PT* item = ch[i];
            if (is_token(item)) continue;
            const auto& ik = kids(item);
            if (ik.size() == 1) {
                // a set item in a dict display: 3.10+ explain at the item
                if (vc_ >= 310) fail("':' expected after dictionary key", span(item));
                invalid_syntax(first_tok(ch[i + 1]));
            }
            if (ttype(ik[0]) == G::DOUBLESTAR) {
                require(Gate::UnpackDict, first_tok(ik[0]));
                check_operand(ik[1], kBitOr);
                keys.push_back(nullptr);
                values.push_back(expr(ik[1]));
            } else {
                keys.push_back(expr_at(ik[0], Use::Expression));
                values.push_back(expr_at(ik[2], Use::Expression));
            }
        }
        auto* d = make<ast::Dict>(span(a));
        d->keys = seq(keys);
        d->values = seq(values);
        return d;
    }
    std::vector<ast::expr*> elts;
    for (std::size_t i = 1; i + 1 < ch.size(); ++i) {
        PT* item = ch[i];
        if (is_token(item)) continue;
        if (is_dict_item(item)) invalid_syntax(first_tok(kids(item)[1]));
        elts.push_back(set_elt(item));
    }
    auto* s = make<ast::Set>(span(a));
    s->elts = seq(elts);
    return s;
}

// `[*x for x in y]`: valid in 3.15 (PEP 798), rejected by ast.c / the parser 3.5-3.14, and
// only by the compiler before 3.5.
void Builder::comprehension_star(PT* elt) {
    if (allows(Gate::ComprehensionUnpacking) || !allows(Gate::CompStarError)) return;
    fail_ast("iterable unpacking cannot be used in comprehension", span(elt));
}

// (KW_ASYNC? KW_FOR targets KW_IN or_test (KW_IF or_test)*)+
ast::Seq<ast::comprehension*> Builder::comprehensions(PT* cf) {
    const auto& ch = kids(cf);
    std::vector<ast::comprehension*> out;
    std::vector<ast::expr*> ifs;
    ast::comprehension* cur = nullptr;
    bool is_async = false;
    auto finish = [&] {
        if (cur) {
            cur->ifs = seq(ifs);
            ifs.clear();
            out.push_back(cur);
        }
    };
    for (std::size_t i = 0; i < ch.size(); ++i) {
        switch (ttype(ch[i])) {
            case G::KW_ASYNC:
                require(Gate::AsyncComprehension, first_tok(ch[i]));
                is_async = true;
                break;
            case G::KW_FOR: {
                finish();
                cur = ast::make<ast::comprehension>(arena_);
                cur->is_async = is_async ? 1 : 0;
                is_async = false;
                ast::expr* target = targets(ch[i + 1]);
                set_store(target, TargetKind::Comprehension);
                cur->target = target;
                cur->iter = expr_at(ch[i + 3], Use::Disjunction);
                if (level(ch[i + 3]) == kLambda) check_operand(ch[i + 3], kOr);
                i += 3;
                break;
            }
            case G::KW_IF:
                ifs.push_back(expr_at(ch[i + 1], Use::Disjunction));
                ++i;
                break;
        }
    }
    finish();
    return seq(out);
}

}  // namespace pyfront::builder::detail
