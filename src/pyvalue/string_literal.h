// String and bytes literals to values, as CPython's parser decodes a STRING token (or one
// literal part of an f-string / t-string): every escape, raw strings, newlines, and CPython's
// messages for what it rejects or warns about, per version.
//
// Verified with CPython 3.6.15, 3.7.16, 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0 and
// 3.14.2 / 3.15.0rc1 (pyodide); 3.0-3.5 are taken to behave as 3.6 without its warning.
//
// Values: a str is generalized UTF-8 (unicode.h: lone surrogates from \ud800 kept, one code
// point at a time); a bytes value is its bytes.
//
// Newlines: the body is read as in the file (\r\n, \r or \n); CPython's reader turned every
// \r\n and \r into \n before, so the value has \n, and backslash + newline (any of the three)
// is removed (also in raw strings newlines become \n; the backslash stays there).
//
// Escapes (not in raw literals): \<newline> \\ \' \" \a \b \f \n \r \t \v, octal \o \oo \ooo
// (a str gets chr(value) up to 0o777, bytes keep value & 0xFF), \xXX; str only: \uXXXX,
// \UXXXXXXXX (<= 0x10FFFF, surrogates allowed), \N{name} (unicode.h lookup_name). Any other
// backslash pair is kept as written, with a warning. A backslash before a non-ASCII character
// is kept with no warning (CPython rewrote the character as \UXXXXXXXX before decoding).
//
// Warnings: CPython warns once per literal, for the first offending escape:
//   invalid escape \X        3.0-3.5 none
//                            3.6-3.9   DeprecationWarning "invalid escape sequence \X"
//                            3.10-3.11 DeprecationWarning "invalid escape sequence '\X'"
//                            3.12-3.13 SyntaxWarning      "invalid escape sequence '\X'"
//                            3.14+     SyntaxWarning "\"\X\" is an invalid escape sequence. Such
//                                      sequences will not work in the future. Did you mean
//                                      \"\\X\"? A raw string is also an option."
//   octal escape > 0o377     3.0-3.10 none
//                            3.11      DeprecationWarning "invalid octal escape sequence '\777'"
//                            3.12-3.13 SyntaxWarning      (same text)
//                            3.14+     SyntaxWarning "\"\777\" is an invalid octal escape
//                                      sequence. Such sequences will not work in the future.
//                                      Did you mean \"\\777\"? A raw string is also an option."
// The warning's line differs: 3.6-3.10 and 3.14+ report the line of the escape, 3.11-3.13
// the line where the string starts (the caller maps `offset`).
//
// Errors (the SyntaxError message; CPython locates it at the string token):
//   str:   "(unicode error) 'unicodeescape' codec can't decode bytes in position S-E: R" with R
//          one of "truncated \xXX escape", "truncated \uXXXX escape", "truncated \UXXXXXXXX
//          escape", "illegal Unicode character", "malformed \N character escape", "unknown
//          Unicode character name". S-E count positions the way CPython's decoder saw the
//          body: newlines as one, each non-ASCII character as 10 (it had become \UXXXXXXXX),
//          a backslash before a non-ASCII character as 6 (\u005c).
//   bytes: "(value error) invalid \x escape at position N";
//          "bytes can only contain ASCII literal characters." (3.0-3.9, with the period) /
//          "bytes can only contain ASCII literal characters" (3.10+).
//   str with ill-formed UTF-8 (reaches here only up to 3.10, whose reader checked the
//          structure only: overlongs, surrogates, > U+10FFFF): "(unicode error) 'utf-8' codec
//          can't decode byte 0xNN in position P: invalid continuation byte" (or "invalid start
//          byte"), P counted from the start of the run of non-ASCII bytes (raw: of the body).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "version/version.h"

namespace pyfront::pyvalue {

struct StringPrefix {
    bool raw = false;      // r R
    bool bytes = false;    // b B
    bool unicode = false;  // u U   (Constant.kind = 'u')
    bool fstring = false;  // f F
    bool tstring = false;  // t T
};

struct StringTokenParts {
    StringPrefix prefix;
    int quote_size = 1;     // 1 or 3
    char quote = '\'';      // ' or "
    std::string_view body;  // between the quotes
    std::uint32_t body_offset = 0;  // offset of the body in the token text
};

// Splits a complete STRING token's text ("rb'''x'''", "u'x'", "'x'") into its parts.
StringTokenParts split_string_token(std::string_view token);

enum class WarningCategory { DeprecationWarning, SyntaxWarning };

struct LiteralWarning {
    WarningCategory category = WarningCategory::SyntaxWarning;
    std::string message;
    std::uint32_t offset = 0;  // byte offset in the body of the escape's backslash
};

struct LiteralError {
    std::string message;
    std::uint32_t offset = 0;  // byte offset in the body where the offending escape starts
};

struct LiteralDiagnostics {
    std::optional<LiteralWarning> warning;  // at most one per literal, as CPython
    std::optional<LiteralError> error;
    void clear() {
        warning.reset();
        error.reset();
    }
};

// Decodes the body of a str literal (or one literal part of an f-/t-string: the caller has
// already turned its `{{` / `}}` into single braces and cut out the replacement fields; error
// positions then count from the start of that part, as CPython's do) and appends the value to
// `out`. Returns false with diag.error set when CPython rejects it (out then holds a
// partial value). diag.warning is set when CPython warns.
bool decode_str_body(std::string_view body, bool raw, Version v, std::string& out,
                     LiteralDiagnostics& diag);

// The same for a bytes literal.
bool decode_bytes_body(std::string_view body, bool raw, Version v, std::string& out,
                       LiteralDiagnostics& diag);

// True when the body's value is the body itself (no backslash, no \r; for a str also valid
// UTF-8), so a caller may use the source text without copying through the decoder.
bool body_is_value(std::string_view body, bool is_bytes);

}  // namespace pyfront::pyvalue
