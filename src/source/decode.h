// Turning the bytes of a Python source file into UTF-8 text the way CPython's *file* reader
// does (`python FILE`, the path pyfront follows since it reads files): UTF-8 BOM, PEP 263
// coding declaration on line 1 or 2 (CPython's spellings and aliases, other codecs through ICU
// converters), checks for undecodable bytes, a BOM that contradicts the declaration, and NUL
// bytes, each as the chosen version reports them.
//
// Messages per version (verified with CPython 3.6.15, 3.7.16, 3.8.18, 3.9.18, 3.10.13, 3.11.7,
// 3.12.1, 3.13.0 running a file; 3.0-3.5 are assumed to behave as 3.6):
//
//   undeclared non-UTF-8  3.0-3.8   "Non-UTF-8 code starting with '\xNN' in file F on line N, but no
//                                   encoding declared; see http://python.org/dev/peps/pep-0263/ for
//                                   details"                         lineno N, offset 0
//                         3.9       same text with https://python.org/dev/peps/...  no lineno
//                         3.10      same as 3.9, but "on line N+1" (a 3.10 off-by-one)  no lineno
//                         3.11+     "... see https://peps.python.org/pep-0263/ for details"  no lineno
//     Up to 3.10 only the structure is checked (lead byte C0-F7 + the right number of 80-BF
//     bytes): overlongs, surrogates and > U+10FFFF pass and fail later where they sit (string
//     literal: "(unicode error) 'utf-8' codec can't decode ..."; identifier; a comment accepts
//     them). From 3.11 the check is strict. See DecodedSource::first_invalid_utf8.
//   declared utf-8 (BOM or a cookie normalized to "utf-8"): no check at all by the reader, in
//     every version; invalid bytes fail later as above.
//   unknown / non-text / unusable codec, or bytes the declared codec cannot decode:
//                         3.0-3.8   "encoding problem: NAME"           lineno = cookie line, offset 0
//                         3.9+      "encoding problem: NAME"           no lineno
//   BOM + other cookie:   "encoding problem: NAME with BOM"  (lineno as the line above)
//   NUL byte:             3.0-3.10  no error: the line is cut at the NUL, and the rest of that
//                                   line *including its newline* is dropped (the next line joins
//                                   it), which decode() reproduces in `text`
//                         3.11+     SyntaxError "source code cannot contain null bytes", lineno =
//                                   line of the NUL, offset 0
//     (compile()/ast.parse of bytes differ: ValueError "source code string cannot contain null
//     bytes" up to 3.11, "unknown encoding: NAME", "(unicode error) 'utf-8' codec can't decode
//     byte 0xNN in position P: ..." with lineno/offset; pyfront does not emulate that path.)
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "version/version.h"

namespace pyfront::source {

// Which CPython entry point's reading rules to follow.
enum class Reader {
    // `python FILE` (and the import system's file reader): the table above.
    ScriptFile,
    // `python -m tokenize FILE`: tokenize.detect_encoding's checks and messages
    // ("invalid or missing encoding declaration for 'F'", "unknown encoding for 'F': NAME",
    // "encoding problem for 'F': utf-8" for a BOM with another cookie), then every line
    // decoded with errors='replace' (U+FFFD), and "source code cannot contain null bytes" at
    // the NUL's line, offset 0.
    TokenizeModule,
};

struct DecodeOptions {
    Version version = kDefaultVersion;
    Reader reader = Reader::ScriptFile;
    // The file name as it appears in "Non-UTF-8 code ... in file F ..." (CPython prints the
    // name it was given; 3.11+ running a script prints the absolute path).
    std::string filename = "<string>";
};

struct DecodedSource {
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    // The whole file as UTF-8, BOM removed, newlines kept exactly as in the file
    // (\n, \r\n or \r): the tokenizer handles all three. Up to 3.10, NUL bytes and the rest of
    // their line (with its newline) are removed, as CPython's reader drops them.
    std::string text;
    // Exactly the ENCODING token of `python3.12 -m tokenize -e FILE`: "utf-8" without cookie
    // and also with a BOM (tokenize reports "utf-8-sig" from detect_encoding but prints
    // "utf-8"), "utf-8" / "iso-8859-1" for the spellings CPython normalizes (utf_8, UTF-8-unix,
    // latin-1, iso_8859_1, iso-latin-1...), otherwise the declared name as written ("utf8",
    // "latin1", "cp1252", "euc-jp", "CP1252").
    std::string encoding;
    bool had_bom = false;
    bool had_cookie = false;
    int cookie_line = 0;  // 1 or 2 when had_cookie
    // Byte offset in `text` of the first ill-formed UTF-8 sequence that CPython's reader lets
    // through (declared utf-8, or structurally valid bytes up to 3.10); npos when `text` is
    // valid UTF-8. The tokenizer reports CPython's later error where it sits (or nothing, in a
    // comment).
    std::size_t first_invalid_utf8 = npos;
};

// Decodes `bytes`. On failure returns false and fills `error` (kind DecodeError, or
// SyntaxError for NUL bytes from 3.11) with CPython's message and location, see above.
bool decode(std::string_view bytes, const DecodeOptions& options, DecodedSource& out,
            Diagnostic& error);

// Offset of the first ill-formed UTF-8 sequence in `s` (strict: no overlongs, surrogates or
// code points above U+10FFFF), or std::string_view::npos. ASCII runs are skipped 8 bytes at a
// time; this is the check the tokenizer's fast path relies on.
std::size_t find_invalid_utf8(std::string_view s);

// Reads a whole file ("-" = standard input). Returns false and sets `error_text` on I/O errors
// ("cannot open 'x.py': No such file or directory", "cannot read 'x.py': Is a directory").
bool read_file(const std::string& path, std::string& bytes, std::string& error_text);

}  // namespace pyfront::source
