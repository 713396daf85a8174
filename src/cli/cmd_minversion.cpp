// `pyfront minversion`: the exact set of Python versions whose grammar accepts each file
// (src/builder/minversion.h), with the construct and location that set each bound.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "ast/dump.h"
#include "builder/gates.h"
#include "builder/minversion.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "source/decode.h"

namespace pyfront::cli {

namespace {

namespace fs = std::filesystem;
using builder::Gate;
using builder::Rejection;
using builder::VersionSet;

constexpr const char* kUsage =
    "pyfront minversion [--explain] [--mode exec|eval|single|func_type] [--type-comments]\n"
    "                          [--jsonl] [--stats] PATH...";
constexpr const char* kDescription =
    "Prints, for each Python file, the exact set of versions 3.0-3.15 whose ast.parse accepts\n"
    "it (\"3.8-3.15\"; \"3.0-3.6\" for code that uses `async` as a name; \"3.0-3.1, 3.5-3.15\"\n"
    "for `{*a, *b}`; \"none\" when no version does). Directories are walked (files ending in\n"
    ".py or .pyi; hidden folders and __pycache__ are skipped) and end with a total line: the\n"
    "versions that accept every file of the tree.\n"
    "\n"
    "The sets come from one parse through the version gates (src/builder/gates.def), not from\n"
    "sixteen parses: versions that tokenize a file alike share one parse, and the AST build\n"
    "records which versions each of its decisions holds for (--stats shows the work done).\n"
    "\n"
    "  --explain   after each file, one line per run of rejected versions: the construct\n"
    "              (the gate of gates.def, or the syntax error) and its location\n"
    "              (FILE:LINE:COLUMN, columns 1-based in characters);\n"
    "  --jsonl     one JSON object per file: {\"path\", \"versions\", \"accepted\": [\"3.8\", ...],\n"
    "              \"rejected\": [{\"versions\", \"gate\", \"message\", \"lineno\", \"offset\"}]}.\n"
    "\n"
    "Examples:\n"
    "  pyfront minversion --explain src/\n"
    "  pyfront minversion --jsonl $(git ls-files '*.py')\n"
    "\n"
    "Exit status: 0 every file is accepted by some version, 1 some file by none, 2 usage or\n"
    "I/O error.";

struct MinCli {
    builder::Options options;
    bool explain = false;
    bool jsonl = false;
    bool stats = false;
};

// Runs of rejected versions that share one reason.
struct Run {
    VersionSet versions;
    Rejection why;
};

bool same_reason(const Rejection& a, const Rejection& b) {
    if (a.gate != b.gate || a.lineno != b.lineno || a.col != b.col) return false;
    return a.gate >= 0 || a.message == b.message;
}

std::vector<Run> rejected_runs(const builder::VersionVerdicts& vv) {
    std::vector<Run> runs;
    for (int m = 0; m <= 15; ++m) {
        if (vv.accepted.has_minor(m)) continue;
        const Rejection& w = vv.why[m];
        if (!runs.empty() && runs.back().versions.has_minor(m - 1) && same_reason(runs.back().why, w)) {
            runs.back().versions.bits |= 1u << m;
        } else {
            runs.push_back(Run{VersionSet{1u << m}, w});
        }
    }
    return runs;
}

// "walrus: assignment expressions (`:=`), Python 3.8-3.15" or the error's message.
std::string reason_text(const Rejection& w) {
    if (w.gate < 0) return w.message;
    const Gate g = static_cast<Gate>(w.gate);
    const builder::GateInfo& info = builder::gate_info(g);
    std::string feature(info.feature);
    return std::string(info.message) + " [" + feature + "; accepted by Python " +
           builder::gate_accepting(g).to_string() + "]";
}

std::string location(const std::string& path, const Rejection& w) {
    std::string out = path;
    if (w.lineno > 0) out += ":" + std::to_string(w.lineno);
    if (w.lineno > 0 && w.col > 0) out += ":" + std::to_string(w.col);
    return out;
}

void append_jsonl(std::string& out, const std::string& path, const builder::VersionVerdicts& vv) {
    out += "{\"path\": ";
    ast::append_json_string(out, path);
    out += ", \"versions\": ";
    ast::append_json_string(out, vv.accepted.to_string());
    out += ", \"accepted\": [";
    bool first = true;
    for (int m = 0; m <= 15; ++m)
        if (vv.accepted.has_minor(m)) {
            out += first ? "\"3." : ", \"3.";
            out += std::to_string(m) + "\"";
            first = false;
        }
    out += "], \"rejected\": [";
    first = true;
    for (const Run& r : rejected_runs(vv)) {
        out += first ? "{" : ", {";
        first = false;
        out += "\"versions\": ";
        ast::append_json_string(out, r.versions.to_string());
        out += ", \"gate\": ";
        if (r.why.gate >= 0) ast::append_json_string(out, builder::gate_info(static_cast<Gate>(r.why.gate)).feature);
        else out += "null";
        out += ", \"message\": ";
        ast::append_json_string(out, reason_text(r.why));
        out += ", \"lineno\": " + (r.why.lineno > 0 ? std::to_string(r.why.lineno) : std::string("null"));
        out += ", \"offset\": " + (r.why.col > 0 ? std::to_string(r.why.col) : std::string("null")) + "}";
    }
    out += "]}\n";
}

struct Totals {
    int files = 0;
    int none = 0;
    int io_errors = 0;
    VersionSet all = VersionSet::all();
    // For each version outside `all`: the first file that rejects it, and why.
    std::map<int, std::pair<std::string, Rejection>> bound;
    int tokenizations = 0, parses = 0, builds = 0;
};

int run_file(const std::string& path, const MinCli& o, Totals& totals, std::string& out) {
    std::string bytes, io_error;
    if (!source::read_file(path, bytes, io_error)) {
        std::cerr << "pyfront minversion: " << io_error << "\n";
        ++totals.io_errors;
        return kExitUsage;
    }
    builder::Options options = o.options;
    options.filename = path;
    const builder::VersionVerdicts vv = builder::accepted_versions(bytes, options);
    ++totals.files;
    totals.tokenizations += vv.tokenizations;
    totals.parses += vv.parses;
    totals.builds += vv.builds;
    if (vv.accepted.empty()) ++totals.none;
    for (int m = 0; m <= 15; ++m)
        if (totals.all.has_minor(m) && !vv.accepted.has_minor(m)) totals.bound[m] = {path, vv.why[m]};
    totals.all = totals.all & vv.accepted;
    if (o.jsonl) {
        append_jsonl(out, path, vv);
        return vv.accepted.empty() ? kExitSyntaxErrors : kExitOk;
    }
    out += path + ": " + vv.accepted.to_string() + "\n";
    if (o.explain)
        for (const Run& r : rejected_runs(vv))
            out += "  " + r.versions.to_string() + " rejected: " + location(path, r.why) + ": " + reason_text(r.why) + "\n";
    return vv.accepted.empty() ? kExitSyntaxErrors : kExitOk;
}

bool python_file(const fs::path& p) {
    const std::string ext = p.extension().string();
    return ext == ".py" || ext == ".pyi";
}

// The files of a tree, sorted; hidden folders and __pycache__ skipped.
std::vector<std::string> walk(const std::string& root) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        const std::string name = p.filename().string();
        if (it->is_directory(ec)) {
            if ((!name.empty() && name[0] == '.') || name == "__pycache__") it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec) && python_file(p)) files.push_back(p.string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int run_minversion(const std::vector<std::string>& args) {
    std::string mode_text = "exec";
    bool explain = false, jsonl = false, stats = false, type_comments = false;
    po::options_description visible("options");
    visible.add_options()
        ("explain", po::bool_switch(&explain), "name the construct and location that excludes each run of versions")
        ("mode", po::value<std::string>(&mode_text)->value_name("MODE")->default_value("exec"),
         "ast.parse's mode: exec, eval, single or func_type")
        ("type-comments", po::bool_switch(&type_comments), "parse with type_comments=True (3.8+)")
        ("jsonl", po::bool_switch(&jsonl), "one JSON object per file")
        ("stats", po::bool_switch(&stats), "print the tokenizations, parses and builds done (stderr)");
    std::vector<std::string> paths;
    if (const auto done = read_command_line(args, "minversion", kUsage, kDescription, visible, paths)) return *done;
    if (paths.empty()) return usage_error("minversion", "no PATH given (see 'pyfront minversion --help')");
    MinCli o;
    o.explain = explain;
    o.jsonl = jsonl;
    o.stats = stats;
    o.options.type_comments = type_comments;
    o.options.version_hint = false;
    if (mode_text == "exec") o.options.mode = builder::Mode::Exec;
    else if (mode_text == "eval") o.options.mode = builder::Mode::Eval;
    else if (mode_text == "single") o.options.mode = builder::Mode::Single;
    else if (mode_text == "func_type") o.options.mode = builder::Mode::FuncType;
    else return usage_error("minversion", "invalid --mode '" + mode_text + "': expected exec, eval, single or func_type");

    int status = kExitOk;
    Totals grand;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (path != "-" && fs::is_directory(path, ec)) {
            Totals tree;
            for (const std::string& f : walk(path)) {
                std::string out;
                status = std::max(status, run_file(f, o, tree, out));
                std::cout << out;
            }
            if (!jsonl) {
                std::cout << path << (path.back() == '/' ? "" : "/") << " (" << tree.files << " files";
                if (tree.none) std::cout << ", " << tree.none << " accepted by no version";
                std::cout << "): " << tree.all.to_string() << "\n";
                if (explain) {
                    // Runs of versions that the same file rejects for the same reason.
                    struct TreeRun {
                        VersionSet versions;
                        const std::string* file;
                        const Rejection* why;
                    };
                    std::vector<TreeRun> runs;
                    for (const auto& [m, fw] : tree.bound) {
                        if (!runs.empty() && runs.back().versions.has_minor(m - 1) && *runs.back().file == fw.first &&
                            same_reason(*runs.back().why, fw.second))
                            runs.back().versions.bits |= 1u << m;
                        else
                            runs.push_back(TreeRun{VersionSet{1u << m}, &fw.first, &fw.second});
                    }
                    for (const TreeRun& r : runs)
                        std::cout << "  " << r.versions.to_string() << " rejected: " << location(*r.file, *r.why)
                                  << ": " << reason_text(*r.why) << "\n";
                }
            }
            grand.files += tree.files;
            grand.tokenizations += tree.tokenizations;
            grand.parses += tree.parses;
            grand.builds += tree.builds;
        } else {
            std::string out;
            status = std::max(status, run_file(path, o, grand, out));
            std::cout << out;
        }
    }
    if (stats)
        std::cerr << "minversion: " << grand.files << " files, " << grand.tokenizations << " tokenizations, "
                  << grand.parses << " parses, " << grand.builds << " builds\n";
    return status;
}

}  // namespace pyfront::cli
