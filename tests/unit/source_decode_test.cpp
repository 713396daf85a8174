// Reader::ScriptFile (`python FILE`) and the UTF-8 helpers. Expectations verified by running
// each input as a file with CPython 3.6.15-3.13.0 (`python FILE`, SyntaxError attributes read
// in sys.excepthook) and, for `encoding`, with `python3.12 -m tokenize -e FILE` (first line);
// the helpers against bytes.decode('utf-8') of 3.6.15, 3.13.0 and 3.14.2. CompileBytes and
// TokenizeModule have their own files (source_compile_bytes_test.cpp,
// source_tokenize_reader_test.cpp).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

using namespace std::string_literals;

#include "source/decode.h"
#include "source_test_support.h"

namespace pyfront::source {
namespace {

using Result = test::DecodeResult;

Result run(std::string_view bytes, Version v = Version{3, 12}, std::string file = "x.py",
           Reader reader = Reader::ScriptFile) {
    return test::decode_with(bytes, reader, v, std::move(file));
}

constexpr Version V36{3, 6}, V38{3, 8}, V39{3, 9}, V310{3, 10}, V311{3, 11}, V312{3, 12},
    V313{3, 13};

TEST(SourceDecode, PlainUtf8KeepsBytesAndNewlines) {
    std::string in = "x = 'caf\xC3\xA9'\r\ny = 1\rz = 2\n";
    auto r = run(in);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.src.text, in);
    EXPECT_EQ(r.src.encoding, "utf-8");
    EXPECT_FALSE(r.src.had_bom);
    EXPECT_FALSE(r.src.had_cookie);
    EXPECT_EQ(r.src.first_invalid_utf8, DecodedSource::npos);
}

TEST(SourceDecode, BomRemovedAndEncodingAsTokenizePrintsIt) {
    auto r = run("\xEF\xBB\xBFx=1\n");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.src.text, "x=1\n");
    EXPECT_TRUE(r.src.had_bom);
    EXPECT_EQ(r.src.encoding, "utf-8");  // tokenize -e prints 'utf-8', not 'utf-8-sig'
    auto s = run("\xEF\xBB\xBF# coding: utf-8-sig\ny=1\n");
    ASSERT_TRUE(s.ok);
    EXPECT_EQ(s.src.encoding, "utf-8");
}

TEST(SourceDecode, CookieNamesAsTokenizeReportsThem) {
    struct Case { const char* src; const char* enc; };
    const Case cases[] = {
        {"# coding=utf8\ny = 1\n", "utf8"},
        {"#coding:UTF_8\ny = 1\n", "utf-8"},
        {"# coding: utf-8-unix\ny = 1\n", "utf-8"},
        {"# coding: latin-1-unix\ny = 1\n", "iso-8859-1"},
        {"# coding: iso-latin-1\ny = 1\n", "iso-8859-1"},
        {"# coding: ISO-8859-1\ny = 1\n", "iso-8859-1"},
        {"# coding: iso_8859_1\ny = 1\n", "iso-8859-1"},
        {"# coding: latin1\ny = 1\n", "latin1"},
        {"# coding: CP1252\ny = 1\n", "CP1252"},
        {"# coding: us-ascii\ny = 1\n", "us-ascii"},
        {"# coding: u8\ny = 1\n", "u8"},
        {"#!/usr/bin/env python\n# -*- coding: latin-1 -*-\ny = 1\n", "iso-8859-1"},
        {"\n# coding: Latin_1\ny = 1\n", "iso-8859-1"},
        {"\t\f # coding:\tlatin-1\ny = 1\n", "iso-8859-1"},
        {"# vim: set fileencoding=iso-8859-15 :\ny = 1\n", "iso-8859-15"},
        {"# coding: \n# coding: latin-1\ny = 1\n", "iso-8859-1"},
        {"# coding: latin-1 coding: ascii\ny = 1\n", "iso-8859-1"},
        {"x=1\n# coding: xyz\n", "utf-8"},       // line 1 is code: line 2 not read
        {"\n\n# coding: xyz\n", "utf-8"},        // line 3 never counts
        {"x=1 # coding: xyz\n", "utf-8"},        // must start with '#'
    };
    for (const auto& c : cases) {
        auto r = run(c.src);
        ASSERT_TRUE(r.ok) << c.src << " -> " << r.err.message;
        EXPECT_EQ(r.src.encoding, c.enc) << c.src;
    }
}

TEST(SourceDecode, DeclaredCodecsGoThroughIcu) {
    auto l1 = run("# coding: latin-1\ny = \"\xE9\"\n");
    ASSERT_TRUE(l1.ok);
    EXPECT_EQ(l1.src.text, "# coding: latin-1\ny = \"\xC3\xA9\"\n");
    EXPECT_EQ(l1.src.cookie_line, 1);
    auto cp = run("# coding: cp1252\ny = \"\x80\"\n");
    ASSERT_TRUE(cp.ok);
    EXPECT_EQ(cp.src.text, "# coding: cp1252\ny = \"\xE2\x82\xAC\"\n");  // U+20AC
    auto l15 = run("# vim: set fileencoding=iso-8859-15 :\ny = \"\xA4\"\n");
    ASSERT_TRUE(l15.ok);
    EXPECT_EQ(l15.src.text.substr(l15.src.text.size() - 5), "\xE2\x82\xAC\"\n");
    auto euc = run("# coding: euc-jp\ny = \"\xA4\xA2\"\n");
    ASSERT_TRUE(euc.ok);
    EXPECT_EQ(euc.src.text, "# coding: euc-jp\ny = \"\xE3\x81\x82\"\n");  // U+3042
    auto sj = run("# -*- coding: shift_jis -*-\ny = \"\x82\xA0\"\n");
    ASSERT_TRUE(sj.ok);
    EXPECT_EQ(sj.src.text.substr(sj.src.text.size() - 5), "\xE3\x81\x82\"\n");
    auto koi = run("# coding: koi8-r\ny = \"\xC1\"\n");
    ASSERT_TRUE(koi.ok);
    EXPECT_EQ(koi.src.text.substr(koi.src.text.size() - 4), "\xD0\xB0\"\n");  // U+0430
    auto mac = run("# coding: mac-roman\ny = \"\x80\"\n");
    ASSERT_TRUE(mac.ok);
    EXPECT_EQ(mac.src.text.substr(mac.src.text.size() - 4), "\xC3\x84\"\n");  // U+00C4
    auto crlf = run("# coding: latin-1\r\ny = \"\xE9\"\r\n");
    ASSERT_TRUE(crlf.ok);
    EXPECT_EQ(crlf.src.text, "# coding: latin-1\r\ny = \"\xC3\xA9\"\r\n");
    auto cr = run("# coding: latin-1\ry = \"\xE9\"\r");
    ASSERT_TRUE(cr.ok);
    EXPECT_EQ(cr.src.text, "# coding: latin-1\ry = \"\xC3\xA9\"\r");
}

TEST(SourceDecode, CookieLineItselfIsNeverDecoded) {
    // CPython keeps the cookie line raw: an undecodable byte in it is accepted.
    auto r = run("# coding: ascii \xE9\ny = 1\n", V36);
    EXPECT_TRUE(r.ok);
    r = run("# coding: ascii \xE9\ny = 1\n", V313);
    EXPECT_TRUE(r.ok);
}

TEST(SourceDecode, UndecodableWithDeclaredCodec) {
    for (Version v : {V36, V38}) {
        auto r = run("# coding: ascii\nx=1\ny=2\nz=3\nw = \"\xE9\"\n", v);
        ASSERT_FALSE(r.ok);
        EXPECT_EQ(r.err.message, "encoding problem: ascii");
        EXPECT_EQ(r.err.lineno, 1);
    }
    for (Version v : {V39, V312, V313}) {
        auto r = run("# coding: cp1252\nx=1\ny = \"\x81\"\n", v);  // 0x81 undefined in cp1252
        ASSERT_FALSE(r.ok);
        EXPECT_EQ(r.err.message, "encoding problem: cp1252");
        EXPECT_EQ(r.err.lineno, 0);
    }
    auto e = run("# coding: euc-jp\nx = \"\xFF\xFF\"\n");
    ASSERT_FALSE(e.ok);
    EXPECT_EQ(e.err.message, "encoding problem: euc-jp");
    auto u = run("# coding: UTF8\ny = \"\xFF\"\n");  // not normalized: CPython's utf_8 codec
    ASSERT_FALSE(u.ok);
    EXPECT_EQ(u.err.message, "encoding problem: UTF8");
}

TEST(SourceDecode, UnknownAndUnusableEncodings) {
    struct Case { const char* src; const char* msg; };
    const Case cases[] = {
        {"# coding: xyz\nx=1\n", "encoding problem: xyz"},
        {"# coding: rot13\nx=1\n", "encoding problem: rot13"},
        {"# coding: hex\nx=1\n", "encoding problem: hex"},
        {"# coding: utf-16\nx=1\n", "encoding problem: utf-16"},
        {"# coding: utf-32\nx=1\n", "encoding problem: utf-32"},
        {"# coding: mbcs\nx=1\n", "encoding problem: mbcs"},
        {"# coding: lat\xC3\xA9n\nx=1\n", "encoding problem: lat"},
        {"# coding:  coding=latin-1\nx=1\n", "encoding problem: coding"},
    };
    for (const auto& c : cases) {
        auto r = run(c.src, V312);
        ASSERT_FALSE(r.ok) << c.src;
        EXPECT_EQ(r.err.message, c.msg);
        EXPECT_EQ(r.err.kind, ErrorKind::DecodeError);
        EXPECT_EQ(r.err.lineno, 0);
    }
    auto old = run("#!python\r# coding: xyz\r", V38);
    ASSERT_FALSE(old.ok);
    EXPECT_EQ(old.err.message, "encoding problem: xyz");
    EXPECT_EQ(old.err.lineno, 2);
    // cp65001 is UTF-8 on every platform from 3.8 only.
    EXPECT_FALSE(run("# coding: cp65001\ny = 1\n", Version{3, 7}).ok);
    EXPECT_TRUE(run("# coding: cp65001\ny = 1\n", V38).ok);
}

TEST(SourceDecode, BomWithOtherCookie) {
    auto r = run("\xEF\xBB\xBF# coding: latin-1\nx=1\n", V312);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.err.message, "encoding problem: iso-8859-1 with BOM");
    EXPECT_EQ(r.err.lineno, 0);
    r = run("\xEF\xBB\xBF# coding: UTF8\ny=1\n", V36);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.err.message, "encoding problem: UTF8 with BOM");
    EXPECT_EQ(r.err.lineno, 1);
    EXPECT_TRUE(run("\xEF\xBB\xBF# coding: utf-8\nx=1\n").ok);
    EXPECT_TRUE(run("\xEF\xBB\xBF# coding: utf-8-unix\nx=1\n").ok);
}

TEST(SourceDecode, NonUtf8MessagesPerVersion) {
    const std::string in = "x = 1\ny = \"\xE9\"\n";
    auto r36 = run(in, V36, "bad.py");
    ASSERT_FALSE(r36.ok);
    EXPECT_EQ(r36.err.message,
              "Non-UTF-8 code starting with '\\xe9' in file bad.py on line 2, but no encoding "
              "declared; see http://python.org/dev/peps/pep-0263/ for details");
    EXPECT_EQ(r36.err.lineno, 2);
    EXPECT_EQ(r36.err.offset, 0);
    auto r39 = run(in, V39, "bad.py");
    ASSERT_FALSE(r39.ok);
    EXPECT_EQ(r39.err.message,
              "Non-UTF-8 code starting with '\\xe9' in file bad.py on line 2, but no encoding "
              "declared; see https://python.org/dev/peps/pep-0263/ for details");
    EXPECT_EQ(r39.err.lineno, 0);
    auto r310 = run(in, V310, "bad.py");  // 3.10 says one line too far
    ASSERT_FALSE(r310.ok);
    EXPECT_EQ(r310.err.message,
              "Non-UTF-8 code starting with '\\xe9' in file bad.py on line 3, but no encoding "
              "declared; see https://python.org/dev/peps/pep-0263/ for details");
    for (Version v : {V311, V312, V313}) {
        auto r = run(in, v, "/tmp/bad.py");
        ASSERT_FALSE(r.ok);
        EXPECT_EQ(r.err.message,
                  "Non-UTF-8 code starting with '\\xe9' in file /tmp/bad.py on line 2, but no "
                  "encoding declared; see https://peps.python.org/pep-0263/ for details");
        EXPECT_EQ(r.err.lineno, 0);
        EXPECT_EQ(r.err.kind, ErrorKind::DecodeError);
    }
}

TEST(SourceDecode, WhichByteAndLineIsReported) {
    struct Case { const char* src; const char* start; int line; };
    const Case cases[] = {
        {"\xFF\n", "'\\xff' in file x.py on line 1,", 1},
        {"x = \"\xE2\x28\xA1\"\n", "'\\xe2' in file x.py on line 1,", 1},
        {"x = \"\xE2\x82", "'\\xe2' in file x.py on line 1,", 1},            // truncated
        {"\xEF\xBBx=1\n", "'\\xef' in file x.py on line 1,", 1},              // half a BOM
        {"x=1\ry=\"\xFF\"\r", "'\\xff' in file x.py on line 2,", 2},          // \r ends lines
        {"x = 1\ny = 2\nzz = \"ab\xE9" "cd\"\n", "'\\xe9' in file x.py on line 3,", 3},
        {"# caf\xE9\n# coding: latin-1\nx=1\n", "'\\xe9' in file x.py on line 1,", 1},
        {"\xFF\xFEx\x00=\x00", "'\\xff' in file x.py on line 1,", 1},          // UTF-16 BOM
    };
    for (const auto& c : cases) {
        auto r = run(c.src, V312);
        ASSERT_FALSE(r.ok) << c.src;
        EXPECT_NE(r.err.message.find(c.start), std::string::npos) << r.err.message;
        auto o = run(c.src, V38);
        ASSERT_FALSE(o.ok);
        EXPECT_EQ(o.err.lineno, c.line);
    }
}

TEST(SourceDecode, IllFormedButStructurallyValidPerVersion) {
    // Overlong, surrogate, above U+10FFFF, F5 lead: strict from 3.11; up to 3.10 the reader
    // lets them through and later stages decide.
    const char* ins[] = {"x = \"\xC0\x80\"\n", "x = \"\xED\xA0\x80\"\n", "x = \"\xF4\x90\x80\x80\"\n",
                         "# \xF5\x80\x80\x80\nx=1\n"};
    for (const char* in : ins) {
        for (Version v : {V36, V38, V39, V310}) {
            auto r = run(in, v);
            ASSERT_TRUE(r.ok) << in;
            EXPECT_NE(r.src.first_invalid_utf8, DecodedSource::npos);
        }
        for (Version v : {V311, V312, V313}) {
            auto r = run(in, v);
            ASSERT_FALSE(r.ok);
            EXPECT_EQ(r.err.message.rfind("Non-UTF-8 code starting with", 0), 0u);
        }
    }
    auto r = run("x = \"\xED\xA0\x80\"\n", V313);
    EXPECT_NE(r.err.message.find("'\\xed'"), std::string::npos);
}

TEST(SourceDecode, DeclaredUtf8IsNotCheckedByTheReader) {
    for (Version v : {V36, V312, V313}) {
        auto a = run("# coding: utf-8\n# caf\xE9\nx=1\n", v);
        ASSERT_TRUE(a.ok);
        EXPECT_EQ(a.src.first_invalid_utf8, 21u);
        auto b = run("\xEF\xBB\xBF# caf\xE9\nx=1\n", v);
        ASSERT_TRUE(b.ok);
        EXPECT_EQ(b.src.first_invalid_utf8, 5u);  // offset in text (BOM removed)
    }
}

TEST(SourceDecode, NulBytes) {
    for (Version v : {V311, V312, V313}) {
        auto r = run("x = 1\ny = 2\x00\n"s, v);
        ASSERT_FALSE(r.ok);
        EXPECT_EQ(r.err.kind, ErrorKind::SyntaxError);
        EXPECT_EQ(r.err.message, "source code cannot contain null bytes");
        EXPECT_EQ(r.err.lineno, 2);
        EXPECT_EQ(r.err.offset, 0);
    }
    // Earliest problem wins.
    auto a = run("\x00x = \"\xFF\"\n"s, V312);
    ASSERT_FALSE(a.ok);
    EXPECT_EQ(a.err.message, "source code cannot contain null bytes");
    auto b = run("x = \"\xFF\"\x00\n"s, V312);
    ASSERT_FALSE(b.ok);
    EXPECT_EQ(b.err.message.rfind("Non-UTF-8", 0), 0u);
    auto c = run("# coding: latin-1\nx=1\x00\n"s, V312);
    ASSERT_FALSE(c.ok);
    EXPECT_EQ(c.err.lineno, 2);
    // Up to 3.10 a NUL cuts its line and the newline goes too: CPython 3.6-3.10 print 'ac'
    // for s = """a\0b\nc""" and read "s = 1\0junk\rprint(s)\r" as "s = 1print(s)".
    for (Version v : {V36, V38, V310}) {
        auto r = run("s = \"\"\"a\x00"s "b\nc\"\"\"\nprint(repr(s))\n", v);
        ASSERT_TRUE(r.ok);
        EXPECT_EQ(r.src.text, "s = \"\"\"ac\"\"\"\nprint(repr(s))\n");
        auto s = run(std::string("s = 1\x00junk\rprint(s)\r", 20), v);
        ASSERT_TRUE(s.ok);
        EXPECT_EQ(s.src.text, "s = 1print(s)\r");
    }
}

TEST(SourceDecode, LineByLineErrorsAreDeferred) {
    // `python3.X FILE` meets the NUL / the non-UTF-8 line only when the tokenizer reads it:
    // "x = 'abc\n\n\0\n" and "x = 'abc\n\n\xff\n" report the unterminated string of line 1.
    for (Version v : {V311, V312, V313}) {
        auto n = run("x = 'abc\n\n\x00\n"s, v);
        ASSERT_FALSE(n.ok);
        EXPECT_EQ(n.err.message, "source code cannot contain null bytes");
        EXPECT_EQ(n.err.lineno, 3);
        EXPECT_TRUE(n.src.error_deferred);
        EXPECT_EQ(n.src.text, "x = 'abc\n\n");
    }
    for (Version v : {V36, V39, V310, V311, V313}) {
        auto b = run("x = 'abc\n\n\xff\n", v);
        ASSERT_FALSE(b.ok);
        EXPECT_EQ(b.err.message.rfind("Non-UTF-8 code starting with '\\xff'", 0), 0u);
        EXPECT_TRUE(b.src.error_deferred);
        EXPECT_EQ(b.src.text, "x = 'abc\n\n");
    }
    // Up to 3.10 the lines before keep losing NUL..end-of-line.
    auto z = run("a = 1\x00junk\nb = 2\nc = '\xff'\n"s, V38);
    ASSERT_FALSE(z.ok);
    EXPECT_EQ(z.src.text, "a = 1b = 2\n");
    // Errors of a declared codec come up front (CPython's decoding reader reads ahead).
    auto c = run("# coding: ascii\nx = 'abc\n\xe9\n", V312);
    ASSERT_FALSE(c.ok);
    EXPECT_EQ(c.err.message, "encoding problem: ascii");
    EXPECT_FALSE(c.src.error_deferred);
}

TEST(SourceDecode, Utf8DecodeErrorAsPythonReportsIt) {
    struct Case {
        std::string in;
        const char* msg;
        std::size_t start;
    };
    const Case cases[] = {
        {"\xff", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 0},
        {"abc\xff" "def", "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", 3},
        {"\xe2\x82", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", 0},
        {"\xe2\x82" "a", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", 0},
        {"\xed\xa0\x80", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", 0},
        {"\xf4\x90\x80\x80", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte", 0},
        {"\xc0\x80", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", 0},
        {"\xe9", "'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", 0},
        {"x\xf0\x9f\x98", "'utf-8' codec can't decode bytes in position 1-3: unexpected end of data", 1},
        {"\xf0\x9f\x98" "a", "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte", 0},
        {"\xf0\x80\x80\x80", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte", 0},
        {"\xe0\x80", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte", 0},
        {"\xc3\xa9\xff", "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 2},
    };
    for (const Case& c : cases) {
        std::size_t start = 0;
        EXPECT_EQ(utf8_decode_error(c.in, &start), c.msg);
        EXPECT_EQ(start, c.start) << c.msg;
    }
    std::size_t start = 0;
    EXPECT_EQ(utf8_decode_error("caf\xC3\xA9 \xF0\x9F\x98\x80", &start), "");
    EXPECT_EQ(start, DecodedSource::npos);
}

TEST(SourceDecode, Utf8ReplaceLength) {
    EXPECT_EQ(utf8_replace_length(""), 0u);
    EXPECT_EQ(utf8_replace_length("caf\xC3\xA9"), 4u);
    EXPECT_EQ(utf8_replace_length("x = '\xff'"), 7u);
    EXPECT_EQ(utf8_replace_length("\xe2\x82"), 1u);
    EXPECT_EQ(utf8_replace_length("a\xe2\x82" "a"), 3u);
    EXPECT_EQ(utf8_replace_length("\xed\xa0\x80"), 3u);
    EXPECT_EQ(utf8_replace_length("\xc0\x80"), 2u);
    EXPECT_EQ(utf8_replace_length("\xf0\x9f\x98\x80"), 1u);
}

TEST(SourceDecode, FindInvalidUtf8) {
    EXPECT_EQ(find_invalid_utf8(""), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("plain ascii text, longer than eight bytes"),
              std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("abcdefgh\xF0\x9F\x98\x80ijk"), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("abcdefghij\x80"), 10u);
    EXPECT_EQ(find_invalid_utf8("\xE0\x80\x80"), 0u);       // overlong
    EXPECT_EQ(find_invalid_utf8("a\xF4\x90\x80\x80"), 1u);  // > U+10FFFF
}

TEST(SourceReadFile, ReadsAndReportsErrors) {
    std::string path = ::testing::TempDir() + "pyfront_read_file_test.py";
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fwrite("a\0b\xFF", 1, 4, f);
        std::fclose(f);
    }
    std::string bytes, err;
    ASSERT_TRUE(read_file(path, bytes, err));
    EXPECT_EQ(bytes, std::string("a\0b\xFF", 4));
    std::remove(path.c_str());
    EXPECT_FALSE(read_file("/nonexistent/dir/x.py", bytes, err));
    EXPECT_EQ(err, "cannot open '/nonexistent/dir/x.py': No such file or directory");
    EXPECT_FALSE(read_file("/", bytes, err));
    EXPECT_EQ(err, "cannot read '/': Is a directory");
}

}  // namespace
}  // namespace pyfront::source
