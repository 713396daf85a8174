// Tokenizer throughput: decodes and tokenizes a list of files N times in one process.
//
//   pyfront_tokenize_bench [--repeat N] [--feature-version X.Y] [--tokenize-module] [--json]
//                          LISTFILE|-
//
// LISTFILE holds one path per line ("-" = standard input). All files are read into memory
// first, so the timings are of decoding and tokenizing only, never of I/O. Each round
// runs over every file; the best round is reported (the others show the noise), as
// MB/s of source bytes, tokens/s, and the process's peak RSS. tools/bench runs it next to
// CPython's tokenizer over the same files.
//
// "decode+tokenize" is what `pyfront tokenize` costs per file; "tokenize" starts from
// already-decoded text (what the parser's token source will cost when a file is parsed).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "lex/tokenizer.h"
#include "source/decode.h"
#include "version/version.h"
#include "bench_util.h"

namespace {

using pyfront::bench::peak_rss_mb;
using pyfront::bench::read_list;

struct Options : pyfront::bench::CommonOptions {
    Options() { repeat = 5; }
    bool tokenize_module = false;
};

int usage(const char* why) {
    std::fprintf(stderr,
                 "pyfront_tokenize_bench: %s\n"
                 "usage: pyfront_tokenize_bench [--repeat N] [--feature-version X.Y] "
                 "[--tokenize-module] [--json] LISTFILE|-\n",
                 why);
    return 2;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

struct Round {
    double seconds = 0;
    std::size_t tokens = 0;
    std::size_t errors = 0;
};

}  // namespace

int main(int argc, char** argv) {
    Options o;
    const auto own = [&o](const std::string& a, int&) {
        if (a != "--tokenize-module") return false;
        o.tokenize_module = true;
        return true;
    };
    if (!pyfront::bench::parse_args(argc, argv, o, own)) return usage("bad arguments");

    std::vector<std::string> sources;
    std::size_t bytes = 0;
    for (const std::string& path : read_list(o.list)) {
        std::string data, err;
        if (!pyfront::source::read_file(path, data, err)) {
            std::fprintf(stderr, "pyfront_tokenize_bench: %s\n", err.c_str());
            return 2;
        }
        bytes += data.size();
        sources.push_back(std::move(data));
    }
    if (sources.empty()) return usage("no files");

    pyfront::lex::LexOptions lex_options;
    lex_options.version = o.version;
    lex_options.tokenize_module = o.tokenize_module;
    const pyfront::source::DecodeOptions decode_options{o.version};

    // Decoded once for the tokenize-only rounds.
    std::vector<pyfront::source::DecodedSource> decoded(sources.size());
    std::size_t decode_failures = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        pyfront::Diagnostic d;
        if (!pyfront::source::decode(sources[i], decode_options, decoded[i], d)) ++decode_failures;
    }

    auto run_full = [&] {
        Round r;
        auto t0 = std::chrono::steady_clock::now();
        for (const std::string& bytes_of_file : sources) {
            pyfront::source::DecodedSource d;
            pyfront::Diagnostic err;
            if (!pyfront::source::decode(bytes_of_file, decode_options, d, err)) {
                ++r.errors;
                continue;
            }
            pyfront::lex::LexResult res = pyfront::lex::tokenize(d, lex_options);
            r.tokens += res.tokens.size();
            r.errors += res.error ? 1 : 0;
        }
        r.seconds = seconds_since(t0);
        return r;
    };
    auto run_tokenize_only = [&] {
        Round r;
        auto t0 = std::chrono::steady_clock::now();
        for (const auto& d : decoded) {
            pyfront::lex::LexResult res = pyfront::lex::tokenize(d, lex_options);
            r.tokens += res.tokens.size();
            r.errors += res.error ? 1 : 0;
        }
        r.seconds = seconds_since(t0);
        return r;
    };
    auto best_of = [&](auto fn) {
        Round best;
        for (int i = 0; i < o.repeat; ++i) {
            Round r = fn();
            if (i == 0 || r.seconds < best.seconds) best = r;
        }
        return best;
    };
    const Round full = best_of(run_full);
    const Round lex_only = best_of(run_tokenize_only);
    const double mb = bytes / 1e6;

    if (o.json) {
        std::printf(
            "{\"files\": %zu, \"bytes\": %zu, \"repeat\": %d, \"version\": \"%s\", "
            "\"decode_failures\": %zu, \"peak_rss_mb\": %.1f, "
            "\"decode+tokenize\": {\"seconds\": %.6f, \"tokens\": %zu, \"errors\": %zu}, "
            "\"tokenize\": {\"seconds\": %.6f, \"tokens\": %zu, \"errors\": %zu}}\n",
            sources.size(), bytes, o.repeat, pyfront::to_string(o.version).c_str(), decode_failures,
            peak_rss_mb(), full.seconds, full.tokens, full.errors, lex_only.seconds, lex_only.tokens,
            lex_only.errors);
        return 0;
    }
    std::printf("%zu files, %.1f MB, best of %d rounds, --feature-version %s%s\n", sources.size(), mb,
                o.repeat, pyfront::to_string(o.version).c_str(),
                o.tokenize_module ? ", tokenize-module mode" : "");
    for (const auto& [name, r] : {std::pair{"decode+tokenize", full}, std::pair{"tokenize", lex_only}})
        std::printf("%-16s %8.3f s %8.1f MB/s %10.2f M tokens/s  (%zu tokens, %zu errors)\n", name,
                    r.seconds, mb / r.seconds, r.tokens / r.seconds / 1e6, r.tokens, r.errors);
    std::printf("peak RSS %.1f MB\n", peak_rss_mb());
    return 0;
}
