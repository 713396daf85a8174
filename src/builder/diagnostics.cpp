// BuildError (tokenizer coordinates: lines, UTF-8 byte columns) -> CPython's SyntaxError
// attributes, per version.
#include <algorithm>

#include "builder/builder_impl.h"

namespace pyfront::builder {

namespace {

// The start of line `lineno` (1-based) in `text`; lines end at \n, \r\n or a lone \r (the
// tokenizer's view).
std::size_t line_start(std::string_view text, int lineno) {
    std::size_t p = 0;
    for (int l = 1; l < lineno && p < text.size(); ++l) {
        while (p < text.size() && text[p] != '\n' && text[p] != '\r') ++p;
        if (p < text.size() && text[p] == '\r' && p + 1 < text.size() && text[p + 1] == '\n') ++p;
        if (p < text.size()) ++p;
    }
    return p;
}

// The byte length of line `lineno`'s text, without its line end.
int line_length(std::string_view text, int lineno) {
    const std::size_t start = line_start(text, lineno);
    std::size_t p = start;
    while (p < text.size() && text[p] != '\n' && text[p] != '\r') ++p;
    return static_cast<int>(p - start);
}

}  // namespace

int char_offset(std::string_view text, int lineno, int byte_col) {
    const std::size_t start = line_start(text, lineno);
    int chars = 0;
    for (std::size_t i = start; i < text.size() && i < start + static_cast<std::size_t>(byte_col); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
    return chars + 1;
}

namespace detail {

Diagnostic to_diagnostic(const BuildError& e, std::string_view text, Version v, bool had_encoding_declaration) {
    Diagnostic d;
    d.kind = e.kind;
    d.message = e.message;
    d.lineno = e.lineno;
    if (e.indent) {
        // An unexpected INDENT: CPython reports the column where the indented text starts.
        d.kind = ErrorKind::IndentationError;
        d.message = "unexpected indent";
        d.offset = char_offset(text, d.lineno, e.end_col) - 1;
        if (v >= Version{3, 10}) {
            d.end_lineno = d.lineno;
            d.end_offset = -1;
        }
        return d;
    }
    if (e.token_error && v <= Version{3, 7}) {
        // 3.6/3.7's parser reported the tokenizer's position after the offending token.
        d.lineno = e.end_lineno;
        d.offset = char_offset(text, e.end_lineno, e.end_col) - 1;
        if (e.forced_offset != INT32_MIN) d.offset = e.forced_offset;
        return d;
    }
    // CPython 3.9-3.12 report the offsets of errors their parser raises in UTF-8 bytes (+1)
    // when the source has no BOM and no coding declaration.
    const bool bytes = e.parser_error && !had_encoding_declaration && v >= Version{3, 9} &&
                       v <= Version{3, 12};
    d.offset = bytes ? e.col + 1 : char_offset(text, e.lineno, e.col);
    if (e.ast_c) d.offset -= 1;  // 3.6/3.7 ast.c: the 0-based column
    if (v >= Version{3, 10} && e.end_lineno > 0) {
        d.end_lineno = e.end_lineno;
        int end_col = e.end_col;
        // 3.10-3.11's NEWLINE token ends where the line's text ends (3.12+: after the line
        // end): an error that ends on a NEWLINE ends there.
        if (v <= Version{3, 11}) end_col = std::min(end_col, line_length(text, e.end_lineno));
        d.end_offset = bytes ? end_col + 1 : char_offset(text, e.end_lineno, end_col);
    }
    if (e.forced_offset != INT32_MIN) d.offset = e.forced_offset;
    if (e.forced_end_offset != INT32_MIN) d.end_offset = e.forced_end_offset;
    return d;
}

}  // namespace detail
}  // namespace pyfront::builder
