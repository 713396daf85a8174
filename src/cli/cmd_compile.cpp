// `pyfront compile`: compileall with compat levels (issue 5). The steps, each in its file:
//   compile_options  the command line (compileall's options and defaults)
//   compile_plan     the walk, the pyc names, what is already fresh (manifest)
//   compile_pool     worker processes, forked after the host started here (they inherit it)
//   compile_job      one file: read, parse per level, compile per tree, header, atomic write
// and this file: the host, the run, the manifests, progress and the summary.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <set>

#include "bridge/bridge.h"
#include "bridge/host_regex.h"
#include "cache/pyc_path.h"
#include "cli/cache_host.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/compile_options.h"
#include "cli/compile_plan.h"
#include "cli/compile_job.h"
#include "cli/compile_pool.h"

namespace pyfront::cli {

namespace {

// The compat levels asked for, resolved against the host; "host" is the host's own version.
bool resolve_compat(CompileSettings& s, const cache::HostFacts& host) {
    if (s.compat_texts.empty()) s.compat_texts.push_back("host");
    for (const std::string& text : s.compat_texts) {
        Version v;
        if (text == "host") {
            v = host.version;
        } else if (auto parsed = parse_version(text)) {
            v = *parsed;
        } else {
            usage_error("compile", "invalid --compat '" + text + "': pyfront reads Python " + supported_range_text() +
                                       ", written MAJOR.MINOR (for example 3.6), or 'host'");
            return false;
        }
        bool seen = false;
        for (Version o : s.compat) seen = seen || o == v;
        if (!seen) s.compat.push_back(v);
    }
    if (s.legacy && s.compat.size() > 1) {
        usage_error("compile", "-b (legacy NAME.pyc) has no tag, so it takes one compat level, not " +
                                   std::to_string(s.compat.size()));
        return false;
    }
    return true;
}

struct Tally {
    std::size_t compiled_files = 0, failed_files = 0, written = 0, linked = 0, compiles = 0, done = 0;
};

class Progress {
public:
    Progress(bool on, std::size_t total) : on_(on), total_(total) {}
    void update(const Tally& t, std::size_t fresh) {
        if (!on_) return;
        const auto now = std::chrono::steady_clock::now();
        if (t.done != total_ && now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        std::fprintf(stderr, "\r\033[K[%zu/%zu] compiled %zu, fresh %zu, failed %zu", t.done, total_,
                     t.compiled_files, fresh, t.failed_files);
        std::fflush(stderr);
        shown_ = true;
    }
    void clear() {
        if (shown_) std::fprintf(stderr, "\r\033[K");
        shown_ = false;
    }

private:
    bool on_;
    std::size_t total_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point last_{};
};

cache::Manifest& manifest_for(Plan& plan, const std::string& folder) {
    auto& slot = plan.manifests[folder];
    if (!slot) {
        slot = std::make_unique<cache::Manifest>();
        slot->load(folder);
    }
    return *slot;
}

}  // namespace

int run_compile(const std::vector<std::string>& args) {
    const auto start = std::chrono::steady_clock::now();
    CompileSettings s;
    if (const int status = parse_compile_command_line(args, s); status != kExitOk) return status < 0 ? kExitOk : status;
    if (s.workers == 0) s.workers = all_cores();

    // The host starts here, before the workers are forked: each inherits it started (the
    // bridge is fork-safe, interpreter.h) instead of starting its own.
    JobCommon common;
    std::string error;
    if (!host_facts_here(common.host, error)) {
        std::cerr << "pyfront compile: the host CPython is not available: " << error << "\n";
        return kExitUsage;
    }
    if (!resolve_compat(s, common.host)) return kExitUsage;
    // -x as compileall: re.compile once, re.search per walked path, by the host's own re.
    std::unique_ptr<bridge::HostRegex> rx;
    if (s.rx && !(rx = bridge::HostRegex::compile(*s.rx, error)))
        return usage_error("compile", "invalid -x '" + *s.rx + "': " + error);
    PathFilter excluded;
    if (rx) excluded = [&rx](const std::string& fullname) { return rx->search(fullname); };
    // -i: its lines come after the PATHs given (compileall's order).
    if (s.file_list && !read_file_list(*s.file_list, s.paths, error)) {
        if (s.quiet < 2) std::cerr << "pyfront compile: cannot read the file list " << error << "\n";
        return kExitSyntaxErrors;
    }
    common.mode = s.mode ? *s.mode : cache::default_mode(std::getenv("SOURCE_DATE_EPOCH"));
    common.durability = s.durability;
    common.legacy = s.legacy;
    common.error_format = s.error_format;
    common.via_ast = s.via_ast;

    Plan plan = make_plan(s, common, excluded);
    // Readied once here rather than in every worker; not at all when everything is fresh.
    if (!plan.jobs.empty()) bridge::prepare_compile();
    Tally tally;
    int status = kExitOk;
    for (const auto& [path, message] : plan.errors) {
        if (s.quiet < 2) std::cerr << render_compile_io_error(common, path, message);
        status = kExitSyntaxErrors;
    }
    Progress progress(s.quiet == 0 && ::isatty(STDERR_FILENO) && plan.jobs.size() > 1, plan.jobs.size());
    const bool multi_level = s.compat.size() > 1;
    run_jobs(plan.jobs, common, multi_level, s.workers, [&](JobResult&& r) {
        ++tally.done;
        tally.compiles += static_cast<std::size_t>(r.compiles);
        bool any_written = false;
        for (const TargetResult& t : r.targets) {
            if (!t.ok) continue;
            any_written = true;
            ++(t.linked ? tally.linked : tally.written);
            auto [folder, file] = cache::split_path(t.pyc);
            if (!s.legacy) manifest_for(plan, folder.empty() ? "." : folder).set(file, t.entry);
        }
        if (any_written && !r.failed()) ++tally.compiled_files;
        if (r.failed()) {
            ++tally.failed_files;
            status = kExitSyntaxErrors;
            if (s.quiet < 2) {
                progress.clear();
                for (const std::string& e : r.errors) std::cerr << e;
            }
        }
        progress.update(tally, plan.fresh_files);
    });
    progress.clear();

    // The manifests of folders that exist (a folder never written to has nothing to record).
    for (auto& [folder, manifest] : plan.manifests) {
        struct stat st;
        if (!manifest->changed() || ::stat(folder.c_str(), &st) != 0) continue;
        if (!manifest->save(folder, error) && s.quiet < 2)
            std::cerr << "pyfront compile: warning: manifest not saved (pycs stay valid; the next run "
                         "recompiles them): " << error << "\n";
    }

    if (s.quiet == 0) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::string levels;
        for (Version v : s.compat) levels += (levels.empty() ? "" : ",") + to_string(v);
        std::printf("pyfront compile: %zu files (compat %s, %s): %zu compiled, %zu fresh, %zu failed; "
                    "%zu pycs written, %zu shared by hard link, %zu host compiles; %.2f s\n",
                    plan.files, levels.c_str(), cache::mode_name(common.mode), tally.compiled_files,
                    plan.fresh_files, tally.failed_files, tally.written, tally.linked, tally.compiles, seconds);
    }
    return status;
}

}  // namespace pyfront::cli
