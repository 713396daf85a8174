// The freshness manifest: one small text file per output folder (`.pyfront-manifest` in each
// __pycache__ folder, or in the matching folder under a pycache prefix) that remembers, for
// every pyc pyfront wrote there, what it was made from and which file it wrote.
//
// A pyc is fresh (skipped unless -f) when its entry matches all of:
// | source_xxh  | XXH3 of the source bytes read now                                        |
// | options_xxh | XXH3 of everything else the bytes depend on: host magic, tag, compat level,|
// |             | optimize, invalidation mode, the file name compiled in (-d/-s/-p), the    |
// |             | pyfront version, and for timestamp pycs the source's mtime and size (they |
// |             | are in the header)                                                        |
// | pyc stat    | size, mtime (ns) and inode of the pyc now: the file is still the one      |
// |             | written (a rewrite by anyone else is a rename, so a new inode)            |
// The entry is a cache of a proof, never trusted alone: every field is checked each run, so a
// lost, stale or foreign manifest only costs a recompile. Concurrent runs merge their entries
// into the file on disk when they save (last writer wins per entry); a lost update likewise
// only costs a recompile.
//
// File format, version 1 (tab-separated, one pyc per line, sorted by name):
//   pyfront-manifest 1
//   NAME  SOURCE_XXH  OPTIONS_XXH  PYC_XXH  PYC_SIZE  PYC_MTIME_NS  PYC_INODE
// (hashes as 16 hex digits). Malformed lines are ignored.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace pyfront::cache {

struct ManifestEntry {
    std::uint64_t source_xxh = 0;
    std::uint64_t options_xxh = 0;
    std::uint64_t pyc_xxh = 0;
    std::uint64_t pyc_size = 0;
    std::int64_t pyc_mtime_ns = 0;
    std::uint64_t pyc_inode = 0;
    friend bool operator==(const ManifestEntry& a, const ManifestEntry& b) {
        return a.source_xxh == b.source_xxh && a.options_xxh == b.options_xxh && a.pyc_xxh == b.pyc_xxh &&
               a.pyc_size == b.pyc_size && a.pyc_mtime_ns == b.pyc_mtime_ns && a.pyc_inode == b.pyc_inode;
    }
};

// The stat part of an entry for the file at `path` as it is now; false when it cannot be
// stat'ed or is not a regular file.
bool stat_pyc(const std::string& path, ManifestEntry& entry);

class Manifest {
public:
    static constexpr const char* kFileName = ".pyfront-manifest";

    // Reads FOLDER/.pyfront-manifest; a missing or unreadable file is an empty manifest.
    void load(const std::string& folder);
    const ManifestEntry* find(const std::string& pyc_name) const;
    void set(const std::string& pyc_name, const ManifestEntry& entry);
    void erase(const std::string& pyc_name);
    const std::map<std::string, ManifestEntry>& entries() const { return entries_; }
    bool changed() const { return !updates_.empty() || !erased_.empty(); }

    // Merges this run's set/erase calls into the file on disk now and replaces it atomically.
    bool save(const std::string& folder, std::string& error);

    std::string serialize() const;
    void parse(const std::string& text);

private:
    std::map<std::string, ManifestEntry> entries_;
    std::map<std::string, ManifestEntry> updates_;
    std::set<std::string> erased_;
};

// Fresh by the table above: the entry exists, source and options hashes match, and the pyc
// on disk is the file the entry describes.
bool is_fresh(const Manifest& manifest, const std::string& pyc_name, const std::string& pyc_path,
              std::uint64_t source_xxh, std::uint64_t options_xxh);

}  // namespace pyfront::cache
