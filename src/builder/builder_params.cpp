// Parameters of def and lambda: the grammar gives a flat list of items (`a`, `a: T = d`, `/`,
// `*`, `*args`, `**kw`); their order is checked here, as CPython's grammar and ast.c checked it.
#include "builder/builder_impl.h"

namespace pyfront::builder::detail {

ast::arguments* Builder::empty_arguments() { return ast::make<ast::arguments>(arena_); }

// params: param (COMMA TYPE_COMMENT? param)* COMMA? TYPE_COMMENT?
// param: NAME (COLON test)? (EQUAL test)? | STAR (NAME (COLON test)?)? | DOUBLESTAR NAME (COLON test)?
//      | SLASH
// lambda_params / lambda_param: the same without annotations and type comments.
ast::arguments* Builder::parameters(PT* params, bool is_lambda) {
    const auto& ch = kids(params);
    std::vector<ast::arg*> posonly, args, kwonly;
    std::vector<ast::expr*> defaults, kw_defaults;
    ast::arg* vararg = nullptr;
    ast::arg* kwarg = nullptr;
    bool saw_slash = false, saw_star = false, bare_star = false;
    const lex::Token* bare_star_tok = nullptr;
    PT* bare_star_pt = nullptr;
    const lex::Token* kwarg_tok = nullptr;
    ast::arg* last = nullptr;
    // invalid_parameters / invalid_lambda_parameters name these order errors from 3.11; older
    // parsers stopped at the same token with "invalid syntax".
    auto order_error = [&](const std::string& message, const lex::Token& at) {
        if (vc_ <= 310) invalid_syntax(at);
        fail(message, at);
    };

    auto make_arg = [&](PT* name, PT* annotation, bool star_annotation) {
        const lex::Token& end = annotation ? last_tok(annotation) : last_tok(name);
        auto* a = ast::make<ast::arg>(arena_, span(first_tok(name), end));
        a->arg = identifier(name);
        forbidden_name(a->arg.view(), a->pos);
        if (annotation) {
            if (star_annotation && level(annotation) == kStar) {
                require_star(Gate::StarAnnotation, first_tok(annotation));
                check_operand(kids(annotation)[1], kBitOr);
                a->annotation = expr(annotation);
            } else {
                a->annotation = expr_at(annotation, Use::Expression);
            }
        }
        return a;
    };

    for (std::size_t i = 0; i < ch.size(); ++i) {
        PT* c = ch[i];
        if (is_token(c)) {
            if (ttype(c) == G::TYPE_COMMENT && last && type_comments_) last->type_comment = type_comment(&first_tok(c));
            continue;
        }
        const auto& pk = kids(c);
        PT* p0 = pk[0];
        const lex::Token& start = first_tok(p0);
        if (kwarg)
            order_error(vc_ >= 315 ? "parameters cannot follow var-keyword parameter"
                                   : "arguments cannot follow var-keyword argument",
                        start);
        switch (ttype(p0)) {
            case G::SLASH: {
                require(Gate::Posonly, start);
                if (saw_slash) order_error("/ may appear only once", start);
                if (saw_star) order_error("/ must be ahead of *", start);
                if (args.empty()) {
                    // `a="/" ','`: a `/` alone in the list is "invalid syntax"
                    if (i + 1 >= ch.size() || ttype(ch[i + 1]) != G::COMMA) invalid_syntax(start);
                    order_error(vc_ >= 315 ? "at least one parameter must precede /"
                                           : "at least one argument must precede /",
                                start);
                }
                posonly.swap(args);
                saw_slash = true;
                last = nullptr;
                break;
            }
            case G::STAR: {
                if (saw_star)
                    order_error(vc_ >= 315 ? "* may appear only once" : "* argument may appear only once", start);
                saw_star = true;
                if (pk.size() == 1) {
                    bare_star = true;
                    bare_star_tok = &start;
                    bare_star_pt = p0;
                    last = nullptr;
                } else {
                    PT* ann = pk.size() > 3 ? pk[3] : nullptr;
                    vararg = make_arg(pk[1], ann, true);
                    last = vararg;
                }
                break;
            }
            case G::DOUBLESTAR: {
                PT* ann = pk.size() > 3 ? pk[3] : nullptr;
                kwarg = make_arg(pk[1], ann, false);
                kwarg_tok = &start;
                last = kwarg;
                break;
            }
            default: {  // NAME (COLON test)? (EQUAL test)?
                PT* ann = nullptr;
                PT* def = nullptr;
                for (std::size_t k = 1; k + 1 < pk.size(); k += 2) {
                    if (ttype(pk[k]) == G::COLON) ann = pk[k + 1];
                    else if (ttype(pk[k]) == G::EQUAL) def = pk[k + 1];
                }
                ast::arg* a = make_arg(p0, ann, false);
                ast::expr* d = def ? expr_at(def, Use::Expression) : nullptr;
                if (saw_star) {
                    kwonly.push_back(a);
                    kw_defaults.push_back(d);
                } else {
                    if (d) {
                        defaults.push_back(d);
                    } else if (!defaults.empty()) {
                        // <= 3.8 at the parameter list (ast.c), 3.9 after it, 3.10+ at the parameter.
                        const Position modern = span(c);
                        fail_raise(vc_ >= 312 ? "parameter without a default follows parameter with a default"
                                              : "non-default argument follows default argument",
                                   params, span(params), &modern);
                    }
                    args.push_back(a);
                }
                last = a;
                break;
            }
        }
    }
    if (bare_star && kwonly.empty()) {
        const char* msg = vc_ >= 315 ? "named parameters must follow bare *" : "named arguments must follow bare *";
        const Position star = span(*bare_star_tok, *bare_star_tok);
        if (vc_ <= 308) fail_ast(msg, kwarg_tok ? span(*kwarg_tok, *kwarg_tok) : star);
        if (vc_ == 309 || is_lambda) {
            // the token the parser stopped at: after the `*` (and its comma)
            const auto& toks = in_.parse->tokens().tokens();
            std::size_t k = light(bare_star_pt).getTokenIndex() + 1;
            if (toks[k].token().kind == lex::TokenKind::COMMA) ++k;
            fail(msg, toks[k].token());
        }
        fail(msg, star);
    }
    // A trailing comma after *args, **kwargs or a keyword-only parameter (3.6+).
    if (!allows(Gate::DefTrailingComma)) {
        std::size_t k = ch.size();
        while (k > 0 && ttype(ch[k - 1]) == G::TYPE_COMMENT) --k;
        if (k > 0 && ttype(ch[k - 1]) == G::COMMA && (saw_star || kwarg)) invalid_syntax(first_tok(ch[k - 1]));
    }
    if (allows(Gate::ArgumentLimit) &&
        posonly.size() + args.size() + kwonly.size() + (vararg ? 1 : 0) + (kwarg ? 1 : 0) > 255)
        fail_ast("more than 255 arguments", span(params));
    auto* a = ast::make<ast::arguments>(arena_);
    a->posonlyargs = seq(posonly);
    a->args = seq(args);
    a->vararg = vararg;
    a->kwonlyargs = seq(kwonly);
    a->kw_defaults = seq(kw_defaults);
    a->kwarg = kwarg;
    a->defaults = seq(defaults);
    return a;
}

}  // namespace pyfront::builder::detail
