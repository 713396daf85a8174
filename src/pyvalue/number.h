// Numeric literals to values, as CPython's parser turns a NUMBER token into a constant. The
// token's text is assumed valid for the version (the tokenizer checked it): digits with single
// underscores between them (3.6+), 0x/0o/0b prefixes in either case, old-style 0777 is not
// accepted by Python 3's tokenizer so never seen here.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include <boost/multiprecision/cpp_int.hpp>

#include "version/version.h"

namespace pyfront::pyvalue {

using BigInt = boost::multiprecision::cpp_int;

enum class NumberKind { Int, Float, Imaginary };

// Int: no '.', no exponent, no j (or a 0x/0o/0b prefix); Imaginary: ends in j/J; else Float.
NumberKind classify_number(std::string_view text);

struct IntLiteral {
    bool ok = true;
    // Set when the value fits in int64_t (every literal of real code but a few):
    bool small = true;
    std::int64_t value = 0;
    // Otherwise the value in decimal digits (literals are never negative).
    std::string decimal;
    // When !ok: CPython's SyntaxError message. The only failure is a decimal literal with more
    // than 4300 significant digits (sys.int_max_str_digits, CVE-2020-10735) in 3.7+, the way
    // the reference interpreters have it (the fix reached 3.7.14, 3.8.14, 3.9.14, 3.10.7):
    //   3.7-3.10 "Exceeds the limit (4300) for integer string conversion: value has N digits;
    //             use sys.set_int_max_str_digits() to increase the limit - Consider
    //             hexadecimal for huge integer literals to avoid decimal conversion limits."
    //   3.11+    the same with "(4300 digits)".
    // Leading zeros and underscores are not counted. Hexadecimal, octal and binary literals
    // have no limit (CPython 3.11+'s repr of such a value then fails in ast.dump; pyfront
    // prints it).
    std::string error;
};

// The value of an integer literal (any base, underscores allowed).
IntLiteral decode_int_literal(std::string_view text, Version v);

// The same as a Boost.Multiprecision integer (no digit limit applied).
BigInt int_literal_value(std::string_view text);

// The value of a float literal ("1.5e-7", ".5", "1_0.0_1", "1e400" -> inf, "1e-400" -> 0.0),
// correctly rounded as CPython's strtod does.
double decode_float_literal(std::string_view text);

// The imaginary part of an imaginary literal ("1j", "1.5e3J", "1_0j"); the real part is +0.0.
double decode_imaginary_literal(std::string_view text);

}  // namespace pyfront::pyvalue
