// Reader::CompileBytes: what compile(source_bytes, "x.py", "exec", ast.PyCF_ONLY_AST) does
// before the tokenizer. Every expectation was checked with CPython 3.6.15, 3.7.16, 3.8.18,
// 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0 and (pyodide) 3.14.2, 3.15.0rc1, compiling the bytes
// with the file present on disk as the golden corpus does: e.msg, e.lineno, e.offset,
// e.end_lineno, e.end_offset (None is 0 here).
#include <gtest/gtest.h>

#include <string>

#include "source/decode.h"
#include "source_test_support.h"

using namespace std::string_literals;

namespace pyfront::source {
namespace {

using Result = test::DecodeResult;

Result compile_bytes(std::string_view bytes, Version v) {
    return test::decode_with(bytes, Reader::CompileBytes, v, "x.py");
}

constexpr Version V30{3, 0}, V34{3, 4}, V36{3, 6}, V37{3, 7}, V38{3, 8}, V39{3, 9}, V310{3, 10},
    V311{3, 11}, V312{3, 12}, V313{3, 13}, V314{3, 14}, V315{3, 15};
const Version kAll[] = {V36, V37, V38, V39, V310, V311, V312, V313, V314, V315};

// "no location": lineno None; offset 0 up to 3.8, -1 from 3.9.
void expect_unlocated(const Result& r, Version v, const std::string& msg) {
    ASSERT_FALSE(r.ok) << msg;
    EXPECT_EQ(r.err.kind, ErrorKind::DecodeError);
    EXPECT_STREQ(error_kind_name(r.err.kind), "SyntaxError");
    EXPECT_EQ(r.err.message, msg);
    EXPECT_EQ(r.err.lineno, 0) << msg;
    EXPECT_EQ(r.err.offset, v >= V39 ? -1 : 0) << msg;
}

TEST(SourceCompileBytes, IsTheDefaultReader) {
    EXPECT_EQ(DecodeOptions{}.reader, Reader::CompileBytes);
}

TEST(SourceCompileBytes, NulBytesAreCheckedFirst) {
    const std::string inputs[] = {
        "x = 1\x00\n"s,
        "x = 1  # a\x00" "b\n"s,
        "y = '\xff'\nx = 1\x00\n"s,            // before the UTF-8 problem of line 1
        "# coding: nope\nx = 1\x00\n"s,        // before the unknown codec
        "\xEF\xBB\xBF# coding: latin-1\n\x00"s,  // before the BOM conflict
    };
    for (const std::string& in : inputs) {
        for (Version v : {V30, V34, V36, V38, V310}) {
            auto r = compile_bytes(in, v);
            ASSERT_FALSE(r.ok);
            EXPECT_EQ(r.err.kind, ErrorKind::ValueError);  // 3.0-3.4: TypeError in CPython
            EXPECT_EQ(r.err.message, "source code string cannot contain null bytes");
            EXPECT_EQ(r.err.lineno, 0);
            EXPECT_EQ(r.err.offset, 0);
        }
        for (Version v : {V311, V312, V313, V314, V315}) {
            auto r = compile_bytes(in, v);
            ASSERT_FALSE(r.ok);
            EXPECT_EQ(r.err.kind, ErrorKind::SyntaxError);
            EXPECT_EQ(r.err.message, "source code string cannot contain null bytes");
            EXPECT_EQ(r.err.lineno, 0);
            EXPECT_EQ(r.err.offset, 0);
            EXPECT_FALSE(r.src.error_deferred);
        }
    }
}

TEST(SourceCompileBytes, UndeclaredUtf8IsNotCheckedUntil313) {
    // The bytes reach the tokenizer, which reports them where they sit (a comment accepts them).
    struct Case {
        std::string in;
        std::size_t first_invalid;
    };
    const Case cases[] = {
        {"x = 1  # \xff\n", 9},
        {"# c\n# c\nx = '\xff'\n", 13},
        {"x = '\xed\xa0\x80'\n", 5},           // surrogate
        {"x = '\xc0\x80'\n", 5},               // overlong
        {"# \xf5\x80\x80\x80\nx=1\n", 2},      // above U+10FFFF
        {"x = 1\n# \xe2\x82", 8},              // cut by the end of the file
        {"# coding: utf-8\nx = 1 # \xff\n", 24},  // a utf-8 cookie changes nothing
        {"\xEF\xBB\xBFx = '\xff'\n", 5},           // nor does a BOM (offset in text)
        {"# \xff\n# coding: utf-8\nx=1\n", 2},
    };
    for (const Case& c : cases) {
        for (Version v : {V30, V36, V39, V310, V311, V312, V313}) {
            auto r = compile_bytes(c.in, v);
            ASSERT_TRUE(r.ok) << c.in << " -> " << r.err.message;
            EXPECT_EQ(r.src.first_invalid_utf8, c.first_invalid) << c.in;
        }
    }
    auto r = compile_bytes("\xEF\xBB\xBFx = '\xff'\n", V313);
    EXPECT_EQ(r.src.text, "x = '\xff'\n");
    EXPECT_TRUE(r.src.had_bom);
    EXPECT_EQ(compile_bytes("x = 'caf\xC3\xA9'\n", V313).src.first_invalid_utf8, DecodedSource::npos);
}

TEST(SourceCompileBytes, UndeclaredUtf8IsCheckedUpFrontFrom314) {
    struct Case {
        std::string in;
        const char* byte;
        int line, offset;  // offset = code points before it on its line + 1
    };
    const Case cases[] = {
        {"# tests: x\n# expect 3.0-3.15: error\nx = '\xff'\n", "ff", 3, 6},  // utf8_invalid_byte
        {"x = 1  # \xff\n", "ff", 1, 10},                  // comments too
        {"x = 'abc\xff" "def'\n", "ff", 1, 9},
        {"x = '\xC3\xA9\xC3\xA9\xff'\n", "ff", 1, 8},       // characters, not bytes
        {"if 1:\n\tx = '\xff'\n", "ff", 2, 7},
        {"x = '''a\nb\xff\nc'''\n", "ff", 2, 2},
        {"x = = 1\ny = '\xff'\n", "ff", 2, 6},            // before the syntax error of line 1
        {"x = 1\ry = '\xff'\r", "ff", 2, 6},                // \r ends lines
        {"x = 1\r\ny = '\xff'\r\n", "ff", 2, 6},
        {"\xEF\xBB\xBFx = '\xff'\n", "ff", 1, 6},           // the BOM is not counted
        {"# coding: utf-8\nx = '\xff'\n", "ff", 2, 6},      // "no encoding declared" anyway
        {"# coding: utf-8 \xff\nx=1\n", "ff", 1, 17},
        {"x = '\xed\xa0\x80'\n", "ed", 1, 6},
        {"x = '\xc0\x80'\n", "c0", 1, 6},
        {"# \xf5\x80\x80\x80\nx=1\n", "f5", 1, 3},
        {"x = '\xe2\x82'\n", "e2", 1, 6},
        {"x = 1\n# \xe2\x82", "e2", 2, 3},
    };
    for (const Case& c : cases) {
        for (Version v : {V314, V315}) {
            auto r = compile_bytes(c.in, v);
            ASSERT_FALSE(r.ok) << c.in;
            EXPECT_EQ(r.err.kind, ErrorKind::DecodeError);
            EXPECT_EQ(r.err.message, "Non-UTF-8 code starting with '\\x" + std::string(c.byte) +
                                         "' on line " + std::to_string(c.line) +
                                         ", but no encoding declared; see "
                                         "https://peps.python.org/pep-0263/ for details");
            EXPECT_EQ(r.err.lineno, c.line) << c.in;
            EXPECT_EQ(r.err.offset, c.offset) << c.in;
            EXPECT_EQ(r.err.end_lineno, c.line) << c.in;
            EXPECT_EQ(r.err.end_offset, c.offset) << c.in;
        }
    }
}

TEST(SourceCompileBytes, UnknownAndNonTextCodecs) {
    for (Version v : kAll) {
        expect_unlocated(compile_bytes("# coding: nope\nx = 1\n", v), v, "unknown encoding: nope");
        expect_unlocated(compile_bytes("#!x\n# coding: nope\nx=1\n", v), v, "unknown encoding: nope");
        expect_unlocated(compile_bytes("#!x\r# coding: nope\rx=1\r", v), v, "unknown encoding: nope");
        expect_unlocated(compile_bytes("# coding: nope", v), v, "unknown encoding: nope");
        // line 1 is not UTF-8, but the whole file goes to the declared codec
        expect_unlocated(compile_bytes("# \xff\n# coding: nope\nx=1\n", v), v,
                         "unknown encoding: nope");
        expect_unlocated(compile_bytes("# coding: mbcs\nx = 1\n", v), v, "unknown encoding: mbcs");
        expect_unlocated(compile_bytes("# coding: rot13\nx = 1\n", v), v,
                         "'rot13' is not a text encoding; use codecs.decode() to handle "
                         "arbitrary codecs");
        expect_unlocated(compile_bytes("# coding: hex\nx = 1\n", v), v,
                         "'hex' is not a text encoding; use codecs.decode() to handle "
                         "arbitrary codecs");
        expect_unlocated(compile_bytes("#!x\n# coding: undefined\n", v), v,
                         v >= V312 ? "undefined encoding"
                                   : "decoding with 'undefined' codec failed (UnicodeError: "
                                     "undefined encoding)");
    }
    for (Version v : {V36, V37})
        expect_unlocated(compile_bytes("# coding: cp65001\nx = '\xC3\xA9'\n", v), v,
                         "cp65001 encoding is only available on Windows");
    EXPECT_TRUE(compile_bytes("# coding: cp65001\nx = '\xC3\xA9'\n", V38).ok);
}

TEST(SourceCompileBytes, UndecodableBytesWithTheCodecsMessage) {
    struct Case {
        std::string in;
        const char* msg;
    };
    const Case cases[] = {
        // coding_ascii_with_non_ascii: the whole buffer is decoded, position 21
        {"# coding: ascii\nx = '\xe9'\n",
         "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)"},
        {"# coding: ascii \xe9\nx=1\n",  // the cookie line is decoded too
         "'ascii' codec can't decode byte 0xe9 in position 16: ordinal not in range(128)"},
        {"# coding: ascii\r\n\r\nx = '\xe9'\r\n",  // positions after \r\n -> \n
         "'ascii' codec can't decode byte 0xe9 in position 22: ordinal not in range(128)"},
        {"#!x\n# coding: ascii\nx = '\xe9'\n",
         "'ascii' codec can't decode byte 0xe9 in position 25: ordinal not in range(128)"},
        {"# coding: cp1252\nx = '\x81'\n",
         "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"},
        {"# coding: cp1252\r\nx = '\x81'\r\n",
         "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"},
        {"# coding: iso-8859-3\nx = '\xa5'\n",
         "'charmap' codec can't decode byte 0xa5 in position 26: character maps to <undefined>"},
        // "utf8" is not normalized to "utf-8": CPython's UTF-8 codec decodes everything
        {"# coding: utf8\nx = '\xff'\n",
         "'utf-8' codec can't decode byte 0xff in position 20: invalid start byte"},
        {"# coding: utf8\nx = 1 # \xff\n",
         "'utf-8' codec can't decode byte 0xff in position 23: invalid start byte"},
        {"# coding: utf8\r\nx = '\xff'\r\n",
         "'utf-8' codec can't decode byte 0xff in position 20: invalid start byte"},
        {"# coding: utf8\nx = 1 # \xe2\x82",  // a final \n is added before decoding
         "'utf-8' codec can't decode bytes in position 23-24: invalid continuation byte"},
        {"# coding: euc-jp\nx = '\xff\xff'\n",
         "'euc_jp' codec can't decode byte 0xff in position 22: illegal multibyte sequence"},
        {"# coding: euc-jp\nx = 1 # \xa4",
         "'euc_jp' codec can't decode byte 0xa4 in position 25: illegal multibyte sequence"},
        {"# coding: shift_jis\nx = '\x82\x20'\n",
         "'shift_jis' codec can't decode byte 0x82 in position 25: illegal multibyte sequence"},
        {"# coding: gbk\nx = '\x81\x20'\n",
         "'gbk' codec can't decode byte 0x81 in position 19: illegal multibyte sequence"},
        {"# coding: utf-16-le\nx = 12\n",
         "'utf-16-le' codec can't decode byte 0x0a in position 26: truncated data"},
        {"# coding: utf-16-be\nx=1\n\n",
         "'utf-16-be' codec can't decode byte 0x0a in position 24: truncated data"},
        {"# coding: utf-32\nx = 1\n",
         "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"},
        {"# coding: utf-32-be\nx=1\n",
         "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)"},
    };
    for (const Case& c : cases)
        for (Version v : kAll) expect_unlocated(compile_bytes(c.in, v), v, c.msg);
}

TEST(SourceCompileBytes, BomWithAnotherCookie) {
    struct Case {
        std::string in;
        std::string msg;
        int line, end_offset;  // 3.14+
    };
    const Case cases[] = {
        {"\xEF\xBB\xBF# coding: latin-1\nx = 1\n", "iso-8859-1", 1, 17},
        {"\xEF\xBB\xBF# -*- coding: latin-1 -*-\nx = 1\n", "iso-8859-1", 1, 25},
        {"\xEF\xBB\xBF# coding: latin-1\r\nx = 1\r\n", "iso-8859-1", 1, 17},
        {"\xEF\xBB\xBF#!x\n# coding: latin-1\nx = 1\n", "iso-8859-1", 2, 18},
        {"\xEF\xBB\xBF\n# coding: latin-1 \nx = 1\n", "iso-8859-1", 2, 19},
        {"\xEF\xBB\xBF# \xff\n# coding: latin-1\nx=1\n", "iso-8859-1", 2, 18},
        {"\xEF\xBB\xBF# coding: nope\nx = 1\n", "nope", 1, 14},  // not looked up
        {"\xEF\xBB\xBF# coding: utf8\nx = 1\n", "utf8", 1, 14},  // not normalized
    };
    for (const Case& c : cases) {
        const std::string msg = "encoding problem: " + c.msg + " with BOM";
        for (Version v : {V36, V38, V39, V313}) expect_unlocated(compile_bytes(c.in, v), v, msg);
        for (Version v : {V314, V315}) {
            auto r = compile_bytes(c.in, v);
            ASSERT_FALSE(r.ok);
            EXPECT_EQ(r.err.message, msg);
            EXPECT_EQ(r.err.lineno, c.line);
            EXPECT_EQ(r.err.offset, 0);
            EXPECT_EQ(r.err.end_lineno, c.line);
            EXPECT_EQ(r.err.end_offset, c.end_offset) << c.in;
        }
    }
    for (Version v : kAll) {
        EXPECT_TRUE(compile_bytes("\xEF\xBB\xBF# -*- coding: utf-8 -*-\nx = '\xC3\xA9'\n", v).ok);
        EXPECT_TRUE(compile_bytes("\xEF\xBB\xBF# coding: utf-8-sig\nx = '\xC3\xA9'\n", v).ok);
    }
}

TEST(SourceCompileBytes, DeclaredCodecsDecodeTheWholeFile) {
    for (Version v : kAll) {
        auto l1 = compile_bytes("# -*- coding: latin-1 -*-\r\nx = 'caf\xe9'\r\n", v);
        ASSERT_TRUE(l1.ok);
        // (up to 3.11 a final \r\n reads as one more, empty, line: ExtraLineAfterFinalCrLf)
        EXPECT_EQ(l1.src.text, std::string("# -*- coding: latin-1 -*-\r\nx = 'caf\xC3\xA9'\r\n") +
                                   (v < V312 ? "\n" : ""));
        EXPECT_EQ(l1.src.encoding, "iso-8859-1");
        EXPECT_TRUE(l1.src.had_cookie);
        EXPECT_FALSE(l1.src.had_bom);
        EXPECT_EQ(l1.src.cookie_line, 1);
        EXPECT_EQ(l1.src.first_invalid_utf8, DecodedSource::npos);
        // line 1 is read as part of the latin-1 file, not as UTF-8
        auto l2 = compile_bytes("# caf\xe9\n# coding: latin-1\nx=1\n", v);
        ASSERT_TRUE(l2.ok);
        EXPECT_EQ(l2.src.text, "# caf\xC3\xA9\n# coding: latin-1\nx=1\n");
        EXPECT_EQ(l2.src.cookie_line, 2);
        auto cp = compile_bytes("# coding: cp1252\nx = '\x80'\n", v);
        ASSERT_TRUE(cp.ok);
        EXPECT_EQ(cp.src.text, "# coding: cp1252\nx = '\xE2\x82\xAC'\n");
        EXPECT_EQ(cp.src.encoding, "cp1252");
        auto euc = compile_bytes("# coding: euc-jp\nx = '\xa4\xa2'\n", v);
        ASSERT_TRUE(euc.ok);
        EXPECT_EQ(euc.src.text, "# coding: euc-jp\nx = '\xE3\x81\x82'\n");
        auto u8 = compile_bytes("# coding: utf8\nx = '\xC3\xA9'\n", v);
        ASSERT_TRUE(u8.ok);
        EXPECT_EQ(u8.src.encoding, "utf8");
        // codecs.charmap_decode without a table is latin-1; idna passes ASCII through
        auto cm = compile_bytes("# coding: charmap\nx = '\xe9'\n", v);
        ASSERT_TRUE(cm.ok);
        EXPECT_EQ(cm.src.text, "# coding: charmap\nx = '\xC3\xA9'\n");
        EXPECT_TRUE(compile_bytes("# coding: idna\nx = 1\n", v).ok);
        // an even-length file under a UTF-16 cookie decodes to CJK-looking text that the
        // tokenizer rejects: "invalid character '\u2023' (U+2023)" at 1:1 from 3.9
        auto u16 = compile_bytes("# coding: utf-16\nx=1\n\n", v);
        ASSERT_TRUE(u16.ok);
        EXPECT_EQ(u16.src.text.substr(0, 3), "\xE2\x80\xA3");
        // utf-7 "+AAA-" is U+0000: CPython's tokenizer reads a C string and stops there
        // ("unterminated string literal" at 2:5 from 3.10)
        auto u7 = compile_bytes("# coding: utf-7\nx = '+AAA-'\ny = 1\n", v);
        ASSERT_TRUE(u7.ok);
        EXPECT_EQ(u7.src.text, "# coding: utf-7\nx = '");
    }
}

TEST(SourceCompileBytes, WhichLinesHoldTheCookie) {
    for (Version v : {V36, V313, V314}) {
        // line 3, or line 2 after code, or after code on line 1: no declaration, UTF-8
        for (const char* in : {"#!/usr/bin/env python\n\n# coding: latin-1\nx = 1\n",
                               "x = 1\n# coding: latin-1\ny = 2\n", "x = 1  # coding: latin-1\n"}) {
            auto r = compile_bytes(in, v);
            ASSERT_TRUE(r.ok) << in;
            EXPECT_FALSE(r.src.had_cookie) << in;
            EXPECT_EQ(r.src.encoding, "utf-8");
        }
        // blank, whitespace-only, form-feed and comment lines let line 2 count
        for (const char* in : {"\n# coding: latin-1\nx = '\xe9'\n", "\x0c\n# coding: latin-1\nx = '\xe9'\n",
                               "   # coding: latin-1\nx = '\xe9'\n",
                               "#!x \\\n# coding: latin-1\nx = '\xe9'\n"}) {
            auto r = compile_bytes(in, v);
            ASSERT_TRUE(r.ok) << in;
            EXPECT_TRUE(r.src.had_cookie) << in;
            EXPECT_EQ(r.src.text.substr(r.src.text.size() - 4), "\xC3\xA9'\n");
        }
    }
}

// translate_newlines() of 3.0-3.11 (exec input) turned a final \r\n into \n and then added
// the \n it adds to input not ending in one, having looked at the terminator after the \r\n:
// one more, empty, line. "x = (\r\n" is "'(' was never closed"/"unexpected EOF while parsing"
// at 2:1 up to 3.9 (1:6 without the \r), "y = '''abc\r\n" is "... (detected at line 3)" in
// 3.10 and 3.11 (line 2 from 3.12). Checked with CPython 3.6.15-3.13.0; the tokenizer's
// positions follow from the extra \n (the r* rows of lex_utf8_cases.inc).
TEST(SourceCompileBytes, ExtraLineAfterFinalCrLf) {
    for (Version v : {V30, V36, V39, V311, V312, V313}) {
        const std::string extra = v < V312 ? "\n" : "";
        EXPECT_EQ(compile_bytes("x = (\r\n", v).src.text, "x = (\r\n" + extra);
        EXPECT_EQ(compile_bytes("\xEF\xBB\xBFx = 1\r\n", v).src.text, "x = 1\r\n" + extra);
        EXPECT_EQ(compile_bytes("# coding: latin-1\r\nx = '\xe9'\r\n", v).src.text,
                  "# coding: latin-1\r\nx = '\xC3\xA9'\r\n" + extra);
        // only a final \r\n: not a lone \r, not \n, not a \r\n with text after it
        EXPECT_EQ(compile_bytes("x = (\r", v).src.text, "x = (\r");
        EXPECT_EQ(compile_bytes("x = (\n", v).src.text, "x = (\n");
        EXPECT_EQ(compile_bytes("x = 1\r\ny = 2", v).src.text, "x = 1\r\ny = 2");
        EXPECT_EQ(compile_bytes("x = 1\r\n\r\n", v).src.text, "x = 1\r\n\r\n" + extra);
        // 'eval' and 'single' input get no final newline from CPython, nor this one
        Result r;
        DecodeOptions o;
        o.version = v;
        o.exec_input = false;
        ASSERT_TRUE(decode("x\r\n", o, r.src, r.err));
        EXPECT_EQ(r.src.text, "x\r\n");
    }
    // ill-formed UTF-8 passes through as before, its offset unchanged
    auto bad = compile_bytes("x = '\xff'\r\n", V311);
    ASSERT_TRUE(bad.ok);
    EXPECT_EQ(bad.src.text, "x = '\xff'\r\n\n");
    EXPECT_EQ(bad.src.first_invalid_utf8, 5u);
}

// pegen's byte-offset-to-column conversion over a line read with errors='replace'.
TEST(SourceCompileBytes, ReplacedPrefixLength) {
    EXPECT_EQ(utf8_replaced_prefix_length("x = '\xff'\n", 5), 5u);
    EXPECT_EQ(utf8_replaced_prefix_length("x = '\xff'\n", 6), 6u);  // part of the U+FFFD
    EXPECT_EQ(utf8_replaced_prefix_length("x = '\xff'\n", 8), 6u);  // U+FFFD is three bytes
    EXPECT_EQ(utf8_replaced_prefix_length("x = '\xff'\n", 9), 7u);
    // ED A0 80 is three U+FFFD (nine bytes)
    EXPECT_EQ(utf8_replaced_prefix_length("x = '\xed\xa0\x80'\n", 10), 7u);
    EXPECT_EQ(utf8_replaced_prefix_length("x = '\xed\xa0\x80'\n", 11), 7u);
    EXPECT_EQ(utf8_replaced_prefix_length("x = '\xed\xa0\x80'\n", 12), 8u);
    // valid UTF-8: the code points of the first bytes, a cut sequence counting one
    EXPECT_EQ(utf8_replaced_prefix_length("\xc3\xa9 = 1", 1), 1u);
    EXPECT_EQ(utf8_replaced_prefix_length("\xc3\xa9 = 1", 2), 1u);
    EXPECT_EQ(utf8_replaced_prefix_length("\xc3\xa9 = 1", 3), 2u);
    // past the end: the line's code points plus one for its NUL, no more
    EXPECT_EQ(utf8_replaced_prefix_length("x = '''\n", 26), 9u);
    EXPECT_EQ(utf8_replaced_prefix_length("", 3), 1u);
    EXPECT_EQ(utf8_replaced_prefix_length("abc", 0), 0u);
}

}  // namespace
}  // namespace pyfront::source
