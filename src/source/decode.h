// Turning the bytes of a Python source file into UTF-8 text as CPython does: UTF-8 BOM,
// PEP 263 coding declaration on line 1 or 2 (CPython's spellings and aliases, other codecs
// through ICU converters), undecodable bytes, a BOM that contradicts the declaration, and NUL
// bytes, each as the chosen version and the chosen CPython entry point (`Reader`) report them.
//
// Verified with CPython 3.6.15, 3.7.16, 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0 (pyenv)
// and 3.14.2, 3.15.0rc1 (pyodide); 3.0-3.5 are assumed to behave as 3.6 except where said.
// "no location" below is SyntaxError.lineno None or 0 (Diagnostic::lineno 0) with offset 0 up
// to 3.8 and -1 from 3.9 (Diagnostic::offset -1, as CPython reports it).
//
// ===== Reader::CompileBytes: compile(source_bytes, filename, 'exec'), ast.parse(bytes),
// importlib's source_to_code (every import of a .py), runpy. The default.
// CPython's string reader (decode_str): the BOM, then the cookie of line 1 or 2 read from the
// raw bytes, then the *whole* buffer (newlines translated to \n, a final \n added) decoded up
// front with the declared codec; nothing is checked when the encoding is UTF-8 (no cookie, a
// cookie normalized to "utf-8", or a BOM) until 3.13.
//
//   NUL byte anywhere (checked first, by compile() itself, before the BOM and the cookie):
//                  3.0-3.4   TypeError  "source code string cannot contain null bytes" (pyfront
//                            has no TypeError kind: reported as ValueError)
//                  3.5-3.10  ValueError "source code string cannot contain null bytes"
//                  3.11+     SyntaxError, same text, lineno/offset None (3.11.0-3.11.3 still
//                            raised ValueError: CPython PR #97594 reached 3.11 in 3.11.4; pyfront follows 3.11.4+)
//   BOM + a cookie not normalized to "utf-8" ("utf8", "latin-1", an unknown name...):
//                  "encoding problem: NAME with BOM"   3.0-3.13 no location;
//                  3.14+ lineno = cookie line, offset 0 (end: that line's length, +1 on line 2)
//   cookie, unknown codec ("nope", "mbcs" off Windows):  "unknown encoding: NAME"  no location
//     (cp65001 before 3.8: "cp65001 encoding is only available on Windows")
//   cookie, non-text codec: "'NAME' is not a text encoding; use codecs.decode() to handle
//                            arbitrary codecs"              no location
//   cookie, bytes the codec cannot decode (anywhere, cookie lines included): the codec's
//     UnicodeDecodeError text, position P counted in the newline-translated buffer:
//        "'ascii' codec can't decode byte 0xe9 in position P: ordinal not in range(128)"
//        "'charmap' codec can't decode byte 0x81 in position P: character maps to <undefined>"
//        "'utf-8' codec can't decode byte 0xff in position P: invalid start byte" (cookie "utf8",
//            "u8", "cp65001"...: a spelling CPython does not normalize to "utf-8")
//        "'euc_jp' codec can't decode byte 0xff in position P: illegal multibyte sequence"
//        "'utf-16-le' codec can't decode byte 0x0a in position P: truncated data"
//                                                              no location
//     ("undefined": 3.0-3.11 "decoding with 'undefined' codec failed (UnicodeError: undefined
//     encoding)", 3.12+ "undefined encoding".) Exact for ascii, latin-1, the single-byte
//     (charmap) code pages, UTF-8 aliases, UTF-16/32. Multi-byte codecs (CJK, utf-7) go
//     through ICU, whose tables accept byte pairs CPython rejects (big5 ~6000, gb2312 ~4100,
//     euc_kr ~2900, shift_jis ~2700, gbk ~2100, big5hkscs ~700, cp949 188; euc_jp's lone
//     0x80-0x8D/0x90-0xA0) and map a few differently (big5 ~260, big5hkscs ~1700): pyfront
//     then decodes what CPython rejects; the position reported is where ICU stops (the
//     lead byte, as CPython, on the cases tried); utf-7's reasons are not CPython's. Codecs
//     ICU lacks (unicode_escape, raw_unicode_escape, idna beyond ASCII, johab, ...) fail with
//     "encoding 'NAME' (CPython codec M) is not supported by pyfront: ...", no location.
//   no cookie or UTF-8 (incl. BOM), ill-formed UTF-8:
//                  3.0-3.13  nothing: `text` holds the raw bytes, `first_invalid_utf8` points at
//                            the first ill-formed sequence, and the tokenizer/parser report it
//                            where it sits (see first_invalid_utf8)
//                  3.14+     the whole buffer is checked up front (strictly):
//                            "Non-UTF-8 code starting with '\xNN' on line N, but no encoding
//                            declared; see https://peps.python.org/pep-0263/ for details"
//                            lineno N, offset = code points before it on its line + 1 (BOM not
//                            counted), end = the same; also with a BOM or a utf-8 cookie
//   NUL produced by a codec (utf-7 "+AAA-"): the text ends there (CPython reads a C string).
//   A file ending in \r\n, exec input (DecodeOptions::exec_input):
//                  3.0-3.11  an extra empty last line: translate_newlines() turned the final
//                            \r\n into \n and then added the \n it adds to input that does not
//                            end in one (it looked at the byte after the \r\n, the string's
//                            terminator): "x = (\r\n" is "unexpected EOF while parsing" at
//                            2:1 up to 3.9 (1:6 without the \r), "x = 1\r\ny = '''a\r\n" is
//                            "... (detected at line 3)" in 3.10-3.11. `text` gets that \n
//                            appended (any codec, BOM or not).
//                  3.12+     nothing (translate_newlines was fixed)
//
// ===== Reader::ScriptFile: `python FILE` (pyfront run). CPython's file reader, line by line.
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
//     The cookie lines themselves are never decoded (CPython keeps them raw).
//   BOM + other cookie:   "encoding problem: NAME with BOM"  (lineno as the line above)
//   NUL byte:             3.0-3.10  no error: the line is cut at the NUL, and the rest of that
//                                   line *including its newline* is dropped (the next line joins
//                                   it), which decode() reproduces in `text`
//                         3.11+     SyntaxError "source code cannot contain null bytes", lineno =
//                                   line of the NUL, offset 0
//   The NUL and non-UTF-8 checks are made line by line as the tokenizer reads: a tokenizer
//   error on an earlier line wins (see DecodedSource::error_deferred). Codec errors come up
//   front (the decoding reader reads ahead).
//   (Verified up to 3.13 only: pyodide runs scripts through runpy, i.e. CompileBytes. 3.14+
//   are assumed to behave as 3.13.)
//
// ===== Reader::TokenizeModule: `python -m tokenize FILE` (pyfront tokenize).
//   tokenize.detect_encoding's checks and messages, lines split at b'\n':
//     a line 1/2 that is not valid UTF-8 while looking for the cookie:
//                         "invalid or missing encoding declaration for 'F'"
//     unknown cookie:     "unknown encoding for 'F': NAME"
//     BOM + other cookie: "encoding problem for 'F': utf-8"                       no location
//   then every line is decoded with errors='replace' (U+FFFD per ill-formed subpart, so `text`
//   is always valid UTF-8), and a NUL is SyntaxError "source code cannot contain null bytes"
//   at the NUL's line, offset 0, met when the tokenizer reads that line (error_deferred)
//   (3.12+; pyfront uses the same for older versions).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "version/version.h"

namespace pyfront::source {

// Which CPython entry point's reading rules to follow (see the table above).
enum class Reader {
    // compile(bytes) / ast.parse(bytes) / importlib: what `pyfront parse` and the import hook do.
    CompileBytes,
    // compile(str) / ast.parse(str) (the `_pyfront` extension given a str): the text is the
    // str's UTF-8, already decoded, so CPython (PyCF_IGNORE_COOKIE, _PyTokenizer_FromUTF8)
    // strips no BOM (U+FEFF is an ordinary, invalid, character), reads no cookie and checks
    // nothing; the NUL byte and final \r\n rules are CompileBytes'. The tokenizer is told
    // the encoding is "utf-8", so had_cookie is true (with cookie_line 0): error offsets are
    // in characters on 3.9-3.12 as for a declared encoding.
    CompileStr,
    // `python FILE`: what `pyfront run` does.
    ScriptFile,
    // `python -m tokenize FILE`: what `pyfront tokenize` does.
    TokenizeModule,
};

struct DecodeOptions {
    Version version = kDefaultVersion;
    Reader reader = Reader::CompileBytes;
    // The file name as it appears in messages ("Non-UTF-8 code ... in file F ..." of
    // ScriptFile, "... for 'F'" of TokenizeModule; CompileBytes never prints it). CPython
    // prints the name it was given; 3.11+ running a script prints the absolute path.
    std::string filename = "<string>";
    // CompileBytes: the source is compiled in 'exec' mode (ast.parse's default, imports,
    // scripts): CPython's exec_input, which adds a final newline (and, up to 3.11, an extra
    // empty line after a final \r\n). False for 'eval', 'single' and 'func_type'.
    bool exec_input = true;
};

struct DecodedSource {
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    // The whole file as UTF-8, BOM removed, newlines kept exactly as in the file
    // (\n, \r\n or \r): the tokenizer handles all three. (CompileBytes up to 3.11 appends
    // one \n to exec input ending in \r\n: CPython read an extra empty line there.) Never
    // contains a NUL byte (every reader either rejects NUL bytes or, ScriptFile up to 3.10,
    // drops them with the rest of their line and its newline, as CPython's file reader
    // does). Holds ill-formed UTF-8 only from first_invalid_utf8 on. With a UTF-16 cookie
    // (CompileBytes) the newlines are \n.
    std::string text;
    // Exactly the ENCODING token of `python3.12 -m tokenize -e FILE`: "utf-8" without cookie
    // and also with a BOM (tokenize reports "utf-8-sig" from detect_encoding but prints
    // "utf-8"), "utf-8" / "iso-8859-1" for the spellings CPython normalizes (utf_8, UTF-8-unix,
    // latin-1, iso_8859_1, iso-latin-1...), otherwise the declared name as written ("utf8",
    // "latin1", "cp1252", "euc-jp", "CP1252").
    std::string encoding;
    // had_bom || had_cookie is CPython's `tok->encoding != NULL`. With CompileBytes it is false
    // for a file with neither; then CPython 3.9-3.12 report the offset of errors raised by the
    // parser at a token (RAISE_SYNTAX_ERROR...) in UTF-8 bytes + 1 instead of code points + 1
    // (compile(b"x = '\xc3\xa9' $") gives offset 10 on 3.9-3.12, 9 on 3.6-3.8 and 3.13+).
    bool had_bom = false;
    bool had_cookie = false;
    int cookie_line = 0;  // 1 or 2 when had_cookie
    // Byte offset in `text` of the first ill-formed UTF-8 sequence (strict: Python's UTF-8
    // decoder's view) that the reader let through; npos when `text` is valid UTF-8, which is
    // always the case with TokenizeModule, with CompileBytes from 3.14 and whenever a
    // non-UTF-8 codec was declared. When set, the tokenizer must not assume valid UTF-8 from
    // that offset on, and reports CPython's later error where the bytes sit: inside a str
    // literal "(unicode error) " + utf8_decode_error(...) of the literal's part, in an
    // identifier (3.0-3.8 "invalid character in identifier", 3.9-3.13 "(unicode error) ..."),
    // in an f-string's literal part 3.12-3.13 a bare UnicodeDecodeError, nothing inside a
    // comment (a bytes literal: the AST builder's "bytes can only contain ASCII literal
    // characters", as for any non-ASCII byte). Positions and which error wins: see
    // src/lex/lexer_utf8.cpp.
    std::size_t first_invalid_utf8 = npos;
    // Set, with decode() returning false, when the error is one that CPython's line-by-line
    // readers raise only when the tokenizer reads the failing line: a NUL byte (ScriptFile
    // 3.11+, TokenizeModule) or ScriptFile's non-UTF-8 check (every version). `text` then
    // holds the lines before the failing one, with their newlines. CPython reports a tokenizer
    // error met on those lines first (`python3.12 -m tokenize` and `python3.12 FILE` on
    // "x = 'abc\n\n\0\n" both say "unterminated string literal (detected at line 1)"), but
    // an error caused by reaching the end of `text` (EOF inside brackets or inside a
    // triple-quoted string) is not one: CPython reads the failing line there and reports the
    // reader's error (`python3.12 -m tokenize` on "(\n\0\n": null bytes at 2:0). decode()
    // still reports the reader's error first; a caller wanting CPython's exact choice tokenizes
    // `text` and prefers a tokenizer error not caused by the end of input. CompileBytes reads
    // everything up front and never defers.
    bool error_deferred = false;
};

// Decodes `bytes`. On failure returns false and fills `error` (kind DecodeError, ValueError or
// SyntaxError) with CPython's message and location, see above.
bool decode(std::string_view bytes, const DecodeOptions& options, DecodedSource& out,
            Diagnostic& error);

// Offset of the first ill-formed UTF-8 sequence in `s` (strict: no overlongs, surrogates or
// code points above U+10FFFF), or std::string_view::npos. ASCII runs are skipped 8 bytes at a
// time; this is the check the tokenizer's fast path relies on.
std::size_t find_invalid_utf8(std::string_view s);

// Python's UTF-8 decoder, for the tokenizer's reports about bytes the reader let through.
//
// What `s.decode('utf-8')` raises, as str(UnicodeDecodeError), or "" when `s` is valid:
//   "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"
//   "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
//   "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
// Positions count from the start of `s`; `error_start`, when given, receives the offset of the
// first byte of the error (npos when valid).
std::string utf8_decode_error(std::string_view s, std::size_t* error_start = nullptr);
// Number of code points of `s.decode('utf-8', 'replace')`: one per valid sequence and one
// U+FFFD per error range of the decoder above.
std::size_t utf8_replace_length(std::string_view s);
// CPython's conversion of an error's byte offset into a column (pegen's
// _PyPegen_byte_offset_to_character_offset) when the error line was read with
// errors='replace': the code points of the first `nbytes` bytes of that line re-encoded in
// UTF-8 (each ill-formed subpart became U+FFFD, three bytes), a sequence cut by the limit
// counting as one more, and `nbytes` capped at the line's length + 1 (the terminating NUL
// counts as one). Equals utf8_replace_length(s.substr(0, nbytes)) on valid UTF-8.
std::size_t utf8_replaced_prefix_length(std::string_view s, std::size_t nbytes);

// Reads a whole file ("-" = standard input). Returns false and sets `error_text` on I/O errors
// ("cannot open 'x.py': No such file or directory", "cannot read 'x.py': Is a directory").
bool read_file(const std::string& path, std::string& bytes, std::string& error_text);

}  // namespace pyfront::source
