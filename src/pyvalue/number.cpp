#include "pyvalue/number.h"

#include <charconv>
#include <limits>
#include <system_error>

namespace pyfront::pyvalue {

namespace {

constexpr int kMaxStrDigits = 4300;  // sys.int_max_str_digits' default

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The text without underscores, in a small buffer when it fits.
class Digits {
public:
    explicit Digits(std::string_view text) {
        bool underscores = text.find('_') != std::string_view::npos;
        if (!underscores) {
            view_ = text;
            return;
        }
        store_.reserve(text.size());
        for (char c : text)
            if (c != '_') store_.push_back(c);
        view_ = store_;
    }
    std::string_view view() const { return view_; }

private:
    std::string store_;
    std::string_view view_;
};

}  // namespace

NumberKind classify_number(std::string_view text) {
    if (!text.empty() && (text.back() == 'j' || text.back() == 'J')) return NumberKind::Imaginary;
    if (text.size() > 1 && text[0] == '0') {
        char p = static_cast<char>(text[1] | 0x20);
        if (p == 'x' || p == 'o' || p == 'b') return NumberKind::Int;
    }
    for (char c : text)
        if (c == '.' || c == 'e' || c == 'E') return NumberKind::Float;
    return NumberKind::Int;
}

BigInt int_literal_value(std::string_view text) {
    Digits d(text);
    std::string_view s = d.view();
    int base = 10;
    if (s.size() > 1 && s[0] == '0') {
        char p = static_cast<char>(s[1] | 0x20);
        if (p == 'x') base = 16;
        else if (p == 'o') base = 8;
        else if (p == 'b') base = 2;
        if (base != 10) s.remove_prefix(2);
    }
    BigInt v = 0;
    if (base == 10) {
        // Chunks of 18 decimal digits keep the multiplications few.
        std::size_t i = 0;
        while (i < s.size()) {
            std::size_t n = std::min<std::size_t>(18, s.size() - i);
            std::uint64_t chunk = 0, scale = 1;
            for (std::size_t k = 0; k < n; ++k) {
                chunk = chunk * 10 + static_cast<std::uint64_t>(s[i + k] - '0');
                scale *= 10;
            }
            v *= scale;
            v += chunk;
            i += n;
        }
        return v;
    }
    const unsigned bits = base == 16 ? 4 : base == 8 ? 3 : 1;
    for (char c : s) {
        v <<= bits;
        v |= static_cast<unsigned>(digit_value(c));
    }
    return v;
}

IntLiteral decode_int_literal(std::string_view text, Version v) {
    IntLiteral r;
    Digits d(text);
    std::string_view s = d.view();
    int base = 10;
    std::string_view digits = s;
    if (s.size() > 1 && s[0] == '0') {
        char p = static_cast<char>(s[1] | 0x20);
        if (p == 'x') base = 16;
        else if (p == 'o') base = 8;
        else if (p == 'b') base = 2;
        if (base != 10) digits.remove_prefix(2);
    }
    // Fast path: the value fits in int64.
    std::uint64_t acc = 0;
    bool fits = true;
    constexpr std::uint64_t kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    for (char c : digits) {
        std::uint64_t dv = static_cast<std::uint64_t>(digit_value(c));
        if (acc > (kMax - dv) / static_cast<std::uint64_t>(base)) {
            fits = false;
            break;
        }
        acc = acc * static_cast<std::uint64_t>(base) + dv;
    }
    if (fits) {
        r.value = static_cast<std::int64_t>(acc);
        return r;
    }
    if (base == 10 && v >= Version{3, 7}) {
        std::size_t first = digits.find_first_not_of('0');
        std::size_t count = first == std::string_view::npos ? 0 : digits.size() - first;
        if (count > static_cast<std::size_t>(kMaxStrDigits)) {
            r.ok = false;
            r.small = false;
            r.error = std::string("Exceeds the limit (") + std::to_string(kMaxStrDigits) +
                      (v >= Version{3, 11} ? " digits" : "") +
                      ") for integer string conversion: value has " + std::to_string(count) +
                      " digits; use sys.set_int_max_str_digits() to increase the limit - "
                      "Consider hexadecimal for huge integer literals to avoid decimal "
                      "conversion limits.";
            return r;
        }
    }
    r.small = false;
    if (base == 10) {
        std::size_t first = digits.find_first_not_of('0');
        r.decimal.assign(digits.substr(first));
    } else {
        r.decimal = int_literal_value(text).str();
    }
    return r;
}

double decode_float_literal(std::string_view text) {
    Digits d(text);
    std::string_view s = d.view();
    double value = 0;
    auto res = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::general);
    if (res.ec == std::errc::result_out_of_range) {
        // Overflow gives inf, underflow 0.0 (CPython's strtod). Which one: the decimal
        // exponent of the first significant digit.
        long lead = 0;  // position of the decimal point relative to the first nonzero digit
        bool seen_point = false, seen_digit = false;
        std::size_t i = 0;
        for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
            if (s[i] == '.') {
                seen_point = true;
            } else if (!seen_digit && s[i] == '0') {
                if (seen_point) --lead;
            } else {
                if (!seen_digit) seen_digit = true;
                if (!seen_point) ++lead;
            }
        }
        long exp = 0;
        if (i < s.size()) {
            std::string_view e = s.substr(i + 1);
            bool neg = !e.empty() && e[0] == '-';
            if (!e.empty() && (e[0] == '-' || e[0] == '+')) e.remove_prefix(1);
            for (char c : e) {
                if (exp < 100000000) exp = exp * 10 + (c - '0');
            }
            if (neg) exp = -exp;
        }
        value = (lead + exp > 0) ? std::numeric_limits<double>::infinity() : 0.0;
    }
    return value;
}

double decode_imaginary_literal(std::string_view text) {
    if (!text.empty()) text.remove_suffix(1);  // the j
    return decode_float_literal(text);
}

}  // namespace pyfront::pyvalue
