// Ill-formed UTF-8 that the compile-bytes reader lets through up to 3.13
// (DecodedSource::first_invalid_utf8): CPython met it only when it decoded a name or a
// literal, and reported it there, each version with its own message, position and timing.
// Nothing here runs for valid text: every hook first checks that its token ends past
// bad_from_. Verified with CPython 3.6.15, 3.7.16, 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1 and
// 3.13.0 compiling the bytes with the file present on disk (as imports and the golden corpus
// do: CPython re-reads the error's line from the file to turn its byte offset into a column).
//
// A name (run of [A-Za-z0-9_] and bytes >= 0x80) that does not decode, at once:
//   3.0-3.8   "invalid character in identifier", offset = code points (one per ill-formed
//             subpart) from the tokenizer's buffer start to the end of the run
//   3.9-3.13  "(unicode error) " + the UnicodeDecodeError of the run, offset = byte column of
//             the end of the run (no +1), end offset -1 (3.10+); converted to a column through
//             the re-read line (to_column) with a BOM or a cookie, and always in 3.13
//   3.10-3.13 after a str literal's error was raised (below): a bare UnicodeDecodeError, no
//             position (CPython's scan of the rest of the file replaced the SyntaxError with
//             the tokenizer's UnicodeDecodeError; it does so after any error of its parser)
// A str literal (not bytes: the AST builder rejects any non-ASCII byte in bytes the same way;
// up to 3.11 also each literal part of an f-string), when the parser built its value:
//   message   "(unicode error) " + the UnicodeDecodeError of: the whole body for raw literals
//             and bodies without a backslash, else the run of bytes >= 0x80 holding the bad
//             byte (decode_unicode_with_escapes); f-string parts before 3.12: the run, or the
//             whole part when raw
//   3.0-3.7   the first string token of the implicit concatenation: its line and 0-based byte
//             column; a token over several lines: its last line and -1
//   3.8       that token's first line, byte column + 1
//   3.9-3.11  the token after the concatenation (NEWLINE, ')', '+' ...): line, column + 1,
//             end column + 1 (a NEWLINE ends where it starts); converted with a BOM or cookie
//   3.12      the token holding the bad bytes, start and end (converted with a BOM or cookie,
//             both against the start line); 3.13 the same, always converted
//   timing    3.0-3.8 after the whole file was parsed: any tokenizer error wins; 3.9-3.11
//             when the parser has read the token after the concatenation (an error reading
//             that token wins); 3.12+ as soon as the parser reads the STRING token. From 3.10
//             CPython then tokenizes the rest of the file: a later tokenizer error that set an
//             exception replaces it (TabError, dedent, too deep, line continuation and a plain
//             EOF do not; "'(' was never closed" does when the bracket's line is before the
//             line of the token after the literal, 3.12+ of the literal; 3.12+: no error met
//             inside an f-string does).
//   The tokens then end where CPython raised it (3.9+), or run to ENDMARKER (3.0-3.8: the
//   parser read everything first); see LexResult.
// An f-string's literal part, 3.12-3.13: a bare UnicodeDecodeError (no position) of the whole
//   FSTRING_MIDDLE, or of its run of bytes >= 0x80 in a format spec, as soon as it is read.
// A str literal in a pre-3.12 f-string's replacement field: where CPython's sub-parser put it
//   (3.9-3.11 add "f-string: "; see locate_legacy_expr_pending and set_pending).
// The errors found splitting a pre-3.12 f-string (lexer_fstring_legacy.cpp) wait in pending_
// the same way, with their own positions: CPython split f-strings in the same step (3.6-3.11:
// `x = f'{}'<newline>y = 'abc` is the unterminated string in 3.6-3.8 and 3.10-3.11).
#include <cstring>
#include <string>

#include "lex/lexer.h"
#include "source/decode.h"

namespace pyfront::lex::detail {

namespace {

bool is_high(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// The run of bytes >= 0x80 around text[bad]: what decode_unicode_with_escapes() handed to
// the UTF-8 decoder.
std::string_view high_run(std::string_view text, std::size_t bad) {
    std::size_t from = bad, to = bad;
    while (from > 0 && is_high(text[from - 1])) --from;
    while (to < text.size() && is_high(text[to])) ++to;
    return text.substr(from, to - from);
}

// The text as CPython's buffer held it: the \r of each \r\n gone (a lone \r is already \n).
std::string without_cr(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
    return out;
}

std::string unicode_error(std::string_view segment) {
    return "(unicode error) " + source::utf8_decode_error(segment);
}

bool is_fstring_start(TokenKind k) {
    return k == TokenKind::FSTRING_START || k == TokenKind::TSTRING_START;
}
bool is_fstring_end(TokenKind k) {
    return k == TokenKind::FSTRING_END || k == TokenKind::TSTRING_END;
}

}  // namespace

void Lexer::set_source(const source::DecodedSource& source) {
    had_bom_ = source.had_bom;
    had_encoding_ = source.had_bom || source.had_cookie;
    if (!opt_.tokenize_module && source.first_invalid_utf8 != source::DecodedSource::npos &&
        source.first_invalid_utf8 < kNoBadByte)
        bad_from_ = static_cast<std::uint32_t>(source.first_invalid_utf8);
}

// ---- positions ---------------------------------------------------------------------------

// The line CPython converted an error's byte offset against: line `lineno` re-read from the
// file (universal newlines, the BOM kept on line 1), decoded with errors='replace' when the
// source declared an encoding (3.10+), else strictly, falling back to the tokenizer's buffer
// (3.9: from the first line of a token open when this one was read) when that fails.
std::string Lexer::error_line(std::uint32_t lineno) const {
    std::string line;
    if (lineno == 1 && had_bom_) line = "\xEF\xBB\xBF";
    std::uint32_t p = 0;
    for (std::uint32_t l = 1; l < lineno && p < len_; ++l) {
        const void* nl = std::memchr(b_ + p, '\n', len_ - p);
        p = nl ? static_cast<std::uint32_t>(static_cast<const char*>(nl) - b_) + 1 : len_;
    }
    std::uint32_t e = p;
    while (e < len_ && b_[e] != '\n') ++e;
    line += without_cr(std::string_view(b_ + p, (e < len_ ? e + 1 : e) - p));
    if ((ver_ >= 310 && had_encoding_) ||
        source::find_invalid_utf8(line) == std::string_view::npos)
        return line;
    if (ver_ == 309 || lineno_ <= lineno) {
        std::string buf =
            without_cr(std::string_view(b_ + str_buf_start_, line_end_ - str_buf_start_));
        if (ver_ == 309 && !buf.empty() && buf.back() == '\n') buf.pop_back();
        return buf;
    }
    return line;
}

int Lexer::to_column(std::uint32_t lineno, std::uint32_t byte_offset) const {
    return static_cast<int>(source::utf8_replaced_prefix_length(error_line(lineno), byte_offset));
}

// Code points in [from, to) as an errors='replace' decoding counts them (3.0-3.8 offsets).
int Lexer::replaced_chars(std::uint32_t from, std::uint32_t to) const {
    return static_cast<int>(
        source::utf8_replace_length(without_cr(std::string_view(b_ + from, to - from))));
}

// ---- names -------------------------------------------------------------------------------

bool Lexer::check_name_utf8() {
    const std::string why =
        source::utf8_decode_error(std::string_view(b_ + tok_start_, pos_ - tok_start_));
    if (why.empty()) return true;
    if (ver_ >= 310 && pending_ && pending_->resolved) {
        Diagnostic d;
        d.kind = ErrorKind::UnicodeDecodeError;
        d.message = why;
        error_ = std::move(d);
        error_class_ = ErrorClass::Raised;
        return false;
    }
    if (ver_ < 309)
        return error_at(ErrorKind::SyntaxError, "invalid character in identifier", lineno_,
                        replaced_chars(buf_start_, pos_));
    // tok->cur - line_start; 3.9: tok->cur - tok->buf (from the first line of a token still
    // open when this line was read: `'''é<newline>''' + a\xff` is 18)
    const int col =
        ver_ == 309 ? bytes(str_buf_start_, pos_) : static_cast<int>(pos_ - line_start_);
    int lineno = static_cast<int>(lineno_), offset = col, end_offset = -1;
    std::string message = unicode_error(std::string_view(b_ + tok_start_, pos_ - tok_start_));
    if (expr_mode_) {
        // 3.9-3.11's sub-parser: the error token's column had starting_col_offset added on
        // the buffer's first line (-1 + S), which the error then subtracts again.
        message = "f-string: " + message;
        const int s = expr_->starting_col;
        lineno = static_cast<int>(expr_->lineno + lineno_ - 1);
        if (lineno_ == 1) {
            offset = s != 0 ? 0 : col;
            end_offset = s != 0 ? 0 : -1;
        } else {
            offset = col - s;
            end_offset = -1 - s;
        }
    } else if (ver_ >= 313 || had_encoding_) {
        offset = to_column(lineno_, static_cast<std::uint32_t>(col));
    }
    error_at(ErrorKind::SyntaxError, std::move(message), static_cast<std::uint32_t>(lineno),
             offset);
    error_->end_lineno = ver_ >= 310 ? lineno : 0;
    error_->end_offset = ver_ >= 310 ? end_offset : 0;
    return false;
}

// ---- literals ----------------------------------------------------------------------------

bool Lexer::check_string_utf8(std::uint32_t quote_pos, int quote_size) {
    if (pending_) return true;  // CPython reports the first one
    bool raw = false;
    for (std::uint32_t i = tok_start_; i < quote_pos; ++i) {
        const char c = static_cast<char>(b_[i] | 0x20);
        if (c == 'b') return true;  // bytes: the AST builder's "bytes can only contain ASCII ..."
        raw |= c == 'r';
    }
    const std::uint32_t body = quote_pos + static_cast<std::uint32_t>(quote_size);
    const std::string_view text(b_ + body, pos_ - static_cast<std::uint32_t>(quote_size) - body);
    const std::size_t bad = source::find_invalid_utf8(text);
    if (bad == std::string_view::npos) return true;
    const bool escapes = !raw && text.find('\\') != std::string_view::npos;
    const std::size_t index = out_.size() - 1;
    set_pending(escapes ? unicode_error(high_run(text, bad)) : unicode_error(without_cr(text)),
                index, index);
    return true;
}

void Lexer::check_legacy_part_utf8(std::uint32_t begin, std::uint32_t end, bool raw,
                                   std::size_t first_token) {
    const std::string_view text(b_ + begin, end - begin);
    const std::size_t bad = source::find_invalid_utf8(text);
    if (bad == std::string_view::npos) return;
    set_pending(raw ? unicode_error(without_cr(text)) : unicode_error(high_run(text, bad)),
                first_token, first_token);
    pending_->in_string = true;  // looking for the lookahead starts after the f-string
}

bool Lexer::check_fstring_middle_utf8(std::uint32_t begin, std::uint32_t end, bool in_spec) {
    // Raised already: CPython's scan of the rest of the file decodes no literal.
    if (pending_ && pending_->resolved) return true;
    const std::string_view text(b_ + begin, end - begin);
    const std::size_t bad = source::find_invalid_utf8(text);
    if (bad == std::string_view::npos) return true;
    Diagnostic d;
    d.kind = ErrorKind::UnicodeDecodeError;
    d.message = in_spec ? source::utf8_decode_error(high_run(text, bad))
                        : source::utf8_decode_error(without_cr(text));
    error_ = std::move(d);
    error_class_ = ErrorClass::Raised;
    late_error_ = true;  // the parser's action for that token raised it
    return false;
}

// The first string token of the implicit concatenation that ends with out_[index] (an
// f-string counts from its FSTRING_START).
std::size_t Lexer::concatenation_start(std::size_t index) const {
    std::size_t j = index;
    for (;;) {
        std::size_t k = j;
        while (k > 0 &&
               (out_[k - 1].kind == TokenKind::NL || out_[k - 1].kind == TokenKind::COMMENT))
            --k;
        if (k == 0) return j;
        const TokenKind prev = out_[k - 1].kind;
        if (prev == TokenKind::STRING) {
            j = k - 1;
            continue;
        }
        if (!is_fstring_end(prev)) return j;
        int depth = 0;
        std::size_t m = k - 1;
        for (;; --m) {
            if (is_fstring_end(out_[m].kind)) ++depth;
            else if (is_fstring_start(out_[m].kind) && --depth == 0) break;
            if (m == 0) return j;
        }
        j = m;
    }
}

void Lexer::set_pending(std::string message, std::size_t first_token, std::size_t bad_token) {
    PendingError p;
    p.diag.kind = ErrorKind::SyntaxError;
    p.diag.message = std::move(message);
    p.bad_token = bad_token;
    p.scan_from = bad_token + 1;
    if (expr_mode_ && ver_ >= 309) p.diag.message = "f-string: " + p.diag.message;
    if (ver_ < 309) {
        // Located now, at the first string token of the concatenation (the AST node's position).
        const std::size_t first = concatenation_start(first_token);
        const Token& f = out_[first];
        std::uint32_t end_line = f.end_lineno;
        if (is_fstring_start(f.kind)) {
            end_line = lineno_;  // this f-string is still being split: it ends on this line
            int depth = 0;
            for (std::size_t m = first; m < out_.size(); ++m) {
                if (is_fstring_start(out_[m].kind)) ++depth;
                else if (is_fstring_end(out_[m].kind) && --depth == 0) {
                    end_line = out_[m].end_lineno;
                    break;
                }
            }
        }
        int line = static_cast<int>(f.lineno), col = static_cast<int>(f.col);
        if (expr_mode_) {
            // In an f-string's replacement field: CPython moved the sub-parser's nodes of the
            // buffer's first line by fstring_fix_node_location's shift (LegacyExpr::fix_col).
            line = static_cast<int>(expr_->lineno + f.lineno - 1);
            if (f.lineno == 1) col += expr_->fix_col;
            if (ver_ >= 308) col += 1;
        } else if (ver_ < 308) {
            if (end_line != f.lineno) line = static_cast<int>(end_line), col = -1;
        } else {
            col += 1;
        }
        p.diag.lineno = p.diag.end_lineno = line;
        p.diag.offset = p.diag.end_offset = col;
        p.located = true;
    }
    pending_ = std::move(p);
    // 3.12+ decode each STRING as the parser reads it (the `string` rule's action), before
    // the token after it.
    if (ver_ >= 312 && !expr_mode_) resolve_pending(bad_token);
}

// ---- when it is raised -------------------------------------------------------------------

// After each token while an error waits (3.9+): the first token that is neither a string of
// the concatenation (f-strings with everything inside them) nor a comment or NL is the token
// CPython's parser had just read when it built the concatenation's value.
void Lexer::watch_pending() {
    if (ver_ < 309) return;
    PendingError& p = *pending_;
    if (p.in_string) return;
    for (; p.scan_from < out_.size(); ++p.scan_from) {
        const TokenKind k = out_[p.scan_from].kind;
        if (k == TokenKind::NL || k == TokenKind::COMMENT || k == TokenKind::STRING) continue;
        if (is_fstring_start(k)) {
            ++p.fstring_depth;
            continue;
        }
        if (is_fstring_end(k)) {
            --p.fstring_depth;
            continue;
        }
        if (p.fstring_depth > 0) continue;
        resolve_pending(p.scan_from);
        return;
    }
}

// 3.9-3.11, in an f-string's replacement field: the sub-parser's token after the literal
// (in "(" + expression + ")", line 1 starting at the '{'), less starting_col_offset off the
// buffer's first line.
void Lexer::locate_legacy_expr_pending(std::uint32_t vline, std::uint32_t vcol,
                                       std::uint32_t vend_line, std::uint32_t vend_col) {
    PendingError& p = *pending_;
    const int s = expr_->starting_col;
    p.diag.lineno = static_cast<int>(expr_->lineno + vline - 1);
    p.diag.offset = static_cast<int>(vcol) + 1 - (vline == 1 ? 0 : s);
    p.diag.end_lineno = ver_ >= 310 ? static_cast<int>(expr_->lineno + vend_line - 1) : 0;
    p.diag.end_offset = ver_ >= 310 ? static_cast<int>(vend_col) + 1 - (vend_line == 1 ? 0 : s) : 0;
    p.located = true;
}

void Lexer::resolve_pending(std::size_t lookahead) {
    PendingError& p = *pending_;
    const Token& t = out_[lookahead];
    if (expr_mode_) {
        if (!p.located) locate_legacy_expr_pending(t.lineno, t.col, t.end_lineno, t.end_col);
        p.resolved = true;  // the parent decides (legacy_fstring)
        return;
    }
    if (!p.located) {
        std::uint32_t line, col, end_line, end_col;
        if (ver_ < 312) {  // the token after the concatenation
            line = t.lineno;
            col = t.col + 1;
            end_line = t.kind == TokenKind::NEWLINE ? t.lineno : t.end_lineno;
            end_col = (t.kind == TokenKind::NEWLINE ? t.col : t.end_col) + 1;
            // CPython's NEWLINE leaves the '\n' out, and after a comment starts at the '#'.
            const Token* before = lookahead > 0 ? &out_[lookahead - 1] : nullptr;
            if (t.kind == TokenKind::NEWLINE && before && before->kind == TokenKind::COMMENT &&
                before->end_lineno == t.lineno)
                col = before->col + 1;
        } else {  // the token holding the bad bytes
            const Token& b = out_[p.bad_token];
            line = b.lineno;
            col = b.col + 1;
            end_line = b.end_lineno;
            end_col = b.end_col + 1;
        }
        const bool convert = ver_ >= 313 || had_encoding_;
        p.diag.lineno = static_cast<int>(line);
        p.diag.offset = convert ? to_column(line, col) : static_cast<int>(col);
        p.diag.end_lineno = ver_ >= 310 ? static_cast<int>(end_line) : 0;
        p.diag.end_offset = ver_ < 310  ? 0
                            : convert   ? to_column(line, end_col)
                                        : static_cast<int>(end_col);
        p.located = true;
    }
    if (ver_ < 310) {
        error_ = std::move(p.diag);
        error_class_ = ErrorClass::Raised;
        late_error_ = true;
        out_.resize(lookahead + 1);
        pending_.reset();
        done_ = true;
        return;
    }
    p.resolved = true;
    p.cut = lookahead + 1;
    // The line _PyPegen_tokenize_full_source_to_check_for_errors compares an unclosed
    // bracket's line with: the token after the literal, from 3.12 the literal's own.
    p.lookahead_line = ver_ >= 312 ? out_[p.bad_token].lineno : t.lineno;
}

void Lexer::finish_pending() {
    PendingError& p = *pending_;
    if (expr_mode_) {
        if (!p.resolved) {
            if (ver_ >= 309 && !p.located) {
                // The token after the literal is the ")" closing the sub-parser's buffer.
                std::uint32_t vline = 1, ls = expr_->expr_start - 1;
                for (std::uint32_t i = expr_->expr_start; i < len_; ++i)
                    if (b_[i] == '\n') ++vline, ls = i + 1;
                locate_legacy_expr_pending(vline, len_ - ls, vline, len_ - ls + 1);
            }
            p.resolved = true;
        }
        return;  // legacy_fstring takes it over
    }
    if (ver_ < 309) {
        // Raised once the whole file was parsed: any tokenizer error came first. The tokens
        // run to the end, as the parser read them.
        if (!error_) {
            error_ = std::move(p.diag);
            late_error_ = true;
        }
        pending_.reset();
        return;
    }
    if (!p.resolved) {
        // The token after the literal could not be read: the tokenizer's error is raised.
        if (!error_ && !out_.empty()) {
            resolve_pending(out_.size() - 1);
            if (pending_) error_ = std::move(pending_->diag);
            late_error_ = true;
        }
        pending_.reset();
        return;
    }
    // 3.10+: raised; CPython then tokenized the rest of the file for a better error.
    bool later_wins = false;
    if (error_) {
        if (ver_ >= 312 && inside_fstring()) later_wins = false;  // 3.12+: not from in an f-string
        else if (error_->kind == ErrorKind::UnicodeDecodeError) later_wins = true;
        else if (error_class_ == ErrorClass::Raised) later_wins = true;
        else if (error_class_ == ErrorClass::Eof)
            later_wins = eof_paren_line_ != 0 && eof_paren_line_ < p.lookahead_line;
    }
    if (!later_wins) {
        error_ = std::move(p.diag);
        late_error_ = true;
        out_.resize(p.cut);
    }
    pending_.reset();
}

}  // namespace pyfront::lex::detail
