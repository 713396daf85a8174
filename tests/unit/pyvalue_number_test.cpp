// Numeric literals to values. Expectations: repr(eval(literal)) of CPython 3.14.2, and the
// int_max_str_digits errors as 3.7.16 ... 3.13.0 and 3.14.2 raise them (3.6.15 has no limit).
// Besides these, 1500 random literals (floats near every exponent, ints in every base) were
// compared with 3.6, 3.7, 3.10, 3.12 and 3.14.
#include <gtest/gtest.h>

#include <string>

#include "pyvalue/number.h"
#include "pyvalue/repr.h"

namespace pyfront::pyvalue {
namespace {

std::string value_repr(std::string_view text, Version v = Version{3, 14}) {
    std::string out;
    switch (classify_number(text)) {
        case NumberKind::Int: {
            IntLiteral r = decode_int_literal(text, v);
            if (!r.ok) return "ERR " + r.error;
            if (r.small) append_repr_int(out, r.value);
            else out = r.decimal;
            return out;
        }
        case NumberKind::Float:
            append_repr_float(out, decode_float_literal(text));
            return out;
        case NumberKind::Imaginary:
            append_repr_complex(out, 0.0, decode_imaginary_literal(text));
            return out;
    }
    return out;
}

TEST(PyvalueNumber, Classify) {
    EXPECT_EQ(classify_number("0xE5"), NumberKind::Int);
    EXPECT_EQ(classify_number("1_000"), NumberKind::Int);
    EXPECT_EQ(classify_number("1e5"), NumberKind::Float);
    EXPECT_EQ(classify_number(".5"), NumberKind::Float);
    EXPECT_EQ(classify_number("1J"), NumberKind::Imaginary);
    EXPECT_EQ(classify_number("0"), NumberKind::Int);
}

TEST(PyvalueNumber, Ints) {
    const std::pair<const char*, const char*> cases[] = {
        {"0", "0"},
        {"00", "0"},
        {"0_0", "0"},
        {"9223372036854775807", "9223372036854775807"},
        {"9223372036854775808", "9223372036854775808"},
        {"18446744073709551616", "18446744073709551616"},
        {"0x7fffffffffffffff", "9223372036854775807"},
        {"0x8000000000000000", "9223372036854775808"},
        {"0XFFFF_FFFF_FFFF_FFFF_F", "295147905179352825855"},
        {"0o777", "511"},
        {"0O1_2", "10"},
        {"0b1010", "10"},
        {"0B_1", "1"},
        {"1_000_000", "1000000"},
        {"0x10000000000000000000", "75557863725914323419136"},
        {"12345678901234567890", "12345678901234567890"},
    };
    for (const auto& [text, expected] : cases) EXPECT_EQ(value_repr(text), expected) << text;
    IntLiteral small = decode_int_literal("0x7f", Version{3, 14});
    EXPECT_TRUE(small.ok && small.small);
    EXPECT_EQ(small.value, 127);
    EXPECT_EQ(int_literal_value("0b1" + std::string(100, '0')), BigInt(1) << 100);
}

TEST(PyvalueNumber, DigitLimit) {
    const std::string d4300(4300, '1'), d4301(4301, '1');
    EXPECT_EQ(value_repr(d4300).size(), 4300u);
    EXPECT_EQ(value_repr(d4301, Version{3, 14}),
              "ERR Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
              "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
              "integer literals to avoid decimal conversion limits.");
    EXPECT_EQ(value_repr(d4301, Version{3, 10}),
              "ERR Exceeds the limit (4300) for integer string conversion: value has 4301 digits; use "
              "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
              "literals to avoid decimal conversion limits.");
    EXPECT_EQ(value_repr(d4301, Version{3, 6}), d4301);
    // Underscores are not digits; hexadecimal has no limit.
    std::string underscored;
    for (int i = 0; i < 4300; ++i) underscored += "1_";
    underscored += "1";
    EXPECT_EQ(value_repr(underscored, Version{3, 11}).substr(0, 40), "ERR Exceeds the limit (4300 digits) for ");
    const std::string big = value_repr("0x" + std::string(4000, 'f'));  // 16**4000 - 1
    EXPECT_EQ(big.size(), 4817u);
    EXPECT_EQ(big.substr(0, 10), "3019469337");
}

TEST(PyvalueNumber, Floats) {
    const std::pair<const char*, const char*> cases[] = {
        {"1e400", "inf"},
        {"1e-400", "0.0"},
        {".5", "0.5"},
        {"1_0.0_1", "10.01"},
        {"0e0", "0.0"},
        {"1.", "1.0"},
        {"5e-324", "5e-324"},
        {"2.4703282292062328e-324", "5e-324"},
        {"2.4703282292062327e-324", "0.0"},
        {"1.7976931348623158e308", "1.7976931348623157e+308"},
        {"1.7976931348623159e308", "inf"},
        {"0.1", "0.1"},
        {"100000000000000000000.0", "1e+20"},
        {"1e22", "1e+22"},
        {"1e16", "1e+16"},
        {"1e15", "1000000000000000.0"},
        {"9999999999999998.0", "9999999999999998.0"},
        {"0.0001", "0.0001"},
        {"0.00001", "1e-05"},
        {"1.5e-7", "1.5e-07"},
        {"1e1_0", "10000000000.0"},
        {"1E+5", "100000.0"},
        {"0000.0001e4", "1.0"},
        {"0.000000000000000000000000000000000000001e400", "inf"},
        {"1e999999999999999999999", "inf"},
        {"0e999999999999999999999", "0.0"},
        {"1e-999999999999999999999", "0.0"},
    };
    for (const auto& [text, expected] : cases) EXPECT_EQ(value_repr(text), expected) << text;
}

TEST(PyvalueNumber, Imaginary) {
    EXPECT_EQ(value_repr("1e-7j"), "1e-07j");
    EXPECT_EQ(value_repr("1e400j"), "infj");
    EXPECT_EQ(value_repr("0j"), "0j");
    EXPECT_EQ(value_repr("3.14J"), "3.14j");
    EXPECT_EQ(value_repr("1_000j"), "1000j");
}

}  // namespace
}  // namespace pyfront::pyvalue
