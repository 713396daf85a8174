// Reader::TokenizeModule: what `python -m tokenize -e FILE` does before tokenizing.
// Expectations checked with `python3.12 -m tokenize -e` (3.12.1) and 3.13.0 on each input
// written as FILE (the printed "FILE: error: MSG" / "FILE:L:C: error: MSG" and the STRING
// tokens' text).
#include <gtest/gtest.h>

#include <string>

#include "source/decode.h"
#include "source_test_support.h"

using namespace std::string_literals;

namespace pyfront::source {
namespace {

using Result = test::DecodeResult;

Result tokenize_reader(std::string_view bytes, Version v = Version{3, 12}) {
    return test::decode_with(bytes, Reader::TokenizeModule, v, "f.py");
}

constexpr Version V312{3, 12}, V313{3, 13};

TEST(SourceTokenizeReader, DetectEncodingMessages) {
    struct Case {
        std::string in;
        const char* msg;
    };
    const Case cases[] = {
        {"# coding: nope\nx = 1\n", "unknown encoding for 'f.py': nope"},
        {"\xEF\xBB\xBF# coding: latin-1\nx = 1\n", "encoding problem for 'f.py': utf-8"},
        {"# \xff\nx = 1\n", "invalid or missing encoding declaration for 'f.py'"},
        {"x = '\xe2\x82'\n", "invalid or missing encoding declaration for 'f.py'"},  // line 1
        {"#\n\xff\n# coding: latin-1\n", "invalid or missing encoding declaration for 'f.py'"},
    };
    for (const Case& c : cases) {
        for (Version v : {V312, V313}) {
            auto r = tokenize_reader(c.in, v);
            ASSERT_FALSE(r.ok) << c.in;
            EXPECT_EQ(r.err.message, c.msg);
            EXPECT_EQ(r.err.lineno, 0);  // printed as "f.py: error: ..."
            EXPECT_FALSE(r.src.error_deferred);
        }
    }
}

TEST(SourceTokenizeReader, LaterLinesAreDecodedWithReplacement) {
    auto a = tokenize_reader("x = 1\ny = '\xe2\x82'\n");  // STRING "'\ufffd'"
    ASSERT_TRUE(a.ok);
    EXPECT_EQ(a.src.text, "x = 1\ny = '\xEF\xBF\xBD'\n");
    EXPECT_EQ(a.src.first_invalid_utf8, DecodedSource::npos);
    auto b = tokenize_reader("x = 1\ny = '\xed\xa0\x80'\n");  // three U+FFFD
    ASSERT_TRUE(b.ok);
    EXPECT_EQ(b.src.text, "x = 1\ny = '\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD'\n");
    auto c = tokenize_reader("#!x\n# coding: ascii\nx = '\xe9\xe9'\n");  // ENCODING 'ascii'
    ASSERT_TRUE(c.ok);
    EXPECT_EQ(c.src.encoding, "ascii");
    EXPECT_EQ(c.src.text, "#!x\n# coding: ascii\nx = '\xEF\xBF\xBD\xEF\xBF\xBD'\n");
}

TEST(SourceTokenizeReader, NulByteFailsWhenItsLineIsRead) {
    for (Version v : {V312, V313}) {
        auto r = tokenize_reader("x = 1\n\x00\n"s, v);  // f.py:2:0: error: ...
        ASSERT_FALSE(r.ok);
        EXPECT_EQ(r.err.kind, ErrorKind::SyntaxError);
        EXPECT_EQ(r.err.message, "source code cannot contain null bytes");
        EXPECT_EQ(r.err.lineno, 2);
        EXPECT_EQ(r.err.offset, 0);
        EXPECT_TRUE(r.src.error_deferred);
        EXPECT_EQ(r.src.text, "x = 1\n");
        // "x = 'abc\n\n\0\n": CPython reports the unterminated string of line 1 first; the
        // caller learns it by tokenizing `text`
        auto s = tokenize_reader("x = 'abc\n\n\x00\n"s, v);
        ASSERT_FALSE(s.ok);
        EXPECT_TRUE(s.src.error_deferred);
        EXPECT_EQ(s.src.text, "x = 'abc\n\n");
        EXPECT_EQ(s.err.lineno, 3);
        // "x = (\n\0\n": EOF inside the brackets is not an error of line 1: 2:0 null bytes
        auto p = tokenize_reader("x = (\n\x00\n"s, v);
        ASSERT_FALSE(p.ok);
        EXPECT_EQ(p.src.text, "x = (\n");
        EXPECT_EQ(p.err.lineno, 2);
    }
}

}  // namespace
}  // namespace pyfront::source
