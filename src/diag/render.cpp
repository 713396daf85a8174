// The gcc and json error formats, the dispatch over the three formats, and the source line
// lookup the cpython format uses (render_cpython.cpp).
#include "diag/render.h"

#include "diag/json_string.h"

namespace pyfront::diag {

namespace {

// CPython gives lineno/offset for a decoding error without a line as 0/-1 (not None).
bool located(const Diagnostic& d) { return d.lineno > 0 || d.kind == ErrorKind::DecodeError; }

void render_gcc(std::string_view path, const Diagnostic& d, std::string& out) {
    out += path;
    if (d.lineno > 0) {
        out += ':';
        out += std::to_string(d.lineno);
        if (d.offset > 0) {
            out += ':';
            out += std::to_string(d.offset);
        }
    }
    out += ": error: ";
    if (d.kind != ErrorKind::SyntaxError && d.kind != ErrorKind::DecodeError) {
        out += error_kind_name(d.kind);
        out += ": ";
    }
    out += d.message;
    out += '\n';
    if (!d.hint.empty()) {
        out += path;
        out += ": note: ";
        out += d.hint;
        out += '\n';
    }
}

// `, "lineno": L, "offset": O, "end_lineno": EL, "end_offset": EO` (null where CPython has None).
void append_location_json(std::string& out, const Diagnostic& d) {
    const bool at = located(d);
    out += ", \"lineno\": ";
    append_json_int_or_null(out, d.lineno, at);
    out += ", \"offset\": ";
    append_json_int_or_null(out, d.offset, at);
    out += ", \"end_lineno\": ";
    append_json_int_or_null(out, d.end_lineno, d.end_lineno > 0);
    out += ", \"end_offset\": ";
    append_json_int_or_null(out, d.end_offset, d.end_lineno > 0);
}

void render_json(std::string_view path, const Diagnostic& d, std::string& out) {
    out += "{\"path\": ";
    append_json_string(out, path);
    out += ", \"type\": ";
    append_json_string(out, error_kind_name(d.kind));
    out += ", \"message\": ";
    append_json_string(out, d.message);
    append_location_json(out, d);
    if (!d.hint.empty()) {
        out += ", \"hint\": ";
        append_json_string(out, d.hint);
    }
    out += "}\n";
}

}  // namespace

bool parse_error_format(std::string_view name, ErrorFormat& out) {
    if (name == "cpython") out = ErrorFormat::CPython;
    else if (name == "gcc") out = ErrorFormat::Gcc;
    else if (name == "json") out = ErrorFormat::Json;
    else return false;
    return true;
}

void render_error(ErrorFormat format, std::string_view path, const Diagnostic& d,
                  std::string_view source, std::string& out) {
    switch (format) {
        case ErrorFormat::CPython:
            render_cpython(path, d, source, out);
            if (!d.hint.empty()) {
                // Where CPython prints an exception's notes (PEP 678): after the exception line.
                out += d.hint;
                out += '\n';
            }
            return;
        case ErrorFormat::Gcc: render_gcc(path, d, out); return;
        case ErrorFormat::Json: render_json(path, d, out); return;
    }
}

void render_io_error(ErrorFormat format, std::string_view command, std::string_view path,
                     std::string_view message, std::string& out, std::string_view type) {
    switch (format) {
        case ErrorFormat::CPython:
            out += "pyfront ";
            out += command;
            out += ": ";
            out += message;
            out += '\n';
            return;
        case ErrorFormat::Gcc:
            out += path;
            out += ": error: ";
            out += message;
            out += '\n';
            return;
        case ErrorFormat::Json:
            out += "{\"path\": ";
            append_json_string(out, path);
            out += ", \"type\": ";
            append_json_string(out, type);
            out += ", \"message\": ";
            append_json_string(out, message);
            out += ", \"lineno\": null, \"offset\": null, \"end_lineno\": null, \"end_offset\": null}\n";
            return;
    }
}

void append_error_json(std::string& out, const Diagnostic& d, bool with_type) {
    out += "{";
    if (with_type) {
        out += "\"type\": ";
        append_json_string(out, error_kind_name(d.kind));
        out += ", ";
    }
    out += "\"message\": ";
    append_json_string(out, d.message);
    append_location_json(out, d);
    out += "}";
}

bool source_line(std::string_view text, int lineno, std::string_view& line, bool* had_break) {
    if (lineno < 1) return false;
    std::size_t p = 0;
    for (int l = 1; l < lineno; ++l) {
        while (p < text.size() && text[p] != '\n' && text[p] != '\r') ++p;
        if (p >= text.size()) return false;
        if (text[p] == '\r' && p + 1 < text.size() && text[p + 1] == '\n') ++p;
        ++p;
    }
    if (p >= text.size() && lineno > 1) return false;  // past the last line
    std::size_t e = p;
    while (e < text.size() && text[e] != '\n' && text[e] != '\r') ++e;
    line = text.substr(p, e - p);
    if (had_break) *had_break = e < text.size();
    return true;
}

}  // namespace pyfront::diag
