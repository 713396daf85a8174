// AST throughput: source bytes -> common AST (decode, tokenize, parse, build: what `pyfront
// parse --format none` does per file), every file N times in one process.
//
//   pyfront_ast_bench [--repeat N] [--feature-version X.Y] [--json] LISTFILE|-
//
// Files are read into memory first (not timed; CPython's side in tools/bench does the same).
// The first round starts with an empty prediction DFA (cold); the best later round is the
// warm figure. Times are the thread's CPU time; the tree and its arena are freed inside the
// timed section, as a real run frees them. Reported: seconds and MB/s cold and warm, files
// that failed (syntax errors are expected in a stdlib's test data), peak RSS.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_util.h"
#include "builder/builder.h"
#include "source/decode.h"
#include "version/version.h"

namespace {

using namespace pyfront;

using Options = bench::CommonOptions;

int usage(const char* why) {
    std::fprintf(stderr,
                 "pyfront_ast_bench: %s\n"
                 "usage: pyfront_ast_bench [--repeat N] [--feature-version X.Y] [--json] LISTFILE|-\n",
                 why);
    return 2;
}

struct Round {
    double seconds = 0;
    std::size_t failures = 0;
};

}  // namespace

int main(int argc, char** argv) {
    Options o;
    if (!bench::parse_args(argc, argv, o, [](const std::string&, int&) { return false; }))
        return usage("bad arguments");
    std::vector<std::string> sources;
    std::size_t bytes = 0;
    for (const std::string& path : bench::read_list(o.list)) {
        std::string data, err;
        if (!source::read_file(path, data, err)) {
            std::fprintf(stderr, "pyfront_ast_bench: %s\n", err.c_str());
            return 2;
        }
        bytes += data.size();
        sources.push_back(std::move(data));
    }
    if (sources.empty()) return usage("no files");

    builder::Options options;
    options.version = o.version;
    auto run_round = [&] {
        Round r;
        const double t0 = bench::thread_cpu_seconds();
        for (const std::string& data : sources) {
            const builder::Result result = builder::parse_source(data, options);
            r.failures += result.ok() ? 0 : 1;
        }
        r.seconds = bench::thread_cpu_seconds() - t0;
        return r;
    };
    const Round cold = run_round();
    Round warm = cold;
    for (int i = 1; i < o.repeat; ++i) {
        const Round r = run_round();
        if (i == 1 || r.seconds < warm.seconds) warm = r;
    }
    const double mb = bytes / 1e6;
    if (o.json) {
        std::printf("{\"files\": %zu, \"bytes\": %zu, \"version\": \"%s\", \"failures\": %zu, "
                    "\"cold_seconds\": %.6f, \"warm_seconds\": %.6f, \"peak_rss_mb\": %.1f}\n",
                    sources.size(), bytes, to_string(o.version).c_str(), warm.failures, cold.seconds,
                    warm.seconds, bench::peak_rss_mb());
        return 0;
    }
    std::printf("%zu files, %.1f MB, --feature-version %s, %d round(s); %zu failed to parse\n",
                sources.size(), mb, to_string(o.version).c_str(), o.repeat, warm.failures);
    std::printf("cold  %.3f s  %.1f MB/s\nwarm  %.3f s  %.1f MB/s\npeak RSS %.1f MB\n", cold.seconds,
                mb / cold.seconds, warm.seconds, mb / warm.seconds, bench::peak_rss_mb());
    return 0;
}
