// f-strings before 3.12 (PEP 498 as implemented in 3.6-3.11): the tokenizer read an f-string
// as one STRING and the compiler then split it (Python/ast.c, later Parser/string_parser.c)
// with rules of its own: no backslash anywhere in an expression part, no '#', the enclosing
// quote cannot appear (it ended the literal), replacement fields nest two levels deep, `=`
// only from 3.8. We split the literal here into the token kinds of PEP 701 (FSTRING_START,
// FSTRING_MIDDLE, the expression's tokens, FSTRING_END) so that one grammar reads both, and
// report those rules' errors with the position each version gave them.
#include <algorithm>
#include <functional>
#include <string>

#include "lex/lexer.h"
#include "lex/version_rules.h"

namespace pyfront::lex::detail {

// An expression-only lexer over part of the parent's buffer (see lexer.h). It counts lines
// and columns as CPython's sub-parser did, in "(" + expression + ")": line 1 starts at the
// '{' (one byte, as the '('), so its errors have CPython's positions; legacy_fstring moves
// its tokens to the parent's lines and columns afterwards.
Lexer::Lexer(const Lexer& parent, std::uint32_t begin, std::uint32_t end, const LegacyExpr& expr)
    : src_(parent.src_), opt_(parent.opt_), ver_(parent.ver_), out_(parent.out_) {
    b_ = parent.b_;
    len_ = end;
    src_len_ = parent.src_len_;
    bad_from_ = parent.bad_from_;
    had_bom_ = parent.had_bom_;
    had_encoding_ = parent.had_encoding_;
    expr_mode_ = true;
    expr_ = &expr;
    pos_ = begin;
    lineno_ = 1;
    line_start_ = begin - 1;
    buf_start_ = str_buf_start_ = line_start_;
    std::uint32_t e = begin;
    while (e < end && b_[e] != '\n') ++e;
    line_end_ = e < end ? e + 1 : end;
    atbol_ = false;
    parens_.push_back({'(', 1, 0});
}

// Places a token at arbitrary offsets inside the literal being split (offsets increase).
void Lexer::emit_span(TokenKind kind, std::uint32_t begin, std::uint32_t end) {
    auto advance = [this](std::uint32_t off) {
        for (std::uint32_t i = std::max(span_line_start_, span_scanned_); i < off; ++i)
            if (b_[i] == '\n') ++span_lineno_, span_line_start_ = i + 1;
        span_scanned_ = std::max(span_scanned_, off);
    };
    advance(begin);
    std::uint32_t l0 = span_lineno_, ls0 = span_line_start_;
    advance(end);
    emit_at(kind, begin, end, l0, begin - ls0, span_lineno_, end - span_line_start_);
}

// Where each version reported errors found while splitting an f-string, always as byte
// columns (the compiler used the STRING node's col_offset; 3.9-3.11's pegen converted
// offsets to characters with a helper that returned the byte count for valid UTF-8):
//  3.6-3.7  the node's col_offset (0-based); the old parser gave a multi-line STRING the
//           line where it ends, and col_offset -1 since it starts before that line;
//  3.8      first line, col_offset + 1;
//  3.9-3.11 the token after the concatenation, with its width (set when the lexer reaches
//           it: resolve_pending); in a nested f-string one past the string's end.
bool Lexer::legacy_error(const char* message) {
    split_error_ = true;
    const int start_col = static_cast<int>(tok_start_ - tok_line_start_);
    if (ver_ < 308)
        return tok_lineno_ == lineno_ ? error_at(ErrorKind::SyntaxError, message, lineno_, start_col)
                                      : error_at(ErrorKind::SyntaxError, message, lineno_, -1);
    if (ver_ < 309) return error_at(ErrorKind::SyntaxError, message, tok_lineno_, start_col + 1);
    error_at(ErrorKind::SyntaxError, message, lineno_, static_cast<int>(pos_ - line_start_) + 1);
    // The parser raised it (string_parser.c) with its tokenizer's buffer as the text: the
    // string token's lines with the last break.
    error_->text_without_break = false;
    if (tok_lineno_ < lineno_) error_->text_first_lineno = static_cast<int>(tok_lineno_);
    return false;
}


bool Lexer::legacy_fstring(std::uint32_t prefix_len, int quote_size) {
    const std::uint32_t start = tok_start_, stop = pos_;
    const std::uint32_t content = start + prefix_len + static_cast<std::uint32_t>(quote_size);
    const std::uint32_t content_end = stop - static_cast<std::uint32_t>(quote_size);
    bool raw = false;
    for (std::uint32_t i = start; i < start + prefix_len; ++i) raw |= (b_[i] | 0x20) == 'r';
    span_lineno_ = tok_lineno_;
    span_line_start_ = tok_line_start_;
    span_scanned_ = tok_line_start_;
    const std::size_t first_token = out_.size();
    emit_span(TokenKind::FSTRING_START, start, content);

    // The recursive descent of CPython's fstring_find_literal / fstring_find_expr.
    std::uint32_t s = content;
    // parse(level): literal parts and replacement fields until the end or a closing '}'.
    std::function<bool(int)> parse;
    std::function<bool(int)> field;
    auto fail = [&](const char* msg) {
        out_.resize(first_token);
        return legacy_error(msg);
    };
    parse = [&](int level) -> bool {
        for (;;) {
            std::uint32_t lit = s;
            bool doubled = false;
            while (s < content_end) {
                char ch = b_[s++];
                if (!raw && ch == '\\' && s < content_end) {
                    ch = b_[s++];
                    if (ch == 'N') {
                        if (s < content_end && b_[s++] == '{') {
                            while (s < content_end && b_[s++] != '}') {
                            }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (s < content_end && b_[s] == ch) {
                            doubled = true;
                            break;
                        }
                        if (ch == '}') {
                            --s;
                            return fail("f-string: single '}' is not allowed");
                        }
                    }
                    --s;
                    break;
                }
            }
            if (s > lit) {
                emit_span(TokenKind::FSTRING_MIDDLE, lit, s);
                if (s > bad_from_ && !pending_) check_legacy_part_utf8(lit, s, raw, first_token);
            }
            if (doubled) {
                ++s;  // skip the second brace of `{{` / `}}`
                continue;
            }
            if (s >= content_end || b_[s] == '}') break;
            if (!field(level)) return false;
        }
        if (level != 0 && (s >= content_end || b_[s] != '}')) return fail("f-string: expecting '}'");
        return true;
    };
    field = [&](int level) -> bool {
        if (level >= 2) return fail("f-string: expressions nested too deeply");
        emit_span(TokenKind::LBRACE, s, s + 1);
        ++s;
        const std::uint32_t expr_start = s;
        char quote_char = 0;
        int string_type = 0;
        char parens[kMaxLevel];
        int depth = 0;
        for (; s < content_end; ++s) {
            char ch = b_[s];
            if (ch == '\\') return fail("f-string expression part cannot include a backslash");
            if (quote_char) {
                if (ch == quote_char) {
                    if (string_type == 3) {
                        if (s + 2 < content_end && b_[s + 1] == ch && b_[s + 2] == ch) {
                            s += 2;
                            string_type = 0;
                            quote_char = 0;
                        }
                    } else {
                        string_type = 0;
                        quote_char = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (s + 2 < content_end && b_[s + 1] == ch && b_[s + 2] == ch) {
                    string_type = 3;
                    s += 2;
                } else {
                    string_type = 1;
                }
                quote_char = ch;
                continue;
            }
            if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= kMaxLevel) return fail("f-string: too many nested parenthesis");
                parens[depth++] = ch;
                continue;
            }
            if (ch == '#') return fail("f-string expression part cannot include '#'");
            if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' ||
                               (ver_ >= 308 && (ch == '=' || ch == '>' || ch == '<')))) {
                if (s + 1 < content_end) {
                    char nx = b_[s + 1];
                    if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') ||
                        (ch == '<' && nx == '=') || (ch == '>' && nx == '=')) {
                        ++s;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            }
            if (ch == ']' || ch == '}' || ch == ')') {
                if (!depth) {
                    if (ver_ < 308) return fail("f-string: mismatched '(', '{', or '['");
                    static char msg[] = "f-string: unmatched ' '";
                    msg[21] = ch;
                    return fail(msg);
                }
                char opening = parens[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                      (opening == '{' && ch == '}'))) {
                    if (ver_ < 308) return fail("f-string: mismatched '(', '{', or '['");
                    static char msg[] = "f-string: closing parenthesis ' ' does not match opening parenthesis ' '";
                    msg[30] = ch;
                    msg[71] = opening;
                    return fail(msg);
                }
            }
        }
        const std::uint32_t expr_end = s;
        if (quote_char) return fail("f-string: unterminated string");
        if (depth) {
            if (ver_ < 308) return fail("f-string: mismatched '(', '{', or '['");
            static char msg[] = "f-string: unmatched ' '";
            msg[21] = parens[depth - 1];
            return fail(msg);
        }
        if (s >= content_end) return fail("f-string: expecting '}'");
        bool blank = true;
        for (std::uint32_t i = expr_start; i < expr_end; ++i)
            if (!(b_[i] == ' ' || b_[i] == '\t' || b_[i] == '\n' || b_[i] == '\r' || b_[i] == '\f' || b_[i] == '\v'))
                blank = false;
        if (blank) {
            // 3.11 names the conversion, `=` or format spec that came without an expression
            const char term = b_[s];
            if (ver_ == 311 && (term == '!' || term == '=' || term == ':')) {
                static char msg[] = "f-string: expression required before ' '";
                msg[38] = term;
                return fail(msg);
            }
            return fail("f-string: empty expression not allowed");
        }
        {
            LegacyExpr where;
            where.expr_start = expr_start;
            where.lineno = span_lineno_;
            where.line_start = span_line_start_;
            for (std::uint32_t i = std::max(span_line_start_, span_scanned_); i < expr_start; ++i)
                if (b_[i] == '\n') ++where.lineno, where.line_start = i + 1;
            where.tok_lineno = tok_lineno_;
            where.tok_col = start - tok_line_start_;
            where.tok_multiline = lineno_ != tok_lineno_;
            // 3.9-3.11: fstring_find_expr_location's column of the '{' (0 when only blanks
            // follow it on its line), plus the literal's column when the expression starts on
            // the literal's first line (always in 3.9).
            {
                const std::uint32_t brace = expr_start - 1;
                std::uint32_t k = expr_start;
                while (k < content_end && (b_[k] == ' ' || b_[k] == '\t' || b_[k] == '\f')) ++k;
                int cols = 0;
                if (!(k >= content_end || b_[k] == '}' || b_[k] == '\n' || b_[k] == '\r')) {
                    // The last newline before the brace (where.line_start is just after it),
                    // or the token's start: no scan back along a long line for each field.
                    const std::uint32_t from = where.line_start > start ? where.line_start - 1 : start;
                    cols = static_cast<int>(brace - from) - (b_[from] == '\n' ? 1 : 0);
                }
                const bool first_line = where.lineno == tok_lineno_;
                where.starting_col = (ver_ == 309 || first_line)
                                         ? static_cast<int>(where.tok_col) + cols
                                         : cols;
            }
            if (ver_ < 309 && expr_end > bad_from_) {
                // 3.6-3.8 moved the sub-parser's nodes by the column of the concatenation's
                // first string token (-1 up to 3.7 for a token over several lines), plus
                // where "{" + expression + "}" first occurs in that token's text, counted from
                // the last newline before it (nothing when it does not occur there).
                const std::size_t outer = concatenation_start(first_token);
                const Token& f = out_[outer];
                std::uint32_t text_end = stop;
                bool multiline = lineno_ != tok_lineno_;
                if (outer != first_token) {
                    std::size_t m = outer;
                    if (f.kind == TokenKind::FSTRING_START) {
                        for (int depth = 0; m < first_token; ++m) {
                            if (out_[m].kind == TokenKind::FSTRING_START) ++depth;
                            else if (out_[m].kind == TokenKind::FSTRING_END && --depth == 0) break;
                        }
                    }
                    text_end = out_[m].end;
                    multiline = out_[m].end_lineno != f.lineno;
                }
                const std::string_view text(b_ + f.begin, text_end - f.begin);
                std::string needle = "{";
                needle.append(b_ + expr_start, expr_end - expr_start);
                needle += '}';
                const std::size_t at = text.find(needle);
                std::size_t from = at == std::string_view::npos ? 0 : at;
                while (from > 0 && text[from] != '\n') --from;
                where.fix_col = (ver_ < 308 && multiline ? -1 : static_cast<int>(f.col)) +
                                (at == std::string_view::npos ? 0 : static_cast<int>(at - from));
            }
            const std::size_t sub_first = out_.size();
            Lexer sub(*this, expr_start, expr_end, where);
            auto err = sub.run();
            // The tokens back to the parent's lines and columns.
            const std::uint32_t shift = (expr_start - 1) - where.line_start;
            for (std::size_t k = sub_first; k < out_.size(); ++k) {
                Token& t = out_[k];
                if (t.lineno == 1) t.col += shift;
                if (t.end_lineno == 1) t.end_col += shift;
                t.lineno += where.lineno - 1;
                t.end_lineno += where.lineno - 1;
            }
            if (err && !(ver_ == 309 && sub.pending_ && sub.pending_->resolved && !pending_)) {
                out_.resize(first_token);
                error_ = std::move(err);
                return false;
            }
            // (3.9's sub-parser stopped at the str literal's error, before that later one.)
            if (sub.pending_ && !pending_) {
                // A str literal in the expression that CPython could not decode: reported
                // when this f-string is (see lexer_utf8.cpp), where the sub-parser put it.
                pending_ = std::move(sub.pending_);
                pending_->located = true;
                pending_->resolved = false;
                pending_->in_string = true;
                pending_->bad_token = first_token;
            }
            if (err) {
                out_.resize(first_token);
                return false;  // the literal becomes one STRING (below)
            }
        }
        if (ver_ >= 308 && b_[s] == '=') {
            emit_span(TokenKind::EQUAL, s, s + 1);
            ++s;
            while (s < content_end && (b_[s] == ' ' || b_[s] == '\t' || b_[s] == '\n' ||
                                       b_[s] == '\r' || b_[s] == '\f' || b_[s] == '\v'))
                ++s;
            if (s >= content_end) return fail("f-string: expecting '}'");
        }
        if (b_[s] == '!') {
            emit_span(TokenKind::EXCLAMATION, s, s + 1);
            ++s;
            if (s >= content_end) return fail("f-string: expecting '}'");
            char conversion = b_[s];
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
                return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            emit_span(TokenKind::NAME, s, s + 1);
            ++s;
        }
        if (s >= content_end) return fail("f-string: expecting '}'");
        if (b_[s] == ':') {
            emit_span(TokenKind::COLON, s, s + 1);
            ++s;
            if (s >= content_end) return fail("f-string: expecting '}'");
            if (!parse(level + 1)) return false;
        }
        if (s >= content_end || b_[s] != '}') return fail("f-string: expecting '}'");
        emit_span(TokenKind::RBRACE, s, s + 1);
        ++s;
        return true;
    };
    if (!parse(0)) {
        // CPython split the f-string when it built the AST (3.6-3.8) or the concatenation's
        // value (3.9-3.11): its error waits like a str literal's (lexer_utf8.cpp), with the
        // position found here. An error already waiting (ill-formed UTF-8 before this
        // f-string or in one of its parts) is the one reported. Either way the literal stays
        // one STRING, so that the parser reads on. 3.9-3.11 raised it from the concatenation's
        // action, at the parser's last token (pegen's RAISE_SYNTAX_ERROR): the token after the
        // concatenation, with its width, found when the lexer gets there (resolve_pending).
        if (!pending_) {
            PendingError p;
            p.diag = std::move(*error_);
            p.located = ver_ < 309 || expr_mode_ || !split_error_;
            p.in_string = true;
            p.bad_token = first_token;
            pending_ = std::move(p);
        }
        split_error_ = false;
        error_.reset();
        error_class_ = ErrorClass::Raised;
        out_.resize(first_token);
        emit(TokenKind::STRING, start, stop);
    } else {
        emit_span(TokenKind::FSTRING_END, content_end, stop);
    }
    if (pending_ && pending_->in_string) {
        pending_->in_string = false;
        pending_->scan_from = out_.size();
    }
    return true;
}

}  // namespace pyfront::lex::detail
