// Which files `pyfront check` reads: the PATHs given, directories walked recursively.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace pyfront::cli {

struct CheckFile {
    std::string path;        // as shown to the user: the argument, or DIR/NAME below it
    std::uintmax_t size = 0; // bytes (work is handed out largest first)
    std::string error;       // set when the path could not be read or listed
};

// Files named by `paths`, in a deterministic order: the arguments in order; below a directory,
// its entries sorted by name (bytes), each subdirectory walked where it sorts. A directory
// contributes its `*.py` files; hidden directories (".name"), `__pycache__` and directory
// symlinks (no loops) are skipped, and so is any entry whose path or name matches one of the
// `excludes` (fnmatch globs; `*` also matches `/`; a trailing `/` is ignored). A file named
// as an argument is always checked, whatever its name. A path that does not exist or a
// directory that cannot be listed gives an entry with `error` set.
std::vector<CheckFile> collect_check_files(const std::vector<std::string>& paths,
                                           const std::vector<std::string>& excludes);

}  // namespace pyfront::cli
