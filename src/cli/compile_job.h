// One file's work in `pyfront compile`, done in a worker process: read the source once,
// parse it at every requested compat level, compile each distinct tree once per optimization
// level with the host compiler (bridge::compile_module), put the PEP 552 header in front, and
// write the pycs atomically, sharing identical ones (cache/pyc_writer.h). A file wanted at the
// host's level only goes to the host as source bytes instead (bridge::compile_source), unless
// JobCommon::via_ast (docs/compile-paths.md).
#pragma once
#include <string>
#include <vector>

#include "cache/manifest.h"
#include "cli/compile_plan.h"
#include "diag/diagnostic.h"

namespace pyfront::cli {

struct TargetResult {
    std::string pyc;
    bool ok = false;
    bool linked = false;
    cache::ManifestEntry entry;  // when ok: what the manifest records
};

struct JobResult {
    std::string source;
    std::vector<std::string> errors;  // rendered reports (--error-format), each ending in '\n'
    std::vector<TargetResult> targets;
    int compiles = 0;                 // host compiles made (fewer than targets when shared)
    int shared_trees = 0;             // compat levels whose tree equalled an earlier level's
    bool failed() const { return !errors.empty(); }
};

// `multi_level`: name the compat level in error messages.
JobResult run_job(const Job& job, const JobCommon& common, bool multi_level);

// Results travel from workers to the parent through a pipe as length-prefixed records.
std::string serialize_result(const JobResult& r);
bool deserialize_result(std::string_view data, JobResult& r);

// The report of an error in `path` in the run's --error-format (src/diag/render.h); `level`
// non-empty names the compat level after the message (" [compat 3.8]").
std::string render_compile_error(const JobCommon& common, const std::string& path, Diagnostic d,
                                 std::string_view source_text, const std::string& level);
// A file-level failure (unreadable source, unwritable pyc, worker died).
std::string render_compile_io_error(const JobCommon& common, const std::string& path, const std::string& message);

}  // namespace pyfront::cli
