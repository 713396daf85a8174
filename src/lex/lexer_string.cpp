// String literals, and f-/t-strings the PEP 701 way (3.12+): FSTRING_START, then literal
// parts (FSTRING_MIDDLE) read here in "literal mode", expression parts read by the regular
// mode, FSTRING_END. The literal-mode rules, including its odd token boundaries around
// `{{`, `}}` and `\N{...}` and its empty FSTRING_MIDDLE tokens, follow CPython's
// tok_get_fstring_mode so that the tokenize module's output is reproduced exactly.
#include <string>

#include "lex/lexer.h"
#include "lex/version_rules.h"

namespace pyfront::lex::detail {

namespace {
bool prefix_has(const char* begin, const char* end, char lower) {
    for (const char* p = begin; p < end; ++p)
        if ((*p | 0x20) == lower) return true;
    return false;
}
}  // namespace

// The error for a string that reaches the end of its line (or of the input) unclosed,
// reported at the opening quote's line and one past the token's first character.
// `escaped_quote`: a backslash escaped the string's own quote somewhere in it.
bool Lexer::string_unterminated(int quote_size, std::uint32_t detected_line, bool escaped_quote) {
    const VersionRules rules = VersionRules::for_version(ver_);
    if (ver_ < 310) {
        // Before 3.10 the offset was `cur - buf`, and `buf` stayed at the string's first line
        // while it was open: for "EOL while scanning string literal" at the end of the line,
        // also after backslash-newlines (`'a\<newline>b` on line 2 is offset 10), and for the
        // triple-quoted one everything read since that line (at the last line).
        if (quote_size == 3)
            error_at(ErrorKind::SyntaxError, "EOF while scanning triple-quoted string literal", lineno_,
                     bytes(tok_line_start_, len_));
        else
            error_at(ErrorKind::SyntaxError, "EOL while scanning string literal", lineno_,
                     chars(buf_start_, pos_ > buf_start_ ? pos_ - 1 : pos_) + 1);
        // Done codes (E_EOFS, E_EOLS): the text is that buffer, from the string's first line.
        error_->text_without_break = false;
        if (tok_lineno_ < lineno_) error_->text_first_lineno = static_cast<int>(tok_lineno_);
        return false;
    }
    // An unclosed string inside an f-string's expression that starts with the f-string's own
    // quote means the replacement field was not closed.
    if (inside_fstring()) {
        const StringMode& m = modes_.back();
        int quote = static_cast<unsigned char>(b_[pos_before_string_quote_]);
        if (m.quote == quote && m.quote_size == quote_size) {
            pos_ = tok_start_ + 1;
            line_start_ = tok_line_start_;
            lineno_ = tok_lineno_;
            return error_at_cur(ErrorKind::SyntaxError,
                                m.tstring ? "t-string: expecting '}'" : "f-string: expecting '}'");
        }
    }
    pos_ = tok_start_ + 1;
    line_start_ = tok_line_start_;
    lineno_ = tok_lineno_;
    std::string msg = quote_size == 3 ? "unterminated triple-quoted string literal (detected at line "
                                      : "unterminated string literal (detected at line ";
    msg += std::to_string(detected_line) + ")";
    if (quote_size == 1 && escaped_quote && rules.escaped_quote_hint)
        msg += "; perhaps you escaped the end quote?";
    return error_at_cur(ErrorKind::SyntaxError, std::move(msg));
}

bool Lexer::string(int quote) {
    pos_before_string_quote_ = pos_ - 1;
    std::uint32_t quote_pos = pos_ - 1;
    int quote_size = 1, end_quote_size = 0;
    int c = next();
    if (c == quote) {
        c = next();
        if (c == quote) {
            quote_size = 3;
        } else {
            end_quote_size = 1;  // the empty string
        }
    }
    if (c != quote) backup(c);
    bool escaped_quote = false;
    while (end_quote_size != quote_size) {
        c = next();
        if (c == kEOF || (quote_size == 1 && c == '\n')) {
            // The line where the problem was noticed (an EOF does not start a new line).
            return string_unterminated(quote_size, lineno_, escaped_quote);
        }
        if (c == quote) {
            ++end_quote_size;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                c = next();  // the escaped character, which may be a newline
                escaped_quote |= c == quote;
                if (c == '\r') c = next();
            }
        }
    }
    // Before 3.12 an f-string is one literal: split it now by the old rules.
    if (ver_ >= 306 && ver_ < 312 && prefix_has(b_ + tok_start_, b_ + quote_pos, 'f'))
        return legacy_fstring(quote_pos - tok_start_, quote_size);
    emit(TokenKind::STRING, tok_start_, pos_);
    if (pos_ > bad_from_) return check_string_utf8(quote_pos, quote_size);
    return true;
}

bool Lexer::fstring_start(int quote) {
    bool tstring = prefix_has(b_ + tok_start_, b_ + pos_ - 1, 't');
    int quote_size = 1;
    int after = next();
    if (after == quote) {
        int after2 = next();
        if (after2 == quote) {
            quote_size = 3;
        } else {
            backup(after2);
            backup(after);
        }
    } else {
        backup(after);
    }
    if (static_cast<int>(modes_.size()) >= kMaxFStringLevel)
        return error_at_cur(ErrorKind::SyntaxError, VersionRules::for_version(ver_).t_prefix
                                                        ? "too many nested f-strings or t-strings"
                                                        : "too many nested f-strings");
    StringMode m;
    m.in_string = true;
    m.scanning_literal = true;
    m.tstring = tstring;
    m.raw = prefix_has(b_ + tok_start_, b_ + pos_ - quote_size, 'r');
    m.quote = static_cast<char>(quote);
    m.quote_size = quote_size;
    m.start = tok_start_;
    m.start_lineno = tok_lineno_;
    m.start_line_start = tok_line_start_;
    modes_.push_back(m);
    emit(tstring ? TokenKind::TSTRING_START : TokenKind::FSTRING_START, tok_start_, pos_);
    return true;
}

bool Lexer::fstring_mode() {
    StringMode& m = modes_.back();
    const TokenKind middle = m.tstring ? TokenKind::TSTRING_MIDDLE : TokenKind::FSTRING_MIDDLE;
    tok_start_ = pos_;
    tok_lineno_ = lineno_;
    tok_line_start_ = line_start_;
    token_open_ = true;

    // A replacement field right away: nothing literal to return, the regular mode reads it.
    int start_char = next();
    if (start_char == '{') {
        int peek = next();
        backup(peek);
        backup(start_char);
        if (peek != '{') {
            if (++m.curly_bracket_expr_start_depth >= kMaxExprNesting)
                return error_at_cur(ErrorKind::SyntaxError,
                                    m.tstring ? "t-string: expressions nested too deeply"
                                              : "f-string: expressions nested too deeply");
            m.scanning_literal = false;
            return normal_mode();
        }
    } else {
        backup(start_char);
    }

    // The closing quote(s)?
    {
        bool at_end = true;
        for (int i = 0; i < m.quote_size; ++i) {
            int q = next();
            if (q != m.quote) {
                backup(q);
                at_end = false;
                break;
            }
        }
        if (at_end) {
            TokenKind end = m.tstring ? TokenKind::TSTRING_END : TokenKind::FSTRING_END;
            modes_.pop_back();
            emit(end, tok_start_, pos_);
            return true;
        }
    }

    bool unicode_escape = false;
    int end_quote_size = 0;
    while (end_quote_size != m.quote_size) {
        int c = next();
        bool in_format_spec = m.expr_ended && m.curly_bracket_expr_start_depth >= 0;
        if (c == kEOF || (m.quote_size == 1 && c == '\n')) {
            if (in_format_spec && c == '\n') {
                // A single-quoted format spec ends at the end of the line.
                backup(c);
                m.scanning_literal = false;
                emit(middle, tok_start_, pos_);
                if (pos_ > bad_from_) return check_fstring_middle_utf8(tok_start_, pos_, true);
                return true;
            }
            std::uint32_t detected = lineno_;
            pos_ = m.start + 1;
            line_start_ = m.start_line_start;
            lineno_ = m.start_lineno;
            const char* what = m.tstring ? "t-string" : "f-string";
            std::string msg = m.quote_size == 3
                                  ? std::string("unterminated triple-quoted ") + what + " literal (detected at line "
                                  : std::string("unterminated ") + what + " literal (detected at line ";
            return error_at_cur(ErrorKind::SyntaxError, msg + std::to_string(detected) + ")");
        }
        if (c == m.quote) {
            ++end_quote_size;
            continue;
        }
        end_quote_size = 0;
        if (c == '{') {
            int peek = next();
            if (peek != '{' || in_format_spec) {
                backup(peek);
                backup(c);
                if (++m.curly_bracket_expr_start_depth >= kMaxExprNesting)
                    return error_at_cur(ErrorKind::SyntaxError,
                                        m.tstring ? "t-string: expressions nested too deeply"
                                                  : "f-string: expressions nested too deeply");
                m.scanning_literal = false;
                emit(middle, tok_start_, pos_);
            } else {
                // `{{`: the text keeps one brace; the second is skipped.
                emit(middle, tok_start_, pos_ - 1);
            }
            if (out_.back().end > bad_from_)
                return check_fstring_middle_utf8(out_.back().begin, out_.back().end, in_format_spec);
            return true;
        }
        if (c == '}') {
            if (unicode_escape) {
                emit(middle, tok_start_, pos_);
            } else {
                int peek = next();
                if (peek == '}' && !in_format_spec) {
                    emit(middle, tok_start_, pos_ - 1);
                } else {
                    backup(peek);
                    backup(c);
                    m.scanning_literal = false;
                    emit(middle, tok_start_, pos_);
                }
            }
            if (out_.back().end > bad_from_)
                return check_fstring_middle_utf8(out_.back().begin, out_.back().end, in_format_spec);
            return true;
        }
        if (c == '\\') {
            int peek = next();
            if (peek == '\r') peek = next();
            if (peek == '{' || peek == '}') {
                if (!m.raw) escape_warnings.emplace_back(lineno_, static_cast<char>(peek));
                backup(peek);
                continue;
            }
            if (!m.raw && peek == 'N') {
                peek = next();
                if (peek == '{') {
                    unicode_escape = true;
                } else {
                    backup(peek);
                }
            }
        }
    }
    // Give the quotes back: they are the FSTRING_END of the next call.
    for (int i = 0; i < m.quote_size; ++i) backup(m.quote);
    emit(middle, tok_start_, pos_);
    if (pos_ > bad_from_)
        return check_fstring_middle_utf8(tok_start_, pos_,
                                         m.expr_ended && m.curly_bracket_expr_start_depth >= 0);
    return true;
}

}  // namespace pyfront::lex::detail
