// Numeric literals, with each version's rules (version_rules.h): underscores from 3.6, the
// error messages (3.0-3.7 said only "invalid token"), and from 3.10 the check that a number
// is not glued to a name ("1abc"), which lets through the keywords that may legally follow a
// number ("1if x else y", "1or 2"). The reading position when an error is raised is part of
// CPython's behaviour (it becomes the error's offset), so the backups below matter.
#include <string>

#include "lex/lexer.h"
#include "lex/version_rules.h"

namespace pyfront::lex::detail {

namespace {
bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
}  // namespace

#define RULES (VersionRules::for_version(ver_))
#define NUMBER_ERROR(msg) \
    error_at_cur(ErrorKind::SyntaxError, RULES.specific_number_errors ? std::string(msg) : "invalid token")

bool Lexer::decimal_tail(int& c) {
    for (;;) {
        do {
            c = next();
        } while (is_digit(c));
        if (c != '_' || !RULES.underscores) break;
        c = next();
        if (!is_digit(c)) {
            backup(c);
            return NUMBER_ERROR("invalid decimal literal");
        }
    }
    return true;
}

// 3.10+: a number directly followed by a name character is an error, except before the
// keywords that can follow a number in valid code (and, else, for, if, in, is, not, or),
// which CPython only warns about. Only the first letters are looked at, as CPython does.
bool Lexer::verify_end_of_number(int c, const char* kind) {
    if (!RULES.verify_end_of_number || opt_.tokenize_module) return true;
    auto lookahead = [this](const char* rest) {
        std::uint32_t p = pos_;
        for (; *rest; ++rest, ++p)
            if (p >= len_ || b_[p] != *rest) return false;
        return true;
    };
    bool keyword_follows = false;
    switch (c) {
        case 'a': keyword_follows = lookahead("nd"); break;
        case 'e': keyword_follows = lookahead("lse"); break;
        case 'f': keyword_follows = lookahead("or"); break;
        case 'i':
            keyword_follows = pos_ < len_ && (b_[pos_] == 'f' || b_[pos_] == 'n' || b_[pos_] == 's');
            break;
        case 'o': keyword_follows = lookahead("r"); break;
        case 'n': keyword_follows = lookahead("ot"); break;
        default: break;
    }
    if (keyword_follows) return true;  // a SyntaxWarning in CPython, not an error
    // 3.10 also took a non-ASCII character for a name glued to the number; from 3.11 the
    // number ends there and the identifier check names the character.
    if ((c < 128 || RULES.number_end_nonascii) && is_potential_identifier_char(c)) {
        backup(c);
        return error_at_cur(ErrorKind::SyntaxError, std::string("invalid ") + kind + " literal");
    }
    return true;
}

bool Lexer::number_after_dot() {
    // `.5`: the first fraction digit has been read.
    int c = '0';
    if (!decimal_tail(c)) return false;
    return finish_exponent(c);
}

// c: the character after the fraction (or after the integer part).
bool Lexer::finish_exponent(int c) {
    if (c == 'e' || c == 'E') {
        int e = c;
        c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!is_digit(c)) {
                backup(c);
                return NUMBER_ERROR("invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            // `1e` or `1else`: the number ends before the 'e'.
            backup(c);
            if (!verify_end_of_number(e, "decimal")) return false;
            backup(e);
            emit(TokenKind::NUMBER, tok_start_, pos_);
            return true;
        }
        if (!decimal_tail(c)) return false;
    }
    if (c == 'j' || c == 'J') {
        c = next();
        if (!verify_end_of_number(c, "imaginary")) return false;
    } else if (!verify_end_of_number(c, "decimal")) {
        return false;
    }
    return finish_number(c);
}

bool Lexer::finish_fraction(int c) {
    // c: the character after the '.'
    if (is_digit(c)) {
        if (!decimal_tail(c)) return false;
    }
    return finish_exponent(c);
}

bool Lexer::finish_number(int c) {
    backup(c);
    emit(TokenKind::NUMBER, tok_start_, pos_);
    return true;
}

// Hexadecimal, octal and binary digits after the prefix; `ok` says which digits belong. A
// wrong digit right after the prefix or a '_' was reported before it up to 3.9 (the
// tokenizer backed up first), after it from 3.10; one after valid digits (`0o19`, checked
// after this loop) was always reported after it.
#define RADIX_DIGITS(ok, name)                                                             \
    c = next();                                                                            \
    do {                                                                                   \
        if (c == '_' && RULES.underscores) c = next();                                     \
        if (!(ok)) {                                                                       \
            if (is_digit(c) && name[0] != 'h') {                                           \
                if (!RULES.digit_error_after_digit) backup(c);                             \
                return NUMBER_ERROR(std::string("invalid digit '") + char(c) + "' in " +   \
                                    name + " literal");                                    \
            }                                                                              \
            backup(c);                                                                     \
            return NUMBER_ERROR(std::string("invalid ") + name + " literal");              \
        }                                                                                  \
        do {                                                                               \
            c = next();                                                                    \
        } while (ok);                                                                      \
    } while (c == '_' && RULES.underscores);

bool Lexer::number(int c) {
    const VersionRules rules = RULES;
    if (c != '0') {
        if (!decimal_tail(c)) return false;
        if (c == '.') return finish_fraction(next());
        return finish_exponent(c);
    }
    c = next();
    if (c == 'x' || c == 'X') {
        RADIX_DIGITS(is_xdigit(c), "hexadecimal")
        if (!verify_end_of_number(c, "hexadecimal")) return false;
        return finish_number(c);
    }
    if (c == 'o' || c == 'O') {
        RADIX_DIGITS(c >= '0' && c < '8', "octal")
        if (is_digit(c) && rules.specific_number_errors)  // after the digit in every version
            return NUMBER_ERROR(std::string("invalid digit '") + char(c) + "' in octal literal");
        if (!verify_end_of_number(c, "octal")) return false;
        return finish_number(c);
    }
    if (c == 'b' || c == 'B') {
        RADIX_DIGITS(c == '0' || c == '1', "binary")
        if (is_digit(c) && rules.specific_number_errors)  // after the digit in every version
            return NUMBER_ERROR(std::string("invalid digit '") + char(c) + "' in binary literal");
        if (!verify_end_of_number(c, "binary")) return false;
        return finish_number(c);
    }
    // Zeros, maybe followed by digits: allowed only as the start of a float or imaginary.
    bool nonzero = false;
    for (;;) {
        if (c == '_' && rules.underscores) {
            c = next();
            if (!is_digit(c)) {
                backup(c);
                return NUMBER_ERROR("invalid decimal literal");
            }
        }
        if (c != '0') break;
        c = next();
    }
    std::uint32_t zeros_end = pos_;
    if (is_digit(c)) {
        nonzero = true;
        if (!decimal_tail(c)) return false;
    }
    if (c == '.') return finish_fraction(next());
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return finish_exponent(c);
    if (nonzero && !opt_.tokenize_module) {
        backup(c);
        const char* msg =
            "leading zeros in decimal integer literals are not permitted; "
            "use an 0o prefix for octal integers";
        if (!rules.specific_number_errors) return error_at_cur(ErrorKind::SyntaxError, "invalid token");
        if (!rules.leading_zero_range) return error_at_cur(ErrorKind::SyntaxError, msg);
        // A known range in bytes: from the first digit to the end of the leading zeros.
        return error_at(ErrorKind::SyntaxError, msg, lineno_,
                        static_cast<int>(tok_start_ + 1 - line_start_),
                        static_cast<int>(zeros_end - line_start_));
    }
    if (!verify_end_of_number(c, "decimal")) return false;
    return finish_number(c);
}

}  // namespace pyfront::lex::detail
