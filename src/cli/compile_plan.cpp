#include "cli/compile_plan.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>

#include "cache/atomic_file.h"
#include "cache/fingerprint.h"
#include "cache/pyc_header.h"
#include "cache/pyc_path.h"
#include "cache/tag.h"

namespace pyfront::cli {

namespace {

// posixpath.join
std::string py_join(std::string path, const std::string& b) {
    if (!b.empty() && b[0] == '/') return b;
    if (path.empty() || path.back() == '/') return path + b;
    return path + "/" + b;
}

std::vector<std::string> split_slash(const std::string& s) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t slash = s.find('/', start);
        parts.push_back(s.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos) return parts;
        start = slash + 1;
    }
}

std::string basename_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string real_path(const std::string& path) {
    char* r = ::realpath(path.c_str(), nullptr);
    if (!r) return path;
    std::string out(r);
    std::free(r);
    return out;
}

struct Walker {
    const CompileSettings& settings;
    const JobCommon& common;
    const PathFilter& excluded;
    Plan& plan;

    cache::Manifest* manifest_for(const std::string& folder) {
        auto& slot = plan.manifests[folder];
        if (!slot) {
            slot = std::make_unique<cache::Manifest>();
            slot->load(folder);
        }
        return slot.get();
    }

    // compile_file's filters, then the targets that are not fresh.
    void consider_file(const std::string& fullname, const std::optional<std::string>& ddir,
                       const std::optional<std::string>& stripdir) {
        if (excluded && excluded(fullname)) return;
        struct stat lst, st;
        if (settings.limit_sl_dest && ::lstat(fullname.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
            // Path(limit).resolve() in Path(fullname).resolve().parents
            const std::string limit = real_path(*settings.limit_sl_dest);
            const std::string target = real_path(fullname);
            if (!(target.size() > limit.size() && target.compare(0, limit.size(), limit) == 0 &&
                  (limit == "/" || target[limit.size()] == '/')))
                return;
        }
        if (::stat(fullname.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return;
        const std::string name = basename_of(fullname);
        if (name.size() < 3 || name.compare(name.size() - 3, 3, ".py") != 0) return;
        ++plan.files;

        Job job;
        job.source = fullname;
        job.dfile = compileall_dfile(fullname, ddir, stripdir, settings.prependdir);
        job.size = static_cast<std::uint64_t>(st.st_size);
        cache::PathOptions where;
        where.placement = settings.legacy ? cache::Placement::Legacy : cache::Placement::Pycache;
        where.pycache_prefix = settings.pycache_prefix;
        std::vector<Target> all;
        for (Version compat : settings.compat) {
            for (std::size_t i = 0; i < settings.optimize.size(); ++i) {
                Target t;
                t.compat = compat;
                t.optimize = settings.optimize[i];
                t.tag = cache::cache_tag(common.host, compat);
                t.pyc = cache::pyc_path(fullname, t.tag, t.optimize, where);
                // Identical pycs share a file: across compat levels unless --no-share, across
                // optimization levels only with --hardlink-dupes (as compileall).
                const std::string opt_group = settings.hardlink_dupes ? "" : "o" + std::to_string(t.optimize);
                if (settings.share_levels) t.link_group = opt_group;
                else if (settings.hardlink_dupes) t.link_group = "c" + to_string(compat);
                else t.link_group.clear(), t.never_link = true;
                all.push_back(std::move(t));
            }
        }
        if (!settings.force) {
            if (settings.legacy) drop_fresh_legacy(all, st);
            else drop_fresh(job, all, job.fresh, st);
        }
        if (all.empty()) {
            ++plan.fresh_files;
            return;
        }
        job.targets = std::move(all);
        plan.jobs.push_back(std::move(job));
    }

    // The manifest's test (manifest.h): one read and one XXH3 of the source, a stat per pyc.
    void drop_fresh(const Job& job, std::vector<Target>& targets, std::vector<Target>& fresh, const struct stat& st) {
        std::string bytes, error;
        if (!cache::read_whole_file(job.source, bytes, error)) return;  // the worker reports it
        const std::uint64_t source_xxh = cache::xxh3(bytes);
        std::vector<Target> stale;
        for (Target& t : targets) {
            auto [folder, file] = cache::split_path(t.pyc);
            cache::Manifest* m = manifest_for(folder.empty() ? "." : folder);
            const std::uint64_t opts = options_hash(common, job, t, st.st_mtim.tv_sec, static_cast<std::uint64_t>(st.st_size));
            if (cache::is_fresh(*m, file, t.pyc, source_xxh, opts)) {
                ++plan.fresh_pycs;
                fresh.push_back(std::move(t));
            } else {
                stale.push_back(std::move(t));
            }
        }
        targets = std::move(stale);
    }

    // Legacy pycs sit beside the sources, where pyfront keeps no manifest: compileall's own
    // test (timestamp pycs only: magic, flags 0 and the source's mtime in the first 12 bytes).
    void drop_fresh_legacy(std::vector<Target>& targets, const struct stat& st) {
        if (common.mode != cache::InvalidationMode::Timestamp) return;
        cache::SourceFacts facts;
        facts.mtime = st.st_mtim.tv_sec;
        const cache::Header want = cache::make_header(common.host.magic, common.mode, facts);
        std::vector<Target> stale;
        for (Target& t : targets) {
            std::string bytes, error;
            if (cache::read_whole_file(t.pyc, bytes, error) && bytes.size() >= 12 &&
                std::memcmp(bytes.data(), want.data(), 12) == 0)
                ++plan.fresh_pycs;
            else
                stale.push_back(std::move(t));
        }
        targets = std::move(stale);
    }

    // compileall._walk_dir: sorted names, __pycache__ skipped, non-folders are candidates,
    // folders recursed while levels remain (not '.'/'..', not symlinks).
    void walk(const std::string& dir, int maxlevels, const std::optional<std::string>& ddir,
              const std::optional<std::string>& stripdir) {
        DIR* d = ::opendir(dir.c_str());
        if (!d) {
            plan.errors.emplace_back(dir, cache::errno_message(dir, errno));
            return;
        }
        std::vector<std::string> names;
        while (dirent* e = ::readdir(d))
            if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0) names.emplace_back(e->d_name);
        ::closedir(d);
        std::sort(names.begin(), names.end());
        for (const std::string& name : names) {
            if (name == "__pycache__") continue;
            const std::string fullname = py_join(dir, name);
            struct stat st, lst;
            const bool is_dir = ::stat(fullname.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
            if (!is_dir) {
                consider_file(fullname, ddir, stripdir);
            } else if (maxlevels > 0 && ::lstat(fullname.c_str(), &lst) == 0 && !S_ISLNK(lst.st_mode)) {
                walk(fullname, maxlevels - 1, ddir, stripdir);
            }
        }
    }
};

}  // namespace

std::string compileall_dfile(const std::string& fullname, const std::optional<std::string>& ddir,
                             const std::optional<std::string>& stripdir, const std::optional<std::string>& prependdir) {
    std::optional<std::string> dfile;
    if (ddir) dfile = py_join(*ddir, basename_of(fullname));
    if (stripdir) {
        const std::vector<std::string> full_parts = split_slash(fullname);
        const std::vector<std::string> strip_parts = split_slash(*stripdir);
        std::vector<std::string> parts = full_parts;
        for (std::size_t i = 0; i < std::min(full_parts.size(), strip_parts.size()); ++i) {
            if (strip_parts[i] != full_parts[i]) continue;
            // list.remove(): the first occurrence, wherever it is
            auto it = std::find(parts.begin(), parts.end(), strip_parts[i]);
            if (it != parts.end()) parts.erase(it);
        }
        std::string joined;
        for (std::size_t i = 0; i < parts.size(); ++i) joined = i == 0 ? parts[0] : py_join(joined, parts[i]);
        dfile = joined;
    }
    if (prependdir) dfile = py_join(*prependdir, dfile ? *dfile : fullname);
    return dfile ? *dfile : std::string();
}

std::uint64_t options_hash(const JobCommon& common, const Job& job, const Target& target, std::int64_t mtime,
                           std::uint64_t size) {
    std::string key = "pyfront " PYFRONT_VERSION "|magic=";
    key.append(reinterpret_cast<const char*>(common.host.magic.data()), 4);
    key += "|tag=" + target.tag + "|compat=" + to_string(target.compat) + "|opt=" + std::to_string(target.optimize) +
           "|mode=" + cache::mode_name(common.mode) + "|name=" + (job.dfile.empty() ? job.source : job.dfile);
    if (common.mode == cache::InvalidationMode::Timestamp)
        key += "|mtime=" + std::to_string(mtime) + "|size=" + std::to_string(size);
    return cache::xxh3(key);
}

Plan make_plan(const CompileSettings& settings, const JobCommon& common, const PathFilter& excluded) {
    Plan plan;
    Walker w{settings, common, excluded, plan};
    for (const std::string& path : settings.paths) {
        struct stat st;
        if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
            w.consider_file(path, settings.ddir, settings.stripdir);
        } else if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            if (settings.ddir) {
                // compile_dir with -d: stripdir = the folder argument, prependdir = DESTDIR.
                CompileSettings with_prefix = settings;
                with_prefix.prependdir = settings.ddir;
                Walker dw{with_prefix, common, excluded, plan};
                dw.walk(path, settings.maxlevels, std::nullopt, path);
            } else {
                w.walk(path, settings.maxlevels, std::nullopt, settings.stripdir);
            }
        } else {
            plan.errors.emplace_back(path, cache::errno_message(path, errno == 0 ? ENOENT : errno));
        }
    }
    return plan;
}

}  // namespace pyfront::cli
