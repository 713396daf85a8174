// repr() of str, bytes, float, complex and int. Every expectation was printed by CPython
// 3.14.2 (pyodide); repr(chr(cp) + 'a') was also compared for every code point 0..0x10FFFF.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "pyvalue/repr.h"
#include "pyvalue/unicode.h"

namespace pyfront::pyvalue {
namespace {

std::string unhex(std::string_view h) {
    std::string out;
    for (std::size_t i = 0; i + 1 < h.size(); i += 2)
        out.push_back(static_cast<char>(std::stoi(std::string(h.substr(i, 2)), nullptr, 16)));
    return out;
}

TEST(PyvalueRepr, Str) {
    // {value as hex of s.encode('utf-8', 'surrogatepass'), repr(s)}
    const std::pair<const char*, const char*> cases[] = {
        {"", "''"},
        {"69742773", "\"it's\""},
        {"7361792022686922", "'say \"hi\"'"},
        {"626f7468202722", "'both \\'\"'"},
        {"5c", "'\\\\'"},
        {"090a0d001f7fc280c29fc2a0c2a1c2adc3bf", "'\\t\\n\\r\\x00\\x1f\\x7f\\x80\\x9f\\xa0\xc2\xa1\\xad\xc3\xbf'"},
        {"c3a9cdb8f09f9880eda080edbfbff48fbfbf", "'\xc3\xa9\\u0378\xf0\x9f\x98\x80\\ud800\\udfff\\U0010ffff'"},
        // Characters of Unicode 16.0 (3.14's), unknown to ICU 72: printable all the same.
        {"e0a297f09391a0f09cb080", "'\xe0\xa2\x97\xf0\x93\x91\xa0\xf0\x9c\xb0\x80'"},
        {"ee8080e280a8e280a9e38080e2808befbbbff3a08081",
         "'\\ue000\\u2028\\u2029\\u3000\\u200b\\ufeff\\U000e0001'"},
        // '\ud83d\ude00': two code points, never joined.
        {"eda0bdedb880", "'\\ud83d\\ude00'"},
    };
    for (const auto& [hex, expected] : cases) EXPECT_EQ(repr_str(unhex(hex)), expected) << hex;
}

TEST(PyvalueRepr, Bytes) {
    EXPECT_EQ(repr_bytes(""), "b''");
    EXPECT_EQ(repr_bytes("it's"), "b\"it's\"");
    EXPECT_EQ(repr_bytes("both '\""), "b'both \\'\"'");
    EXPECT_EQ(repr_bytes(unhex("00090a0d7f80ff5c207e")), "b'\\x00\\t\\n\\r\\x7f\\x80\\xff\\\\ ~'");
}

TEST(PyvalueRepr, Float) {
    const double inf = std::numeric_limits<double>::infinity();
    const std::pair<double, const char*> cases[] = {
        {0.0, "0.0"},
        {-0.0, "-0.0"},
        {1.0, "1.0"},
        {1.5e-7, "1.5e-07"},
        {1e16, "1e+16"},
        {1e15, "1000000000000000.0"},
        {9999999999999998.0, "9999999999999998.0"},
        {1e-5, "1e-05"},
        {0.0001, "0.0001"},
        {0.1, "0.1"},
        {1.0 / 3, "0.3333333333333333"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {inf, "inf"},
        {-inf, "-inf"},
        {std::nan(""), "nan"},
        {-std::nan(""), "nan"},
        {123456789.125, "123456789.125"},
        {1e22, "1e+22"},
        {2.5e-5, "2.5e-05"},
        {100.0, "100.0"},
        {12345678901234567.0, "1.2345678901234568e+16"},
    };
    for (const auto& [v, expected] : cases) EXPECT_EQ(repr_float(v), expected);
}

TEST(PyvalueRepr, Complex) {
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_EQ(repr_complex(0.0, 0.0), "0j");
    EXPECT_EQ(repr_complex(0.0, 1.0), "1j");
    EXPECT_EQ(repr_complex(-0.0, -0.0), "(-0-0j)");  // -0j
    EXPECT_EQ(repr_complex(0.0, -0.0), "-0j");
    EXPECT_EQ(repr_complex(-0.0, 0.0), "(-0+0j)");
    EXPECT_EQ(repr_complex(1, 2), "(1+2j)");
    EXPECT_EQ(repr_complex(1.5, -2.5), "(1.5-2.5j)");
    EXPECT_EQ(repr_complex(inf, std::nan("")), "(inf+nanj)");
    EXPECT_EQ(repr_complex(1e20, 1e-20), "(1e+20+1e-20j)");
    EXPECT_EQ(repr_complex(0, 1e16), "1e+16j");
    EXPECT_EQ(repr_complex(2.5, 0), "(2.5+0j)");
    EXPECT_EQ(repr_complex(0, 1.5e-7), "1.5e-07j");
    EXPECT_EQ(repr_complex(0, inf), "infj");
}

TEST(PyvalueRepr, Int) {
    std::string s;
    append_repr_int(s, 0);
    s += ' ';
    append_repr_int(s, -9223372036854775807 - 1);
    EXPECT_EQ(s, "0 -9223372036854775808");
}

TEST(PyvalueUnicode, GeneralizedUtf8) {
    std::string s;
    append_utf8(s, 0xD83D);
    append_utf8(s, 0xDE00);
    append_utf8(s, 0x10FFFF);
    EXPECT_EQ(s, unhex("eda0bdedb880f48fbfbf"));
    EXPECT_TRUE(has_surrogates(s));
    std::size_t i = 0;
    EXPECT_EQ(next_code_point(s, i), 0xD83Du);
    EXPECT_EQ(next_code_point(s, i), 0xDE00u);
    EXPECT_EQ(next_code_point(s, i), 0x10FFFFu);
    EXPECT_EQ(i, s.size());
    EXPECT_FALSE(has_surrogates("\xed\x9f\xbf"));  // U+D7FF
}

}  // namespace
}  // namespace pyfront::pyvalue
