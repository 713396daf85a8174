// `pyfront check`: which files of a tree have syntax errors at a feature version, on every
// core (check_workers.h), with one report per failing file and a summary.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/check_file.h"
#include "cli/check_walk.h"
#include "cli/check_workers.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "diag/render.h"

namespace pyfront::cli {

namespace {

constexpr const char* kUsage =
    "pyfront check [--feature-version X.Y] [--exclude GLOB]... [-q] [-j N]\n"
    "                     [--error-format cpython|gcc|json] PATH...";
constexpr const char* kDescription =
    "Parses every Python file under the PATHs exactly as CPython X.Y's ast.parse would\n"
    "(--feature-version, default the newest) and reports each file's syntax error.\n"
    "A directory is walked recursively for *.py files, in name order; hidden directories\n"
    "(.git, .venv, ...), __pycache__ and links to directories are skipped, and so is every\n"
    "file or directory whose path or name matches an --exclude glob (fnmatch: '*' also\n"
    "matches '/'; e.g. --exclude 'test_*' --exclude '*/build/*'). A FILE named on the\n"
    "command line is checked whatever its name.\n"
    "\n"
    "Standard output has one report per failing file, in that order, whatever -j is:\n"
    "  --error-format cpython  as CPython 3.13 reports a SyntaxError (File \"F\", line N, the\n"
    "                          line, carets, the exception), the default;\n"
    "  --error-format gcc      F:LINE:COL: error: MESSAGE (editors, CI annotations);\n"
    "  --error-format json     one JSON object per line and error:\n"
    "      {\"path\", \"type\", \"message\", \"lineno\", \"offset\", \"end_lineno\", \"end_offset\"}\n"
    "    plus \"hint\" when another Python version accepts the file (\"type\": SyntaxError,\n"
    "    IndentationError, TabError, ValueError, RecursionError, OSError, InternalError;\n"
    "    positions as CPython's SyntaxError: 1-based, offsets in characters, null for None;\n"
    "    docs/error-json.md).\n"
    "Unreadable files are reported there too. Standard error has the summary (files,\n"
    "errors, time), unless -q.\n"
    "\n"
    "The files are shared among N worker processes (-j, default: the processors available),\n"
    "largest first; each worker keeps its parser's prediction cache warm from file to file.\n"
    "\n"
    "Examples:\n"
    "  pyfront check --feature-version 3.8 src/        # does src/ still parse as Python 3.8?\n"
    "  pyfront check -q --error-format gcc .           # errors only, for an editor or CI\n"
    "\n"
    "Exit status: 0 no syntax errors, 1 a syntax error in some file, 2 usage or I/O error\n"
    "(a path that does not exist, an unreadable file).";

std::string format_summary(std::size_t files, std::size_t errors, std::size_t unreadable,
                           std::size_t crashed, double bytes, double seconds, int jobs) {
    char tail[160];
    std::snprintf(tail, sizeof tail, " (%.1f MB in %.2f s, %.1f MB/s, %d process%s)",
                  bytes / 1e6, seconds, seconds > 0 ? bytes / 1e6 / seconds : 0.0, jobs,
                  jobs == 1 ? "" : "es");
    std::string s = "pyfront check: " + std::to_string(files) + (files == 1 ? " file, " : " files, ") +
                    std::to_string(errors) + (errors == 1 ? " syntax error" : " syntax errors");
    if (unreadable) s += ", " + std::to_string(unreadable) + " unreadable";
    if (crashed) s += ", " + std::to_string(crashed) + " internal errors";
    return s + tail + "\n";
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
    const auto start = std::chrono::steady_clock::now();
    std::string version_text, error_format_text = "cpython";
    std::vector<std::string> excludes;
    bool quiet = false;
    int jobs = 0;
    po::options_description visible("options");
    add_feature_version_option(visible, version_text);
    visible.add_options()
        ("exclude", po::value<std::vector<std::string>>(&excludes)->value_name("GLOB")->composing(),
         "skip files and directories whose path or name matches GLOB (repeatable)")
        ("quiet,q", po::bool_switch(&quiet), "print only the errors (no summary)")
        ("jobs,j", po::value<int>(&jobs)->value_name("N"),
         "worker processes (default: the processors available; 1: no workers)")
        ("error-format", po::value<std::string>(&error_format_text)->value_name("F")->default_value("cpython"),
         "cpython, gcc or json (see below)");
    std::vector<std::string> paths;
    if (const auto done = read_command_line(args, "check", kUsage, kDescription, visible, paths)) return *done;
    CheckSettings settings;
    if (!resolve_feature_version(version_text, settings.version)) return kExitUsage;
    if (!diag::parse_error_format(error_format_text, settings.error_format))
        return usage_error("check", "invalid --error-format '" + error_format_text + "': expected " +
                                        diag::kErrorFormatNames);
    if (jobs < 0 || jobs > 1024) return usage_error("check", "invalid -j: expected 1 to 1024");
    if (jobs == 0) jobs = available_cpus();
    if (paths.empty()) return usage_error("check", "expected one or more PATHs; usage: " + std::string(kUsage));

    const std::vector<CheckFile> files = collect_check_files(paths, excludes);
    std::vector<std::uintmax_t> sizes;
    double bytes = 0;
    for (const CheckFile& f : files) {
        sizes.push_back(f.size);
        bytes += static_cast<double>(f.size);
    }
    std::size_t errors = 0, unreadable = 0, crashed = 0;
    std::cout.flush();  // nothing buffered may be copied into the workers
    run_file_jobs(
        sizes, jobs, [&](std::size_t i) { return check_one_file(files[i], settings); },
        [&](std::size_t i, FileResult&& r) {
            switch (r.status) {
                case FileResult::Ok: return;
                case FileResult::SyntaxError: ++errors; break;
                case FileResult::IoError: ++unreadable; break;
                case FileResult::Crashed: {
                    ++crashed;
                    std::string report;
                    diag::render_io_error(settings.error_format, "check", files[i].path,
                                          "internal error while checking '" + files[i].path + "': " + r.report,
                                          report, "InternalError");
                    r.report = std::move(report);
                    break;
                }
            }
            std::cout << r.report;
        });
    std::cout.flush();
    if (!quiet) {
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const int used = jobs > static_cast<int>(files.size()) ? static_cast<int>(files.size()) : jobs;
        std::cerr << format_summary(files.size(), errors, unreadable, crashed, bytes, seconds,
                                    used < 1 ? 1 : used);
    }
    if (unreadable || crashed) return kExitUsage;
    return errors ? kExitSyntaxErrors : kExitOk;
}

}  // namespace pyfront::cli
