// `python -m tokenize -e` output. What tokenize prints is not quite what the tokenizer
// produces; the adjustments below are those of CPython 3.12/3.13's Python-tokenize.c and
// Lib/tokenize.py:
//  - an ENCODING line first ("utf-8" also for a file with a BOM);
//  - columns are counted in characters, not bytes;
//  - the exact type name is found from the operator's text (so `<>` is just OP, as is `$`
//    and `\r}`), ASYNC/AWAIT print as NAME;
//  - a NEWLINE prints as '\n' or '\r\n' and an NL as its newline characters, except for the
//    newline CPython adds to a file that lacks one: then NEWLINE prints what precedes it on
//    the line's end ('' or a lone '\r') and NL prints '';
//  - 3.12 gives a multi-line string's end column by counting the end's byte offset in
//    characters from the start of the string's first line (fixed in 3.13);
//  - nothing but the error is printed when tokenizing fails (tokenize collects every token
//    before printing).
#include "lex/tokenize_format.h"

#include <cstdio>
#include <algorithm>
#include <cstring>
#include <string>

#include "lex/lexer.h"
#include "pyvalue/repr.h"

namespace pyfront::lex {

namespace {

int count_chars(std::string_view s) {
    int n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

void pad(std::string& out, int width, int to) {
    if (width < to) out.append(static_cast<std::size_t>(to - width), ' ');
}

// tokenize's exact_type: an operator whose text is not its usual spelling is just OP. That
// is `<>` (NOTEQUAL), and an operator glued to a lone '\r' before it (`\r}`, see
// Lexer::normal_mode).
const char* printed_name(TokenKind kind, std::string_view text) {
    if (kind == TokenKind::ASYNC || kind == TokenKind::AWAIT) return "NAME";
    const std::string_view spelling = token_kind_text(kind);
    if (!spelling.empty() && text != spelling) return "OP";
    return token_kind_name(kind);
}

// One token line; the text is repr()'d as the printing CPython (`version`) does.
void append_line(std::string& out, int l1, int c1, int l2, int c2, const char* name,
                 std::string_view text, Version version) {
    char range[64];
    int n = std::snprintf(range, sizeof range, "%d,%d-%d,%d:", l1, c1, l2, c2);
    out.append(range, static_cast<std::size_t>(n));
    pad(out, n, 20);
    std::size_t name_len = std::strlen(name);
    out += name;
    pad(out, static_cast<int>(name_len), 15);
    const std::size_t repr_start = out.size();
    pyvalue::append_repr_str(out, text, version);
    pad(out, count_chars(std::string_view(out).substr(repr_start)), 15);
    out.push_back('\n');
}

}  // namespace

void print_tokenize_module_format(const source::DecodedSource& source, const LexResult& result,
                                  const std::string& filename, TokenizeInput input,
                                  std::ostream& out, std::ostream& err) {
    for (const LexWarning& w : result.warnings)
        err << "<string>:" << w.lineno << ": SyntaxWarning: " << w.message << '\n';
    auto print_error = [&] {
        const Diagnostic& d = *result.error;
        std::string message = d.message;
        // tokenize's _transform_msg
        if (message.find("unterminated triple-quoted string literal") != std::string::npos)
            message = "EOF in multi-line string";
        err << filename << ':' << d.lineno << ':' << d.offset << ": error: " << message << '\n';
    };
    if (result.error && input == TokenizeInput::File) {
        print_error();
        return;
    }
    const std::string_view text = source.text;
    std::string buf;
    buf.reserve(result.tokens.size() * 48 + 64);
    std::string encoding = source.encoding.empty() ? "utf-8" : source.encoding;
    if (encoding == "utf-8-sig") encoding = "utf-8";
    if (input == TokenizeInput::File) append_line(buf, 0, 0, 0, 0, "ENCODING", encoding, result.version);
    const bool quirky_multiline_end = result.version == Version{3, 12};
    for (const Token& t : result.tokens) {
        std::string_view tok_text = t.text(text);
        int c1 = t.col == 0 ? 0 : count_chars(text.substr(t.begin - t.col, t.col));
        int c2;
        if (t.flags & kImplicitNewline) {
            c2 = c1 + static_cast<int>(t.end - t.begin) + 1;
        } else if (t.end_lineno != t.lineno && quirky_multiline_end &&
                   (t.kind == TokenKind::STRING || t.kind == TokenKind::FSTRING_MIDDLE)) {
            // 3.12.1 counts the end's bytes from the start of the token's FIRST line.
            std::size_t first_line = t.begin - t.col;
            std::size_t n = std::min<std::size_t>(t.end_col, t.end - first_line);
            c2 = count_chars(text.substr(first_line, n));
        } else {
            c2 = t.end_col == 0 ? 0 : count_chars(text.substr(t.end - t.end_col, t.end_col));
        }
        const char* name = printed_name(t.kind, tok_text);
        if (t.kind == TokenKind::NEWLINE || t.kind == TokenKind::NL) {
            if (t.flags & kImplicitNewline) {
                // The raw token text: NEWLINE leaves its '\n' out ('' or '\r'), NL is empty.
                if (t.kind == TokenKind::NL) tok_text = "";
            }
        }
        append_line(buf, static_cast<int>(t.lineno), c1, static_cast<int>(t.end_lineno), c2,
                    name, tok_text, result.version);
        if (buf.size() > (1u << 20)) {
            out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
            buf.clear();
        }
    }
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    if (result.error) {
        out.flush();
        print_error();
    }
}

}  // namespace pyfront::lex
