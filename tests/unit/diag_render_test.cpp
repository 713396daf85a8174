// The error renderer (src/diag/render.h): the cpython format against what CPython 3.13's
// traceback module prints for the same SyntaxError attributes (diag_render_cases.inc, made by
// gen_diag_render_cases.py), and the gcc and json formats.
#include <gtest/gtest.h>

#include <string>

#include "diag/render.h"

namespace pyfront::diag {
namespace {

struct RenderCase {
    const char* type;
    const char* message;
    int lineno, offset, end_lineno, end_offset;
    const char* source_hex;
    const char* rendered;
};

const RenderCase kCases[] = {
#include "diag_render_cases.inc"
};

std::string from_hex(const char* hex) {
    std::string out;
    for (const char* p = hex; p[0] && p[1]; p += 2) out.push_back(static_cast<char>(std::stoi(std::string(p, 2), nullptr, 16)));
    return out;
}

ErrorKind kind_of(const std::string& type) {
    if (type == "IndentationError") return ErrorKind::IndentationError;
    if (type == "TabError") return ErrorKind::TabError;
    return ErrorKind::SyntaxError;
}

// pyfront's decoded text has '\n' line breaks (the decoder translates them); the renderer
// also accepts raw '\r\n' and '\r', as the cases' sources keep them.
TEST(DiagRender, CPythonFormatIsCPython313Traceback) {
    int n = 0;
    for (const RenderCase& c : kCases) {
        Diagnostic d;
        d.kind = kind_of(c.type);
        d.message = c.message;
        d.lineno = c.lineno;
        d.offset = c.offset;
        d.end_lineno = c.end_lineno;
        d.end_offset = c.end_offset;
        std::string out;
        render_error(ErrorFormat::CPython, "x.py", d, from_hex(c.source_hex), out);
        EXPECT_EQ(out, c.rendered) << "source " << c.source_hex;
        ++n;
    }
    EXPECT_GE(n, 40);
}

TEST(DiagRender, NoLinenoNamesTheFileAfterTheMessage) {
    Diagnostic d;
    d.message = "source code string cannot contain null bytes";
    std::string out;
    render_cpython("x.py", d, "x = 1\n", out);
    EXPECT_EQ(out, "SyntaxError: source code string cannot contain null bytes (x.py)\n");
}

TEST(DiagRender, DecodeErrorWithoutLineIsLineZero) {
    Diagnostic d;
    d.kind = ErrorKind::DecodeError;
    d.message = "unknown encoding: foo";
    d.offset = -1;
    std::string out;
    render_cpython("x.py", d, "", out);
    EXPECT_EQ(out, "  File \"x.py\", line 0\nSyntaxError: unknown encoding: foo\n");
}

TEST(DiagRender, NonSyntaxErrorsNameTheFile) {
    Diagnostic d;
    d.kind = ErrorKind::ValueError;
    d.message = "source code string cannot contain null bytes";
    std::string out;
    render_cpython("x.py", d, "", out);
    EXPECT_EQ(out, "  File \"x.py\"\nValueError: source code string cannot contain null bytes\n");
}

TEST(DiagRender, LineNumberPastTheEndShowsNoLine) {
    Diagnostic d;
    d.message = "unexpected EOF while parsing";
    d.lineno = 3;
    d.offset = 1;
    std::string out;
    render_cpython("x.py", d, "a\n", out);
    EXPECT_EQ(out, "  File \"x.py\", line 3\nSyntaxError: unexpected EOF while parsing\n");
}

TEST(DiagRender, GccFormat) {
    Diagnostic d;
    d.message = "invalid syntax";
    d.lineno = 3;
    d.offset = 7;
    d.end_lineno = 3;
    d.end_offset = 8;
    std::string out;
    render_error(ErrorFormat::Gcc, "a/x.py", d, "", out);
    EXPECT_EQ(out, "a/x.py:3:7: error: invalid syntax\n");
    d.kind = ErrorKind::IndentationError;
    d.offset = 0;
    d.hint = "the source parses with Python 3.0-3.6 (feature version is 3.9)";
    out.clear();
    render_error(ErrorFormat::Gcc, "x.py", d, "", out);
    EXPECT_EQ(out, "x.py:3: error: IndentationError: invalid syntax\n"
                   "x.py: note: the source parses with Python 3.0-3.6 (feature version is 3.9)\n");
    Diagnostic none;
    none.kind = ErrorKind::ValueError;
    none.message = "source code string cannot contain null bytes";
    out.clear();
    render_error(ErrorFormat::Gcc, "x.py", none, "", out);
    EXPECT_EQ(out, "x.py: error: ValueError: source code string cannot contain null bytes\n");
}

TEST(DiagRender, JsonFormat) {
    Diagnostic d;
    d.message = "unterminated string literal (detected at line 1): \"\t\x01";
    d.lineno = 1;
    d.offset = 5;
    d.end_lineno = 1;
    d.end_offset = 5;
    std::string out;
    render_error(ErrorFormat::Json, "d\xc3\xa9j\xc3\xa0/\"x\".py", d, "", out);
    EXPECT_EQ(out,
              "{\"path\": \"d\xc3\xa9j\xc3\xa0/\\\"x\\\".py\", \"type\": \"SyntaxError\", "
              "\"message\": \"unterminated string literal (detected at line 1): \\\"\\t\\u0001\", "
              "\"lineno\": 1, \"offset\": 5, \"end_lineno\": 1, \"end_offset\": 5}\n");
    Diagnostic none;
    none.message = "m";
    none.hint = "h";
    out.clear();
    render_error(ErrorFormat::Json, "x.py", none, "", out);
    EXPECT_EQ(out, "{\"path\": \"x.py\", \"type\": \"SyntaxError\", \"message\": \"m\", \"lineno\": null, "
                   "\"offset\": null, \"end_lineno\": null, \"end_offset\": null, \"hint\": \"h\"}\n");
}

TEST(DiagRender, CPythonFormatHintAfterTheException) {
    Diagnostic d;
    d.message = "invalid syntax";
    d.lineno = 1;
    d.offset = 7;
    d.end_lineno = 1;
    d.end_offset = 8;
    d.hint = "the source parses with Python 3.0-3.6 (feature version is 3.7)";
    std::string out;
    render_error(ErrorFormat::CPython, "x.py", d, "async = 1\n", out);
    EXPECT_EQ(out, "  File \"x.py\", line 1\n    async = 1\n          ^\nSyntaxError: invalid syntax\n"
                   "the source parses with Python 3.0-3.6 (feature version is 3.7)\n");
}

TEST(DiagRender, ErrorFormatNames) {
    ErrorFormat f;
    EXPECT_TRUE(parse_error_format("cpython", f));
    EXPECT_EQ(f, ErrorFormat::CPython);
    EXPECT_TRUE(parse_error_format("gcc", f));
    EXPECT_EQ(f, ErrorFormat::Gcc);
    EXPECT_TRUE(parse_error_format("json", f));
    EXPECT_EQ(f, ErrorFormat::Json);
    EXPECT_FALSE(parse_error_format("msvc", f));
}

TEST(DiagRender, SourceLine) {
    std::string_view line;
    bool brk = false;
    ASSERT_TRUE(source_line("a\r\nb\rc\nd", 2, line, &brk));
    EXPECT_EQ(line, "b");
    ASSERT_TRUE(source_line("a\r\nb\rc\nd", 4, line, &brk));
    EXPECT_EQ(line, "d");
    EXPECT_FALSE(brk);
    EXPECT_FALSE(source_line("a\n", 2, line));
    EXPECT_FALSE(source_line("a\n", 0, line));
}

}  // namespace
}  // namespace pyfront::diag
