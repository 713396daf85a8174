// The regular mode of the tokenizer: lines, indentation, operators, brackets, comments.
// Names and string prefixes are in lexer_name.cpp, numbers in lexer_number.cpp, strings and
// f-strings in lexer_string.cpp and lexer_fstring_legacy.cpp. See lexer.h for why the code
// mirrors CPython's structure.
#include "lex/lexer.h"

#include <cstdio>
#include <cstring>

#include "lex/operators.h"
#include "lex/version_rules.h"

namespace pyfront::lex::detail {

bool is_ascii_identifier_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
// CPython's is_potential_identifier_char: any non-ASCII byte may continue a name; the
// identifier is verified afterwards.
bool is_potential_identifier_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}

Lexer::Lexer(std::string_view text, const LexOptions& options, std::vector<Token>& out)
    : src_(text), opt_(options), ver_(options.version.code()), out_(out) {
    src_len_ = static_cast<std::uint32_t>(text.size());
    buf_.reserve(text.size() + 8);
    buf_.assign(text.data(), text.size());
    if (!options.tokenize_module) translate_lone_cr();
    // CPython reads the last line with a '\n' appended when the file does not end in one.
    if (!buf_.empty() && buf_.back() != '\n') {
        buf_.push_back('\n');
        implicit_newline_ = true;
    }
    len_ = static_cast<std::uint32_t>(buf_.size());
    buf_.append(8, '\0');
    b_ = buf_.data();
    // Before the first line: reading the first byte starts line 1.
    pos_ = line_start_ = line_end_ = 0;
    lineno_ = 0;
}

// ---- input -------------------------------------------------------------------------------

// The parser's view: CPython reads source with universal newlines (translate_newlines for
// strings, Py_UniversalNewlineFgets for files), so an old-Mac lone '\r' ends a line. Turning
// it into '\n' in our copy keeps every offset valid in the original text. ("\r\n" stays: the
// tokenizer skips a '\r' before '\n' where CPython would never have seen it.) The tokenize
// module reads binary lines split at '\n' only, so there a lone '\r' is an ordinary byte.
void Lexer::translate_lone_cr() {
    char* p = buf_.data();
    char* const end = p + buf_.size();
    while ((p = static_cast<char*>(std::memchr(p, '\r', static_cast<std::size_t>(end - p))))) {
        if (p + 1 == end || p[1] != '\n') *p = '\n';
        ++p;
    }
}

bool Lexer::underflow() {
    // A new line is read. CPython's readline mode restarts its buffer here unless a token
    // is open (a string or a continuation spans lines) or an f-string is being read; the
    // buffer's length is the offset of some end-of-input errors.
    if (!token_open_) {
        str_buf_start_ = pos_;
        if (!inside_fstring()) buf_start_ = pos_;
    }
    if (pos_ >= len_) return false;
    ++lineno_;
    line_start_ = pos_;
    const void* nl = std::memchr(b_ + pos_, '\n', len_ - pos_);
    // (Only an expression-only lexer's range can end without a newline.)
    line_end_ = nl ? static_cast<std::uint32_t>(static_cast<const char*>(nl) - b_) + 1 : len_;
    return true;
}

int Lexer::next() {
    if (pos_ < line_end_) return static_cast<unsigned char>(b_[pos_++]);
    if (!underflow()) {
        saw_eof_ = true;
        return kEOF;
    }
    return static_cast<unsigned char>(b_[pos_++]);
}

void Lexer::backup(int c) {
    if (c != kEOF) --pos_;
}

// Error offsets count what CPython's buffer held. In the parser's view that buffer had no
// '\r' at all (universal newlines turned "\r\n" into "\n"; the lone ones are already '\n' in
// buf_), so the '\r' of a "\r\n" is not counted; the tokenize module's buffer kept it.
int Lexer::chars(std::uint32_t from, std::uint32_t to) const {
    const bool count_cr = opt_.tokenize_module;
    int n = 0;
    for (std::uint32_t i = from; i < to; ++i) {
        const unsigned char b = static_cast<unsigned char>(b_[i]);
        n += (b & 0xC0) != 0x80 && (count_cr || b != '\r');
    }
    return n;
}

// Bytes in [from, to), counted as chars() counts characters.
int Lexer::bytes(std::uint32_t from, std::uint32_t to) const {
    int n = static_cast<int>(to - from);
    if (!opt_.tokenize_module)
        for (std::uint32_t i = from; i < to; ++i) n -= b_[i] == '\r';
    return n;
}

// ---- tokens ------------------------------------------------------------------------------

void Lexer::emit_at(TokenKind kind, std::uint32_t begin, std::uint32_t end, std::uint32_t lineno,
                    std::uint32_t col, std::uint32_t end_lineno, std::uint32_t end_col) {
    Token t;
    t.kind = kind;
    t.begin = begin;
    t.end = end;
    t.lineno = lineno;
    t.col = col;
    t.end_lineno = end_lineno;
    t.end_col = end_col;
    out_.push_back(t);
}

// A token from tok_start_ (on tok_lineno_) to `end` on the current line.
void Lexer::emit(TokenKind kind, std::uint32_t begin, std::uint32_t end) {
    emit_at(kind, begin, end, tok_lineno_, begin - tok_line_start_, lineno_, end - line_start_);
}

// ---- errors ------------------------------------------------------------------------------

bool Lexer::error_at(ErrorKind kind, std::string message, std::uint32_t lineno, int offset,
                     int end_offset) {
    Diagnostic d;
    d.kind = kind;
    d.message = std::move(message);
    d.lineno = static_cast<int>(lineno);
    d.offset = offset;
    d.end_lineno = static_cast<int>(lineno);
    d.end_offset = end_offset < 0 ? offset : end_offset;
    // syntaxerror() (3.8+) gives the line up to its break; before it every tokenizer error
    // was a done code (E_TOKEN, ...) whose text was the tokenizer's buffer, break included.
    d.text_without_break = ver_ >= 308;
    error_ = std::move(d);
    error_class_ = ErrorClass::Raised;
    return false;
}

// CPython's syntaxerror(): the offset counts the characters before the reading position.
bool Lexer::error_at_cur(ErrorKind kind, std::string message) {
    return error_at(kind, std::move(message), lineno_, chars(line_start_, pos_));
}

// CPython's tokenize module reports E_DEDENT, E_TABSPACE, E_TOODEEP and E_LINECONT through
// _tokenizer_error(): the offset is one past the characters of the buffered line(s). The
// parser of 3.0-3.8 (parsetok) gave the same position: the tokenizer had moved `cur` to the
// end of the line and the offset was `cur - buf`, newline included.
bool Lexer::tokenizer_state_error(ErrorKind kind, const char* message) {
    std::uint32_t end = line_end_;
    int offset = chars(buf_start_, end > buf_start_ ? end - 1 : end) + 1;
    if (!opt_.tokenize_module && VersionRules::for_version(ver_).pegen_error_positions) {
        // The parser (pegen's tokenizer_error): IndentationError for a bad dedent at the end
        // of the line, TabError and "too many levels" at column 1.
        offset = kind == ErrorKind::IndentationError && message[0] == 'u'
                     ? chars(line_start_, end > line_start_ ? end - 1 : end) + 1
                     : 1;
    }
    Diagnostic d;
    d.kind = kind;
    d.message = message;
    d.lineno = static_cast<int>(lineno_);
    d.offset = offset;
    if (!opt_.tokenize_module && ver_ >= 310) {
        // RAISE_ERROR_KNOWN_LOCATION(..., lineno, -1): end column 0; the dedent error is
        // raised at the last token, whose end it does not know: -1.
        d.end_lineno = d.lineno;
        d.end_offset = kind == ErrorKind::IndentationError && message[0] == 'u' ? -1 : 0;
    }
    error_ = std::move(d);
    error_class_ = ErrorClass::Silent;
    return false;
}

// End of input in the middle of a statement (inside brackets or after a backslash).
bool Lexer::eof_error() {
    Diagnostic d;
    d.kind = ErrorKind::SyntaxError;
    d.lineno = static_cast<int>(lineno_);
    if (opt_.tokenize_module) {
        d.message = "unexpected EOF in multi-line statement";
        // PyErr_SyntaxLocationObject(lineno, inp - buf): bytes since the buffer restarted.
        d.offset = static_cast<int>(len_ - buf_start_);
    } else if (!parens_.empty() && ver_ >= 310) {
        const OpenBracket& p = parens_.back();
        d.message = std::string("'") + p.ch + "' was never closed";
        d.lineno = static_cast<int>(p.lineno);
        std::uint32_t ls = 0;
        // find the start of that line to count characters
        {
            std::uint32_t l = 1;
            for (std::uint32_t i = 0; i < len_ && l < p.lineno; ++i)
                if (b_[i] == '\n') ++l, ls = i + 1;
        }
        d.offset = chars(ls, ls + p.col) + 1;
        d.end_lineno = d.lineno;
        d.end_offset = 0;
        d.text_without_break = p.lineno < lineno_;  // the tokenizer is past the bracket's line
    } else {
        d.message = "unexpected EOF while parsing";
        d.offset = chars(line_start_, len_) + (len_ > line_start_ ? 0 : 1);
        d.end_lineno = d.lineno;
        if (ver_ >= 310) d.end_offset = -1;  // RAISE_SYNTAX_ERROR at a token without an end
    }
    error_ = std::move(d);
    error_class_ = ErrorClass::Eof;
    eof_paren_line_ = parens_.empty() ? 0 : parens_.back().lineno;
    return false;
}

// ---- the driver --------------------------------------------------------------------------

std::optional<Diagnostic> Lexer::run() {
    if (!expr_mode_) out_.reserve(src_.size() / 4 + 16);
    // An error CPython raised only after tokenizing (lexer_utf8.cpp) waits in pending_ for
    // the token where the parser met it.
    while (!done_ && lex_one()) {
        if (pending_ && !pending_->resolved) watch_pending();
    }
    if (pending_) finish_pending();
    return std::move(error_);
}

bool Lexer::lex_one() {
    if (modes_.back().scanning_literal) return fstring_mode();
    return normal_mode();
}

// Leading whitespace of a line: INDENT/DEDENT bookkeeping with CPython's two measures
// (tab size 8, and tab size 1 to detect tab/space inconsistency).
bool Lexer::indentation() {
    int col = 0, altcol = 0, cont_line_col = 0;
    atbol_ = false;
    int c;
    for (;;) {
        c = next();
        if (c == ' ') {
            ++col, ++altcol;
        } else if (c == '\t') {
            col = (col / kTabSize + 1) * kTabSize;
            altcol = altcol + 1;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            // The first backslash decides the indentation of what follows it.
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (!continuation_line()) return false;
        } else {
            break;
        }
    }
    backup(c);
    if (c == '#' || c == '\n' || c == '\r') blankline_ = true;
    if (blankline_ || !parens_.empty()) return true;
    if (cont_line_col) col = altcol = cont_line_col;
    if (col == indstack_.back()) {
        if (altcol != altindstack_.back())
            return tokenizer_state_error(ErrorKind::TabError,
                                         "inconsistent use of tabs and spaces in indentation");
    } else if (col > indstack_.back()) {
        if (static_cast<int>(indstack_.size()) >= kMaxIndent)
            return tokenizer_state_error(ErrorKind::IndentationError,
                                         "too many levels of indentation");
        if (altcol <= altindstack_.back())
            return tokenizer_state_error(ErrorKind::TabError,
                                         "inconsistent use of tabs and spaces in indentation");
        ++pendin_;
        indstack_.push_back(col);
        altindstack_.push_back(altcol);
    } else {
        while (indstack_.size() > 1 && col < indstack_.back()) {
            --pendin_;
            indstack_.pop_back();
            altindstack_.pop_back();
        }
        if (col != indstack_.back())
            return tokenizer_state_error(ErrorKind::IndentationError,
                                         "unindent does not match any outer indentation level");
        if (altcol != altindstack_.back())
            return tokenizer_state_error(ErrorKind::TabError,
                                         "inconsistent use of tabs and spaces in indentation");
    }
    return true;
}

// After a backslash: the rest of the line must be the newline (CPython's tok_continuation_line).
bool Lexer::continuation_line() {
    int c = next();
    if (c == '\r') c = next();
    if (c != '\n') {
        if (opt_.tokenize_module || !VersionRules::for_version(ver_).pegen_error_positions)
            return tokenizer_state_error(ErrorKind::SyntaxError,
                                         "unexpected character after line continuation character");
        // pegen: col_offset = cur - buf - 1, reported 1-based.
        error_at(ErrorKind::SyntaxError, "unexpected character after line continuation character",
                 lineno_, chars(line_start_, pos_), 0);
        error_class_ = ErrorClass::Silent;  // E_LINECONT
        error_->text_without_break = false;   // pegen's error: the buffer's line
        return false;
    }
    // 3.0-3.7 read the next line with no token started (tok_get's `goto again` cleared
    // tok->start first), so their buffer restarts there: `x = 1 + \<newline>  'abc` is
    // "EOL while scanning string literal" at offset 7, not 17 as in 3.8-3.9.
    if (ver_ < 308) token_open_ = false;
    c = next();
    if (c == kEOF) return eof_error();
    backup(c);
    return true;
}

bool Lexer::normal_mode() {
    int c;
    token_open_ = false;
    blankline_ = false;
    if (atbol_) {
        if (!indentation()) return false;
    }
    tok_start_ = pos_;
    tok_lineno_ = lineno_;
    tok_line_start_ = line_start_;
    if (pendin_ != 0) {
        if (pendin_ < 0) {
            ++pendin_;
            if (saw_eof_ || pos_ >= len_) {
                // DEDENTs at the end of input are reported on the line after the last one.
                emit_at(TokenKind::DEDENT, src_len_, src_len_, lineno_ + 1, 0, lineno_ + 1, 0);
            } else {
                emit(TokenKind::DEDENT, pos_, pos_);
            }
        } else {
            --pendin_;
            // The INDENT's text is the indentation itself.
            emit(TokenKind::INDENT, line_start_, pos_);
            out_.back().col = 0;
        }
        return true;
    }
    // Leaving an `async def` body (3.5/3.6): a non-blank line at or left of its indentation.
    if (async_def_) {
        c = next();
        backup(c);
        if (!blankline_ && c != '\n' && parens_.empty() && async_def_nl_ &&
            async_def_indent_ >= static_cast<int>(indstack_.size()) - 1) {
            async_def_ = false;
            async_def_indent_ = 0;
            async_def_nl_ = false;
        }
    }
again:
    token_open_ = false;
    do {
        c = next();
    } while (c == ' ' || c == '\t' || c == '\f');
    tok_start_ = c == kEOF ? pos_ : pos_ - 1;
    tok_lineno_ = lineno_;
    tok_line_start_ = line_start_;
    token_open_ = true;

    if (c == '#') {
        while (c != kEOF && c != '\n' && c != '\r') c = next();
        backup(c);
        emit(TokenKind::COMMENT, tok_start_, pos_);
        comment_newline_ = blankline_;
        return true;
    }

    if (c == kEOF) {
        if (expr_mode_) {
            done_ = true;
            return true;
        }
        if (!parens_.empty()) {
            token_open_ = false;
            return eof_error();
        }
        emit_at(TokenKind::ENDMARKER, src_len_, src_len_, lineno_ + 1, 0, lineno_ + 1, 0);
        done_ = true;
        return true;
    }

    // Names, keywords and prefixed strings.
    if (is_ascii_identifier_start(c) || c >= 128) return name_or_prefixed_string(c);

    // As CPython: a '\r' is skipped whatever follows. Only the tokenize module's view can
    // have a lone one (see translate_lone_cr), and there `\rx` becomes one OP token `\rx`,
    // `\r\r` an "invalid non-printable character U+000D".
    if (c == '\r') {
        c = next();
        if (c == kEOF) c = '\r';  // only at the end of an f-string expression range (< 3.12)
    }
    if (c == '\n') {
        atbol_ = true;
        token_open_ = false;
        if (blankline_ || !parens_.empty()) {
            emit_nl:
            comment_newline_ = false;
            emit(TokenKind::NL, tok_start_, pos_);
            if (implicit_newline_ && pos_ >= len_) out_.back().end = src_len_, out_.back().flags |= kImplicitNewline;
            return true;
        }
        if (comment_newline_) goto emit_nl;
        emit(TokenKind::NEWLINE, tok_start_, pos_);
        if (implicit_newline_ && pos_ >= len_) {
            out_.back().end = src_len_;
            out_.back().flags |= kImplicitNewline;
        }
        if (async_def_) async_def_nl_ = true;
        return true;
    }

    if (c == '.') {
        c = next();
        if (c >= '0' && c <= '9') return number_after_dot();
        if (c == '.') {
            int c3 = next();
            if (c3 == '.') {
                emit(TokenKind::ELLIPSIS, tok_start_, pos_);
                return true;
            }
            backup(c3);
        }
        backup(c);
        emit(TokenKind::DOT, tok_start_, pos_);  // `\r.` in the tokenize module's view
        return true;
    }

    if (c >= '0' && c <= '9') return number(c);

    if (c == '\'' || c == '"') return string(c);

    if (c == '\\') {
        if (!continuation_line()) return false;
        goto again;
    }
    return brackets_and_operators(c);
}

// The colon, '!', and braces that end or structure an f-string replacement field (3.12+).
bool Lexer::fstring_punctuation(int c, bool& returned) {
    returned = false;
    StringMode& m = modes_.back();
    if (!(m.in_string && m.curly_bracket_expr_start_depth >= 0)) return true;
    int cursor = m.curly_bracket_depth - (c != '{');
    if (cursor == 0) {
        if (c == '{') {
            m.expr_ended = false;
        } else if (!m.expr_ended) {
            m.expr_ended = true;
        }
    }
    if (c == ':' && cursor == m.curly_bracket_expr_start_depth) {
        m.scanning_literal = true;
        emit(TokenKind::COLON, tok_start_, pos_);
        returned = true;
    }
    return true;
}

bool Lexer::brackets_and_operators(int c) {
    const VersionRules rules = VersionRules::for_version(ver_);
    if ((c == ':' || c == '}' || c == '!' || c == '{') && inside_fstring()) {
        bool returned;
        fstring_punctuation(c, returned);
        if (returned) return true;
    }
    // Two- and three-character operators.
    {
        int c2 = next();
        TokenKind two = two_char_operator(c, c2);
        if (two == TokenKind::COLONEQUAL && !rules.colonequal) two = TokenKind::OP;
        if (two == TokenKind::ATEQUAL && !rules.atequal) two = TokenKind::OP;
        if (two != TokenKind::OP) {
            int c3 = next();
            TokenKind three = three_char_operator(c, c2, c3);
            if (three != TokenKind::OP) {
                emit(three, tok_start_, pos_);
            } else {
                backup(c3);
                emit(two, tok_start_, pos_);
            }
            return true;
        }
        backup(c2);
    }
    StringMode& m = modes_.back();
    switch (c) {
        case '(':
        case '[':
        case '{':
            if (static_cast<int>(parens_.size()) >= kMaxLevel)
                return error_at_cur(ErrorKind::SyntaxError, "too many nested parentheses");
            parens_.push_back({static_cast<char>(c), lineno_, tok_start_ - line_start_});
            if (m.in_string) ++m.curly_bracket_depth;
            break;
        case ')':
        case ']':
        case '}': {
            if (m.in_string && m.curly_bracket_depth == 0 && c == '}')
                return error_at_cur(ErrorKind::SyntaxError, std::string(m.tstring ? "t" : "f") +
                                                                "-string: single '}' is not allowed");
            if (!opt_.tokenize_module && parens_.empty())
                return error_at_cur(ErrorKind::SyntaxError, std::string("unmatched '") + char(c) + "'");
            if (!parens_.empty()) {
                OpenBracket open = parens_.back();
                parens_.pop_back();
                bool match = (open.ch == '(' && c == ')') || (open.ch == '[' && c == ']') ||
                             (open.ch == '{' && c == '}');
                if (!opt_.tokenize_module && !match) {
                    if (m.in_string && open.ch == '{' &&
                        m.curly_bracket_depth - 1 == m.curly_bracket_expr_start_depth)
                        return error_at_cur(ErrorKind::SyntaxError,
                                            std::string(m.tstring ? "t" : "f") +
                                                "-string: unmatched '" + char(c) + "'");
                    std::string msg = std::string("closing parenthesis '") + char(c) +
                                      "' does not match opening parenthesis '" + open.ch + "'";
                    if (open.lineno != lineno_) msg += " on line " + std::to_string(open.lineno);
                    return error_at_cur(ErrorKind::SyntaxError, msg);
                }
            }
            if (m.in_string) {
                --m.curly_bracket_depth;
                if (c == '}' && m.curly_bracket_depth == m.curly_bracket_expr_start_depth) {
                    --m.curly_bracket_expr_start_depth;
                    m.scanning_literal = true;
                }
            }
            break;
        }
        default:
            break;
    }
    if (c < 32 || c == 127) {
        if (ver_ >= 311 && c != '\0') {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%04X", c);
            return error_at_cur(ErrorKind::SyntaxError,
                                std::string("invalid non-printable character U+") + hex);
        }
    }
    emit(one_char_operator(c), tok_start_, pos_);
    return true;
}

}  // namespace pyfront::lex::detail
