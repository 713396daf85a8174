#include "builder/invalid_rules.h"

namespace pyfront::builder::detail {

namespace {

using lex::TokenKind;

bool opens(TokenKind k) { return k == TokenKind::LPAR || k == TokenKind::LSQB || k == TokenKind::LBRACE; }
bool closes(TokenKind k) { return k == TokenKind::RPAR || k == TokenKind::RSQB || k == TokenKind::RBRACE; }
bool ends_line(TokenKind k) {
    return k == TokenKind::NEWLINE || k == TokenKind::INDENT || k == TokenKind::DEDENT;
}

// The end of an annotation starting at `i` (after its `:`): the index of the `,` or `)` that
// ends it at depth 0, or ptoks.size().
std::size_t annotation_end(const std::vector<parse::LightToken>& ptoks, std::size_t i) {
    int depth = 0;
    for (; i < ptoks.size(); ++i) {
        const TokenKind tk = ptoks[i].token().kind;
        if (ends_line(tk)) return ptoks.size();
        if (opens(tk)) ++depth;
        else if (closes(tk) && depth-- == 0) return i;
        else if (depth == 0 && tk == TokenKind::COMMA) return i;
    }
    return i;
}

}  // namespace

std::optional<BuildError> parenthesized_parameters_error(const std::vector<parse::LightToken>& ptoks,
                                                         std::size_t k, int vc) {
    if (vc < 311 || k == 0 || k >= ptoks.size() || ptoks[k].token().kind != TokenKind::LPAR) return std::nullopt;
    // the parameter list that `(` is in: a def's `(` or a lambda's keyword, unmatched before k
    std::size_t open = k;
    bool lambda = false;
    for (int depth = 0; open-- > 0;) {
        const lex::Token& t = ptoks[open].token();
        if (ends_line(t.kind)) return std::nullopt;
        if (closes(t.kind)) ++depth;
        else if (opens(t.kind) && depth-- == 0) break;
        else if (depth == 0 && t.keyword == lex::Keyword::Lambda) {
            lambda = true;
            break;
        }
        if (open == 0) return std::nullopt;
    }
    if (!lambda) {
        if (ptoks[open].token().kind != TokenKind::LPAR) return std::nullopt;
        std::size_t name = open;
        if (name >= 1 && ptoks[name - 1].token().kind == TokenKind::RSQB) {  // def f[T](
            for (int depth = 0; name-- > 0;) {
                const TokenKind tk = ptoks[name].token().kind;
                if (tk == TokenKind::RSQB) ++depth;
                else if (tk == TokenKind::LSQB && --depth == 0) break;
            }
        }
        if (name < 2 || ptoks[name - 1].token().kind != TokenKind::NAME ||
            ptoks[name - 2].token().keyword != lex::Keyword::Def)
            return std::nullopt;
    }
    // param_no_default*: the parameters before are plain names (a def's with annotations)
    for (std::size_t i = open + 1; i < k;) {
        if (ptoks[i].token().kind != TokenKind::NAME || ptoks[i].token().keyword != lex::Keyword::NotAKeyword)
            return std::nullopt;
        ++i;
        if (!lambda && ptoks[i].token().kind == TokenKind::COLON) i = annotation_end(ptoks, i + 1);
        if (i >= k || ptoks[i].token().kind != TokenKind::COMMA) return std::nullopt;
        ++i;
    }
    // '(' param_no_default+ ','? ')'
    std::size_t i = k + 1;
    bool any = false;
    while (i < ptoks.size() && ptoks[i].token().kind == TokenKind::NAME &&
           ptoks[i].token().keyword == lex::Keyword::NotAKeyword) {
        any = true;
        ++i;
        if (!lambda && i < ptoks.size() && ptoks[i].token().kind == TokenKind::COLON) i = annotation_end(ptoks, i + 1);
        if (i < ptoks.size() && ptoks[i].token().kind == TokenKind::COMMA) ++i;
        else break;
    }
    if (!any || i >= ptoks.size() || ptoks[i].token().kind != TokenKind::RPAR) return std::nullopt;
    return at_tokens(lambda ? "Lambda expression parameters cannot be parenthesized"
                          : "Function parameters cannot be parenthesized",
                   ptoks[k].token(), ptoks[i].token());
}

std::optional<BuildError> empty_type_params_error(const std::vector<parse::LightToken>& ptoks, std::size_t k,
                                                  int vc) {
    if (vc < 313 || k < 3 || k >= ptoks.size() || ptoks[k].token().kind != TokenKind::RSQB ||
        ptoks[k - 1].token().kind != TokenKind::LSQB || ptoks[k - 2].token().kind != TokenKind::NAME)
        return std::nullopt;
    const lex::Keyword kw = ptoks[k - 3].token().keyword;
    if (kw != lex::Keyword::Def && kw != lex::Keyword::Class) return std::nullopt;
    // RAISE_SYNTAX_ERROR_STARTING_FROM(']'): CPython gives it no width
    BuildError e = at_tokens("Type parameter list cannot be empty", ptoks[k].token(), ptoks[k].token());
    e.end_col = e.col;
    return e;
}

std::optional<BuildError> empty_replacement_field_error(const std::vector<parse::LightToken>& ptoks,
                                                        std::size_t k, int vc) {
    if (vc < 312 || k < 2 || k >= ptoks.size()) return std::nullopt;
    const lex::Token& et = ptoks[k].token();
    if (et.kind != TokenKind::RBRACE && et.kind != TokenKind::EQUAL && et.kind != TokenKind::EXCLAMATION &&
        et.kind != TokenKind::COLON)
        return std::nullopt;
    if (ptoks[k - 1].token().kind != TokenKind::LBRACE) return std::nullopt;
    // the `{` is a replacement field's when it is inside an f-string or t-string
    int nested = 0;
    for (std::size_t i = k - 1; i-- > 0;) {
        const TokenKind tk = ptoks[i].token().kind;
        if (tk == TokenKind::NEWLINE) break;
        if (tk == TokenKind::FSTRING_END || tk == TokenKind::TSTRING_END) ++nested;
        else if ((tk == TokenKind::FSTRING_START || tk == TokenKind::TSTRING_START) && nested-- == 0) {
            const std::string kind = tk == TokenKind::FSTRING_START ? "f-string" : "t-string";
            return at_tokens(kind + ": valid expression required before '" + std::string(lex::token_kind_text(et.kind)) +
                               "'",
                           et, et);
        }
    }
    return std::nullopt;
}

}  // namespace pyfront::builder::detail
