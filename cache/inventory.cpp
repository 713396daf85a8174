#include "cache/inventory.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>

#include "cache/atomic_file.h"
#include "cache/marshal_check.h"
#include "cache/pyc_header.h"
#include "cache/pyc_path.h"

namespace pyfront::cache {

namespace {

std::vector<std::string> sorted_names(const std::string& dir) {
    std::vector<std::string> names;
    DIR* d = ::opendir(dir.c_str());
    if (!d) return names;
    while (dirent* e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        names.emplace_back(e->d_name);
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    return names;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool exists(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

void scan_pycache(const std::string& folder, Inventory& out) {
    out.cache_folders.push_back(folder);
    for (const std::string& name : sorted_names(folder)) {
        const std::string path = folder + "/" + name;
        if (is_temp_name(name)) {
            out.temp_files.push_back(path);
            continue;
        }
        if (auto parsed = parse_pyc_name(name))
            out.pycs.push_back({path, source_of_pycache_file(path, parsed->module), parsed->tag, parsed->optimize});
    }
}

void scan_folder(const std::string& dir, Inventory& out) {
    for (const std::string& name : sorted_names(dir)) {
        const std::string path = join_path({dir, name});
        struct stat st;
        if (::lstat(path.c_str(), &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            if (name == "__pycache__") scan_pycache(path, out);
            else scan_folder(path, out);
        } else if (is_temp_name(name)) {
            out.temp_files.push_back(path);  // legacy placement writes beside the source
        } else if (ends_with(name, ".pyc") && exists(path.substr(0, path.size() - 1))) {
            out.pycs.push_back({path, path.substr(0, path.size() - 1), "legacy", 0});
        }
    }
}

}  // namespace

Inventory scan_tree(const std::string& root) {
    Inventory out;
    struct stat st;
    if (::stat(root.c_str(), &st) != 0) return out;
    if (S_ISDIR(st.st_mode)) {
        scan_folder(root, out);
        return out;
    }
    // One source file: the pycs of its folder's __pycache__ that belong to it.
    auto [head, tail] = split_path(root);
    Inventory all;
    const std::string cache = join_path({head, "__pycache__"});
    if (exists(cache)) scan_pycache(cache, all);
    for (FoundPyc& p : all.pycs)
        if (p.source == root || split_path(p.source).second == tail) out.pycs.push_back(std::move(p));
    for (std::string& t : all.temp_files)
        if (split_path(t).second.rfind(tail.substr(0, tail.rfind('.')), 0) == 0) out.temp_files.push_back(t);
    if (exists(root + "c")) out.pycs.push_back({root + "c", root, "legacy", 0});
    return out;
}

const char* state_name(PycState state) {
    switch (state) {
        case PycState::Fresh: return "fresh";
        case PycState::Stale: return "stale";
        case PycState::Orphan: return "orphan";
        case PycState::OtherHost: return "other-host";
        case PycState::WrongMagic: return "wrong-magic";
        case PycState::BadHeader: return "bad-header";
        case PycState::BadMarshal: return "bad-marshal";
        case PycState::Unreadable: return "unreadable";
    }
    return "?";
}

bool state_is_removable(PycState state) {
    switch (state) {
        case PycState::Stale:
        case PycState::Orphan:
        case PycState::WrongMagic:
        case PycState::BadHeader:
        case PycState::BadMarshal: return true;
        default: return false;
    }
}

PycVerdict inspect_pyc(const FoundPyc& pyc, const HostFacts& host, bool check_body) {
    PycVerdict v;
    const bool ours = pyc.tag == "legacy" || compat_of_tag(host, pyc.tag).has_value();
    struct stat source_stat;
    const bool have_source = ::stat(pyc.source.c_str(), &source_stat) == 0;
    if (!have_source) {
        v.state = PycState::Orphan;
        v.detail = "no source " + pyc.source;
        return v;
    }
    if (!ours) {
        v.state = PycState::OtherHost;
        v.detail = "tag of another interpreter";
        return v;
    }
    std::string bytes, error;
    if (!read_whole_file(pyc.path, bytes, error)) {
        v.state = PycState::Unreadable;
        v.detail = error;
        return v;
    }
    auto header = parse_header(bytes);
    if (!header) {
        v.state = PycState::BadHeader;
        v.detail = bytes.size() < kHeaderSize ? "shorter than a header (" + std::to_string(bytes.size()) + " bytes)"
                                              : "unknown flags";
        return v;
    }
    v.mode = mode_name(header->mode);
    if (header->magic != host.magic) {
        v.state = PycState::WrongMagic;
        v.detail = "magic number of another build";
        return v;
    }
    if (header->mode == InvalidationMode::Timestamp) {
        const auto mtime = static_cast<std::uint32_t>(static_cast<std::uint64_t>(source_stat.st_mtim.tv_sec));
        const auto size = static_cast<std::uint32_t>(source_stat.st_size);
        if (header->mtime != mtime || header->size != size) {
            v.state = PycState::Stale;
            v.detail = "source mtime/size changed";
            return v;
        }
    } else if (header->mode == InvalidationMode::CheckedHash && host.source_hash) {
        std::string source;
        if (!read_whole_file(pyc.source, source, error)) {
            v.state = PycState::Unreadable;
            v.detail = error;
            return v;
        }
        if (host.source_hash(source) != header->hash) {
            v.state = PycState::Stale;
            v.detail = "source hash changed";
            return v;
        }
    }
    if (!check_body) return v;
    // Both checks, in this order: the walk names the byte offset, catches bytes after the
    // object (which marshal.loads ignores) and keeps garbled data away from the host's
    // unmarshaller (not hardened against hostile input); the host then judges what only it
    // knows (a valid code object of this exact build: its constructor's own checks).
    const std::string_view body = std::string_view(bytes).substr(kHeaderSize);
    if (!check_marshal(body, host.version, error)) {
        v.state = PycState::BadMarshal;
        v.detail = error;
    } else if (host.unmarshal_error) {
        if (std::string host_error = host.unmarshal_error(body); !host_error.empty()) {
            v.state = PycState::BadMarshal;
            v.detail = "the host's marshal.loads: " + host_error;
        }
    }
    return v;
}

}  // namespace pyfront::cache
