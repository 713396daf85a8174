// Writes the pycs of one source (all its compat levels and optimization levels) and shares
// byte-identical ones by hard link, as compileall --hardlink-dupes does for optimization
// levels, here also across compat levels (DESIGN.md decision 5). Each file is written or
// linked atomically (atomic_file.h); when a link is impossible (another file system, a file
// system without links, too many links) the copy is written instead.
#pragma once
#include <string>
#include <vector>

#include "cache/atomic_file.h"

namespace pyfront::cache {

struct PycOutput {
    std::string path;
    std::string bytes;       // header + marshalled code
    // Outputs of the same group with identical bytes share one file; never_link: always its
    // own file (e.g. --no-share without --hardlink-dupes).
    std::string link_group;
    bool never_link = false;
    // Already on disk and current (e.g. a fresh pyc of another level): not written, only a
    // file that later identical outputs of its group may link to. `bytes` = its content.
    bool existing = false;
};

struct PycWritten {
    std::string path;
    bool ok = false;
    bool linked = false;     // a hard link to an earlier output with the same bytes
    std::string error;
};

// `mode`: permission bits for new files (source mode | 0o200, as py_compile).
std::vector<PycWritten> write_pycs(const std::vector<PycOutput>& outputs, unsigned mode, Durability durability);

}  // namespace pyfront::cache
