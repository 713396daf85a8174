// Where a pyc goes, by CPython's own rules (importlib.util.cache_from_source, compileall -b).
//
// | placement        | source `pkg/mod.py`, tag cpython-311-36, optimize 1                  |
// |------------------|-----------------------------------------------------------------------|
// | pycache (PEP 3147)| pkg/__pycache__/mod.cpython-311-36.opt-1.pyc                         |
// | pycache prefix   | PREFIX + root-relative absolute source folder + /mod.cpython-311-36.opt-1.pyc |
// |                  | (PYTHONPYCACHEPREFIX, sys.pycache_prefix; the folder is made absolute |
// |                  | with the current directory but not normalized, as CPython does)      |
// | legacy (-b)      | pkg/mod.pyc (source path + "c"; no tag, so one compat level only)     |
//
// The string rules are CPython's, quirks included: the name is split at the last '.', so
// "a.b.py" -> "a.b.TAG.pyc" and a name without a dot, "c", -> "ccpython-311.pyc"; ".hidden"
// -> "hidden.TAG.pyc"; the folder "/" of "/a.py" is the empty string.
#pragma once
#include <string>
#include <string_view>

namespace pyfront::cache {

enum class Placement { Pycache, Legacy };

struct PathOptions {
    Placement placement = Placement::Pycache;
    // sys.pycache_prefix; empty = none. Only used with Placement::Pycache.
    std::string pycache_prefix;
    // The current directory, for relative sources under a prefix (tests pass their own).
    std::string cwd;
};

// cache_from_source(source, optimization=(optimize or '')) with the tag given.
std::string pyc_path(std::string_view source, std::string_view tag, int optimize,
                     const PathOptions& options);

// The inverse for PEP 3147 placement (importlib.util.source_from_cache): the source a pyc in
// `folder/__pycache__/NAME.TAG[.opt-N].pyc` belongs to, "folder/NAME.py"; empty when the
// pyc is not in a __pycache__ folder.
std::string source_of_pycache_file(std::string_view pyc, std::string_view module_name);

// os.path.split and posixpath.join as importlib's private replacements do them.
std::pair<std::string, std::string> split_path(std::string_view path);
std::string join_path(std::initializer_list<std::string_view> parts);

}  // namespace pyfront::cache
