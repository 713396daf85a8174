// pyfront_bridge_conform: compares, file by file, the checked-hash pyc that pyfront's parser +
// the bridge make with the one the host's `python -m compileall --invalidation-mode
// checked-hash` wrote under a pycache prefix. Driven by tools/bridge-conform, which runs
// compileall first; this program only reads.
//
//   pyfront_bridge_conform REF_PREFIX < list-of-absolute-paths
//
// Prints one line per file that is not identical (category, path, detail) and a summary.
// Exit status: 0 when every file is identical or refused by both, 1 otherwise.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bridge/bridge.h"
#include "builder/builder.h"

namespace {

namespace fs = std::filesystem;
using namespace pyfront;

bool read_file(const fs::path& p, std::string& out) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return false;
    std::stringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

// importlib.util.cache_from_source(path) under sys.pycache_prefix = prefix.
fs::path reference_pyc(const fs::path& prefix, const fs::path& source, const std::string& tag) {
    const std::string rel = source.parent_path().string().substr(1);  // without the leading '/'
    return prefix / rel / (source.stem().string() + "." + tag + ".pyc");
}

// A checked-hash pyc (PEP 552): magic, flags 0b11, the source hash, the marshalled code.
std::string checked_hash_pyc(const std::string& source, const std::string& code) {
    const bridge::HostInfo& h = bridge::host();
    std::string pyc(reinterpret_cast<const char*>(h.magic.data()), 4);
    pyc += std::string("\x03\0\0\0", 4);
    const auto hash = bridge::source_hash(source);
    pyc.append(reinterpret_cast<const char*>(hash.data()), 8);
    return pyc + code;
}

std::string first_difference(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    return "first difference at byte " + std::to_string(i) + " (sizes " + std::to_string(a.size()) + " vs " +
           std::to_string(b.size()) + ")";
}

std::string where(const std::optional<Diagnostic>& d) {
    if (!d) return "?";
    return std::to_string(d->lineno) + ":" + std::to_string(d->offset) + " " + d->message;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: pyfront_bridge_conform REF_PREFIX < paths\n";
        return 2;
    }
    const fs::path prefix = argv[1];
    const bridge::HostInfo& host = bridge::host();
    std::map<std::string, int> counts;
    std::string path;
    int total = 0;
    while (std::getline(std::cin, path)) {
        if (path.empty()) continue;
        ++total;
        std::string source, reference;
        if (!read_file(path, source)) {
            std::cout << "unreadable " << path << "\n";
            ++counts["unreadable"];
            continue;
        }
        const bool have_reference = read_file(reference_pyc(prefix, path, host.cache_tag), reference);
        builder::Options o;
        o.version = host.version;
        o.filename = path;
        builder::Result r = builder::parse_source(source, o);
        if (!r.ok()) {
            const char* category = have_reference ? "pyfront-parse-error" : "both-refuse";
            std::cout << category << " " << path << " " << where(r.error) << "\n";
            ++counts[category];
            continue;
        }
        const bridge::CompileOutput c = bridge::compile_module(r.tree, path, 0, r.text());
        if (c.error) {
            const char* category = have_reference ? "bridge-error" : "both-refuse";
            std::cout << category << " " << path << " " << where(c.error) << "\n";
            ++counts[category];
            continue;
        }
        if (!have_reference) {
            std::cout << "host-refused " << path << " (no pyc from compileall)\n";
            ++counts["host-refused"];
            continue;
        }
        const std::string ours = checked_hash_pyc(source, c.code);
        if (ours == reference) {
            ++counts["identical"];
        } else {
            std::cout << "differs " << path << " " << first_difference(ours, reference) << "\n";
            ++counts["differs"];
        }
    }
    std::cout << "\nhost CPython " << host.implementation_version << " (" << host.cache_tag << "): " << total
              << " files\n";
    for (const auto& [category, n] : counts) std::cout << "  " << category << ": " << n << "\n";
    const int agreed = counts["identical"] + counts["both-refuse"];
    return agreed == total ? 0 : 1;
}
