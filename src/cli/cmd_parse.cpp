// `pyfront parse`: the common AST of Python files as CPython X's ast.parse builds it, printed as
// CPython 3.14's ast.dump prints it (or as JSON, docs/ast-json.md).
#include <iostream>
#include <string>

#include "ast/dump.h"
#include "builder/builder.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "diag/render.h"
#include "source/decode.h"

namespace pyfront::cli {

namespace {

constexpr const char* kUsage =
    "pyfront parse [--feature-version X.Y] [--mode exec|eval|single|func_type]\n"
    "                     [--format dump|json|none] [--no-attributes] [--indent N]\n"
    "                     [--type-comments] [--barry-as-flufl] [--jsonl]\n"
    "                     [--error-format cpython|gcc|json] FILE...|-";
constexpr const char* kDescription =
    "Parses each FILE ('-' reads standard input) exactly as CPython X.Y's ast.parse would\n"
    "(--feature-version, default the newest) and prints its tree in CPython 3.14's node set:\n"
    "  --format dump   what CPython 3.14's ast.dump(tree, include_attributes=True) prints\n"
    "                  (positions: 1-based lines, 0-based columns in UTF-8 bytes); with\n"
    "                  --no-attributes include_attributes=False, with --indent N indent=N;\n"
    "  --format json   one JSON object per tree (schema: docs/ast-json.md);\n"
    "  --format none   parse and build only (timing, checking).\n"
    "Older versions' trees are written in the newest node set: Num/Str/... are Constant,\n"
    "Index/ExtSlice are gone; where a version really builds another shape, its shape is kept\n"
    "(`with (a, b):` is one withitem holding a Tuple up to 3.8, two withitems from 3.9).\n"
    "\n"
    "A syntax error is reported on standard error as CPython 3.13 reports it (File \"F\", line N,\n"
    "the source line, carets under the error's range, the exception; --error-format gcc:\n"
    "F:LINE:COL: error: MESSAGE; --error-format json: one JSON object per error and line,\n"
    "as `pyfront check --help` describes); the other files are still parsed. With --jsonl\n"
    "every file gives one JSON line on standard output instead, all in one process:\n"
    "  {\"path\": P, \"ok\": true, \"dump\": \"Module(...)\"}            (--format json: \"tree\": {...})\n"
    "  {\"path\": P, \"ok\": false, \"error\": {\"type\", \"message\", \"lineno\", \"offset\",\n"
    "                                     \"end_lineno\", \"end_offset\"}}\n"
    "(offsets as CPython's SyntaxError: 1-based, in characters; null where CPython gives None;\n"
    "\"type\" only when it is not SyntaxError), plus \"warnings\": [\"SyntaxWarning: ... (line N)\"]\n"
    "when CPython would warn while parsing (printed as FILE:LINE: CATEGORY: MESSAGE otherwise).\n"
    "\n"
    "Examples:\n"
    "  pyfront parse --feature-version 3.6 old.py       # `async = 1` is fine in 3.6\n"
    "  pyfront parse --no-attributes --indent 2 x.py     # ast.dump(tree, indent=2)\n"
    "  pyfront parse --jsonl --format none $(find . -name '*.py')   # which files parse\n"
    "\n"
    "Exit status: 0 all files parsed, 1 a syntax error in some file, 2 usage or I/O error.";

struct ParseCli {
    Version version;
    builder::Mode mode = builder::Mode::Exec;
    enum class Format { Dump, Json, None } format = Format::Dump;
    bool attributes = true;
    int indent = -1;
    bool type_comments = false;
    bool barry = false;
    bool jsonl = false;
    diag::ErrorFormat error_format = diag::ErrorFormat::CPython;
};

// Parses one file; returns its exit status (0, 1 or 2).
int parse_one(const std::string& path, const ParseCli& o, std::string& out) {
    std::string bytes, io_error;
    const bool from_stdin = path == "-";
    const std::string display = from_stdin ? "<stdin>" : path;
    if (!source::read_file(path, bytes, io_error)) {
        if (o.jsonl) {
            out += "{\"path\": ";
            ast::append_json_string(out, path);
            out += ", \"ok\": false, \"error\": {\"type\": \"OSError\", \"message\": ";
            ast::append_json_string(out, io_error);
            out += ", \"lineno\": null, \"offset\": null, \"end_lineno\": null, \"end_offset\": null}}\n";
        } else {
            std::string report;
            diag::render_io_error(o.error_format, "parse", display, io_error, report);
            std::cerr << report;
        }
        return kExitUsage;
    }
    builder::Options options;
    options.version = o.version;
    options.mode = o.mode;
    options.type_comments = o.type_comments;
    options.barry_as_flufl = o.barry;
    options.filename = display;
    builder::Result r = builder::parse_source(bytes, options);

    ast::DumpOptions dump_options;
    dump_options.include_attributes = o.attributes;
    if (o.indent >= 0) dump_options.with_indent(o.indent);
    ast::JsonOptions json_options;
    json_options.include_attributes = o.attributes;

    if (o.jsonl) {
        out += "{\"path\": ";
        ast::append_json_string(out, path);
        // As tools/oracle records them: "SyntaxWarning: MESSAGE (line N)", after the result.
        std::string warnings;
        if (!r.warnings.empty()) {
            warnings = ", \"warnings\": [";
            for (std::size_t i = 0; i < r.warnings.size(); ++i) {
                if (i) warnings += ", ";
                const builder::Warning& w = r.warnings[i];
                ast::append_json_string(warnings, w.category + ": " + w.message + " (line " + std::to_string(w.lineno) + ")");
            }
            warnings += "]";
        }
        if (r.ok()) {
            out += ", \"ok\": true";
            if (o.format == ParseCli::Format::Dump) {
                out += ", \"dump\": ";
                std::string text;
                ast::dump(r.tree, dump_options, text);
                ast::append_json_string(out, text);
            } else if (o.format == ParseCli::Format::Json) {
                out += ", \"tree\": ";
                ast::write_json(r.tree, json_options, out);
            }
            out += warnings;
            out += "}\n";
            return kExitOk;
        }
        out += ", \"ok\": false, \"error\": ";
        // The exception type is named when pyfront knows it for sure: errors of the decoder and
        // the tokenizer carry it; the parser's are SyntaxError or IndentationError (issue 4).
        const bool with_type = r.error->kind != ErrorKind::SyntaxError;
        diag::append_error_json(out, *r.error, with_type);
        out += warnings;
        out += "}\n";
        return kExitSyntaxErrors;
    }
    if (!r.warnings.empty()) {
        std::cout << out;
        out.clear();
        std::cout.flush();
        for (const builder::Warning& w : r.warnings)
            std::cerr << display << ":" << w.lineno << ": " << w.category << ": " << w.message << "\n";
    }
    if (!r.ok()) {
        std::cout << out;
        out.clear();
        std::cout.flush();
        std::string report;
        diag::render_error(o.error_format, display, *r.error, r.text(), report);
        std::cerr << report;
        return kExitSyntaxErrors;
    }
    switch (o.format) {
        case ParseCli::Format::Dump:
            ast::dump(r.tree, dump_options, out);
            out += '\n';
            break;
        case ParseCli::Format::Json:
            ast::write_json(r.tree, json_options, out);
            out += '\n';
            break;
        case ParseCli::Format::None: break;
    }
    return kExitOk;
}

}  // namespace

int run_parse(const std::vector<std::string>& args) {
    std::string version_text, mode_text = "exec", format_text = "dump", error_format_text = "cpython";
    int indent = -1;
    bool no_attributes = false, type_comments = false, barry = false, jsonl = false;
    po::options_description visible("options");
    add_feature_version_option(visible, version_text);
    visible.add_options()
        ("mode", po::value<std::string>(&mode_text)->value_name("MODE")->default_value("exec"),
         "ast.parse's mode: exec (a module), eval (one expression), single (one interactive "
         "statement) or func_type (a signature type comment, 3.8+)")
        ("format", po::value<std::string>(&format_text)->value_name("FORMAT")->default_value("dump"),
         "dump (ast.dump text), json (docs/ast-json.md) or none (build only)")
        ("no-attributes", po::bool_switch(&no_attributes),
         "leave positions out (ast.dump's include_attributes=False)")
        ("indent", po::value<int>(&indent)->value_name("N"),
         "ast.dump's indent=N: one field per line, N spaces per level")
        ("type-comments", po::bool_switch(&type_comments),
         "ast.parse(type_comments=True): `# type:` comments become type_comment fields and "
         "TypeIgnore nodes (3.8+)")
        ("barry-as-flufl", po::bool_switch(&barry),
         "read as under `from __future__ import barry_as_FLUFL`'s flag: `<>` instead of `!=`")
        ("jsonl", po::bool_switch(&jsonl),
         "one JSON object per file and line on standard output (see below)")
        ("error-format", po::value<std::string>(&error_format_text)->value_name("F")->default_value("cpython"),
         "how syntax errors are reported on standard error: cpython (CPython 3.13's traceback), "
         "gcc (FILE:LINE:COL: error: MESSAGE) or json (one object per line)");
    std::vector<std::string> files;
    if (const auto done = read_command_line(args, "parse", kUsage, kDescription, visible, files)) return *done;
    ParseCli o;
    if (!resolve_feature_version(version_text, o.version)) return kExitUsage;
    if (mode_text == "exec") o.mode = builder::Mode::Exec;
    else if (mode_text == "eval") o.mode = builder::Mode::Eval;
    else if (mode_text == "single") o.mode = builder::Mode::Single;
    else if (mode_text == "func_type") o.mode = builder::Mode::FuncType;
    else return usage_error("parse", "invalid --mode '" + mode_text + "': expected exec, eval, single or func_type");
    if (format_text == "dump") o.format = ParseCli::Format::Dump;
    else if (format_text == "json") o.format = ParseCli::Format::Json;
    else if (format_text == "none") o.format = ParseCli::Format::None;
    else return usage_error("parse", "invalid --format '" + format_text + "': expected dump, json or none");
    if (!diag::parse_error_format(error_format_text, o.error_format))
        return usage_error("parse", "invalid --error-format '" + error_format_text + "': expected " +
                                        diag::kErrorFormatNames);
    if (indent < -1 || indent > 1000) return usage_error("parse", "invalid --indent: expected 0 to 1000");
    o.indent = indent;
    o.attributes = !no_attributes;
    o.type_comments = type_comments;
    o.barry = barry;
    o.jsonl = jsonl;
    if (files.empty())
        return usage_error("parse", "expected one or more FILEs (or '-'); usage: " + std::string(kUsage));

    int status = kExitOk;
    std::string out;
    for (const std::string& f : files) {
        const int s = parse_one(f, o, out);
        if (s == kExitUsage) status = kExitUsage;
        else if (s == kExitSyntaxErrors && status == kExitOk) status = kExitSyntaxErrors;
        if (out.size() > (1u << 16)) {
            std::cout << out;
            out.clear();
        }
    }
    std::cout << out;
    std::cout.flush();
    return status;
}

}  // namespace pyfront::cli
