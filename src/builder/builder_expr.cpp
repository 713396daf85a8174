// Expressions: the one precedence rule (`test` / `or_test`), dispatched by shape (see the
// grammar's header), with each operand checked against the level CPython's grammar allows
// there; primaries, yield, lambda, targets (displays: builder_displays.cpp).
#include <algorithm>

#include "builder/builder_impl.h"
#include "builder/tree_depth.h"

namespace pyfront::builder::detail {

// ---- levels -----------------------------------------------------------------------------------

int Builder::level(PT* t) const {
    if (is_token(t)) return kPrimary;
    const auto& ch = kids(t);
    PT* c0 = ch[0];
    if (is_token(c0)) {
        switch (ttype(c0)) {
            case G::KW_AWAIT: return ch.size() == 2 ? kAwait : kPrimary;
            case G::PLUS:
            case G::MINUS:
            case G::TILDE: return kUnary;
            case G::KW_NOT: return kNot;
            case G::KW_LAMBDA: return kLambda;
            case G::STAR: return kStar;
            default: return kPrimary;
        }
    }
    // An atom (alone or with trailers) or a binary form, whose second child is its operator.
    if (ch.size() == 1 || !is_token(ch[1])) return kPrimary;
    switch (ttype(ch[1])) {
        case G::DOUBLESTAR: return kPower;
        case G::STAR:
        case G::SLASH:
        case G::PERCENT:
        case G::DOUBLESLASH:
        case G::AT: return kTerm;
        case G::PLUS:
        case G::MINUS: return kSum;
        case G::LEFTSHIFT:
        case G::RIGHTSHIFT: return kShift;
        case G::AMPER: return kBitAnd;
        case G::CIRCUMFLEX: return kBitXor;
        case G::VBAR: return kBitOr;
        case G::KW_AND: return kAnd;
        case G::KW_OR: return kOr;
        case G::KW_IF: return kTernary;
        case G::COLONEQUAL: return kWalrus;
        default: return kCompare;
    }
}

// CPython's parser stops where the operand stops being of the allowed level: at the prefix
// operator of a prefix form, or at the leftmost operator of a binary form that binds looser.
void Builder::level_error(PT* t, int max_level) {
    const lex::Token* at = &first_tok(t);
    for (;;) {
        if (level(t) <= max_level) break;
        const auto& k = kids(t);
        if (is_token(k[0])) {
            at = &first_tok(k[0]);
            break;
        }
        at = &first_tok(k[1]);
        t = k[0];
    }
    invalid_syntax(*at);
}

void Builder::check_operand(PT* operand, int max_level) {
    if (level(operand) > max_level) level_error(operand, max_level);
}

void Builder::check_use(PT* t, Use use) {
    const int l = level(t);
    if (l <= kLambda) {
        if (use == Use::Disjunction && l > kOr) {
            if (l == kLambda && permits(Gate::CompIfLambda, first_tok(t))) return;
            level_error(t, kOr);
        }
        return;
    }
    const auto& k = kids(t);
    if (l == kWalrus) {
        switch (use) {
            case Use::Named:
            case Use::StarNamed:
            case Use::Arg: return;
            default: invalid_syntax(first_tok(k[1]));
        }
    }
    // l == kStar
    if (allows(Gate::StarInComparison)) return;  // the star binds to the left operand (star_rotated)
    switch (use) {
        case Use::StarExpr:
        case Use::StarNamed: check_operand(k[1], kBitOr); return;
        case Use::Arg: check_operand(k[1], kLambda); return;
        case Use::Disjunction:
            if (allows(Gate::StarInComparison)) return;
            invalid_syntax(first_tok(k[0]));
        default: invalid_syntax(first_tok(k[0]));
    }
}

ast::expr* Builder::expr_at(PT* t, Use use) {
    check_use(t, use);
    return expr(t);
}

// ---- the precedence rule -----------------------------------------------------------------------

ast::expr* Builder::expr(PT* t) {
    const auto& ch = kids(t);
    PT* c0 = ch[0];
    if (is_token(c0)) {
        switch (ttype(c0)) {
            case G::KW_AWAIT: {
                if (ch.size() == 1) break;  // (never: await is a keyword only where it is one)
                require(Gate::Await, first_tok(c0));
                // 3.6 compiled an f-string's expressions on their own, outside the async def.
                if (fstring_depth_ > 0) require(Gate::FStringAwait, first_tok(ch[1]));
                check_operand(ch[1], kPrimary);
                auto* n = make<ast::Await>(span(t));
                n->value = expr(ch[1]);
                return n;
            }
            case G::PLUS:
            case G::MINUS:
            case G::TILDE: {
                check_operand(ch[1], kUnary);
                auto* n = make<ast::UnaryOp>(span(t));
                const std::size_t op = ttype(c0);
                n->op = op == G::PLUS    ? ast::UnaryOpKind::UAdd
                        : op == G::MINUS ? ast::UnaryOpKind::USub
                                         : ast::UnaryOpKind::Invert;
                n->operand = expr(ch[1]);
                return n;
            }
            case G::KW_NOT: {
                check_operand(ch[1], kNot);
                auto* n = make<ast::UnaryOp>(span(t));
                n->op = ast::UnaryOpKind::Not;
                n->operand = expr(ch[1]);
                return n;
            }
            case G::KW_LAMBDA: return lambda(t);
            case G::STAR: {
                if (allows(Gate::StarInComparison) && level(ch[1]) > kBitOr) return star_rotated(t);
                auto* n = make<ast::Starred>(span(t));
                n->value = expr(ch[1]);
                return n;
            }
            default: break;
        }
        return primary(t, 1);
    }
    if (ch.size() == 1 || !is_token(ch[1])) return primary(t, 1);  // atom trailer*
    const std::size_t op = ttype(ch[1]);
    switch (op) {
        case G::KW_AND:
        case G::KW_OR: return boolop(t, op);
        case G::KW_IF: {
            check_operand(ch[2], kOr);
            check_operand(ch[4], kLambda);
            auto* n = make<ast::IfExp>(span(t));
            n->body = expr(ch[0]);
            n->test = expr(ch[2]);
            n->orelse = expr(ch[4]);
            return n;
        }
        case G::COLONEQUAL: {
            require(Gate::Walrus, first_tok(ch[1]));
            PT* target_t = ch[0];
            const auto& tk = kids(target_t);
            ast::expr* target = expr(target_t);
            bool ok = tk.size() == 1 && ttype(tk[0]) == G::NAME;
            if (!ok && target->node_kind == ast::NodeKind::Name && permits(Gate::WalrusParenTarget, first_tok(target_t)))
                ok = true;
            if (!ok)
                fail_node(std::string("cannot use assignment expressions with ") + expr_name(target), target);
            forbidden_name(static_cast<ast::Name*>(target)->id.view(), target->pos);
            static_cast<ast::Name*>(target)->ctx = ast::ExprContext::Store;
            check_operand(ch[2], kLambda);
            auto* n = make<ast::NamedExpr>(span(t));
            n->target = target;
            n->value = expr(ch[2]);
            return n;
        }
        case G::DOUBLESTAR:
        case G::STAR:
        case G::SLASH:
        case G::PERCENT:
        case G::DOUBLESLASH:
        case G::AT:
        case G::PLUS:
        case G::MINUS:
        case G::LEFTSHIFT:
        case G::RIGHTSHIFT:
        case G::AMPER:
        case G::CIRCUMFLEX:
        case G::VBAR: return binary(t);
        default: return compare(t);
    }
}

// 3.0/3.1: `*a < b` is Compare(Starred(a), ...) (`comparison: star_expr (comp_op star_expr)*`),
// where this grammar's prefix `*` took the whole comparison: the star goes down the left spine
// to the operand of bitwise-or level, and the nodes on the way start at the `*`.
ast::expr* Builder::star_rotated(PT* t) {
    const lex::Token& star = first_tok(kids(t)[0]);
    ast::expr* top = expr(kids(t)[1]);
    ast::expr** slot = &top;
    for (;;) {
        ast::expr* e = *slot;
        e->pos.lineno = static_cast<std::int32_t>(star.lineno);
        e->pos.col_offset = static_cast<std::int32_t>(star.col);
        if (e->node_kind == ast::NodeKind::BoolOp) slot = &static_cast<ast::BoolOp*>(e)->values[0];
        else if (e->node_kind == ast::NodeKind::Compare) slot = &static_cast<ast::Compare*>(e)->left;
        else if (e->node_kind == ast::NodeKind::IfExp) slot = &static_cast<ast::IfExp*>(e)->body;
        else break;
        const ast::NodeKind k = (*slot)->node_kind;
        if (k != ast::NodeKind::BoolOp && k != ast::NodeKind::Compare && k != ast::NodeKind::IfExp) {
            auto* s = make<ast::Starred>(Position{static_cast<std::int32_t>(star.lineno),
                                                  static_cast<std::int32_t>(star.col), (*slot)->pos.end_lineno,
                                                  (*slot)->pos.end_col_offset});
            s->value = *slot;
            *slot = s;
            break;
        }
    }
    if (top->node_kind == ast::NodeKind::UnaryOp || top->node_kind == ast::NodeKind::Lambda)
        invalid_syntax(first_tok(kids(kids(t)[1])[0]));
    return top;
}

namespace {
// The nesting of binary() calls: a left-deep chain `a + a + ... + a` recurses once per operator
// (the parser reads it in a loop, without a depth limit), and a few million of them overflow
// the stack. Past kMaxTreeDepth the tree would be refused anyway (tree_depth.h): stop there.
thread_local int binary_depth = 0;
struct BinaryDepth {
    BinaryDepth() { ++binary_depth; }
    ~BinaryDepth() { --binary_depth; }
};
}  // namespace

ast::expr* Builder::binary(PT* t) {
    const auto& ch = kids(t);
    const BinaryDepth nesting;
    if (binary_depth > kMaxTreeDepth) {
        BuildError e;
        e.kind = ErrorKind::RecursionError;
        e.message = "maximum recursion depth exceeded during ast construction";
        e.lineno = static_cast<int>(first_tok(t).lineno);
        e.col = static_cast<int>(first_tok(t).col);
        throw e;
    }
    const std::size_t op = ttype(ch[1]);
    ast::OperatorKind kind = ast::OperatorKind::Add;
    int right_max;
    switch (op) {
        case G::DOUBLESTAR: kind = ast::OperatorKind::Pow; right_max = kUnary; break;
        case G::STAR: kind = ast::OperatorKind::Mult; right_max = kUnary; break;
        case G::SLASH: kind = ast::OperatorKind::Div; right_max = kUnary; break;
        case G::PERCENT: kind = ast::OperatorKind::Mod; right_max = kUnary; break;
        case G::DOUBLESLASH: kind = ast::OperatorKind::FloorDiv; right_max = kUnary; break;
        case G::AT:
            require(Gate::Matmul, first_tok(ch[1]));
            kind = ast::OperatorKind::MatMult;
            right_max = kUnary;
            break;
        case G::PLUS: kind = ast::OperatorKind::Add; right_max = kTerm; break;
        case G::MINUS: kind = ast::OperatorKind::Sub; right_max = kTerm; break;
        case G::LEFTSHIFT: kind = ast::OperatorKind::LShift; right_max = kSum; break;
        case G::RIGHTSHIFT: kind = ast::OperatorKind::RShift; right_max = kSum; break;
        case G::AMPER: kind = ast::OperatorKind::BitAnd; right_max = kShift; break;
        case G::CIRCUMFLEX: kind = ast::OperatorKind::BitXor; right_max = kBitAnd; break;
        default: kind = ast::OperatorKind::BitOr; right_max = kBitXor; break;
    }
    check_operand(ch[2], right_max);
    auto* n = make<ast::BinOp>(span(t));
    n->left = expr(ch[0]);
    n->op = kind;
    n->right = expr(ch[2]);
    return n;
}

namespace {

bool is_comparison(PT* t) {
    const auto& ch = kids(t);
    if (is_token(ch[0]) || ch.size() < 3 || !is_token(ch[1])) return false;
    switch (ttype(ch[1])) {
        case G::LESS:
        case G::GREATER:
        case G::EQEQUAL:
        case G::GREATEREQUAL:
        case G::LESSEQUAL:
        case G::NOTEQUAL:
        case G::KW_IN:
        case G::KW_NOT:
        case G::KW_IS:
        case G::IS_NOT: return true;
        default: return false;
    }
}

}  // namespace

// A left-nested chain `a < b <= c` is one Compare.
ast::expr* Builder::compare(PT* t) {
    std::vector<PT*> operands;
    std::vector<ast::CmpOpKind> ops;
    PT* cur = t;
    while (is_comparison(cur)) {
        const auto& ch = kids(cur);
        PT* op = ch[1];
        ast::CmpOpKind k = ast::CmpOpKind::Eq;
        switch (ttype(op)) {
            case G::LESS: k = ast::CmpOpKind::Lt; break;
            case G::GREATER: k = ast::CmpOpKind::Gt; break;
            case G::EQEQUAL: k = ast::CmpOpKind::Eq; break;
            case G::GREATEREQUAL: k = ast::CmpOpKind::GtE; break;
            case G::LESSEQUAL: k = ast::CmpOpKind::LtE; break;
            case G::NOTEQUAL: {
                const bool diamond = text_of(op) == "<>";
                const bool barry = options_.barry_as_flufl || barry_;
                if (barry && !diamond) fail("with Barry as BDFL, use '<>' instead of '!='", first_tok(op));
                if (!barry && diamond) {
                    // up to 3.8 the tokenizer's position after `<>`
                    if (vc_ == 308)
                        fail("invalid syntax", Position{static_cast<std::int32_t>(first_tok(op).lineno),
                                                        static_cast<std::int32_t>(first_tok(op).end_col) - 1, 0, 0});
                    invalid_syntax(first_tok(op));
                }
                k = ast::CmpOpKind::NotEq;
                break;
            }
            case G::KW_IN: k = ast::CmpOpKind::In; break;
            case G::KW_NOT: k = ast::CmpOpKind::NotIn; break;
            case G::KW_IS: k = ast::CmpOpKind::Is; break;
            case G::IS_NOT: k = ast::CmpOpKind::IsNot; break;
        }
        PT* right = ch.back();
        if (!allows(Gate::StarInComparison) || level(right) != kStar) check_operand(right, kBitOr);
        ops.push_back(k);
        operands.push_back(right);
        cur = ch[0];
    }
    std::reverse(ops.begin(), ops.end());
    std::reverse(operands.begin(), operands.end());
    auto* n = make<ast::Compare>(span(t));
    n->left = expr(cur);
    std::vector<ast::expr*> comparators;
    comparators.reserve(operands.size());
    for (PT* o : operands) comparators.push_back(expr(o));
    n->ops = ast::make_seq(arena_, ops);
    n->comparators = seq(comparators);
    return n;
}

// `a or b or c` is one BoolOp.
ast::expr* Builder::boolop(PT* t, std::size_t op) {
    std::vector<PT*> values;
    PT* cur = t;
    const int right_max = op == G::KW_OR ? kAnd : kNot;
    for (;;) {
        const auto& ch = kids(cur);
        if (is_token(ch[0]) || ch.size() != 3 || !is_token(ch[1]) || ttype(ch[1]) != op) break;
        check_operand(ch[2], right_max);
        values.push_back(ch[2]);
        cur = ch[0];
    }
    values.push_back(cur);
    std::reverse(values.begin(), values.end());
    auto* n = make<ast::BoolOp>(span(t));
    n->op = op == G::KW_OR ? ast::BoolOpKind::Or : ast::BoolOpKind::And;
    std::vector<ast::expr*> vs;
    vs.reserve(values.size());
    for (PT* v : values) vs.push_back(expr(v));
    n->values = seq(vs);
    return n;
}

// ---- primaries ----------------------------------------------------------------------------------

ast::expr* Builder::primary(PT* t, std::size_t trailer_from) {
    const auto& ch = kids(t);
    PT* c0 = ch[0];
    ast::expr* e = is_token(c0) ? atom_token(c0) : atom(c0);
    if (ch.size() > trailer_from) {
        const lex::Token& start = first_tok(c0);
        for (std::size_t i = trailer_from; i < ch.size(); ++i) e = trailer(e, start, ch[i]);
    }
    return e;
}

ast::expr* Builder::atom_token(PT* tok) {
    const lex::Token& t = first_tok(tok);
    switch (ttype(tok)) {
        case G::NAME: {
            auto* n = make<ast::Name>(span(t, t));
            n->id = identifier(t);
            return n;
        }
        case G::NUMBER: return number(t);
        case G::KW_NONE: return make<ast::Constant>(span(t, t));
        case G::KW_TRUE: {
            auto* c = make<ast::Constant>(span(t, t));
            c->value = ast::Value::boolean(true);
            return c;
        }
        case G::KW_FALSE: {
            auto* c = make<ast::Constant>(span(t, t));
            c->value = ast::Value::boolean(false);
            return c;
        }
        case G::ELLIPSIS: {
            auto* c = make<ast::Constant>(span(t, t));
            c->value = ast::Value::ellipsis();
            return c;
        }
    }
    invalid_syntax(t);
}

ast::expr* Builder::atom(PT* a) {
    PT* c0 = kids(a)[0];
    if (!is_token(c0)) return strings(a);
    switch (ttype(c0)) {
        case G::LPAR: return paren(a);
        case G::LSQB: return list_display(a);
        case G::LBRACE: return brace_display(a);
        default: return strings(a);
    }
}

// KW_YIELD (KW_FROM test | exprs)?
ast::expr* Builder::yield_expr(PT* y) {
    const auto& ch = kids(y);
    if (ch.size() > 1 && ttype(ch[1]) == G::KW_FROM) {
        require(Gate::YieldFrom, first_tok(ch[1]));
        auto* n = make<ast::YieldFrom>(span(y));
        n->value = expr_at(ch[2], Use::Expression);
        return n;
    }
    auto* n = make<ast::Yield>(span(y));
    if (ch.size() > 1) {
        if (kids(ch[1]).size() > 1)
            for (PT* t : kids(ch[1]))
                if (!is_token(t) && level(t) == kStar) require_star(Gate::ReturnStar, first_tok(t));
        n->value = exprs(ch[1], Use::StarExpr);
    }
    return n;
}

// KW_LAMBDA lambda_params? COLON test
ast::expr* Builder::lambda(PT* t) {
    const auto& ch = kids(t);
    auto* n = make<ast::Lambda>(span(t));
    std::size_t i = 1;
    if (is_rule(ch[i], G::RuleLambda_params)) n->args = parameters(ch[i++], true);
    else n->args = empty_arguments();
    PT* body = ch[i + 1];
    check_operand(body, kLambda);
    n->body = expr(body);
    return n;
}

// ---- lists of expressions, targets --------------------------------------------------------------

void Builder::exprs_items(PT* ctx, Use use, std::vector<ast::expr*>& out) {
    for (PT* c : kids(ctx))
        if (!is_token(c)) out.push_back(expr_at(c, use));
}

ast::expr* Builder::exprs(PT* ctx, Use use) {
    const auto& ch = kids(ctx);
    if (ch.size() == 1) return expr_at(ch[0], use);
    // test (COMMA test)* COMMA?: (size + 1) / 2 items
    auto* t = make<ast::Tuple>(span(ctx));
    t->elts = ast::alloc_seq<ast::expr*>(arena_, (ch.size() + 1) / 2);
    std::uint32_t n = 0;
    for (PT* c : ch)
        if (!is_token(c)) t->elts[n++] = expr_at(c, use);
    return t;
}

// target (COMMA target)* COMMA?
ast::expr* Builder::targets(PT* ctx) {
    const auto& ch = kids(ctx);
    if (ch.size() == 1) return target(ch[0]);
    std::vector<ast::expr*> elts;
    for (PT* c : ch)
        if (!is_token(c)) elts.push_back(target(c));
    auto* t = make<ast::Tuple>(span(ctx));
    t->elts = seq(elts);
    return t;
}

// STAR? (NAME | atom) trailer*
ast::expr* Builder::target(PT* ctx) {
    const auto& ch = kids(ctx);
    std::size_t i = 0;
    const bool star = ttype(ch[0]) == G::STAR;
    if (star) i = 1;
    PT* base = ch[i];
    ast::expr* e = is_token(base) ? atom_token(base) : atom(base);
    const lex::Token& start = first_tok(base);
    for (std::size_t j = i + 1; j < ch.size(); ++j) e = trailer(e, start, ch[j]);
    if (star) {
        auto* s = make<ast::Starred>(span(ctx));
        s->value = e;
        return s;
    }
    return e;
}

}  // namespace pyfront::builder::detail
