// Trailers: attribute access, calls (and class bases: the same argument list), subscripts and
// slices. A trailer's node spans from the start of its primary to the trailer's last token.
#include <string_view>
#include <unordered_set>

#include "builder/builder_impl.h"

namespace pyfront::builder::detail {

ast::expr* Builder::trailer(ast::expr* value, const lex::Token& start, PT* tr) {
    const auto& k = kids(tr);
    switch (ttype(k[0])) {
        case G::DOT: {
            auto* a = make<ast::Attribute>(span(start, last_tok(tr)));
            a->value = value;
            a->attr = identifier(k[1]);
            return a;
        }
        case G::LPAR: return call(value, start, tr);
        default: return subscript(value, start, tr);
    }
}

ast::expr* Builder::call(ast::expr* func, const lex::Token& start, PT* tr) {
    const auto& k = kids(tr);
    auto* c = make<ast::Call>(span(start, last_tok(tr)));
    c->func = func;
    if (k.size() > 2) arguments(tr, 1, k.size() - 1, c->args, c->keywords, false);
    return c;
}

// argument (COMMA argument)* COMMA? between children [from, to) of `owner`;
// argument: test (comp_for | EQUAL test)? | DOUBLESTAR test
void Builder::arguments(PT* owner, std::size_t from, std::size_t to, ast::Seq<ast::expr*>& args,
                        ast::Seq<ast::keyword*>& keywords, bool class_bases) {
    const auto& ch = kids(owner);
    std::size_t n_args = 0, n_keywords = 0;
    for (std::size_t i = from; i < to; ++i) {
        if (is_token(ch[i])) continue;
        ++n_args;
        const auto& ak = kids(ch[i]);
        if (is_token(ak[0]) || (ak.size() == 3 && ttype(ak[1]) == G::EQUAL)) ++n_keywords;
    }
    args = ast::alloc_seq<ast::expr*>(arena_, n_args - n_keywords);
    keywords = ast::alloc_seq<ast::keyword*>(arena_, n_keywords);
    std::uint32_t ai = 0, ki = 0;
    const bool trailing_comma = to > from && ttype(ch[to - 1]) == G::COMMA;
    PT* close = ch[to];  // the closing parenthesis
    PT* before_close = ch[to - 1];  // 3.9+ report argument order errors at the token after it
    const bool pep448 = allows(Gate::UnpackCall);
    bool seen_keyword = false, seen_kwstar = false, seen_star = false;
    std::unordered_set<std::string_view> keyword_names;
    PT* last_arg = nullptr;
    for (std::size_t i = from; i < to; ++i) {
        PT* a = ch[i];
        if (is_token(a)) continue;
        last_arg = a;
        const auto& ak = kids(a);
        if (is_token(ak[0])) {  // ** test
            if (seen_kwstar && !pep448) invalid_syntax(first_tok(ak[0]));
            check_operand(ak[1], kLambda);
            auto* kw = ast::make<ast::keyword>(arena_, span(a));
            kw->value = expr_at(ak[1], Use::Expression);
            keywords[ki++] = kw;
            seen_kwstar = true;
            continue;
        }
        PT* test = ak[0];
        if (ak.size() == 1) {
            const bool starred = level(test) == kStar;
            if (starred) {
                if (seen_kwstar) {
                    if (!pep448) invalid_syntax(first_tok(test));
                    const Position p = span(test);
                    // 3.9: the starred argument; 3.10: the first `**` argument; 3.11-3.12: the
                    // `*`; 3.13+: from the comma before the starred argument to its end.
                    Position modern = p;
                    if (vc_ == 310) modern = span(first_tok(ch[from]), last_tok(ch[from]));
                    else if (vc_ == 311 || vc_ == 312) modern = span(first_tok(test), first_tok(test));
                    else if (vc_ >= 313) modern = span(first_tok(ch[i - 1]), last_tok(test));
                    fail_raise("iterable argument unpacking follows keyword argument unpacking", before_close, p,
                               &modern, 309);
                }
                if (seen_star && !pep448) invalid_syntax(first_tok(test));
                seen_star = true;
            } else {
                if (seen_kwstar) {
                    if (!pep448) invalid_syntax(first_tok(test));
                    fail_raise("positional argument follows keyword argument unpacking", before_close, span(test));
                }
                if (seen_keyword)
                    fail_raise("positional argument follows keyword argument", before_close, span(test));
                if (seen_star && !pep448) invalid_syntax(first_tok(test));
            }
            args[ai++] = expr_at(test, Use::Arg);
            continue;
        }
        if (is_rule(ak[1], G::RuleComp_for)) {
            // A generator argument: parenthesized by the call's own parentheses when it is the
            // only argument (up to 3.6 also with a trailing comma, and as a class base).
            const bool sole = n_args == 1 && (!trailing_comma || allows(Gate::GenexpArgument));
            if (class_bases && !allows(Gate::GenexpArgument)) {
                // 3.7/3.8: ast.c's "invalid syntax" at the argument; 3.9: after the bases;
                // 3.10+: at the `for`.
                const lex::Token& f = first_tok(ak[1]);
                if (vc_ <= 308) fail_ast("invalid syntax", span(test));
                if (vc_ == 309) fail("invalid syntax", first_tok(close));
                invalid_syntax(f);
            }
            if (!sole) fail_ast("Generator expression must be parenthesized", span(test, ak[1]));
            if (level(test) == kStar) comprehension_star(test);
            auto* g = make<ast::GeneratorExp>(span(ch[from - 1], ch[to]));
            g->elt = expr_at(test, level(test) == kStar ? Use::StarNamed : Use::Named);
            g->generators = comprehensions(ak[1]);
            args[ai++] = g;
            continue;
        }
        // test '=' test: a keyword argument; the left side must be a name.
        if (seen_kwstar && !pep448) invalid_syntax(first_tok(test));
        if (level(test) == kStar && vc_ <= 311) invalid_syntax(first_tok(ak[1]));  // f(*a=1)
        const auto& tk = kids(test);
        bool name_ok = tk.size() == 1 && ttype(tk[0]) == G::NAME;
        ast::Str arg{};
        if (name_ok) {
            arg = identifier(tk[0]);
            forbidden_name(arg.view(), span(tk[0]));
        } else {
            ast::expr* left = expr(test);
            if (left->node_kind == ast::NodeKind::Name && permits(Gate::KeywordParen, first_tok(test))) {
                arg = static_cast<ast::Name*>(left)->id;
            } else {
                // invalid_kwarg: RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b) from the expression to the `=`
                const lex::Token& end = first_tok(ak[1]);
                if (vc_ <= 307) fail_ast("keyword can't be an expression", span(test));
                if (vc_ == 308) fail_ast("expression cannot contain assignment, perhaps you meant \"==\"?", span(test));
                const bool singleton = tk.size() == 1 &&
                                       (ttype(tk[0]) == G::KW_TRUE || ttype(tk[0]) == G::KW_FALSE ||
                                        ttype(tk[0]) == G::KW_NONE);
                if (singleton && vc_ >= 310) fail(std::string("cannot assign to ") + expr_name(left), left->pos);
                fail("expression cannot contain assignment, perhaps you meant \"==\"?",
                     join(left->pos, span(end, end)));
            }
        }
        // A set of the names so far, not a scan of the earlier keywords: a call with 100,000
        // keywords must stay linear.
        if (allows(Gate::KeywordRepeatError) && !keyword_names.insert(arg.view()).second)
            fail_ast("keyword argument repeated", span(a));
        check_operand(ak[2], kLambda);
        if (level(ak[2]) == kStar) invalid_syntax(first_tok(ak[2]));
        auto* kw = ast::make<ast::keyword>(arena_, span(a));
        kw->arg = arg;
        kw->value = expr_at(ak[2], Use::Expression);
        keywords[ki++] = kw;
        seen_keyword = true;
    }
    // Before PEP 448 (3.5) nothing may follow *args / **kwargs but a keyword / nothing, and a
    // trailing comma may not follow them.
    if (!pep448 && trailing_comma && last_arg && (is_token(kids(last_arg)[0]) || level(kids(last_arg)[0]) == kStar))
        invalid_syntax(first_tok(ch[to - 1]));
    if (allows(Gate::ArgumentLimit) && n_args > 255)
        fail_ast("more than 255 arguments", span(ch[from], ch[to - 1]));
}

// LSQB subscript (COMMA subscript)* COMMA? RSQB
ast::expr* Builder::subscript(ast::expr* value, const lex::Token& start, PT* tr) {
    const auto& k = kids(tr);
    auto* s = make<ast::Subscript>(span(start, last_tok(tr)));
    s->value = value;
    if (k.size() == 3) {
        PT* sub = k[1];
        const auto& sk = kids(sub);
        if (sk.size() == 1 && level(sk[0]) == kStar) {
            // `a[*b]`: a one-element tuple (3.9's parser had read on to the `]` when it failed)
            if (vc_ == 309 && !star_allowed(Gate::SubscriptStar)) fail("invalid syntax", next_token(sub));
            auto* t = make<ast::Tuple>(span(sub));
            t->elts = ast::make_seq<ast::expr*>(arena_, {slice(sub)});
            s->slice = t;
        } else {
            s->slice = slice(sub);
        }
        return s;
    }
    std::vector<ast::expr*> elts;
    for (std::size_t i = 1; i + 1 < k.size(); ++i)
        if (!is_token(k[i])) elts.push_back(slice(k[i]));
    auto* t = make<ast::Tuple>(span(k[1], k[k.size() - 2]));
    t->elts = seq(elts);
    s->slice = t;
    return s;
}

// subscript: test (COLON test? (COLON test?)?)? | COLON test? (COLON test?)?
ast::expr* Builder::slice(PT* sub) {
    const auto& sk = kids(sub);
    if (sk.size() == 1 && !is_token(sk[0])) {
        PT* t = sk[0];
        const int l = level(t);
        if (l == kStar) {
            require_star(Gate::SubscriptStar, first_tok(t));
            check_operand(kids(t)[1], kLambda);
            return expr(t);
        }
        if (l == kWalrus) {
            require(Gate::WalrusSubscript, first_tok(kids(t)[1]));
            return expr(t);
        }
        return expr_at(t, Use::Expression);
    }
    ast::expr* parts[3] = {nullptr, nullptr, nullptr};
    int part = 0;
    for (PT* c : sk) {
        if (is_token(c)) {
            ++part;
            continue;
        }
        parts[part] = expr_at(c, Use::Expression);
    }
    auto* s = make<ast::Slice>(span(sub));
    s->lower = parts[0];
    s->upper = parts[1];
    s->step = parts[2];
    return s;
}

}  // namespace pyfront::builder::detail
