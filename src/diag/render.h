// One renderer of syntax errors for every command (`pyfront parse`, `pyfront check`, ...):
//
//   cpython  what CPython 3.13's traceback module prints for the SyntaxError (the default):
//              File "x.py", line 3
//                f() = 3
//                ^^^
//            SyntaxError: cannot assign to function call here. Maybe you meant '==' ...
//   gcc      x.py:3:1: error: cannot assign to function call here. Maybe you meant ...
//            (editors' and CI annotations' format; LINE and COL are CPython's lineno and
//            offset, 1-based, COL counted in characters; kinds other than SyntaxError are
//            named: "error: IndentationError: unexpected indent")
//   json     one object per error and line:
//            {"path": "x.py", "type": "SyntaxError", "message": "...", "lineno": 3,
//             "offset": 1, "end_lineno": 3, "end_offset": 4}
//            (positions as CPython's SyntaxError attributes, null where CPython has None;
//            "hint" added when there is one; "type" is the exception's name)
//
// A Diagnostic's version hint (Diagnostic::hint) follows the error: as a line of its own in
// the cpython format (where CPython prints an exception's notes), as a gcc `note:` line, and
// as "hint" in JSON.
#pragma once
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace pyfront::diag {

enum class ErrorFormat { CPython, Gcc, Json };

// The --error-format option's names and help text.
constexpr const char* kErrorFormatNames = "cpython, gcc or json";
bool parse_error_format(std::string_view name, ErrorFormat& out);

// Appends the report of `d` in file `path` (as the user named it) to `out`. `source` is the
// decoded text the error positions refer to (it gives the line the cpython format shows; may
// be empty, e.g. for decoding errors).
void render_error(ErrorFormat format, std::string_view path, const Diagnostic& d,
                  std::string_view source, std::string& out);

// The cpython format alone: traceback.TracebackException._format_syntax_error of CPython
// 3.13 given d's attributes and `source`'s line `d.lineno` as SyntaxError.text.
void render_cpython(std::string_view path, const Diagnostic& d, std::string_view source,
                    std::string& out);

// A file that could not be read (not a syntax error): "pyfront COMMAND: MESSAGE" in the cpython
// format, "x.py: error: MESSAGE" in the gcc format, a record of type `type` ("OSError"; the
// positions null) in JSON.
void render_io_error(ErrorFormat format, std::string_view command, std::string_view path,
                     std::string_view message, std::string& out, std::string_view type = "OSError");

// The error object of `pyfront parse --jsonl` records:
//   {"type"?, "message", "lineno", "offset", "end_lineno", "end_offset"}
// (positions null where CPython gives None; "type" only when `with_type`).
void append_error_json(std::string& out, const Diagnostic& d, bool with_type);

// Line `lineno` (1-based) of `text` without its line break ('\n', '\r\n' or '\r'); false when
// the text has no such line. `had_break` tells whether a line break followed it.
bool source_line(std::string_view text, int lineno, std::string_view& line, bool* had_break = nullptr);

}  // namespace pyfront::diag
