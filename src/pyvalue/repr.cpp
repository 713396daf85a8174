#include "pyvalue/repr.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "pyvalue/unicode.h"

namespace pyfront::pyvalue {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, char32_t v, int digits) {
    char buf[8];
    for (int i = digits - 1; i >= 0; --i) {
        buf[i] = kHex[v & 0xF];
        v >>= 4;
    }
    out.append(buf, static_cast<std::size_t>(digits));
}

// Python's quote choice for str and bytes reprs: ' unless the text has ' and no ".
template <class It>
char choose_quote(It begin, It end) {
    bool squote = false, dquote = false;
    for (It p = begin; p != end; ++p) {
        if (*p == '\'') squote = true;
        else if (*p == '"') dquote = true;
    }
    return (squote && !dquote) ? '"' : '\'';
}

// Python's float formatting with format code 'r' (repr): shortest round-trip digits.
// add_dot_0: '.0' after whole numbers in positional form (float repr, not complex parts).
// sign: '+' before non-negative numbers (the imaginary part of a complex).
void format_r(std::string& out, double v, bool add_dot_0, bool sign) {
    if (std::isnan(v)) {
        out.append(sign ? "+nan" : "nan");
        return;
    }
    if (std::isinf(v)) {
        out.append(v < 0 ? "-inf" : (sign ? "+inf" : "inf"));
        return;
    }
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    const char* p = buf;
    const char* end = res.ptr;
    if (*p == '-') {
        out.push_back('-');
        ++p;
    } else if (sign) {
        out.push_back('+');
    }
    // p: D[.DDD]e(+|-)XX
    char digits[32];
    int ndigits = 0;
    while (p < end && *p != 'e') {
        if (*p != '.') digits[ndigits++] = *p;
        ++p;
    }
    int exp10 = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exp10);
    const int decpt = exp10 + 1;  // value = 0.DIGITS * 10**decpt
    if (decpt <= -4 || decpt > 16) {
        out.push_back(digits[0]);
        if (ndigits > 1) {
            out.push_back('.');
            out.append(digits + 1, static_cast<std::size_t>(ndigits - 1));
        }
        out.push_back('e');
        int e = decpt - 1;
        out.push_back(e < 0 ? '-' : '+');
        if (e < 0) e = -e;
        char ebuf[8];
        auto er = std::to_chars(ebuf, ebuf + sizeof ebuf, e);
        if (er.ptr - ebuf < 2) out.push_back('0');
        out.append(ebuf, er.ptr);
        return;
    }
    if (decpt <= 0) {
        out.append("0.");
        out.append(static_cast<std::size_t>(-decpt), '0');
        out.append(digits, static_cast<std::size_t>(ndigits));
    } else if (decpt < ndigits) {
        out.append(digits, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(digits + decpt, static_cast<std::size_t>(ndigits - decpt));
    } else {
        out.append(digits, static_cast<std::size_t>(ndigits));
        out.append(static_cast<std::size_t>(decpt - ndigits), '0');
        if (add_dot_0) out.append(".0");
    }
}

}  // namespace

void append_repr_str(std::string& out, std::string_view s, Version v) {
    const char quote = choose_quote(s.begin(), s.end());
    out.push_back(quote);
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            if (c == static_cast<unsigned char>(quote) || c == '\\') {
                out.push_back('\\');
                out.push_back(static_cast<char>(c));
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7F) {
                out.append("\\x");
                append_hex(out, c, 2);
            } else {
                out.push_back(static_cast<char>(c));
            }
            continue;
        }
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (is_printable(cp, v)) {
            out.append(s.data() + start, i - start);
        } else if (cp < 0x100) {
            out.append("\\x");
            append_hex(out, cp, 2);
        } else if (cp < 0x10000) {
            out.append("\\u");
            append_hex(out, cp, 4);
        } else {
            out.append("\\U");
            append_hex(out, cp, 8);
        }
    }
    out.push_back(quote);
}

std::string repr_str(std::string_view s, Version v) {
    std::string out;
    out.reserve(s.size() + 2);
    append_repr_str(out, s, v);
    return out;
}

void append_repr_bytes(std::string& out, std::string_view b) {
    const char quote = choose_quote(b.begin(), b.end());
    out.push_back('b');
    out.push_back(quote);
    for (char ch : b) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            out.append("\\x");
            append_hex(out, c, 2);
        } else {
            out.push_back(ch);
        }
    }
    out.push_back(quote);
}

std::string repr_bytes(std::string_view b) {
    std::string out;
    append_repr_bytes(out, b);
    return out;
}

void append_repr_float(std::string& out, double v) { format_r(out, v, true, false); }

std::string repr_float(double v) {
    std::string out;
    append_repr_float(out, v);
    return out;
}

void append_repr_complex(std::string& out, double real, double imag) {
    if (real == 0.0 && !std::signbit(real)) {
        format_r(out, imag, false, false);
        out.push_back('j');
        return;
    }
    out.push_back('(');
    format_r(out, real, false, false);
    format_r(out, imag, false, true);
    out.append("j)");
}

std::string repr_complex(double real, double imag) {
    std::string out;
    append_repr_complex(out, real, imag);
    return out;
}

void append_repr_int(std::string& out, std::int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

}  // namespace pyfront::pyvalue
