#include "cache/manifest.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <sstream>
#include <vector>

#include "cache/atomic_file.h"
#include "cache/fingerprint.h"

namespace pyfront::cache {

namespace {

constexpr const char* kMagicLine = "pyfront-manifest 1";

bool parse_u64(const std::string& s, int base, std::uint64_t& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    errno = 0;
    out = std::strtoull(s.c_str(), &end, base);
    return errno == 0 && end && *end == '\0';
}

}  // namespace

bool stat_pyc(const std::string& path, ManifestEntry& e) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    e.pyc_size = static_cast<std::uint64_t>(st.st_size);
    e.pyc_mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    e.pyc_inode = static_cast<std::uint64_t>(st.st_ino);
    return true;
}

void Manifest::load(const std::string& folder) {
    entries_.clear();
    std::string text, error;
    if (read_whole_file(folder + "/" + kFileName, text, error)) parse(text);
}

void Manifest::parse(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != kMagicLine) return;  // unknown format: start afresh
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::size_t start = 0;
        for (;;) {
            const std::size_t tab = line.find('\t', start);
            f.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        ManifestEntry e;
        std::uint64_t mtime = 0;
        if (f.size() != 7 || f[0].empty() || !parse_u64(f[1], 16, e.source_xxh) ||
            !parse_u64(f[2], 16, e.options_xxh) || !parse_u64(f[3], 16, e.pyc_xxh) ||
            !parse_u64(f[4], 10, e.pyc_size) || !parse_u64(f[5], 10, mtime) || !parse_u64(f[6], 10, e.pyc_inode))
            continue;
        e.pyc_mtime_ns = static_cast<std::int64_t>(mtime);
        entries_[f[0]] = e;
    }
}

std::string Manifest::serialize() const {
    std::string out = kMagicLine;
    out += '\n';
    for (const auto& [name, e] : entries_) {
        out += name + '\t' + hex64(e.source_xxh) + '\t' + hex64(e.options_xxh) + '\t' + hex64(e.pyc_xxh) + '\t' +
               std::to_string(e.pyc_size) + '\t' + std::to_string(e.pyc_mtime_ns) + '\t' +
               std::to_string(e.pyc_inode) + '\n';
    }
    return out;
}

const ManifestEntry* Manifest::find(const std::string& pyc_name) const {
    auto it = entries_.find(pyc_name);
    return it == entries_.end() ? nullptr : &it->second;
}

void Manifest::set(const std::string& pyc_name, const ManifestEntry& entry) {
    entries_[pyc_name] = entry;
    updates_[pyc_name] = entry;
    erased_.erase(pyc_name);
}

void Manifest::erase(const std::string& pyc_name) {
    entries_.erase(pyc_name);
    updates_.erase(pyc_name);
    erased_.insert(pyc_name);
}

bool Manifest::save(const std::string& folder, std::string& error) {
    if (!changed()) return true;
    // Re-read what other runs saved since our load, then apply ours on top.
    Manifest on_disk;
    on_disk.load(folder);
    for (const std::string& name : erased_) on_disk.entries_.erase(name);
    for (const auto& [name, e] : updates_) on_disk.entries_[name] = e;
    entries_ = on_disk.entries_;
    if (!write_atomic(folder + "/" + kFileName, on_disk.serialize(), 0666, Durability::None, error)) return false;
    updates_.clear();
    erased_.clear();
    return true;
}

bool is_fresh(const Manifest& manifest, const std::string& pyc_name, const std::string& pyc_path,
              std::uint64_t source_xxh, std::uint64_t options_xxh) {
    const ManifestEntry* e = manifest.find(pyc_name);
    if (!e || e->source_xxh != source_xxh || e->options_xxh != options_xxh) return false;
    ManifestEntry now;
    if (!stat_pyc(pyc_path, now)) return false;
    return now.pyc_size == e->pyc_size && now.pyc_mtime_ns == e->pyc_mtime_ns && now.pyc_inode == e->pyc_inode;
}

}  // namespace pyfront::cache
