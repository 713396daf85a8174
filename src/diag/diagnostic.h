// A syntax-class error as CPython reports it. Positions are stored exactly as CPython's
// SyntaxError attributes hold them, so every consumer (tokenize output, CPython-style
// rendering, JSON) reads the same numbers without converting.
#pragma once
#include <string>

namespace pyfront {

enum class ErrorKind {
    SyntaxError,
    IndentationError,  // e.g. "unindent does not match any outer indentation level"
    TabError,          // "inconsistent use of tabs and spaces in indentation"
    ValueError,        // what CPython <= 3.10 raised for NUL bytes in source
    DecodeError,       // SyntaxError raised while decoding (bad UTF-8, unknown encoding)
    // A bare UnicodeDecodeError (not a SyntaxError; no position): what CPython 3.10-3.13 raise
    // for some ill-formed UTF-8 that compile(bytes) let through (3.12-3.13: in the literal part
    // of an f-string; 3.10+: in a name after a str literal that already failed to decode).
    UnicodeDecodeError,
    // A tree nested deeper than its consumers may walk (builder/tree_depth.h): what CPython
    // 3.9+ raise building the `ast` objects of such a tree ("maximum recursion depth exceeded
    // during ast construction"); pyfront's limit is its own.
    RecursionError,
    // Source too complex for the parser's stack (parse/parser_base.h): CPython raises
    // MemoryError, without a message up to 3.11 ("s_push: parser stack overflow" went to
    // stderr) and with "Parser stack overflowed - Python source too complex to parse" from 3.12.
    MemoryError,
};

const char* error_kind_name(ErrorKind kind);  // "SyntaxError", "TabError", ...

struct Diagnostic {
    ErrorKind kind = ErrorKind::SyntaxError;
    std::string message;
    int lineno = 0;      // 1-based; 0 when CPython reports no line
    int offset = 0;      // 1-based column in characters (CPython's SyntaxError.offset); 0 = none
    int end_lineno = 0;  // 0 = not given
    int end_offset = 0;  // 0 = not given
    // A note about other Python versions, never part of CPython's message (which stays exact):
    // "the match statement requires Python 3.10 or newer (feature version is 3.9)", "'async'
    // is a keyword since Python 3.7; it can be a name with --feature-version 3.6 or older",
    // "the source parses with Python 3.0-3.6 (feature version is 3.9)". Renderers print it
    // as a note after the error; empty when no version accepts the source.
    std::string hint;
    // SyntaxError.text is the error's line with its break (CPython's tokenizer buffer), but
    // without it where CPython took the line elsewhere: tokenizer.c's own syntaxerror(), and
    // pegen's error after the tokenizer had moved past the error's line (get_error_line_from_
    // tokenizer_buffers, e.g. "'(' was never closed" at the end of the file).
    bool text_without_break = false;
    // The tokenizer buffer held a token over several lines (a triple-quoted f-string before
    // 3.12, an unclosed string before 3.10): SyntaxError.text is the lines from this one to
    // `lineno`. 0: the line alone.
    int text_first_lineno = 0;
    // SyntaxError.text itself where it is not the file's: the f-string sub-parser's source
    // line ("(expr)" up to 3.11). Empty: from the file (diag/error_text.h).
    std::string text;
};

}  // namespace pyfront
