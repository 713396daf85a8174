// Reader::CompileStr: compile(str) / ast.parse(str) of text the caller already decoded (the
// `_pyfront` extension given a str). Expectations from CPython 3.6.15-3.13.0's ast.parse of
// the same str: a leading U+FEFF stays a character ("invalid character in identifier" /
// "invalid non-printable character U+FEFF"), a coding cookie is a comment, NUL bytes are
// refused as for bytes, and error offsets count characters on 3.9-3.12 (the tokenizer is
// told the encoding).
#include <gtest/gtest.h>

#include <string>

#include "builder/builder.h"
#include "source/decode.h"
#include "source_test_support.h"

namespace pyfront::source {
namespace {

using Result = test::DecodeResult;

Result run(std::string_view text, Version v) { return test::decode_with(text, Reader::CompileStr, v, "<string>"); }

TEST(SourceCompileStr, KeepsBomAndIgnoresCookie) {
    const std::string text = "\xEF\xBB\xBF# coding: latin-1\nx = '\xC3\xA9'\n";
    Result r = run(text, Version{3, 11});
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.src.text, text);  // nothing stripped, nothing re-decoded
    EXPECT_FALSE(r.src.had_bom);
    EXPECT_EQ(r.src.cookie_line, 0);
    EXPECT_TRUE(r.src.had_cookie);  // the encoding is known: tok->encoding = "utf-8"
    EXPECT_EQ(r.src.encoding, "utf-8");
}

TEST(SourceCompileStr, RefusesNulLikeBytes) {
    Result old = run(std::string("x = 1\0\n", 7), Version{3, 10});
    ASSERT_FALSE(old.ok);
    EXPECT_EQ(old.err.kind, ErrorKind::ValueError);
    Result now = run(std::string("x = 1\0\n", 7), Version{3, 11});
    ASSERT_FALSE(now.ok);
    EXPECT_EQ(now.err.kind, ErrorKind::SyntaxError);
    EXPECT_EQ(now.err.message, "source code string cannot contain null bytes");
}

TEST(SourceCompileStr, KeepsTheCrlfExtraLineOfOldVersions) {
    EXPECT_EQ(run("x = 1\r\n", Version{3, 11}).src.text, "x = 1\r\n\n");
    EXPECT_EQ(run("x = 1\r\n", Version{3, 12}).src.text, "x = 1\r\n");
}

// Through the pipeline: the bytes form counts UTF-8 bytes in 3.9-3.12 parser error offsets,
// the str form characters (CPython 3.11: offset 10 for bytes, 9 for str).
TEST(SourceCompileStr, ParserErrorOffsetsCountCharacters) {
    const std::string text = "x = '\xC3\xA9' $\n";
    builder::Options o;
    o.version = Version{3, 11};
    o.version_hint = false;
    builder::Result as_bytes = builder::parse_source(text, o);
    o.reader = Reader::CompileStr;
    builder::Result as_str = builder::parse_source(text, o);
    ASSERT_TRUE(as_bytes.error && as_str.error);
    EXPECT_EQ(as_bytes.error->offset, 10);
    EXPECT_EQ(as_str.error->offset, 9);
}

TEST(SourceCompileStr, LeadingFeffIsACharacter) {
    builder::Options o;
    o.reader = Reader::CompileStr;
    o.version_hint = false;
    o.version = Version{3, 11};
    builder::Result r = builder::parse_source("\xEF\xBB\xBFx = 1\n", o);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->message, "invalid non-printable character U+FEFF");
    EXPECT_EQ(r.error->offset, 1);
    o.reader = Reader::CompileBytes;
    EXPECT_TRUE(builder::parse_source("\xEF\xBB\xBFx = 1\n", o).ok());
}

}  // namespace
}  // namespace pyfront::source
