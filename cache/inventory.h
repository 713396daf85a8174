// What a tree holds in its caches, and the state of each pyc: the shared ground of
// `pyfront cache list`, `cache clean` and `cache verify`.
//
// | state         | meaning                                                          | clean removes |
// |---------------|------------------------------------------------------------------|---------------|
// | fresh         | header is this host's and matches the source (mtime+size, or the  | no            |
// |               | source hash; unchecked-hash pycs are fresh by definition)        |               |
// | stale         | the source changed since (CPython would recompile or ignore it)  | yes           |
// | orphan        | the source is gone                                               | yes           |
// | other-host    | a tag of another interpreter (cpython-312...): not ours to judge | only --tag    |
// | wrong-magic   | this host's tag but another magic number (another build)         | yes           |
// | bad-header    | shorter than 16 bytes or unknown flags                           | yes           |
// | bad-marshal   | the body is not one whole marshalled object (verify only)        | yes           |
// | unreadable    | the pyc cannot be read                                           | no            |
// Temporary files of killed writers (*.pyfront-tmp.*) are always removed by clean.
// Legacy pycs (compileall -b, NAME.pyc beside NAME.py) are listed under the tag "legacy".
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cache/host_facts.h"
#include "cache/tag.h"

namespace pyfront::cache {

struct FoundPyc {
    std::string path;    // the pyc
    std::string source;  // the source it belongs to
    std::string tag;     // "cpython-311-36", or "legacy"
    int optimize = 0;
};

struct Inventory {
    std::vector<FoundPyc> pycs;              // in walk order (sorted names)
    std::vector<std::string> temp_files;     // leftovers of killed writers
    std::vector<std::string> cache_folders;  // the __pycache__ folders seen
};

// Walks `root` (a folder, or one source file: its pycs) as compileall does: sorted names,
// symlinked folders not followed.
Inventory scan_tree(const std::string& root);

enum class PycState { Fresh, Stale, Orphan, OtherHost, WrongMagic, BadHeader, BadMarshal, Unreadable };
const char* state_name(PycState state);

struct PycVerdict {
    PycState state = PycState::Fresh;
    std::string detail;  // why, for anything but fresh
    std::string mode;    // "timestamp", "checked-hash", "unchecked-hash" when the header parsed
};

// `check_body`: also walk the marshalled body (check_marshal), then, when host.unmarshal_error
// is set, have the host unmarshal it (bad-marshal if either fails). A checked-hash pyc needs
// host.source_hash; without it such pycs count as fresh when their header parses.
PycVerdict inspect_pyc(const FoundPyc& pyc, const HostFacts& host, bool check_body);

// Whether clean removes a pyc in this state (table above).
bool state_is_removable(PycState state);

}  // namespace pyfront::cache
