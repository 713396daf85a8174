// String and bytes literal decoding against the reference interpreters: each row of
// pyvalue_string_cases.inc is what CPython 3.<minor> (3.6.15 ... 3.13.0 native, 3.14.2 and
// 3.15.0rc1 under pyodide) made of the token: its value, its first warning, or its SyntaxError.
#include <gtest/gtest.h>

#include "pyvalue/string_literal.h"
#include "pyvalue/unicode.h"

namespace pyfront::pyvalue {
namespace {

struct StringCase {
    int minor;
    const char* token_hex;
    const char* expected;
};

const StringCase kCases[] = {
#include "pyvalue_string_cases.inc"
};

std::string unhex(std::string_view h) {
    std::string out;
    for (std::size_t i = 0; i + 1 < h.size(); i += 2)
        out.push_back(static_cast<char>(std::stoi(std::string(h.substr(i, 2)), nullptr, 16)));
    return out;
}

std::string hex(std::string_view s) {
    static const char* d = "0123456789abcdef";
    std::string out;
    for (unsigned char c : s) {
        out.push_back(d[c >> 4]);
        out.push_back(d[c & 15]);
    }
    return out;
}

std::string decode(const std::string& token, Version v) {
    StringTokenParts p = split_string_token(token);
    std::string out;
    LiteralDiagnostics d;
    bool ok = p.prefix.bytes ? decode_bytes_body(p.body, p.prefix.raw, v, out, d)
                             : decode_str_body(p.body, p.prefix.raw, v, out, d);
    if (!ok) return "ERR " + d.error->message;
    std::string r = "OK " + hex(out);
    if (d.warning)
        r += std::string(" W ") +
             (d.warning->category == WarningCategory::SyntaxWarning ? "SyntaxWarning" : "DeprecationWarning") +
             "|" + d.warning->message;
    return r;
}

TEST(PyvalueString, MatchesReferenceInterpreters) {
    int checked = 0;
    for (const StringCase& c : kCases) {
        std::string token = unhex(c.token_hex);
        EXPECT_EQ(decode(token, Version{3, static_cast<std::uint8_t>(c.minor)}), c.expected)
            << "3." << c.minor << " " << token;
        ++checked;
    }
    EXPECT_GT(checked, 200);
}

TEST(PyvalueString, SplitToken) {
    StringTokenParts p = split_string_token("Rb'''a'b'''");
    EXPECT_TRUE(p.prefix.raw);
    EXPECT_TRUE(p.prefix.bytes);
    EXPECT_FALSE(p.prefix.unicode);
    EXPECT_EQ(p.quote_size, 3);
    EXPECT_EQ(p.body, "a'b");
    EXPECT_EQ(p.body_offset, 5u);
    p = split_string_token("u\"\"");
    EXPECT_TRUE(p.prefix.unicode);
    EXPECT_EQ(p.quote_size, 1);
    EXPECT_EQ(p.quote, '"');
    EXPECT_EQ(p.body, "");
    p = split_string_token("''''''");
    EXPECT_EQ(p.quote_size, 3);
    EXPECT_EQ(p.body, "");
}

TEST(PyvalueString, WarningAndErrorOffsets) {
    std::string out;
    LiteralDiagnostics d;
    EXPECT_TRUE(decode_str_body("ab\\q\\w", false, Version{3, 12}, out, d));
    ASSERT_TRUE(d.warning);
    EXPECT_EQ(d.warning->offset, 2u);  // the first invalid escape only
    EXPECT_EQ(d.warning->message, "invalid escape sequence '\\q'");
    d.clear();
    out.clear();
    EXPECT_FALSE(decode_str_body("\xc3\xa9\\x4", false, Version{3, 14}, out, d));
    ASSERT_TRUE(d.error);
    EXPECT_EQ(d.error->offset, 2u);
    EXPECT_EQ(d.error->message,
              "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape");
    d.clear();
    out.clear();
    EXPECT_TRUE(decode_str_body("\\d", false, Version{3, 5}, out, d));
    EXPECT_FALSE(d.warning);  // no warning before 3.6
}

// Up to 3.10 the reader let ill-formed UTF-8 through to the literal (CPython 3.8.18 and 3.10.13
// running a file with these bytes).
TEST(PyvalueString, IllFormedUtf8) {
    auto err = [](std::string body, bool raw) {
        std::string out;
        LiteralDiagnostics d;
        EXPECT_FALSE(decode_str_body(body, raw, Version{3, 10}, out, d));
        return d.error ? d.error->message : std::string();
    };
    EXPECT_EQ(err("\xed\xa0\x80", false),
              "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    EXPECT_EQ(err("a\xe0\x80\x80", false),
              "(unicode error) 'utf-8' codec can't decode byte 0xe0 in position 1: invalid continuation byte");
    EXPECT_EQ(err("\xc3\xa9\xf4\x90\x80\x80", true),
              "(unicode error) 'utf-8' codec can't decode byte 0xf4 in position 2: invalid continuation byte");
    // With an escape in the body, CPython decoded each run of non-ASCII bytes on its own.
    EXPECT_EQ(err("\\d\xed\xa0\x80", false),
              "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    EXPECT_EQ(err("\\d\xed\xa0\x80", true),
              "(unicode error) 'utf-8' codec can't decode byte 0xed in position 2: invalid continuation byte");
}

TEST(PyvalueString, BodyIsValue) {
    EXPECT_TRUE(body_is_value("plain \xc3\xa9", false));
    EXPECT_FALSE(body_is_value("plain \xc3\xa9", true));
    EXPECT_FALSE(body_is_value("a\\nb", false));
    EXPECT_FALSE(body_is_value("a\r\nb", false));
    EXPECT_FALSE(body_is_value("\xed\xa0\x80", false));
}

TEST(PyvalueUnicode, Names) {
    EXPECT_EQ(lookup_name("LATIN SMALL LETTER A", Version{3, 14}), std::optional<char32_t>(U'a'));
    EXPECT_EQ(lookup_name("latin small letter a", Version{3, 6}), std::optional<char32_t>(U'a'));
    EXPECT_EQ(lookup_name("LF", Version{3, 3}), std::optional<char32_t>(U'\n'));
    EXPECT_EQ(lookup_name("LF", Version{3, 2}), std::nullopt);  // aliases from 3.3
    EXPECT_EQ(lookup_name("NUSHU CHARACTER-1B170", Version{3, 6}), std::nullopt);  // Unicode 10.0
    EXPECT_EQ(lookup_name("NUSHU CHARACTER-1B170", Version{3, 7}), std::optional<char32_t>(0x1B170));
    EXPECT_EQ(lookup_name("EGYPTIAN HIEROGLYPH-13460", Version{3, 13}), std::nullopt);
    EXPECT_EQ(lookup_name("egyptian hieroglyph-13460", Version{3, 14}), std::optional<char32_t>(0x13460));
    EXPECT_EQ(lookup_name("TANGUT IDEOGRAPH-17000", Version{3, 14}), std::nullopt);
    EXPECT_EQ(lookup_name("TANGUT IDEOGRAPH-17000", Version{3, 15}), std::optional<char32_t>(0x17000));
    EXPECT_EQ(unicode_version(Version{3, 8}).major, 12);
    EXPECT_EQ(unicode_version(Version{3, 8}).minor, 1);
}

}  // namespace
}  // namespace pyfront::pyvalue
