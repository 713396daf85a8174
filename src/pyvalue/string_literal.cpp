#include "pyvalue/string_literal.h"

#include <cstring>

#include "pyvalue/unicode.h"

namespace pyfront::pyvalue {

namespace {

bool is_octal(char c) { return c >= '0' && c <= '7'; }

// The one-character escapes str and bytes literals share (\\ \' \" \a \b \f \n \r \t \v):
// the character, or 0 when `e` is not one of them.
char simple_escape(char e) {
    switch (e) {
        case '\\': return '\\';
        case '\'': return '\'';
        case '"': return '"';
        case 'a': return '\a';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'v': return '\v';
        default: return 0;
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Length of the well-formed UTF-8 sequence at s[i], or 0 with *reason / *bad_len set the way
// CPython's UTF-8 decoder reports it.
std::size_t utf8_sequence(std::string_view s, std::size_t i, const char** reason,
                          std::size_t* bad_len) {
    auto at = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(s[k]); };
    unsigned c = at(i);
    std::size_t need;
    unsigned lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *reason = "invalid start byte";
        *bad_len = 1;
        return 0;
    }
    for (std::size_t k = 1; k < need; ++k) {
        if (i + k >= s.size()) {
            *reason = "unexpected end of data";
            *bad_len = k;
            return 0;
        }
        unsigned b = at(i + k);
        bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        if (!ok) {
            *reason = "invalid continuation byte";
            *bad_len = k;
            return 0;
        }
    }
    return need;
}

void utf8_error(LiteralDiagnostics& diag, std::string_view run, std::size_t pos_in_run,
                const char* reason, std::size_t bad_len, std::size_t body_offset) {
    char buf[160];
    if (bad_len <= 1)
        std::snprintf(buf, sizeof buf,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      static_cast<unsigned char>(run[pos_in_run]), pos_in_run, reason);
    else
        std::snprintf(buf, sizeof buf,
                      "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                      pos_in_run, pos_in_run + bad_len - 1, reason);
    diag.error = LiteralError{buf, static_cast<std::uint32_t>(body_offset)};
}

void unicode_escape_error(LiteralDiagnostics& diag, std::size_t start_unit, std::size_t end_unit,
                          const char* reason, std::size_t body_offset) {
    std::string msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
    msg += std::to_string(start_unit);
    msg += '-';
    msg += std::to_string(end_unit - 1);
    msg += ": ";
    msg += reason;
    diag.error = LiteralError{std::move(msg), static_cast<std::uint32_t>(body_offset)};
}

void warn_invalid_escape(LiteralDiagnostics& diag, Version v, char c, std::size_t offset) {
    if (diag.warning || v < Version{3, 6}) return;
    LiteralWarning w;
    w.offset = static_cast<std::uint32_t>(offset);
    w.category = v >= Version{3, 12} ? WarningCategory::SyntaxWarning
                                     : WarningCategory::DeprecationWarning;
    if (v >= Version{3, 14}) {
        w.message = std::string("\"\\") + c +
                    "\" is an invalid escape sequence. Such sequences will not work in the "
                    "future. Did you mean \"\\\\" + c + "\"? A raw string is also an option.";
    } else if (v >= Version{3, 10}) {
        w.message = std::string("invalid escape sequence '\\") + c + "'";
    } else {
        w.message = std::string("invalid escape sequence \\") + c;
    }
    diag.warning = std::move(w);
}

void warn_octal(LiteralDiagnostics& diag, Version v, std::string_view digits, std::size_t offset) {
    if (diag.warning || v < Version{3, 11}) return;
    LiteralWarning w;
    w.offset = static_cast<std::uint32_t>(offset);
    w.category = v >= Version{3, 12} ? WarningCategory::SyntaxWarning
                                     : WarningCategory::DeprecationWarning;
    std::string d(digits);
    if (v >= Version{3, 14}) {
        w.message = "\"\\" + d +
                    "\" is an invalid octal escape sequence. Such sequences will not work in "
                    "the future. Did you mean \"\\\\" + d + "\"? A raw string is also an option.";
    } else {
        w.message = "invalid octal escape sequence '\\" + d + "'";
    }
    diag.warning = std::move(w);
}

// A newline at body[i] ('\n', '\r' or "\r\n"): its length in bytes, 0 if none.
std::size_t newline_at(std::string_view body, std::size_t i) {
    if (body[i] == '\n') return 1;
    if (body[i] == '\r') return (i + 1 < body.size() && body[i + 1] == '\n') ? 2 : 1;
    return 0;
}

// Raw literals and bodies without backslashes: newlines to \n, UTF-8 checked for str (CPython
// decodes the whole body then, so positions count from its start). ASCII of bytes is checked
// by the caller.
bool copy_plain(std::string_view body, bool is_bytes, std::string& out, LiteralDiagnostics& diag) {
    std::size_t i = 0;
    while (i < body.size()) {
        unsigned char c = static_cast<unsigned char>(body[i]);
        if (c == '\r') {
            out.push_back('\n');
            i += newline_at(body, i);
            continue;
        }
        if (c < 0x80 || is_bytes) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        const char* reason = nullptr;
        std::size_t bad = 0;
        std::size_t n = utf8_sequence(body, i, &reason, &bad);
        if (n == 0) {
            utf8_error(diag, body, i, reason, bad, i);
            return false;
        }
        out.append(body.data() + i, n);
        i += n;
    }
    return true;
}

}  // namespace

StringTokenParts split_string_token(std::string_view token) {
    StringTokenParts p;
    std::size_t i = 0;
    while (i < token.size() && token[i] != '\'' && token[i] != '"') {
        switch (token[i] | 0x20) {
            case 'r': p.prefix.raw = true; break;
            case 'b': p.prefix.bytes = true; break;
            case 'u': p.prefix.unicode = true; break;
            case 'f': p.prefix.fstring = true; break;
            case 't': p.prefix.tstring = true; break;
            default: break;
        }
        ++i;
    }
    if (i >= token.size()) return p;
    p.quote = token[i];
    p.quote_size = (token.size() - i >= 6 && token[i + 1] == p.quote && token[i + 2] == p.quote) ? 3 : 1;
    std::size_t begin = i + static_cast<std::size_t>(p.quote_size);
    std::size_t end = token.size() >= begin + static_cast<std::size_t>(p.quote_size)
                          ? token.size() - static_cast<std::size_t>(p.quote_size)
                          : begin;
    p.body = token.substr(begin, end - begin);
    p.body_offset = static_cast<std::uint32_t>(begin);
    return p;
}

bool body_is_value(std::string_view body, bool is_bytes) {
    for (std::size_t i = 0; i < body.size();) {
        unsigned char c = static_cast<unsigned char>(body[i]);
        if (c == '\\' || c == '\r') return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (is_bytes) return false;
        const char* reason;
        std::size_t bad;
        std::size_t n = utf8_sequence(body, i, &reason, &bad);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

bool decode_str_body(std::string_view body, bool raw, Version v, std::string& out,
                     LiteralDiagnostics& diag) {
    if (raw || std::memchr(body.data(), '\\', body.size()) == nullptr)
        return copy_plain(body, false, out, diag);

    // `unit`: the position as CPython's unicode-escape decoder counted it (see the header).
    std::size_t unit = 0;
    std::size_t i = 0;
    const std::size_t n = body.size();
    auto unit_of_char = [&](std::size_t k) -> std::size_t {
        // units for the character at body[k], and its length in bytes via *len
        unsigned char c = static_cast<unsigned char>(body[k]);
        return c < 0x80 ? 1 : 10;
    };
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(body[i]);
        if (c != '\\') {
            if (c == '\r') {
                out.push_back('\n');
                i += newline_at(body, i);
                unit += 1;
                continue;
            }
            if (c < 0x80) {
                out.push_back(static_cast<char>(c));
                ++i;
                unit += 1;
                continue;
            }
            const char* reason = nullptr;
            std::size_t bad = 0;
            std::size_t len = utf8_sequence(body, i, &reason, &bad);
            if (len == 0) {
                std::size_t run_start = i;
                while (run_start > 0 && static_cast<unsigned char>(body[run_start - 1]) >= 0x80)
                    --run_start;
                std::size_t run_end = i;
                while (run_end < n && static_cast<unsigned char>(body[run_end]) >= 0x80) ++run_end;
                std::string_view run = body.substr(run_start, run_end - run_start);
                utf8_sequence(run, i - run_start, &reason, &bad);
                utf8_error(diag, run, i - run_start, reason, bad, i);
                return false;
            }
            out.append(body.data() + i, len);
            i += len;
            unit += 10;
            continue;
        }
        // A backslash.
        const std::size_t esc = i;
        const std::size_t esc_unit = unit;
        if (i + 1 >= n) {  // a trailing backslash (only in an f-string part): kept
            out.push_back('\\');
            ++i;
            unit += 6;
            continue;
        }
        char e = body[i + 1];
        if (static_cast<unsigned char>(e) >= 0x80) {  // kept, no warning (\u005c)
            out.push_back('\\');
            ++i;
            unit += 6;
            continue;
        }
        i += 2;
        unit += 2;
        switch (e) {
            case '\n':
                break;
            case '\r':
                if (i < n && body[i] == '\n') ++i;
                break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                char32_t value = static_cast<char32_t>(e - '0');
                std::size_t start = i - 1;
                for (int k = 0; k < 2 && i < n && is_octal(body[i]); ++k, ++i, ++unit)
                    value = value * 8 + static_cast<char32_t>(body[i] - '0');
                if (value > 0377) warn_octal(diag, v, body.substr(start, i - start), esc);
                append_utf8(out, value);
                break;
            }
            case 'x':
            case 'u':
            case 'U': {
                int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                const char* message = e == 'x'   ? "truncated \\xXX escape"
                                      : e == 'u' ? "truncated \\uXXXX escape"
                                                 : "truncated \\UXXXXXXXX escape";
                char32_t value = 0;
                for (; count > 0; --count) {
                    int d = i < n ? hex_value(body[i]) : -1;
                    if (d < 0) {
                        unicode_escape_error(diag, esc_unit, unit, message, esc);
                        return false;
                    }
                    value = value * 16 + static_cast<char32_t>(d);
                    ++i;
                    ++unit;
                }
                if (value > 0x10FFFF) {
                    unicode_escape_error(diag, esc_unit, unit, "illegal Unicode character", esc);
                    return false;
                }
                append_utf8(out, value);
                break;
            }
            case 'N': {
                const char* malformed = "malformed \\N character escape";
                if (i >= n || body[i] != '{') {
                    unicode_escape_error(diag, esc_unit, unit, malformed, esc);
                    return false;
                }
                ++i;
                ++unit;
                const std::size_t name_start = i;
                std::size_t name_units = 0;
                while (i < n && body[i] != '}') {
                    unsigned char b = static_cast<unsigned char>(body[i]);
                    if (b == '\r') {
                        i += newline_at(body, i);
                        name_units += 1;
                    } else if (b < 0x80) {
                        ++i;
                        name_units += 1;
                    } else {
                        std::size_t k = i;
                        next_code_point(body, k);
                        name_units += unit_of_char(i);
                        i = k;
                    }
                }
                unit += name_units;
                if (i >= n || i == name_start) {
                    unicode_escape_error(diag, esc_unit, unit, malformed, esc);
                    return false;
                }
                std::string_view name = body.substr(name_start, i - name_start);
                ++i;
                ++unit;
                std::optional<char32_t> cp = lookup_name(name, v);
                if (!cp) {
                    unicode_escape_error(diag, esc_unit, unit, "unknown Unicode character name", esc);
                    return false;
                }
                append_utf8(out, *cp);
                break;
            }
            default:
                if (const char c = simple_escape(e)) {
                    out.push_back(c);
                    break;
                }
                warn_invalid_escape(diag, v, e, esc);
                out.push_back('\\');
                out.push_back(e);
                break;
        }
    }
    return true;
}

bool decode_bytes_body(std::string_view body, bool raw, Version v, std::string& out,
                       LiteralDiagnostics& diag) {
    for (std::size_t k = 0; k < body.size(); ++k) {
        if (static_cast<unsigned char>(body[k]) >= 0x80) {
            diag.error = LiteralError{v >= Version{3, 10}
                                         ? "bytes can only contain ASCII literal characters"
                                         : "bytes can only contain ASCII literal characters.",
                                     static_cast<std::uint32_t>(k)};
            return false;
        }
    }
    if (raw || std::memchr(body.data(), '\\', body.size()) == nullptr)
        return copy_plain(body, true, out, diag);

    std::size_t pos = 0;  // position after newline translation (CPython's buffer)
    std::size_t i = 0;
    const std::size_t n = body.size();
    while (i < n) {
        char c = body[i];
        if (c != '\\') {
            if (c == '\r') {
                out.push_back('\n');
                i += newline_at(body, i);
            } else {
                out.push_back(c);
                ++i;
            }
            ++pos;
            continue;
        }
        const std::size_t esc = i;
        const std::size_t esc_pos = pos;
        if (i + 1 >= n) {
            out.push_back('\\');
            ++i;
            ++pos;
            continue;
        }
        char e = body[i + 1];
        i += 2;
        pos += 2;
        switch (e) {
            case '\n':
                break;
            case '\r':
                if (i < n && body[i] == '\n') ++i;
                break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                unsigned value = static_cast<unsigned>(e - '0');
                std::size_t start = i - 1;
                for (int k = 0; k < 2 && i < n && is_octal(body[i]); ++k, ++i, ++pos)
                    value = value * 8 + static_cast<unsigned>(body[i] - '0');
                if (value > 0377) warn_octal(diag, v, body.substr(start, i - start), esc);
                out.push_back(static_cast<char>(value & 0xFF));
                break;
            }
            case 'x': {
                int hi = i < n ? hex_value(body[i]) : -1;
                int lo = i + 1 < n ? hex_value(body[i + 1]) : -1;
                if (hi < 0 || lo < 0) {
                    diag.error = LiteralError{"(value error) invalid \\x escape at position " +
                                                  std::to_string(esc_pos),
                                              static_cast<std::uint32_t>(esc)};
                    return false;
                }
                out.push_back(static_cast<char>(hi * 16 + lo));
                i += 2;
                pos += 2;
                break;
            }
            default:
                if (const char c = simple_escape(e)) {
                    out.push_back(c);
                    break;
                }
                warn_invalid_escape(diag, v, e, esc);
                out.push_back('\\');
                out.push_back(e);
                break;
        }
    }
    return true;
}

}  // namespace pyfront::pyvalue
