// The cpython error format: a line-for-line port of CPython 3.13's
// traceback.TracebackException._format_syntax_error (Lib/traceback.py), uncoloured, with
// SyntaxError.text taken from the source. Lengths and columns are counted in code points as
// Python counts str, the caret line keeps the line's whitespace characters (tabs) under the
// characters it passes so that it stays aligned however the terminal expands them.
#include <cstddef>
#include <string>

#include "diag/render.h"

namespace pyfront::diag {

namespace {

// Decodes the code point at s[i] (UTF-8; a malformed byte counts as one code point, as
// surrogateescape would make it) and advances i.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? c & 0x07u : extra == 2 ? c & 0x0Fu : extra == 1 ? c & 0x1Fu : c;
    std::size_t j = i + 1;
    for (; extra > 0 && j < s.size(); --extra, ++j) {
        const unsigned char d = static_cast<unsigned char>(s[j]);
        if ((d & 0xC0) != 0x80) break;
        cp = (cp << 6) | (d & 0x3Fu);
    }
    if (extra > 0) {  // truncated sequence: one byte, one code point
        i += 1;
        return c;
    }
    i = j;
    return cp;
}

int code_points(std::string_view s) {
    int n = 0;
    for (std::size_t i = 0; i < s.size();) {
        next_code_point(s, i);
        ++n;
    }
    return n;
}

// Python's str.isspace: bidirectional class WS, B or S, or general category Zs.
bool py_isspace(char32_t c) {
    if (c <= 0x20) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    switch (c) {
        case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
        case 0x3000:
            return true;
        default:
            return c >= 0x2000 && c <= 0x200A;
    }
}

}  // namespace

void render_cpython(std::string_view path, const Diagnostic& d, std::string_view source,
                    std::string& out) {
    // Decoding errors without a line still carry lineno 0 in CPython; other positionless
    // errors have lineno None (no "File" line, the file named after the message instead).
    const bool has_lineno = d.lineno > 0 || d.kind == ErrorKind::DecodeError;
    const bool syntax_class = d.kind == ErrorKind::SyntaxError ||
                              d.kind == ErrorKind::IndentationError ||
                              d.kind == ErrorKind::TabError || d.kind == ErrorKind::DecodeError;
    std::string suffix;
    if (!syntax_class) {
        // ValueError / UnicodeDecodeError / RecursionError are not SyntaxErrors and CPython
        // prints only "ValueError: message". Name the file anyway (a run may cover many), and
        // the line where pyfront knows one.
        out += "  File \"";
        out += path.empty() ? std::string_view("<string>") : path;
        out += '"';
        if (d.lineno > 0) out += ", line " + std::to_string(d.lineno);
        out += '\n';
    } else if (has_lineno) {
        out += "  File \"";
        out += path.empty() ? std::string_view("<string>") : path;
        out += "\", line ";
        out += std::to_string(d.lineno);
        out += '\n';
    } else {
        suffix = " (" + std::string(path) + ")";
    }

    std::string_view rtext;
    bool had_break = false;
    // A decoding error comes before there is any text: no line to show.
    const bool have_text = !(d.kind == ErrorKind::DecodeError && source.empty());
    if (syntax_class && have_text && d.lineno > 0 && source_line(source, d.lineno, rtext, &had_break)) {
        // text = rtext + "\n" when the line had a break; ltext = rtext.lstrip(' \n\f')
        const int text_len = code_points(rtext) + (had_break ? 1 : 0);
        const bool text_truthy = text_len > 0;
        std::size_t lead = 0;
        while (lead < rtext.size() && (rtext[lead] == ' ' || rtext[lead] == '\f' || rtext[lead] == '\n'))
            ++lead;
        const std::string_view ltext = rtext.substr(lead);
        const int spaces = static_cast<int>(lead);
        const int rlen = code_points(rtext);
        out += "    ";
        out += ltext;
        out += '\n';
        if (d.offset != 0) {  // offset None: the line alone
            int offset = d.offset;
            int end_offset;
            if (d.end_lineno == d.lineno) end_offset = d.end_offset != 0 ? d.end_offset : offset;
            else end_offset = rlen + 1;  // several lines (or no end given): to the end of this one
            if (text_truthy && offset > text_len) offset = rlen + 1;
            if (text_truthy && end_offset > text_len) end_offset = rlen + 1;
            if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
            const int colno = offset - 1 - spaces;
            const int end_colno = end_offset - 1 - spaces;
            if (colno >= 0) {
                std::string caret = "    ";
                std::size_t i = 0;
                for (int k = 0; k < colno && i < ltext.size(); ++k) {
                    const std::size_t start = i;
                    const char32_t c = next_code_point(ltext, i);
                    if (py_isspace(c)) caret.append(ltext.data() + start, i - start);
                    else caret += ' ';
                }
                if (end_colno > colno) caret.append(static_cast<std::size_t>(end_colno - colno), '^');
                caret += '\n';
                out += caret;
            }
        }
    }
    out += error_kind_name(d.kind);
    out += ": ";
    out += d.message.empty() ? std::string_view("<no detail available>") : std::string_view(d.message);
    out += suffix;
    out += '\n';
}

}  // namespace pyfront::diag
