// `pyfront compile`'s settings: compileall's options with compileall's defaults, plus the
// compat levels and the cache manager's own switches.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cache/atomic_file.h"
#include "cache/pyc_header.h"
#include "diag/render.h"
#include "version/version.h"

namespace pyfront::cli {

struct CompileSettings {
    std::vector<std::string> compat_texts;   // --compat as given ("3.6", "host"); empty = host
    std::vector<Version> compat;             // resolved against the host, in order, unique
    int workers = 1;                         // -j (0 = all cores)
    bool force = false;                      // -f
    int quiet = 0;                           // -q count
    std::vector<int> optimize;               // -o, sorted and unique; -1 becomes 0
    std::optional<cache::InvalidationMode> mode;  // --invalidation-mode; unset = py_compile's default
    std::optional<std::string> ddir;         // -d
    std::optional<std::string> stripdir;     // -s
    std::optional<std::string> prependdir;   // -p
    std::optional<std::string> rx;           // -x: Python's re syntax, run by the host (compile_plan)
    std::optional<std::string> file_list;    // -i: more PATHs, one a line, from FILE ('-': stdin)
    std::optional<std::string> limit_sl_dest;  // -e
    int maxlevels = 1000;                    // -r / -l (compileall: sys.getrecursionlimit())
    bool legacy = false;                     // -b
    bool hardlink_dupes = false;             // --hardlink-dupes (optimization levels)
    bool share_levels = true;                // --no-share turns off links across compat levels
    std::string pycache_prefix;              // --pycache-prefix, else PYTHONPYCACHEPREFIX
    cache::Durability durability = cache::Durability::None;  // --fsync
    diag::ErrorFormat error_format = diag::ErrorFormat::Gcc;  // --error-format
    bool via_ast = false;                    // --via-ast (JobCommon::via_ast)
    std::vector<std::string> paths;
};

// Parses the command line; returns kExitOk, kExitUsage (message printed), or -1 after --help
// was printed.
int parse_compile_command_line(const std::vector<std::string>& args, CompileSettings& out);

// compileall's -i: appends each line of `list` ("-": standard input), stripped of surrounding
// whitespace as str.strip() strips it, to `paths`. Blank lines are skipped (compileall tries
// to list the folder '' and says "Can't list ''"). False with `error` when it cannot be read.
bool read_file_list(const std::string& list, std::vector<std::string>& paths, std::string& error);

}  // namespace pyfront::cli
