// Names, keywords and string prefixes (per version), and the 3.5/3.6 contextual async/await.
// The strings themselves are read in lexer_string.cpp. See lexer.h for why the code mirrors
// CPython's structure.
#include <cstdio>
#include <cstring>
#include <string>

#include "lex/identifier.h"
#include "lex/lexer.h"
#include "lex/version_rules.h"
#include "pyvalue/unicode.h"

namespace pyfront::lex::detail {

bool Lexer::check_identifier(std::uint32_t begin, std::uint32_t end) {
    // Decode and check each code point; report the first invalid one as CPython does.
    std::uint32_t i = begin;
    bool first = true;
    while (i < end) {
        unsigned char b0 = static_cast<unsigned char>(b_[i]);
        char32_t cp;
        int n;
        if (b0 < 0x80) cp = b0, n = 1;
        else if (b0 < 0xE0) cp = ((b0 & 0x1F) << 6) | (b_[i + 1] & 0x3F), n = 2;
        else if (b0 < 0xF0) cp = ((b0 & 0x0F) << 12) | ((b_[i + 1] & 0x3F) << 6) | (b_[i + 2] & 0x3F), n = 3;
        else cp = ((b0 & 0x07) << 18) | ((b_[i + 1] & 0x3F) << 12) | ((b_[i + 2] & 0x3F) << 6) | (b_[i + 3] & 0x3F), n = 4;
        bool ok;
        if (cp < 128) ok = first ? is_ascii_identifier_start(static_cast<int>(cp))
                                 : is_potential_identifier_char(static_cast<int>(cp));
        else ok = first ? is_identifier_start(cp) : is_identifier_continue(cp);
        if (!ok) {
            pos_ = i + n;  // CPython reports up to and including the bad character
            if (!VersionRules::for_version(ver_).invalid_character_messages) {
                // The offset counted what the tokenizer's buffer held: from the first line of
                // a token still open when this line was read (`'''a<newline>''' + a€`: 17).
                pos_ = end;
                return error_at(ErrorKind::SyntaxError, "invalid character in identifier", lineno_,
                                chars(buf_start_, pos_));
            }
            char hex[16];
            std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
            if (pyvalue::is_printable(cp, opt_.version))
                return error_at_cur(ErrorKind::SyntaxError,
                                    "invalid character '" + std::string(b_ + i, n) + "' (U+" + hex + ")");
            return error_at_cur(ErrorKind::SyntaxError,
                                std::string("invalid non-printable character U+") + hex);
        }
        first = false;
        i += n;
    }
    return true;
}

namespace {
// 3.14+: the pairs of string prefix letters that cannot be combined, in the order CPython's
// _PyLexer_check_string_prefixes tests them (the first clash found is the one reported).
constexpr char kPrefixClashes[][2] = {{'u', 'b'}, {'u', 'r'}, {'u', 'f'}, {'u', 't'},
                                      {'b', 'f'}, {'b', 't'}, {'f', 't'}};

unsigned prefix_bit(int c) {
    switch (c | 0x20) {
        case 'b': return 1u << 0;
        case 'r': return 1u << 1;
        case 'u': return 1u << 2;
        case 'f': return 1u << 3;
        case 't': return 1u << 4;
        default: return 0;
    }
}
}  // namespace

// 3.14+: each of b, r, u, f, t may appear once, in any order; at the quote, a clashing pair
// is an error spanning the prefix (byte columns, as _syntaxerror_known_range takes them).
bool Lexer::prefixed_string_3_14(int c) {
    unsigned saw = 0;
    for (unsigned bit = prefix_bit(c); bit && !(saw & bit); bit = prefix_bit(c)) {
        saw |= bit;
        c = next();
        if (c != '"' && c != '\'') continue;
        for (const auto& pair : kPrefixClashes) {
            if ((saw & prefix_bit(pair[0])) && (saw & prefix_bit(pair[1])))
                return error_at(ErrorKind::SyntaxError,
                                std::string("'") + pair[0] + "' and '" + pair[1] +
                                    "' prefixes are incompatible",
                                lineno_, static_cast<int>(tok_start_ - line_start_ + 1),
                                static_cast<int>(pos_ - line_start_));
        }
        if (saw & (prefix_bit('f') | prefix_bit('t'))) return fstring_start(c);
        return string(c);
    }
    return name_rest(c);
}

bool Lexer::name_or_prefixed_string(int c) {
    const VersionRules rules = VersionRules::for_version(ver_);
    if (rules.prefix_clash_errors) return prefixed_string_3_14(c);
    // String prefixes up to 3.13 (t exists from 3.14 only): the legal combinations of b, r,
    // u, f, per version; any other letter ends the prefix and the token is a NAME.
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B') &&
            (rules.any_order_prefixes || !saw_r))
            saw_b = true;
        else if (rules.u_prefix && !(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = true;
        else if (rules.f_prefix && !(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = true;
        else
            break;
        c = next();
        if (c == '"' || c == '\'') {
            if (saw_f && rules.pep701) return fstring_start(c);
            return string(c);
        }
    }
    return name_rest(c);
}

// The rest of a NAME whose first characters (c is the one after them) are read.
bool Lexer::name_rest(int c) {
    bool nonascii = false;
    while (is_potential_identifier_char(c)) {
        if (c >= 128) nonascii = true;
        c = next();
    }
    backup(c);
    if (nonascii && pos_ > bad_from_ && !check_name_utf8()) return false;
    if (nonascii && !opt_.tokenize_module && !check_identifier(tok_start_, pos_)) return false;
    emit(TokenKind::NAME, tok_start_, pos_);
    Token& t = out_.back();
    std::string_view text(b_ + t.begin, t.end - t.begin);
    t.keyword = keyword_for(text, ver_);
    if (text.size() == 5 && VersionRules::for_version(ver_).async_contextual) async_name(t);
    return true;
}

// 3.5/3.6: `async`/`await` are ASYNC/AWAIT inside an `async def` (and everything nested in
// it, tracked by indentation), and `async` directly before `def` opens such a function.
void Lexer::async_name(Token& t) {
    std::string_view text(b_ + t.begin, 5);
    if (async_def_) {
        if (text == "async") t.kind = TokenKind::ASYNC;
        else if (text == "await") t.kind = TokenKind::AWAIT;
    } else if (text == "async" && next_token_is_def()) {
        async_def_indent_ = static_cast<int>(indstack_.size()) - 1;
        async_def_ = true;
        t.kind = TokenKind::ASYNC;
    }
}

bool Lexer::next_token_is_def() {
    std::uint32_t p = pos_;
    for (;;) {
        while (p < len_ && (b_[p] == ' ' || b_[p] == '\t' || b_[p] == '\f')) ++p;
        if (p + 1 < len_ && b_[p] == '\\' && b_[p + 1] == '\n') { p += 2; continue; }
        if (p + 2 < len_ && b_[p] == '\\' && b_[p + 1] == '\r' && b_[p + 2] == '\n') { p += 3; continue; }
        break;
    }
    return p + 3 <= len_ && std::memcmp(b_ + p, "def", 3) == 0 &&
           !is_potential_identifier_char(static_cast<unsigned char>(b_[p + 3]));
}

}  // namespace pyfront::lex::detail
