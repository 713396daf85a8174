// What `pyfront compile` will do: the files compileall would visit (same walk, same
// filters), the name compiled into each (-d/-s/-p as compileall computes it), and per file
// the pycs to write (compat levels x optimization levels) that are not already fresh.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cache/host_facts.h"
#include "cache/manifest.h"
#include "cli/compile_options.h"
#include "diag/render.h"

namespace pyfront::cli {

struct Target {
    Version compat;
    int optimize = 0;
    std::string tag;
    std::string pyc;        // its path
    // Targets of one group with identical bytes share one file (hard link); never_link: its own.
    std::string link_group;
    bool never_link = false;
};

struct Job {
    std::string source;               // as walked (compileall's fullname)
    std::string dfile;                // the name compiled in (empty: the source path)
    std::uint64_t size = 0;           // for scheduling (biggest first)
    std::vector<Target> targets;      // the pycs still to write
    std::vector<Target> fresh;        // the fresh ones (new identical pycs may link to them)
};

struct Plan {
    std::vector<Job> jobs;
    std::size_t files = 0;             // .py files considered
    std::size_t fresh_files = 0;       // files whose every pyc was fresh
    std::size_t fresh_pycs = 0;
    std::vector<std::pair<std::string, std::string>> errors;  // (path, message): unlistable, missing
    // Manifests of the folders seen, by folder (updated after the run).
    std::map<std::string, std::unique_ptr<cache::Manifest>> manifests;
};

// The settings every job shares (what the options hash covers besides the file's own facts).
struct JobCommon {
    cache::HostFacts host;
    cache::InvalidationMode mode = cache::InvalidationMode::Timestamp;
    cache::Durability durability = cache::Durability::None;
    bool legacy = false;
    diag::ErrorFormat error_format = diag::ErrorFormat::Gcc;
    // --via-ast: files whose only level is the host's go through pyfront's tree and the bridge
    // too, instead of the host's compile() of the source bytes (docs/compile-paths.md).
    bool via_ast = false;
};

// XXH3 of everything a pyc's bytes depend on besides the source bytes (manifest.h).
std::uint64_t options_hash(const JobCommon& common, const Job& job, const Target& target, std::int64_t mtime,
                           std::uint64_t size);

// compileall's -x test on a walked path (fullname): true = skip the file.
using PathFilter = std::function<bool(const std::string& fullname)>;

// Walks settings.paths and checks freshness against the manifests (unless -f). `excluded`
// (may be empty) is applied to every file first, as compile_file applies -x.
Plan make_plan(const CompileSettings& settings, const JobCommon& common, const PathFilter& excluded);

// compileall's name for the code objects (compile_file's dfile), exposed for tests.
std::string compileall_dfile(const std::string& fullname, const std::optional<std::string>& ddir,
                             const std::optional<std::string>& stripdir, const std::optional<std::string>& prependdir);

}  // namespace pyfront::cli
