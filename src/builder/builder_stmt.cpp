// Statements: the dispatch over `stmt`, blocks, and the simple statements.
#include "builder/builder_impl.h"

namespace pyfront::builder::detail {

namespace {

ast::OptInt lazy_field(int vc, bool lazy) {
    return vc >= 315 ? ast::OptInt::of(lazy ? 1 : 0) : ast::OptInt{};
}

}  // namespace

ast::Seq<ast::stmt*> Builder::take_statements(std::size_t mark) {
    const std::size_t n = stmts_.size() - mark;
    ast::Seq<ast::stmt*> out = ast::make_seq(arena_, stmts_.data() + mark, n);
    stmts_.resize(mark);
    return out;
}

void Builder::statement(PT* s) {
    const auto& ch = kids(s);
    PT* c0 = ch[0];
    if (is_token(c0)) {
        switch (ttype(c0)) {
            case G::KW_IF: stmts_.push_back(if_statement(s, 0)); return;
            case G::KW_WHILE: stmts_.push_back(while_statement(s)); return;
            case G::KW_TRY: stmts_.push_back(try_statement(s)); return;
            case G::SOFT_MATCH: stmts_.push_back(match_statement(s)); return;
            case G::KW_ASYNC: {
                const lex::Token& at = first_tok(c0);
                require(Gate::Async, at);
                PT* c1 = ch[1];
                switch (rule_of(c1)) {
                    case G::RuleFuncdef: stmts_.push_back(funcdef(c1, &at, nullptr, &at)); return;
                    case G::RuleFor_stmt: stmts_.push_back(for_statement(c1, &at)); return;
                    case G::RuleWith_stmt: stmts_.push_back(with_statement(c1, &at)); return;
                }
                break;
            }
        }
        invalid_syntax(first_tok(c0));
    }
    switch (rule_of(c0)) {
        case G::RuleSimple_stmt: simple_statements(s, 0); return;
        case G::RuleFor_stmt: stmts_.push_back(for_statement(c0, nullptr)); return;
        case G::RuleWith_stmt: stmts_.push_back(with_statement(c0, nullptr)); return;
        case G::RuleFuncdef: stmts_.push_back(funcdef(c0, nullptr, nullptr, nullptr)); return;
        case G::RuleClassdef: stmts_.push_back(classdef(c0, nullptr)); return;
        case G::RuleDecorator: stmts_.push_back(decorated(s)); return;
    }
    invalid_syntax(first_tok(c0));
}

void Builder::simple_statements(PT* ctx, std::size_t first_child) {
    const auto& ch = kids(ctx);
    for (std::size_t i = first_child; i < ch.size(); ++i)
        if (!is_token(ch[i])) stmts_.push_back(simple_statement(ch[i]));
}

ast::Seq<ast::stmt*> Builder::block(PT* b, const lex::Token** type_comment) {
    const std::size_t mark = stmts_.size();
    const auto& ch = kids(b);
    if (!is_token(ch[0])) {
        simple_statements(b, 0);
    } else {
        for (std::size_t i = 1; i < ch.size(); ++i) {
            PT* c = ch[i];
            if (is_token(c)) {
                if (ttype(c) == G::TYPE_COMMENT) {
                    if (!type_comment) misplaced_type_comment(b, first_tok(c));
                    *type_comment = &first_tok(c);
                }
                continue;
            }
            statement(c);
        }
    }
    return take_statements(mark);
}

// A signature type comment on its own line is only valid as a function body's first line;
// elsewhere CPython expected the block's INDENT there.
void Builder::misplaced_type_comment(PT* block, const lex::Token& tc) {
    std::string message = "expected an indented block";
    if (vc_ >= 310) {
        // the header of the block's statement: the first token of its line
        const auto& toks = in_.parse->tokens().tokens();
        std::size_t i = light(static_cast<ParserRuleContext*>(block)->start).getTokenIndex();
        while (i > 0) {
            const lex::TokenKind k = toks[i - 1].token().kind;
            if (k == lex::TokenKind::NEWLINE || k == lex::TokenKind::INDENT || k == lex::TokenKind::DEDENT) break;
            --i;
        }
        const lex::Token* kw = &toks[i].token();
        if (kw->keyword == lex::Keyword::Async && i + 1 < toks.size()) kw = &toks[i + 1].token();
        const std::string line = std::to_string(kw->lineno);
        if (kw->keyword == lex::Keyword::Class) message += " after class definition on line " + line;
        else message += " after '" + std::string(text_of(*kw)) + "' statement on line " + line;
    }
    BuildError e = at_tokens(message, tc, tc);
    e.kind = ErrorKind::IndentationError;
    throw e;
}

ast::stmt* Builder::simple_statement(PT* ss) {
    const auto& ch = kids(ss);
    PT* c0 = ch[0];
    const Position pos = span(ss);
    if (!is_token(c0)) {
        switch (rule_of(c0)) {
            case G::RuleExprs: return expr_statement(ss);
            case G::RuleYield_expr: {
                auto* e = make<ast::Expr>(pos);
                e->value = yield_expr(c0);
                return e;
            }
            case G::RuleImport_name: {
                auto* s = import_name(c0);
                static_cast<ast::Import*>(s)->is_lazy = lazy_field(vc_.raw(), false);
                return s;
            }
            case G::RuleImport_from: {
                auto* s = import_from(c0);
                static_cast<ast::ImportFrom*>(s)->is_lazy = lazy_field(vc_.raw(), false);
                return s;
            }
        }
        invalid_syntax(first_tok(c0));
    }
    switch (ttype(c0)) {
        case G::KW_PASS: return make<ast::Pass>(pos);
        case G::KW_BREAK: return make<ast::Break>(pos);
        case G::KW_CONTINUE: return make<ast::Continue>(pos);
        case G::KW_RETURN: {
            auto* r = make<ast::Return>(pos);
            if (ch.size() > 1) {
                std::vector<ast::expr*> items;
                exprs_items(ch[1], Use::StarExpr, items);
                if (kids(ch[1]).size() > 1)
                    for (PT* t : kids(ch[1]))
                        if (!is_token(t) && level(t) == kStar) require_star(Gate::ReturnStar, first_tok(t));
                r->value = exprs(ch[1], Use::StarExpr);
            }
            return r;
        }
        case G::KW_RAISE: {
            auto* r = make<ast::Raise>(pos);
            if (ch.size() > 1) r->exc = expr_at(ch[1], Use::Expression);
            if (ch.size() > 3) r->cause = expr_at(ch[3], Use::Expression);
            return r;
        }
        case G::KW_GLOBAL:
        case G::KW_NONLOCAL: {
            std::vector<ast::Str> names;
            for (std::size_t i = 1; i < ch.size(); i += 2) names.push_back(identifier(ch[i]));
            if (ttype(c0) == G::KW_GLOBAL) {
                auto* g = make<ast::Global>(pos);
                g->names = seq(names);
                return g;
            }
            auto* n = make<ast::Nonlocal>(pos);
            n->names = seq(names);
            return n;
        }
        case G::KW_ASSERT: {
            auto* a = make<ast::Assert>(pos);
            a->test = expr_at(ch[1], Use::Expression);
            if (ch.size() > 3) a->msg = expr_at(ch[3], Use::Expression);
            return a;
        }
        case G::KW_DEL: {
            auto* d = make<ast::Delete>(pos);
            std::vector<ast::expr*> targets;
            PT* list = ch[1];
            for (PT* t : kids(list)) {
                if (is_token(t)) continue;
                if (level(t) == kStar) {
                    require(Gate::DelStarred, "cannot delete starred", span(t));
                }
                ast::expr* e = expr(t);
                set_del(e);
                targets.push_back(e);
            }
            d->targets = seq(targets);
            return d;
        }
        case G::SOFT_LAZY: {
            require(Gate::LazyImport, first_tok(c0));
            PT* imp = ch[1];
            ast::stmt* s;
            if (rule_of(imp) == G::RuleImport_name) {
                s = import_name(imp);
                static_cast<ast::Import*>(s)->is_lazy = lazy_field(vc_.raw(), true);
            } else {
                s = import_from(imp);
                auto* f = static_cast<ast::ImportFrom*>(s);
                f->is_lazy = lazy_field(vc_.raw(), true);
            }
            s->pos = pos;
            return s;
        }
        case G::SOFT_TYPE: {
            require(Gate::TypeAlias, first_tok(c0));
            auto* t = make<ast::TypeAlias>(pos);
            auto* name = make<ast::Name>(span(ch[1]));
            name->id = identifier(ch[1]);
            name->ctx = ast::ExprContext::Store;
            t->name = name;
            std::size_t i = 2;
            if (is_rule(ch[i], G::RuleType_params)) t->type_params = type_params(ch[i++], TypeParamsOwner::TypeAlias);
            t->value = expr_at(ch[i + 1], Use::Expression);
            return t;
        }
    }
    invalid_syntax(first_tok(c0));
}

// exprs ( ':' test ('=' rhs)? | augassign rhs | ('=' rhs)+ TYPE_COMMENT? )?
ast::stmt* Builder::expr_statement(PT* ss) {
    const auto& ch = kids(ss);
    const Position pos = span(ss);
    PT* lhs = ch[0];
    if (ch.size() == 1) {
        // `x := 1` as a statement: 3.9's parser had read on to the end of the statement.
        if (vc_ == 309 && kids(lhs).size() == 1 && level(kids(lhs)[0]) == kWalrus)
            fail("invalid syntax", next_token(lhs));
        auto* e = make<ast::Expr>(pos);
        e->value = exprs(lhs, Use::StarExpr);
        return e;
    }
    PT* c1 = ch[1];
    auto rhs = [&](PT* r, Use use) -> ast::expr* {
        return rule_of(r) == G::RuleYield_expr ? yield_expr(r) : exprs(r, use);
    };
    if (!is_token(c1)) {  // augassign
        const lex::Token& op_tok = first_tok(c1);
        ast::OperatorKind op = ast::OperatorKind::Add;
        switch (ttype(kids(c1)[0])) {
            case G::PLUSEQUAL: op = ast::OperatorKind::Add; break;
            case G::MINEQUAL: op = ast::OperatorKind::Sub; break;
            case G::STAREQUAL: op = ast::OperatorKind::Mult; break;
            case G::SLASHEQUAL: op = ast::OperatorKind::Div; break;
            case G::PERCENTEQUAL: op = ast::OperatorKind::Mod; break;
            case G::AMPEREQUAL: op = ast::OperatorKind::BitAnd; break;
            case G::VBAREQUAL: op = ast::OperatorKind::BitOr; break;
            case G::CIRCUMFLEXEQUAL: op = ast::OperatorKind::BitXor; break;
            case G::LEFTSHIFTEQUAL: op = ast::OperatorKind::LShift; break;
            case G::RIGHTSHIFTEQUAL: op = ast::OperatorKind::RShift; break;
            case G::DOUBLESTAREQUAL: op = ast::OperatorKind::Pow; break;
            case G::DOUBLESLASHEQUAL: op = ast::OperatorKind::FloorDiv; break;
            case G::ATEQUAL:
                require(Gate::Matmul, op_tok);
                op = ast::OperatorKind::MatMult;
                break;
        }
        auto* a = make<ast::AugAssign>(pos);
        ast::expr* target = exprs(lhs, Use::StarExpr);
        set_store(target, TargetKind::AugAssign);
        a->target = target;
        a->op = op;
        PT* r = ch[2];
        if (rule_of(r) == G::RuleExprs)
            for (PT* t : kids(r))
                if (!is_token(t) && level(t) == kStar) require_star(Gate::AugassignRhsStar, first_tok(t));
        a->value = rhs(r, Use::StarExpr);
        return a;
    }
    if (ttype(c1) == G::COLON) {
        require(Gate::AnnotatedAssignment, first_tok(c1));
        auto* a = make<ast::AnnAssign>(pos);
        if (ch.size() > 4 && !allows(Gate::AnnAssignRhs)) {
            // up to 3.7 the value is one `test`: the grammar fails before ast.c sees the target
            PT* r = ch[4];
            if (rule_of(r) == G::RuleYield_expr) invalid_syntax(first_tok(r));
            const auto& rk = kids(r);
            if (level(rk[0]) == kStar) invalid_syntax(first_tok(rk[0]));
            if (rk.size() > 1) invalid_syntax(first_tok(rk[1]));
        }
        const auto& lk = kids(lhs);
        if (lk.size() > 1) {
            // invalid_assignment: `a=star_named_expression ',' ... ':'`, reported at the first element
            ast::expr* t = exprs(lhs, Use::StarExpr);
            const auto& elts = static_cast<ast::Tuple*>(t)->elts;
            fail_node("only single target (not tuple) can be annotated", elts.empty() ? t : elts[0]);
        }
        PT* target_test = lk[0];
        ast::expr* target = expr(target_test);
        switch (target->node_kind) {
            case ast::NodeKind::Name:
            case ast::NodeKind::Attribute:
            case ast::NodeKind::Subscript: break;
            case ast::NodeKind::Tuple: fail_node("only single target (not tuple) can be annotated", target);
            case ast::NodeKind::List: fail_node("only single target (not list) can be annotated", target);
            default: fail_node("illegal target for annotation", target);
        }
        set_store(target, TargetKind::AnnAssign);
        a->target = target;
        // simple: a plain name, not in parentheses.
        const auto& tk = kids(target_test);
        a->simple = target->node_kind == ast::NodeKind::Name && tk.size() == 1 && is_token(tk[0]) ? 1 : 0;
        a->annotation = expr_at(ch[2], Use::Expression);
        if (ch.size() > 4) a->value = rhs(ch[4], Use::StarExpr);
        return a;
    }
    // Assignment: exprs ('=' rhs)+ TYPE_COMMENT?
    std::vector<PT*> parts;
    parts.push_back(lhs);
    const lex::Token* tc = nullptr;
    for (std::size_t i = 1; i < ch.size(); ++i) {
        PT* c = ch[i];
        if (is_token(c)) {
            if (ttype(c) == G::TYPE_COMMENT) tc = &first_tok(c);
            continue;
        }
        parts.push_back(c);
    }
    std::vector<ast::expr*> targets;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        PT* p = parts[i];
        if (rule_of(p) == G::RuleYield_expr) {
            ast::expr* y = yield_expr(p);
            fail_node("assignment to yield expression not possible", y);
        }
        const auto& pk = kids(p);
        if (pk.size() == 1 && is_rule(kids(pk[0])[0], G::RuleAtom)) {
            // `() = x` / `[] = x`
            const auto& ak = kids(kids(pk[0])[0]);
            if (ak.size() == 2 && (ttype(ak[0]) == G::LPAR)) require(Gate::EmptyTarget, first_tok(ak[0]));
        }
        ast::expr* t = exprs(p, Use::StarExpr);
        // 3.10+: a single invalid target before the only `=` reads as a mistaken comparison.
        const bool lone = vc_ >= 310 && parts.size() == 2 && pk.size() == 1 && level(pk[0]) <= kBitOr;
        set_store(t, lone ? TargetKind::AssignLone : TargetKind::Assign);
        targets.push_back(t);
    }
    // With type comments the statement ends at its comment (CPython's TYPE_COMMENT token).
    auto* a = make<ast::Assign>(span(first_tok(lhs), tc ? *tc : last_tok(parts.back())));
    a->targets = seq(targets);
    a->value = rhs(parts.back(), Use::StarExpr);
    if (tc && type_comments_) a->type_comment = type_comment(tc);
    return a;
}

// ---- imports ----------------------------------------------------------------------------------

ast::Str Builder::dotted_name(PT* dotted) {
    const auto& ch = kids(dotted);
    if (ch.size() == 1) return identifier(ch[0]);
    std::string name;
    for (PT* c : ch) {
        if (ttype(c) == G::DOT) {
            name += '.';
            continue;
        }
        name += identifier(c).view();
    }
    return copy(name);
}

ast::alias* Builder::dotted_alias(PT* dotted, PT* as_name, const lex::Token& end) {
    auto* a = ast::make<ast::alias>(arena_, span(first_tok(dotted), end));
    a->name = is_token(dotted) ? identifier(dotted) : dotted_name(dotted);
    if (as_name) a->asname = identifier(as_name);
    return a;
}

// import a.b as c, d
ast::stmt* Builder::import_name(PT* ctx) {
    const auto& ch = kids(ctx);
    std::vector<ast::alias*> names;
    for (std::size_t i = 1; i < ch.size(); ++i) {
        PT* d = ch[i];
        if (is_token(d)) continue;  // COMMA
        PT* as_name = nullptr;
        if (i + 2 < ch.size() && ttype(ch[i + 1]) == G::KW_AS) as_name = ch[i + 2];
        names.push_back(dotted_alias(d, as_name, as_name ? first_tok(as_name) : last_tok(d)));
        forbidden_name(text_of(as_name ? as_name : kids(d)[0]), span(as_name ? as_name : kids(d)[0]));
        if (as_name) i += 2;
    }
    auto* s = make<ast::Import>(span(ctx));
    s->names = seq(names);
    return s;
}

// from .a import (b as c, d)
ast::stmt* Builder::import_from(PT* ctx) {
    const auto& ch = kids(ctx);
    auto* s = make<ast::ImportFrom>(span(ctx));
    int level = 0;
    std::size_t i = 1;
    for (; i < ch.size() && is_token(ch[i]); ++i) {
        const std::size_t t = ttype(ch[i]);
        if (t == G::DOT) level += 1;
        else if (t == G::ELLIPSIS) level += 3;
        else break;
    }
    if (is_rule(ch[i], G::RuleDotted_name)) {
        s->module = dotted_name(ch[i]);
        ++i;
    } else if (level == 0) {
        invalid_syntax(first_tok(ch[i]));
    }
    s->level = ast::OptInt::of(level);
    ++i;  // import
    std::vector<ast::alias*> names;
    PT* what = ch[i];
    if (ttype(what) == G::STAR) {
        names.push_back(dotted_alias(what, nullptr, first_tok(what)));
    } else {
        PT* list = ttype(what) == G::LPAR ? ch[i + 1] : what;
        const auto& lk = kids(list);
        for (std::size_t j = 0; j < lk.size(); ++j) {
            PT* n = lk[j];
            if (ttype(n) != G::NAME) continue;
            PT* as_name = nullptr;
            if (j + 2 < lk.size() && ttype(lk[j + 1]) == G::KW_AS) as_name = lk[j + 2];
            names.push_back(dotted_alias(n, as_name, as_name ? first_tok(as_name) : first_tok(n)));
            forbidden_name(text_of(as_name ? as_name : n), span(as_name ? as_name : n));
            if (as_name) j += 2;
        }
        if (ttype(what) != G::LPAR && ttype(lk.back()) == G::COMMA)
            fail_raise("trailing comma not allowed without surrounding parentheses", ctx, span(list));
    }
    s->names = seq(names);
    if (level == 0 && s->module == "__future__") future_import(s);
    return s;
}

// From 3.14 the parser checks `from __future__ import` names, and an in-source barry_as_FLUFL
// makes `<>` the inequality operator for the rest of the file.
void Builder::future_import(ast::ImportFrom* s) {
    static const char* const kFeatures[] = {"nested_scopes", "generators",       "division",
                                            "absolute_import", "with_statement", "print_function",
                                            "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                            "annotations"};
    if (vc_ < 314) return;
    for (ast::alias* a : s->names) {
        const std::string_view name = a->name.view();
        if (name == "barry_as_FLUFL") barry_ = true;
        if (name == "braces") fail("not a chance", a->pos);
        bool known = false;
        for (const char* f : kFeatures) known = known || name == f;
        if (!known) fail("future feature " + std::string(name) + " is not defined", a->pos);
    }
}

}  // namespace pyfront::builder::detail
