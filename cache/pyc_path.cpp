#include "cache/pyc_path.h"

#include <unistd.h>

#include <vector>

#include "cache/tag.h"

namespace pyfront::cache {

std::pair<std::string, std::string> split_path(std::string_view path) {
    const std::size_t i = path.rfind('/');
    if (i == std::string_view::npos) return {"", std::string(path)};
    return {std::string(path.substr(0, i)), std::string(path.substr(i + 1))};
}

// importlib._bootstrap_external._path_join on POSIX: empty parts dropped, trailing '/' of
// each part stripped, joined with '/'. No normalization.
std::string join_path(std::initializer_list<std::string_view> parts) {
    std::string out;
    bool first = true;
    for (std::string_view p : parts) {
        if (p.empty()) continue;
        while (!p.empty() && p.back() == '/') p.remove_suffix(1);
        if (!first) out += '/';
        out += p;
        first = false;
    }
    return out;
}

namespace {

std::string current_directory() {
    std::vector<char> buf(4096);
    while (!::getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) return ".";
        buf.resize(buf.size() * 2);
    }
    return buf.data();
}

}  // namespace

std::string pyc_path(std::string_view source, std::string_view tag, int optimize,
                     const PathOptions& options) {
    if (options.placement == Placement::Legacy) return std::string(source) + "c";
    auto [head, tail] = split_path(source);
    // tail.rpartition('.'): (base if base else rest) + sep + tag
    std::string almost;
    const std::size_t dot = tail.rfind('.');
    if (dot == std::string::npos) {
        almost = tail + std::string(tag);  // base '' sep '' rest = tail
    } else {
        const std::string base = tail.substr(0, dot);
        almost = (base.empty() ? tail.substr(dot + 1) : base) + "." + std::string(tag);
    }
    const std::string filename = almost + opt_suffix(optimize) + ".pyc";
    if (!options.pycache_prefix.empty()) {
        if (head.empty() || head[0] != '/')
            head = join_path({options.cwd.empty() ? current_directory() : options.cwd, head});
        std::string_view rel = head;
        while (!rel.empty() && rel.front() == '/') rel.remove_prefix(1);
        return join_path({options.pycache_prefix, rel, filename});
    }
    return join_path({head, "__pycache__", filename});
}

std::string source_of_pycache_file(std::string_view pyc, std::string_view module_name) {
    auto [head, tail] = split_path(pyc);
    auto [grand, folder] = split_path(head);
    if (folder != "__pycache__") return "";
    return join_path({grand, std::string(module_name) + ".py"});
}

}  // namespace pyfront::cache
