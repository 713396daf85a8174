#include "builder/parse_errors.h"

#include "builder/block_errors.h"
#include "builder/invalid_rules.h"
#include "diag/error_text.h"

#include "parse/token_stream.h"

namespace pyfront::builder::detail {

namespace {

using lex::TokenKind;

constexpr std::size_t npos = static_cast<std::size_t>(-1);


bool is_trivia(TokenKind k) {
    return k == TokenKind::NL || k == TokenKind::COMMENT || k == TokenKind::TYPE_IGNORE ||
           k == TokenKind::ENCODING;
}

// The index of the first token at or after (lineno, col).
std::size_t token_at(const std::vector<lex::Token>& tokens, int lineno, int col) {
    std::size_t lo = 0, hi = tokens.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        const lex::Token& t = tokens[mid];
        const bool before = static_cast<int>(t.lineno) < lineno ||
                            (static_cast<int>(t.lineno) == lineno && static_cast<int>(t.col) < col);
        if (before) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

// ---- before 3.12: errors inside an f-string's replacement field ------------------------------
//
// Up to 3.11 CPython parsed each replacement field's expression on its own, as the source
// "(" + expression text + ")", and reported errors in that string's coordinates: 3.6-3.8 as
// line 1 (and their own conventions), 3.9-3.11 on the f-string's line, with the column inside
// the parenthesized text and an "f-string: " prefix.

struct Field {
    std::size_t lbrace = npos;  // token index of the field's `{`
    std::size_t end = npos;     // token index where the expression text ends
    std::size_t rbrace = npos;  // token index of the field's `}`
};

Field enclosing_field(const std::vector<lex::Token>& tokens, std::size_t idx, int vc) {
    Field f;
    int depth = 0;
    for (std::size_t i = idx; i-- > 0;) {
        const TokenKind k = tokens[i].kind;
        if (k == TokenKind::RPAR || k == TokenKind::RSQB || k == TokenKind::RBRACE) {
            ++depth;
        } else if (k == TokenKind::LPAR || k == TokenKind::LSQB) {
            if (depth > 0) --depth;
        } else if (k == TokenKind::LBRACE) {
            if (depth > 0) {
                --depth;
                continue;
            }
            if (i == 0) return f;
            std::size_t p = i - 1;
            while (p > 0 && is_trivia(tokens[p].kind)) --p;
            const TokenKind pk = tokens[p].kind;
            if (pk == TokenKind::FSTRING_START || pk == TokenKind::FSTRING_MIDDLE || pk == TokenKind::RBRACE) {
                f.lbrace = i;
                break;
            }
        } else if (depth == 0 && (k == TokenKind::FSTRING_START || k == TokenKind::FSTRING_END ||
                                  k == TokenKind::NEWLINE)) {
            return f;
        }
    }
    if (f.lbrace == npos) return f;
    depth = 0;
    for (std::size_t i = f.lbrace + 1; i < tokens.size(); ++i) {
        const TokenKind k = tokens[i].kind;
        if (k == TokenKind::LPAR || k == TokenKind::LSQB || k == TokenKind::LBRACE) {
            ++depth;
        } else if (depth > 0 && (k == TokenKind::RPAR || k == TokenKind::RSQB || k == TokenKind::RBRACE)) {
            --depth;
        } else if (depth == 0) {
            const TokenKind n = i + 1 < tokens.size() ? tokens[i + 1].kind : TokenKind::ENDMARKER;
            const bool debug = vc >= 308 && k == TokenKind::EQUAL &&
                               (n == TokenKind::EXCLAMATION || n == TokenKind::COLON || n == TokenKind::RBRACE);
            if (k == TokenKind::EXCLAMATION || k == TokenKind::COLON || k == TokenKind::RBRACE || debug ||
                k == TokenKind::FSTRING_END || k == TokenKind::ENDMARKER) {
                f.end = i;
                break;
            }
        }
    }
    if (f.end == npos) return f;
    depth = 0;
    for (std::size_t i = f.end; i < tokens.size(); ++i) {
        const TokenKind k = tokens[i].kind;
        if (k == TokenKind::LBRACE) ++depth;
        else if (k == TokenKind::RBRACE && depth-- == 0) {
            f.rbrace = i;
            break;
        } else if (k == TokenKind::FSTRING_END || k == TokenKind::NEWLINE || k == TokenKind::ENDMARKER) {
            f.rbrace = i;
            break;
        }
    }
    return f;
}

std::optional<Diagnostic> fstring_error(const ErrorContext& ctx, std::size_t idx) {
    const int vc = ctx.options.version.code();
    if (vc >= 312 || idx >= ctx.tokens.size()) return std::nullopt;
    const Field f = enclosing_field(ctx.tokens, idx, vc);
    if (f.lbrace == npos || f.end == npos || idx <= f.lbrace || idx > f.rbrace) return std::nullopt;
    const lex::Token& lbrace = ctx.tokens[f.lbrace];
    const lex::Token& end = ctx.tokens[f.end];
    std::string sub = "(";
    sub.append(ctx.text.substr(lbrace.end, end.begin - lbrace.end));
    sub += ')';
    Options o = ctx.options;
    o.mode = Mode::Eval;
    o.type_comments = false;
    Result r = parse_source(sub, o);
    if (r.ok() || !r.error) return std::nullopt;
    Diagnostic d = *r.error;
    // CPython's text is the sub-parser's line of "(expr)", which its tokenizer read with a
    // final newline added from 3.9 (exec input).
    std::string sub_text;
    if (d.text.empty() && diag::syntax_error_text(sub, d, vc >= 309, sub_text)) d.text = sub_text;
    if (vc >= 309) {
        if (d.lineno > 0) d.lineno += static_cast<int>(lbrace.lineno) - 1;
        if (d.end_lineno > 0) d.end_lineno += static_cast<int>(lbrace.lineno) - 1;
        d.message = "f-string: " + d.message;
    }
    return d;
}

// ---- gates before the parser's error ----------------------------------------------------------
//
// The builder's gates are parser errors of older versions, and CPython's first error wins:
// when the ANTLR parser fails, the statements before the failing one are parsed and built on
// their own, and an error the builder finds there is the one to report (up to 3.8 only the
// builder's grammar errors, since 3.8's ast.c ran after its parser).

std::optional<BuildError> earlier_build_error(const ErrorContext& ctx, std::size_t idx) {
    if (ctx.options.mode != Mode::Exec) return std::nullopt;
    const auto& tokens = ctx.tokens;
    std::size_t cut = npos;
    for (std::size_t i = idx; i-- > 0;) {
        if (tokens[i].kind != TokenKind::NEWLINE) continue;
        std::size_t j = i + 1;
        while (j < tokens.size() && is_trivia(tokens[j].kind)) ++j;
        // not after a block header, nor inside a decorated definition
        if (j < tokens.size() && (tokens[j].kind == TokenKind::INDENT || tokens[j].kind == TokenKind::AT)) continue;
        bool decorator_line = false;
        for (std::size_t b = i; b-- > 0;) {
            const TokenKind bk = tokens[b].kind;
            if (bk == TokenKind::NEWLINE || bk == TokenKind::INDENT || bk == TokenKind::DEDENT) break;
            if (bk == TokenKind::AT && (b == 0 || tokens[b - 1].kind == TokenKind::NEWLINE ||
                                        tokens[b - 1].kind == TokenKind::INDENT ||
                                        tokens[b - 1].kind == TokenKind::DEDENT || is_trivia(tokens[b - 1].kind)))
                decorator_line = true;
        }
        if (decorator_line) continue;
        cut = i + 1;
        break;
    }
    if (cut == npos) return std::nullopt;
    int depth = 0;
    for (std::size_t i = 0; i < cut; ++i) {
        if (tokens[i].kind == TokenKind::INDENT) ++depth;
        else if (tokens[i].kind == TokenKind::DEDENT) --depth;
    }
    std::vector<lex::Token> prefix(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(cut));
    lex::Token at = cut < tokens.size() ? tokens[cut] : tokens.back();
    at.end = at.begin;
    at.end_lineno = at.lineno;
    at.end_col = at.col;
    at.flags = 0;
    for (int d = 0; d < depth; ++d) {
        lex::Token t = at;
        t.kind = TokenKind::DEDENT;
        prefix.push_back(t);
    }
    lex::Token endmarker = at;
    endmarker.kind = TokenKind::ENDMARKER;
    prefix.push_back(endmarker);
    parse::ParseOptions po;
    po.version_soft_keywords = true;
    parse::ParseResult parsed = parse::parse(prefix, ctx.text, parse::Mode::Exec, ctx.options.version, po);
    if (!parsed.ok()) return std::nullopt;
    BuildInput in;
    in.parse = &parsed;
    in.tokens = &prefix;
    in.text = ctx.text;
    in.had_encoding_declaration = ctx.encoding_declared;
    ast::Arena arena;
    std::vector<Warning> warnings;
    std::optional<BuildError> error;
    build_tree(in, ctx.options, arena, warnings, error);
    if (!error) return std::nullopt;
    if (ctx.options.version >= Version{3, 9}) return error;
    // Up to 3.8 only the grammar's errors come before the parser's; ast.c (which also
    // compiled f-string expressions) ran after it.
    if (!error->token_error) return std::nullopt;
    const Field f = enclosing_field(tokens, token_at(tokens, error->lineno, error->col), ctx.options.version.code());
    if (f.lbrace != npos) return std::nullopt;
    return error;
}

// ---- the places where CPython's parser stops elsewhere ------------------------------------------

bool statement_start(const parse::ParseResult& parsed, std::size_t i) {
    if (i == 0) return true;
    const TokenKind k = parsed.tokens().tokens()[i - 1].token().kind;
    return k == TokenKind::NEWLINE || k == TokenKind::INDENT || k == TokenKind::DEDENT ||
           k == TokenKind::SEMI;
}

// The first token of the statement that token `k` belongs to (after NEWLINE/INDENT/DEDENT/`;`
// at bracket depth 0), and the bracket depth at `k`.
std::size_t statement_start_of(const std::vector<parse::LightToken>& ptoks, std::size_t k, int* depth_at_k) {
    int depth = 0, min_depth = 0;
    std::size_t i = k;
    while (i > 0) {
        const TokenKind tk = ptoks[i - 1].token().kind;
        if (tk == TokenKind::RPAR || tk == TokenKind::RSQB || tk == TokenKind::RBRACE) ++depth;
        else if (tk == TokenKind::LPAR || tk == TokenKind::LSQB || tk == TokenKind::LBRACE) --depth;
        if (depth < min_depth) min_depth = depth;
        if (depth == 0 && (tk == TokenKind::NEWLINE || tk == TokenKind::INDENT || tk == TokenKind::DEDENT ||
                           tk == TokenKind::SEMI))
            break;
        --i;
    }
    if (depth_at_k) *depth_at_k = -min_depth;
    return i;
}

// `a if b` followed by something else than `else`: CPython 3.10+ name the conditional
// expression from `a` to `b`. The `if` is found at the error's bracket depth, after an
// operand (not a statement's or a comprehension's `if`).
bool stops_operand(const lex::Token& t) {
    switch (t.kind) {
        case TokenKind::NEWLINE:
        case TokenKind::INDENT:
        case TokenKind::DEDENT:
        case TokenKind::SEMI:
        case TokenKind::EQUAL:
        case TokenKind::COMMA:
        case TokenKind::COLON:
        case TokenKind::COLONEQUAL:
        case TokenKind::RARROW: return true;
        case TokenKind::NAME:
            switch (t.keyword) {
                case lex::Keyword::NotAKeyword:
                case lex::Keyword::None:
                case lex::Keyword::True:
                case lex::Keyword::False:
                case lex::Keyword::And:
                case lex::Keyword::Or:
                case lex::Keyword::Not:
                case lex::Keyword::Is:
                case lex::Keyword::In:
                case lex::Keyword::Await: return false;
                default: return true;
            }
        default: {
            const std::string_view op = lex::token_kind_text(t.kind);
            return op.size() >= 2 && op.back() == '=' && op != "==" && op != "!=" && op != "<=" && op != ">=";
        }
    }
}


std::optional<BuildError> missing_else(const std::vector<parse::LightToken>& ptoks, std::size_t k) {
    int depth = 0;
    std::size_t if_at = npos;
    for (std::size_t i = k; i-- > 0;) {
        const lex::Token& t = ptoks[i].token();
        if (t.kind == TokenKind::RPAR || t.kind == TokenKind::RSQB || t.kind == TokenKind::RBRACE) {
            ++depth;
            continue;
        }
        if (t.kind == TokenKind::LPAR || t.kind == TokenKind::LSQB || t.kind == TokenKind::LBRACE) {
            if (depth == 0) break;
            --depth;
            continue;
        }
        if (depth > 0) continue;
        if (t.keyword == lex::Keyword::For || t.keyword == lex::Keyword::Else || t.keyword == lex::Keyword::Lambda)
            return std::nullopt;
        if (t.keyword == lex::Keyword::If) {
            if (if_at == npos && i > 0 && ends_operand(ptoks[i - 1].token())) {
                if_at = i;
                continue;
            }
            break;
        }
        if (stops_operand(t)) break;
    }
    if (if_at == npos || if_at + 1 >= k) return std::nullopt;
    // the operand before `if`: back to the token after the first stop at this depth
    std::size_t start = if_at - 1;
    depth = 0;
    for (std::size_t i = if_at; i-- > 0;) {
        const lex::Token& t = ptoks[i].token();
        if (t.kind == TokenKind::RPAR || t.kind == TokenKind::RSQB || t.kind == TokenKind::RBRACE) ++depth;
        else if (t.kind == TokenKind::LPAR || t.kind == TokenKind::LSQB || t.kind == TokenKind::LBRACE) {
            if (depth == 0) break;
            --depth;
        } else if (depth == 0 && stops_operand(t)) {
            break;
        }
        start = i;
    }
    return at_tokens("expected 'else' after 'if' expression", ptoks[start].token(), ptoks[k - 1].last_token());
}

std::optional<BuildError> refine(const ErrorContext& ctx, const parse::ParseResult& parsed,
                                 const parse::SyntaxErrorInfo& e) {
    const std::string_view text = ctx.text;
    const int vc = ctx.options.version.code();
    const auto& ptoks = parsed.tokens().tokens();
    const std::size_t k = e.token_index;
    if (k >= ptoks.size() || e.too_complex) return std::nullopt;
    const lex::Token& et = ptoks[k].token();

    // `single` mode: a second statement. Reported at the NEWLINE that ends the first.
    if (ctx.options.mode == Mode::Single && k > 0 && !e.at_eof) {
        std::size_t i = k - 1;
        while (i > 0 && ptoks[i].token().kind == TokenKind::DEDENT) --i;
        const lex::Token& nl = ptoks[i].token();
        if (nl.kind == TokenKind::NEWLINE)
            return at_tokens("multiple statements found while compiling a single statement", nl, nl);
    }

    // Up to 3.8 a decorator is `@` dotted_name [`(` arguments `)`] NEWLINE: check the
    // decorators before the error token the way that grammar read them.
    if (vc <= 308) {
        std::size_t first = k;
        for (std::size_t i = k; i-- > 0;) {
            const TokenKind tk = ptoks[i].token().kind;
            if (tk == TokenKind::AT && (i == 0 || ptoks[i - 1].token().kind == TokenKind::NEWLINE ||
                                        ptoks[i - 1].token().kind == TokenKind::INDENT ||
                                        ptoks[i - 1].token().kind == TokenKind::DEDENT))
                first = i;
            if (tk == TokenKind::NEWLINE && i + 1 < ptoks.size() && ptoks[i + 1].token().kind != TokenKind::AT &&
                ptoks[i + 1].token().kind != TokenKind::INDENT && ptoks[i + 1].token().kind != TokenKind::DEDENT)
                break;
        }
        for (std::size_t i = first; i < k;) {
            if (ptoks[i].token().kind != TokenKind::AT) break;
            std::size_t j = i + 1;
            auto bad = [&](std::size_t at) {
                BuildError b = at_tokens("invalid syntax", ptoks[at].token(), ptoks[at].last_token());
                b.token_error = true;
                return b;
            };
            if (ptoks[j].token().kind != TokenKind::NAME || ptoks[j].token().keyword != lex::Keyword::NotAKeyword)
                return bad(j);
            ++j;
            while (ptoks[j].token().kind == TokenKind::DOT && ptoks[j + 1].token().kind == TokenKind::NAME) j += 2;
            if (ptoks[j].token().kind == TokenKind::LPAR) {
                int depth = 0;
                for (; j < ptoks.size(); ++j) {
                    const TokenKind tk = ptoks[j].token().kind;
                    if (tk == TokenKind::LPAR || tk == TokenKind::LSQB || tk == TokenKind::LBRACE) ++depth;
                    if (tk == TokenKind::RPAR || tk == TokenKind::RSQB || tk == TokenKind::RBRACE) --depth;
                    if (depth == 0) break;
                }
                ++j;
            }
            if (j >= k) break;
            if (ptoks[j].token().kind != TokenKind::NEWLINE) return bad(j);
            i = j + 1;
        }
    }

    // `def f[...]` / `class C[...]` before type parameters (3.12; a def also in 3.12 when the
    // list is one 3.12 rejects): the parser fails at the `[`.
    if (vc <= 312) {
        for (std::size_t i = k; i-- > 0;) {
            const TokenKind tk = ptoks[i].token().kind;
            if (tk == TokenKind::NEWLINE || tk == TokenKind::INDENT || tk == TokenKind::DEDENT) break;
            if (tk == TokenKind::LSQB && i >= 2 && ptoks[i - 1].token().kind == TokenKind::NAME) {
                const lex::Keyword kw = ptoks[i - 2].token().keyword;
                const bool def = kw == lex::Keyword::Def, cls = kw == lex::Keyword::Class;
                if ((def || cls) && (vc <= 311 || def)) {
                    BuildError b = at_tokens(def && vc >= 311 ? "expected '('" : "invalid syntax",
                                             ptoks[i].token(), ptoks[i].token());
                    b.token_error = true;
                    return b;
                }
            }
        }
    }

    // 3.12+: an unparenthesized lambda in a replacement field (its `:` starts the format spec).
    if (vc >= 312) {
        for (std::size_t i = k; i-- > 0;) {
            const TokenKind tk = ptoks[i].token().kind;
            if (tk == TokenKind::NEWLINE || tk == TokenKind::FSTRING_START || tk == TokenKind::RBRACE) break;
            if (ptoks[i].token().keyword == lex::Keyword::Lambda && i > 0 &&
                ptoks[i - 1].token().kind == TokenKind::LBRACE) {
                // invalid_expression: 'lambda' [lambda_params] ':' before the format spec,
                // reported from `lambda` to that `:`
                std::size_t colon = i + 1;
                for (int depth = 0; colon < ptoks.size(); ++colon) {
                    const TokenKind ck = ptoks[colon].token().kind;
                    if (ck == TokenKind::LPAR || ck == TokenKind::LSQB || ck == TokenKind::LBRACE) ++depth;
                    else if (ck == TokenKind::RPAR || ck == TokenKind::RSQB || ck == TokenKind::RBRACE) --depth;
                    else if (depth == 0 && (ck == TokenKind::COLON || ck == TokenKind::FSTRING_END)) break;
                }
                if (colon >= ptoks.size()) colon = k;
                return at_tokens("f-string: lambda expressions are not allowed without parentheses",
                                 ptoks[i].token(), ptoks[colon].last_token());
            }
        }
    }

    // The grammar's named errors for parameters, type parameters and replacement fields.
    if (std::optional<BuildError> r = parenthesized_parameters_error(ptoks, k, vc)) return r;
    if (std::optional<BuildError> r = empty_type_params_error(ptoks, k, vc)) return r;
    if (std::optional<BuildError> r = empty_replacement_field_error(ptoks, k, vc)) return r;

    // A compound statement's header without its colon, or its block without an INDENT.
    if (std::optional<BuildError> r = missing_colon_error(ptoks, k, ctx.tokens, text, vc)) return r;
    if (std::optional<BuildError> r = missing_block_error(ptoks, k, text, vc)) return r;

    // The end of the file where a block should start: CPython reports it at the end of the
    // header's line (3.9+ as an IndentationError naming the statement from 3.10).
    // at the end: only DEDENTs (closing the file's blocks) and EOF from the error token on
    bool at_end = true;
    for (std::size_t i = k; i < ptoks.size() && at_end; ++i)
        at_end = ptoks[i].getType() == antlr4::Token::EOF || ptoks[i].token().kind == TokenKind::DEDENT;
    std::size_t kb = k;  // before the DEDENTs that close the file
    while (at_end && kb > 0 && ptoks[kb - 1].token().kind == TokenKind::DEDENT) --kb;
    if (at_end && kb >= 2 && ptoks[kb - 1].token().kind == TokenKind::NEWLINE &&
        ptoks[kb - 2].token().kind == TokenKind::COLON) {
        // at the end of the last line (the tokenizer's position at the end of the file)
        std::size_t li = ctx.tokens.size();
        while (li > 0 && (ctx.tokens[li - 1].kind == TokenKind::ENDMARKER || ctx.tokens[li - 1].kind == TokenKind::DEDENT))
            --li;
        const lex::Token& nl = li > 0 ? ctx.tokens[li - 1] : ptoks[kb - 1].token();
        const std::size_t k = kb;  // the header's NEWLINE is at k - 1
        BuildError b = at_tokens(vc >= 309 ? "expected an indented block" : "unexpected EOF while parsing", nl, nl);
        if (vc >= 309) b.kind = ErrorKind::IndentationError;
        if (vc >= 310) {
            b.message = missing_block_message(ptoks, k - 1, text, vc);
            b.forced_end_offset = -1;
        }
        return b;
    }

    // 3.12+: `f(a=)`: a keyword argument without its value.
    if (vc >= 312 && k >= 2 && (et.kind == TokenKind::COMMA || et.kind == TokenKind::RPAR) &&
        ptoks[k - 1].token().kind == TokenKind::EQUAL && ptoks[k - 2].token().kind == TokenKind::NAME)
        return at_tokens("expected argument value expression", ptoks[k - 2].token(), ptoks[k - 1].token());

    // 3.10+: `a if b` without `else`.
    if (vc >= 310 && k > 0 && et.keyword != lex::Keyword::Else) {
        if (std::optional<BuildError> r = missing_else(ptoks, k)) return r;
    }

    if (vc >= 309 && k > 0) {
        int depth = 0;
        const std::size_t start = statement_start_of(ptoks, k, &depth);
        const lex::Token& first = ptoks[start].token();
        // `yield = 1`
        if (et.kind == TokenKind::EQUAL && depth == 0 && first.keyword == lex::Keyword::Yield)
            return at_tokens("assignment to yield expression not possible", first, ptoks[k - 1].last_token());
        // 3.10+: `if x = 1:` (a comparison meant)
        if (vc >= 310 && et.kind == TokenKind::EQUAL && depth == 0 && start + 1 < k &&
            (first.keyword == lex::Keyword::If || first.keyword == lex::Keyword::Elif ||
             first.keyword == lex::Keyword::While)) {
            std::size_t end = k + 1;
            while (end + 1 < ptoks.size() && ptoks[end + 1].token().kind != TokenKind::COLON &&
                   ptoks[end + 1].token().kind != TokenKind::NEWLINE)
                ++end;
            return at_tokens("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                             ptoks[start + 1].token(), ptoks[end < ptoks.size() ? end : k].last_token());
        }
        // 3.10+: `f(x): ...` with no valid annotation: a call cannot be annotated, the parser
        // stopped at the `:`.
        if (vc >= 310 && depth == 0 && first.kind == TokenKind::NAME) {
            int d = 0;
            for (std::size_t i = start; i < k; ++i) {
                const TokenKind tk = ptoks[i].token().kind;
                if (tk == TokenKind::LPAR || tk == TokenKind::LSQB || tk == TokenKind::LBRACE) ++d;
                else if (tk == TokenKind::RPAR || tk == TokenKind::RSQB || tk == TokenKind::RBRACE) --d;
                else if (d == 0 && tk == TokenKind::COLON) {
                    if (i > start && ptoks[i - 1].token().kind == TokenKind::RPAR && i + 1 <= k &&
                        first.keyword == lex::Keyword::NotAKeyword) {
                        BuildError b = at_tokens("invalid syntax", ptoks[i].token(), ptoks[i].token());
                        b.token_error = true;
                        return b;
                    }
                    break;
                } else if (d == 0 && (tk == TokenKind::EQUAL || tk == TokenKind::SEMI)) {
                    break;
                }
            }
        }

        // 3.10+: two operands side by side inside brackets: `f(a b)` (not in a def's
        // parameters or type parameters).
        bool in_params = false;
        if (depth > 0) {
            int d = 0;
            for (std::size_t i = k; i-- > start;) {
                const TokenKind tk = ptoks[i].token().kind;
                if (tk == TokenKind::RPAR || tk == TokenKind::RSQB || tk == TokenKind::RBRACE) ++d;
                else if (tk == TokenKind::LPAR || tk == TokenKind::LSQB || tk == TokenKind::LBRACE) {
                    if (d-- > 0) continue;
                    std::size_t j = i;
                    if (j >= 2 && ptoks[j - 1].token().kind == TokenKind::RSQB) {  // def f[T](
                        int e = 0;
                        while (j > 0) {
                            const TokenKind t2 = ptoks[j - 1].token().kind;
                            if (t2 == TokenKind::RSQB) ++e;
                            else if (t2 == TokenKind::LSQB && --e == 0) { --j; break; }
                            --j;
                        }
                    }
                    in_params = j >= 2 && ptoks[j - 1].token().kind == TokenKind::NAME &&
                                (ptoks[j - 2].token().keyword == lex::Keyword::Def);
                    break;
                }
            }
        }
        if (vc >= 310 && depth > 0 && starts_operand(et) && ends_operand(ptoks[k - 1].token())) {
            std::size_t a = k - 1;
            int d = 0;
            for (std::size_t i = k; i-- > start;) {
                const lex::Token& t = ptoks[i].token();
                if (t.kind == TokenKind::RPAR || t.kind == TokenKind::RSQB || t.kind == TokenKind::RBRACE) ++d;
                else if (t.kind == TokenKind::LPAR || t.kind == TokenKind::LSQB || t.kind == TokenKind::LBRACE) {
                    if (d == 0) break;
                    --d;
                } else if (d == 0 && stops_operand(t)) {
                    break;
                }
                a = i;
            }
            // not after `NAME STRING` (a prefix typo) or a soft keyword (CPython's lookahead)
            const lex::Token& at = ptoks[a].token();
            const bool name_string = at.kind == TokenKind::NAME && a + 1 < ptoks.size() &&
                                     ptoks[a + 1].token().kind == TokenKind::STRING;
            const std::string_view word = at.kind == TokenKind::NAME ? at.text(text) : std::string_view();
            const bool soft = word == "_" || word == "match" || word == "case" ||
                              (vc >= 312 && word == "type") || (vc >= 315 && word == "lazy");
            // in a def's parameter list only an annotation or a default is an expression
            const TokenKind before = a > 0 ? ptoks[a - 1].token().kind : TokenKind::NEWLINE;
            const bool param_name = in_params && (before == TokenKind::LPAR || before == TokenKind::COMMA ||
                                                  before == TokenKind::STAR || before == TokenKind::DOUBLESTAR ||
                                                  before == TokenKind::LSQB);
            if (!name_string && !soft && !param_name)
                return at_tokens("invalid syntax. Perhaps you forgot a comma?", at, et);
        }
    }

    if (vc >= 310 && k > 0) {
        const lex::Token& prev = ptoks[k - 1].token();
        // `print x`: the legacy statement.
        if (prev.kind == TokenKind::NAME && statement_start(parsed, k - 1) && et.kind != TokenKind::LPAR &&
            et.kind != TokenKind::NEWLINE && et.kind != TokenKind::EQUAL && et.kind != TokenKind::COLON) {
            const std::string_view name = prev.text(ctx.text);
            if (name == "print" || name == "exec") {
                std::size_t last = k;
                while (last + 1 < ptoks.size() && ptoks[last + 1].token().kind != TokenKind::NEWLINE &&
                       ptoks[last + 1].getType() != antlr4::Token::EOF)
                    ++last;
                return at_tokens("Missing parentheses in call to '" + std::string(name) + "'. Did you mean " +
                                     std::string(name) + "(...)?",
                                 prev, ptoks[last].last_token());
            }
        }
        // `{1: }`: no value after a dict key.
        if (prev.kind == TokenKind::COLON && (et.kind == TokenKind::RBRACE || et.kind == TokenKind::COMMA)) {
            int depth = 0;
            for (std::size_t i = k - 1; i-- > 0;) {
                const TokenKind tk = ptoks[i].token().kind;
                if (tk == TokenKind::RPAR || tk == TokenKind::RSQB || tk == TokenKind::RBRACE) {
                    ++depth;
                } else if (tk == TokenKind::LPAR || tk == TokenKind::LSQB || tk == TokenKind::LBRACE) {
                    if (depth == 0) {
                        if (tk == TokenKind::LBRACE)
                            return at_tokens("expression expected after dictionary key and ':'", prev, prev);
                        break;
                    }
                    --depth;
                } else if (tk == TokenKind::NEWLINE) {
                    break;
                }
            }
        }
    }
    return std::nullopt;
}

}  // namespace

Diagnostic parse_error(const ErrorContext& ctx, const parse::ParseResult& parsed,
                       const parse::SyntaxErrorInfo& e) {
    const Version v = ctx.options.version;
    const auto& ptoks = parsed.tokens().tokens();
    std::size_t idx = npos;  // the error token in the tokenizer's list
    if (e.token_index < ptoks.size() && !ptoks.empty())
        idx = static_cast<std::size_t>(&ptoks[e.token_index].token() - ctx.tokens.data());
    if (idx != npos && idx < ctx.tokens.size()) {
        if (std::optional<BuildError> earlier = earlier_build_error(ctx, idx)) return build_error(ctx, *earlier);
        if (std::optional<Diagnostic> f = fstring_error(ctx, idx)) return *f;
    }
    if (e.too_complex) {
        // CPython's parser stack overflow: a MemoryError without a position (and, up to 3.11,
        // without a message)
        Diagnostic d;
        d.kind = ErrorKind::MemoryError;
        if (v >= Version{3, 12}) d.message = e.message;
        return d;
    }
    BuildError b;
    b.message = e.message;
    b.lineno = static_cast<int>(e.lineno);
    b.col = static_cast<int>(e.col);
    b.end_lineno = static_cast<int>(e.end_lineno);
    b.end_col = static_cast<int>(e.end_col);
    b.token_error = !e.too_complex;
    if (!e.at_eof && idx != npos && idx < ctx.tokens.size() && ctx.tokens[idx].kind == TokenKind::INDENT)
        b.indent = true;
    // CPython's NEWLINE after a comment starts where the comment starts.
    if (!e.at_eof && idx != npos && idx > 0 && idx < ctx.tokens.size() &&
        ctx.tokens[idx].kind == TokenKind::NEWLINE && ctx.tokens[idx - 1].kind == TokenKind::COMMENT &&
        ctx.tokens[idx - 1].lineno == ctx.tokens[idx].lineno)
        b.col = static_cast<int>(ctx.tokens[idx - 1].col);
    if (std::optional<BuildError> r = refine(ctx, parsed, e)) b = *r;
    return to_diagnostic(b, ctx.text, v, ctx.encoding_declared);
}

Diagnostic build_error(const ErrorContext& ctx, const BuildError& e) {
    if (ctx.options.version < Version{3, 12}) {
        const std::size_t idx = token_at(ctx.tokens, e.lineno, e.col);
        if (std::optional<Diagnostic> f = fstring_error(ctx, idx)) return *f;
    }
    return to_diagnostic(e, ctx.text, ctx.options.version, ctx.encoding_declared);
}

}  // namespace pyfront::builder::detail
