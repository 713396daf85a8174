#include "cli/compile_options.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string_view>

#include "cli/command.h"
#include "cli/common_options.h"

namespace pyfront::cli {

namespace {

constexpr const char* kUsage =
    "pyfront compile [--compat X.Y[,X.Y...]] [-j N] [-f] [-q] [-o LEVEL]...\n"
    "                       [--invalidation-mode MODE] [-d DIR] [-s PREFIX] [-p PREFIX]\n"
    "                       [-x REGEX] [-i FILE] [-e DIR] [-r DEPTH | -l] [-b]\n"
    "                       [--hardlink-dupes] [--pycache-prefix DIR] [--no-share] [--fsync] [--via-ast]\n"
    "                       PATH...";

constexpr const char* kDescription =
    "Byte-compiles Python files as `python3 -m compileall` does, with the same options and\n"
    "defaults, but parses each file as Python X.Y would (--compat) and writes the host's\n"
    "bytecode under a tag per compat level (PEP 3147/488 names; host CPython 3.11 shown):\n"
    "  --compat 3.11 (the host)  __pycache__/NAME.cpython-311.pyc      what compileall writes\n"
    "  --compat 3.6              __pycache__/NAME.cpython-311-36.pyc\n"
    "  -o 2                      __pycache__/NAME.cpython-311[-XY].opt-2.pyc\n"
    "  -b                        NAME.pyc beside NAME.py (one compat level only)\n"
    "  --pycache-prefix P        P/<absolute source folder>/NAME.TAG.pyc (as PYTHONPYCACHEPREFIX,\n"
    "                            which is read when the option is not given)\n"
    "\n"
    "Each file is read, parsed at every requested level, compiled by the host CPython's own\n"
    "compiler, and written atomically behind a PEP 552 header (temporary file + rename: an\n"
    "interrupted run never leaves a partial pyc). A file whose tree is the same at several\n"
    "levels is compiled once and its pycs share one file (hard links; --no-share: copies).\n"
    "Invalidation modes: timestamp (default), checked-hash (default when SOURCE_DATE_EPOCH is\n"
    "set, as py_compile), unchecked-hash.\n"
    "\n"
    "Fresh pycs are skipped (-f compiles anyway): a manifest in each cache folder records, per\n"
    "pyc, an XXH3 of the source bytes and of the options, and the pyc's size/mtime/inode.\n"
    "\n"
    "Errors are reported as FILE:LINE:COL: error: MESSAGE (--error-format: also cpython, json),\n"
    "with the compat level when several are asked; the other files are still compiled. A\n"
    "progress line is shown on a terminal and a summary at the end (-q: errors only; -qq:\n"
    "nothing).\n"
    "\n"
    "Examples:\n"
    "  pyfront compile -j 0 --compat 3.6,3.8,3.11 src/\n"
    "  SOURCE_DATE_EPOCH=0 pyfront compile -q -d /usr/lib/python3/dist-packages build/pkg\n"
    "\n"
    "Exit status: 0 all files compiled or fresh, 1 some file failed (syntax error, host\n"
    "compiler refusal, unreadable source, unwritable pyc), 2 usage error or no host.";

std::vector<std::string> split_commas(const std::vector<std::string>& texts) {
    std::vector<std::string> out;
    for (const std::string& t : texts) {
        std::size_t start = 0;
        for (;;) {
            const std::size_t comma = t.find(',', start);
            out.push_back(t.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return out;
}

}  // namespace

int parse_compile_command_line(const std::vector<std::string>& args, CompileSettings& out) {
    std::vector<std::string> compat, opt_texts;
    std::string error_format, mode_text, ddir, stripdir, prependdir, rx, file_list, limit, prefix;
    int workers = 1, recursion = -1;
    bool no_recurse = false, no_share = false, fsync = false;
    po::options_description visible("options");
    visible.add_options()
        ("compat", po::value<std::vector<std::string>>(&compat)->value_name("X.Y[,X.Y...]")->composing(),
         "parse as these Python versions (3.0 to 3.15, or 'host'); one pyc tag per level; "
         "default: the host's version (exactly compileall's pycs)")
        ("workers,j", po::value<int>(&workers)->value_name("N")->default_value(1),
         "compile in N processes (0 = all cores)")
        ("force,f", po::bool_switch(&out.force), "compile even fresh pycs")
        ("quiet,q", "errors only; twice (-qq): nothing")
        ("opt,o", po::value<std::vector<std::string>>(&opt_texts)->value_name("LEVEL")->composing(),
         "optimization level 0, 1 or 2 (-1: the interpreter's, 0); repeat for several")
        ("invalidation-mode", po::value<std::string>(&mode_text)->value_name("MODE"),
         "timestamp, checked-hash or unchecked-hash (default: checked-hash if SOURCE_DATE_EPOCH "
         "is set, timestamp otherwise)")
        (",d", po::value<std::string>(&ddir)->value_name("DESTDIR"),
         "the folder named in the code objects instead of the source's (tracebacks)")
        (",s", po::value<std::string>(&stripdir)->value_name("STRIPDIR"),
         "left-strip this path from the file names compiled in")
        (",p", po::value<std::string>(&prependdir)->value_name("PREPENDDIR"),
         "prepend this path to the file names compiled in (after -s)")
        (",x", po::value<std::string>(&rx)->value_name("REGEX"),
         "skip files whose path matches REGEX (the host's re.search, Python's syntax)")
        (",i", po::value<std::string>(&file_list)->value_name("FILE"),
         "add the files and folders listed in FILE, one a line ('-': standard input)")
        (",e", po::value<std::string>(&limit)->value_name("DIR"),
         "skip symlinks pointing outside DIR")
        (",r", po::value<int>(&recursion)->value_name("DEPTH"), "recurse at most DEPTH folders deep")
        (",l", po::bool_switch(&no_recurse), "do not recurse into subfolders (-r wins)")
        (",b", po::bool_switch(&out.legacy), "legacy placement: NAME.pyc beside NAME.py")
        ("hardlink-dupes", po::bool_switch(&out.hardlink_dupes),
         "hard-link identical pycs of different optimization levels (as compileall)")
        ("no-share", po::bool_switch(&no_share),
         "write identical pycs of different compat levels as separate files")
        ("pycache-prefix", po::value<std::string>(&prefix)->value_name("DIR"),
         "put pycs in a mirror tree under DIR (as PYTHONPYCACHEPREFIX)")
        ("fsync", po::bool_switch(&fsync), "fsync each pyc and its folder before going on")
        ("via-ast", po::bool_switch(&out.via_ast),
         "at the host's own level too, compile pyfront's tree through the bridge (default there: "
         "the host compiles the source bytes, as compileall; docs/compile-paths.md)")
        ("error-format", po::value<std::string>(&error_format)->value_name("F")->default_value("gcc"),
         "how errors are reported: gcc (FILE:LINE:COL: error: MESSAGE), cpython (as CPython's "
         "traceback) or json (one object per line, docs/error-json.md)");
    // -q counts (compileall's action='count'): taken out here, -qq included, since
    // program_options has no counting switch.
    std::vector<std::string> rest;
    for (const std::string& a : args) {
        if (a == "--quiet") {
            ++out.quiet;
        } else if (a.size() >= 2 && a[0] == '-' && a[1] == 'q' && a.find_first_not_of('q', 1) == std::string::npos) {
            out.quiet += static_cast<int>(a.size() - 1);
        } else {
            rest.push_back(a);
        }
    }
    // -1 after --help (parse_compile_command_line's contract).
    if (const auto done = read_command_line(rest, "compile", kUsage, kDescription, visible, out.paths))
        return *done == kExitOk ? -1 : *done;
    out.compat_texts = split_commas(compat);
    if (workers < 0) return usage_error("compile", "-j must be 0 (all cores) or more");
    out.workers = workers;
    for (const std::string& t : opt_texts) {
        int level;
        try {
            std::size_t used = 0;
            level = std::stoi(t, &used);
            if (used != t.size()) throw std::invalid_argument(t);
        } catch (const std::exception&) {
            return usage_error("compile", "invalid -o '" + t + "': expected -1, 0, 1 or 2");
        }
        if (level < -1 || level > 2) return usage_error("compile", "invalid -o '" + t + "': expected -1, 0, 1 or 2");
        out.optimize.push_back(level < 0 ? 0 : level);
    }
    if (out.optimize.empty()) out.optimize.push_back(0);
    std::sort(out.optimize.begin(), out.optimize.end());
    out.optimize.erase(std::unique(out.optimize.begin(), out.optimize.end()), out.optimize.end());
    if (out.hardlink_dupes && opt_texts.size() < 2)
        return usage_error("compile", "Hardlinking of duplicated bytecode makes sense only for more than one optimization level.");
    if (!diag::parse_error_format(error_format, out.error_format))
        return usage_error("compile", "invalid --error-format '" + error_format + "': expected " + diag::kErrorFormatNames);
    if (!mode_text.empty()) {
        out.mode = cache::parse_mode(mode_text);
        if (!out.mode)
            return usage_error("compile", "invalid --invalidation-mode '" + mode_text +
                                              "': expected checked-hash, timestamp or unchecked-hash");
    }
    if (!ddir.empty() && (!stripdir.empty() || !prependdir.empty()))
        return usage_error("compile", "-d cannot be used in combination with -s or -p");
    if (!ddir.empty()) out.ddir = ddir;
    if (!stripdir.empty()) out.stripdir = stripdir;
    if (!prependdir.empty()) out.prependdir = prependdir;
    if (!rx.empty()) out.rx = rx;  // compiled by the host's re (cmd_compile.cpp)
    if (!file_list.empty()) out.file_list = file_list;
    if (!limit.empty()) out.limit_sl_dest = limit;
    if (recursion >= 0) out.maxlevels = recursion;
    else if (no_recurse) out.maxlevels = 0;
    out.share_levels = !no_share;
    out.durability = fsync ? cache::Durability::Full : cache::Durability::None;
    if (!prefix.empty()) out.pycache_prefix = prefix;
    else if (const char* env = std::getenv("PYTHONPYCACHEPREFIX"); env && *env) out.pycache_prefix = env;
    if (out.paths.empty() && !out.file_list)
        return usage_error("compile", "expected one or more PATHs (files or folders); usage: " + std::string(kUsage));
    return kExitOk;
}

bool read_file_list(const std::string& list, std::vector<std::string>& paths, std::string& error) {
    std::ifstream file;
    if (list != "-") {
        file.open(list, std::ios::binary);
        if (!file) {
            error = list + ": " + std::strerror(errno);
            return false;
        }
    }
    std::istream& in = list == "-" ? std::cin : file;
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        error = (list == "-" ? std::string("standard input") : list) + ": read error";
        return false;
    }
    // Text mode's lines end at \n, \r\n or \r; str.strip() then takes the ASCII whitespace
    // (space, \t \n \v \f \r) and the separators \x1c-\x1f from both ends.
    constexpr const char* kSpace = " \t\n\v\f\r\x1c\x1d\x1e\x1f";
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string::npos) end = text.size();
        const std::string_view line = std::string_view(text).substr(start, end - start);
        start = end + 1;
        const std::size_t first = line.find_first_not_of(kSpace);
        if (first != std::string_view::npos)
            paths.emplace_back(line.substr(first, line.find_last_not_of(kSpace) - first + 1));
    }
    return true;
}

}  // namespace pyfront::cli
