// `pyfront cache tag|list|clean|verify`: looking after pyc caches (issue 5). The states and
// what clean removes are tabled in cache/inventory.h.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <map>
#include <set>

#include "cache/atomic_file.h"
#include "cache/manifest.h"
#include "cache/inventory.h"
#include "cache/pyc_path.h"
#include "cache/tag.h"
#include "cli/cache_host.h"
#include "cli/command.h"
#include "cli/common_options.h"

namespace pyfront::cli {

namespace {

constexpr const char* kUsage =
    "pyfront cache tag [--compat X.Y] [-o N]\n"
    "       pyfront cache list [--long] PATH...\n"
    "       pyfront cache clean [--tag TAG]... [--dry-run] [-q] PATH...\n"
    "       pyfront cache verify [-q] PATH...";

constexpr const char* kDescription =
    "  tag     prints the cache tag pycs of a compat level get on this host, as in their names\n"
    "          NAME.TAG.pyc: cpython-311 for the host's own level, cpython-311-36 for 3.6;\n"
    "          with -o N the PEP 488 suffix too (cpython-311-36.opt-1)\n"
    "  list    per tag, how many pycs a tree holds and in which state; --long: one line per pyc\n"
    "          (STATE MODE TAG PATH)\n"
    "  clean   removes stale pycs: source changed (stale) or gone (orphan), another build's magic\n"
    "          number, damaged headers, and temporary files of killed writers; other\n"
    "          interpreters' tags are kept. --tag TAG removes every pyc of TAG instead.\n"
    "  verify  checks every pyc of this host's tags: the header (magic, flags), freshness against\n"
    "          the source (mtime+size or the source hash), that the body is one whole\n"
    "          marshalled object and that the host's marshal.loads reads it as a code object;\n"
    "          prints each problem as PATH: STATE: DETAIL\n"
    "\n"
    "States: fresh, stale, orphan, other-host, wrong-magic, bad-header, bad-marshal, unreadable.\n"
    "\n"
    "Exit status: 0 fine, 1 verify found problems or clean could not remove something,\n"
    "2 usage error or no host.";

int cache_usage(const std::string& message) { return usage_error("cache", message + "; usage: " + kUsage); }

bool load_host(cache::HostFacts& host) {
    std::string error;
    if (host_facts_here(host, error)) return true;
    std::cerr << "pyfront cache: the host CPython is not available: " << error << "\n";
    return false;
}

int run_tag(const std::vector<std::string>& args) {
    std::string compat_text;
    int opt = 0;
    po::options_description visible("cache tag options");
    visible.add_options()
        ("compat", po::value<std::string>(&compat_text)->value_name("X.Y"), "the compat level (default: the host's)")
        (",o", po::value<int>(&opt)->value_name("N"), "optimization level 0, 1 or 2");
    std::vector<std::string> rest;
    if (const auto done = read_command_line(args, "cache tag", kUsage, kDescription, visible, rest)) return *done;
    if (!rest.empty()) return cache_usage("cache tag takes no PATH");
    if (opt < 0 || opt > 2) return cache_usage("-o takes 0, 1 or 2");
    cache::HostFacts host;
    if (!load_host(host)) return kExitUsage;
    Version v = host.version;
    if (!compat_text.empty() && compat_text != "host") {
        auto parsed = parse_version(compat_text);
        if (!parsed) return cache_usage("invalid --compat '" + compat_text + "' (" + supported_range_text() + ")");
        v = *parsed;
    }
    std::cout << cache::cache_tag(host, v) << cache::opt_suffix(opt) << "\n";
    return kExitOk;
}

struct TagCount {
    std::size_t pycs = 0;
    std::uint64_t bytes = 0;
    std::map<std::string, std::size_t> states;
};

std::uint64_t file_size(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

int run_list(const std::vector<std::string>& args) {
    bool long_form = false;
    po::options_description visible("cache list options");
    visible.add_options()("long", po::bool_switch(&long_form), "one line per pyc: STATE MODE TAG PATH");
    std::vector<std::string> paths;
    if (const auto done = read_command_line(args, "cache list", kUsage, kDescription, visible, paths)) return *done;
    if (paths.empty()) return cache_usage("cache list needs a PATH");
    cache::HostFacts host;
    if (!load_host(host)) return kExitUsage;
    std::map<std::string, TagCount> tags;
    std::size_t temps = 0;
    for (const std::string& path : paths) {
        const cache::Inventory inv = cache::scan_tree(path);
        temps += inv.temp_files.size();
        for (const cache::FoundPyc& p : inv.pycs) {
            const cache::PycVerdict v = cache::inspect_pyc(p, host, false);
            TagCount& t = tags[p.tag + cache::opt_suffix(p.optimize)];
            ++t.pycs;
            t.bytes += file_size(p.path);
            ++t.states[cache::state_name(v.state)];
            if (long_form)
                std::cout << cache::state_name(v.state) << "\t" << (v.mode.empty() ? "-" : v.mode) << "\t" << p.tag
                          << cache::opt_suffix(p.optimize) << "\t" << p.path << "\n";
        }
    }
    if (long_form) return kExitOk;
    for (const auto& [tag, t] : tags) {
        std::cout << tag << ": " << t.pycs << " pycs, " << t.bytes << " bytes (";
        bool first = true;
        for (const auto& [state, n] : t.states) {
            std::cout << (first ? "" : ", ") << n << " " << state;
            first = false;
        }
        std::cout << ")\n";
    }
    if (temps) std::cout << "temporary files of interrupted writers: " << temps << "\n";
    if (tags.empty() && !temps) std::cout << "no pycs\n";
    return kExitOk;
}

void forget_in_manifest(std::map<std::string, cache::Manifest>& manifests, const std::string& pyc) {
    auto [folder, file] = cache::split_path(pyc);
    auto it = manifests.find(folder);
    if (it == manifests.end()) {
        it = manifests.emplace(folder, cache::Manifest()).first;
        it->second.load(folder);
    }
    it->second.erase(file);
}

int run_clean(const std::vector<std::string>& args) {
    std::vector<std::string> tags;
    bool dry_run = false, quiet = false;
    po::options_description visible("cache clean options");
    visible.add_options()
        ("tag", po::value<std::vector<std::string>>(&tags)->value_name("TAG")->composing(),
         "remove every pyc of TAG (e.g. cpython-311-36), whatever its state")
        ("dry-run,n", po::bool_switch(&dry_run), "print what would be removed, remove nothing")
        ("quiet,q", po::bool_switch(&quiet), "print nothing but errors");
    std::vector<std::string> paths;
    if (const auto done = read_command_line(args, "cache clean", kUsage, kDescription, visible, paths)) return *done;
    if (paths.empty()) return cache_usage("cache clean needs a PATH");
    cache::HostFacts host;
    if (!load_host(host)) return kExitUsage;
    const std::set<std::string> chosen(tags.begin(), tags.end());
    std::map<std::string, cache::Manifest> manifests;
    std::size_t removed = 0, failed = 0;
    auto remove = [&](const std::string& path, const std::string& why) {
        if (!quiet) std::cout << (dry_run ? "would remove " : "removed ") << path << " (" << why << ")\n";
        if (dry_run) return;
        if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
            std::cerr << "pyfront cache clean: " << cache::errno_message(path, errno) << "\n";
            ++failed;
            return;
        }
        ++removed;
        forget_in_manifest(manifests, path);
    };
    for (const std::string& path : paths) {
        const cache::Inventory inv = cache::scan_tree(path);
        for (const std::string& t : inv.temp_files) remove(t, "temporary file");
        for (const cache::FoundPyc& p : inv.pycs) {
            if (!chosen.empty()) {
                if (chosen.count(p.tag)) remove(p.path, "tag " + p.tag);
                continue;
            }
            // With the body walked: a truncated pyc is damaged whatever its header says.
            const cache::PycVerdict v = cache::inspect_pyc(p, host, true);
            if (cache::state_is_removable(v.state)) remove(p.path, cache::state_name(v.state));
        }
    }
    for (auto& [folder, m] : manifests) {
        std::string error;
        if (m.changed() && !m.entries().empty() ? !m.save(folder, error) : false)
            std::cerr << "pyfront cache clean: warning: " << error << "\n";
        if (m.entries().empty()) ::unlink((folder + "/" + cache::Manifest::kFileName).c_str());
    }
    if (!quiet && !dry_run) std::cout << "pyfront cache clean: " << removed << " files removed\n";
    return failed ? kExitSyntaxErrors : kExitOk;
}

int run_verify(const std::vector<std::string>& args) {
    bool quiet = false;
    po::options_description visible("cache verify options");
    visible.add_options()("quiet,q", po::bool_switch(&quiet), "print only the problems");
    std::vector<std::string> paths;
    if (const auto done = read_command_line(args, "cache verify", kUsage, kDescription, visible, paths)) return *done;
    if (paths.empty()) return cache_usage("cache verify needs a PATH");
    cache::HostFacts host;
    if (!load_host(host)) return kExitUsage;
    std::size_t checked = 0, problems = 0, others = 0;
    for (const std::string& path : paths) {
        const cache::Inventory inv = cache::scan_tree(path);
        for (const std::string& t : inv.temp_files) {
            std::cout << t << ": temporary: left by an interrupted writer (pyfront cache clean removes it)\n";
            ++problems;
        }
        for (const cache::FoundPyc& p : inv.pycs) {
            const cache::PycVerdict v = cache::inspect_pyc(p, host, true);
            if (v.state == cache::PycState::OtherHost) {
                ++others;
                continue;
            }
            ++checked;
            if (v.state == cache::PycState::Fresh) continue;
            ++problems;
            std::cout << p.path << ": " << cache::state_name(v.state) << ": " << v.detail << "\n";
        }
    }
    if (!quiet)
        std::cout << "pyfront cache verify: " << checked << " pycs checked, " << problems << " problems"
                  << (others ? ", " + std::to_string(others) + " pycs of other interpreters skipped" : "") << "\n";
    return problems ? kExitSyntaxErrors : kExitOk;
}

}  // namespace

int run_cache(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << "usage: " << kUsage << "\n\n" << kDescription << "\n";
        return args.empty() ? kExitUsage : kExitOk;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "tag") return run_tag(rest);
    if (args[0] == "list") return run_list(rest);
    if (args[0] == "clean") return run_clean(rest);
    if (args[0] == "verify") return run_verify(rest);
    return cache_usage("unknown cache command '" + args[0] + "'");
}

}  // namespace pyfront::cli
