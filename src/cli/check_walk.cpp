#include "cli/check_walk.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace pyfront::cli {

namespace fs = std::filesystem;

namespace {

class Walker {
public:
    Walker(const std::vector<std::string>& excludes, std::vector<CheckFile>& out) : out_(out) {
        for (std::string g : excludes) {
            while (g.size() > 1 && g.back() == '/') g.pop_back();
            globs_.push_back(std::move(g));
        }
    }

    void argument(const std::string& path) {
        std::error_code ec;
        const fs::file_status st = fs::status(path, ec);
        if (ec || !fs::exists(st)) {
            out_.push_back({path, 0, "cannot access '" + path + "': " +
                                         (ec ? ec.message() : std::string("No such file or directory"))});
            return;
        }
        if (fs::is_directory(st)) directory(path);
        else file(path);
    }

private:
    bool excluded(const std::string& path, const std::string& name) const {
        for (const std::string& g : globs_)
            if (fnmatch(g.c_str(), path.c_str(), 0) == 0 || fnmatch(g.c_str(), name.c_str(), 0) == 0)
                return true;
        return false;
    }

    void file(const std::string& path) {
        std::error_code ec;
        const std::uintmax_t size = fs::file_size(path, ec);
        out_.push_back({path, ec ? 0 : size, {}});
    }

    void directory(const std::string& dir) {
        struct Entry {
            std::string name;
            bool is_dir;
        };
        std::vector<Entry> entries;
        std::error_code ec;
        fs::directory_iterator it(dir, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code sec;
            const bool link = it->is_symlink(sec);
            const bool is_dir = it->is_directory(sec);
            if (is_dir && link) continue;  // never follow directory links: no cycles
            entries.push_back({it->path().filename().string(), is_dir});
        }
        if (ec) {
            out_.push_back({dir, 0, "cannot list '" + dir + "': " + ec.message()});
            return;
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry& a, const Entry& b) { return a.name < b.name; });
        const std::string prefix = !dir.empty() && dir.back() == '/' ? dir : dir + "/";
        for (const Entry& e : entries) {
            const std::string path = prefix + e.name;
            if (excluded(path, e.name)) continue;
            if (e.is_dir) {
                if (e.name[0] == '.' || e.name == "__pycache__") continue;
                directory(path);
            } else if (e.name.size() > 3 && e.name.compare(e.name.size() - 3, 3, ".py") == 0) {
                file(path);
            }
        }
    }

    std::vector<std::string> globs_;
    std::vector<CheckFile>& out_;
};

}  // namespace

std::vector<CheckFile> collect_check_files(const std::vector<std::string>& paths,
                                           const std::vector<std::string>& excludes) {
    std::vector<CheckFile> out;
    Walker walker(excludes, out);
    for (const std::string& p : paths) walker.argument(p);
    return out;
}

}  // namespace pyfront::cli
