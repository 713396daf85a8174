// Parser throughput: tokenizes and parses a list of files N times in one process (no AST yet).
//
//   pyfront_parse_bench [--repeat N] [--feature-version X.Y] [--mode exec|eval|single|func_type]
//                       [--ll-only | --sll-only] [--failures] [--tree-stats] [--json] LISTFILE|-
//
// LISTFILE holds one path per line ("-" = standard input). Files are read and decoded up front
// (the decoded text stays in memory: it counts in the peak RSS); each round then tokenizes and
// parses every file, timing the two stages apart. The first round starts with an empty
// prediction DFA (cold); the best of the later rounds is the warm figure (one round: cold only).
// Reported: MB/s of source bytes and tokens/s for the parse stage and for tokenize+parse, SLL
// failures (files that needed the LL pass), syntax errors, peak RSS and the DFA cache's size.
// `--tree-stats` counts the parse trees' rule contexts (all, and those with one child that is
// itself a rule context: a chain link) per token, in an extra untimed pass.
// Times are the thread's CPU time. `--failures` lists every file that failed to decode, tokenize or parse, with the location.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <antlr4-runtime.h>

#include "lex/tokenizer.h"
#include "parse/parser.h"
#include "source/decode.h"
#include "version/version.h"
#include "bench_util.h"

namespace {

using namespace pyfront;
using bench::peak_rss_mb;
using bench::read_list;

struct Options : bench::CommonOptions {
    parse::Mode mode = parse::Mode::Exec;
    parse::ParseOptions parse;
    bool failures = false;
    bool tree_stats = false;
};

int usage(const char* why) {
    std::fprintf(stderr,
                 "pyfront_parse_bench: %s\n"
                 "usage: pyfront_parse_bench [--repeat N] [--feature-version X.Y] "
                 "[--mode exec|eval|single|func_type] [--ll-only|--sll-only] [--failures] "
                 "[--tree-stats] [--json] LISTFILE|-\n",
                 why);
    return 2;
}

// This program's options besides those of bench::CommonOptions.
bool parse_own_arg(const std::string& a, int& i, int argc, char** argv, Options& o) {
    if (a == "--mode" && i + 1 < argc) {
        const std::string m = argv[++i];
        if (m == "exec") o.mode = parse::Mode::Exec;
        else if (m == "eval") o.mode = parse::Mode::Eval;
        else if (m == "single") o.mode = parse::Mode::Single;
        else if (m == "func_type") o.mode = parse::Mode::FuncType;
        else return false;
    } else if (a == "--ll-only") {
        o.parse.ll_only = true;
    } else if (a == "--sll-only") {
        o.parse.sll_only = true;
    } else if (a == "--failures") {
        o.failures = true;
    } else if (a == "--tree-stats") {
        o.tree_stats = true;
    } else {
        return false;
    }
    return true;
}

// CPU time of this thread: the figures stay meaningful on a busy machine (wall time is
// printed beside them for the whole run).
struct Clock {
    using time_point = double;
    static double now() {
        return bench::thread_cpu_seconds();
    }
};
double seconds(double d) { return d; }

struct TreeStats {
    std::size_t contexts = 0;
    std::size_t chain_links = 0;  // contexts whose only child is a rule context
    std::size_t terminals = 0;
    void add(antlr4::tree::ParseTree* t) {
        if (antlrcpp::is<antlr4::tree::TerminalNode*>(t)) {
            ++terminals;
            return;
        }
        ++contexts;
        if (t->children.size() == 1 && !antlrcpp::is<antlr4::tree::TerminalNode*>(t->children[0]))
            ++chain_links;
        for (auto* child : t->children) add(child);
    }
};

struct Round {
    double lex_seconds = 0;
    double parse_seconds = 0;
    std::size_t tokens = 0;
    std::size_t lex_errors = 0;
    std::size_t syntax_errors = 0;
    std::size_t ll_fallbacks = 0;
    double total() const { return lex_seconds + parse_seconds; }
};

}  // namespace

int main(int argc, char** argv) {
    Options o;
    const auto own = [&](const std::string& a, int& i) { return parse_own_arg(a, i, argc, argv, o); };
    if (!bench::parse_args(argc, argv, o, own)) return usage("bad arguments");

    const std::vector<std::string> paths = read_list(o.list);
    const source::DecodeOptions decode_options{o.version};
    std::vector<source::DecodedSource> decoded;
    std::vector<std::string> names;
    std::size_t bytes = 0;
    std::size_t decode_failures = 0;
    for (const std::string& path : paths) {
        std::string data, err;
        if (!source::read_file(path, data, err)) {
            std::fprintf(stderr, "pyfront_parse_bench: %s\n", err.c_str());
            return 2;
        }
        source::DecodedSource d;
        Diagnostic diag;
        if (!source::decode(data, decode_options, d, diag)) {
            ++decode_failures;
            if (o.failures) std::printf("DECODE %s: %s\n", path.c_str(), diag.message.c_str());
            continue;
        }
        bytes += data.size();
        decoded.push_back(std::move(d));
        names.push_back(path);
    }
    if (decoded.empty()) return usage("no files");

    lex::LexOptions lex_options;
    lex_options.version = o.version;

    auto run_round = [&](bool report) {
        Round r;
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            const auto t0 = Clock::now();
            lex::LexResult lexed = lex::tokenize(decoded[i], lex_options);
            const auto t1 = Clock::now();
            r.lex_seconds += seconds(t1 - t0);
            r.tokens += lexed.tokens.size();
            if (lexed.error) {
                ++r.lex_errors;
                if (report && o.failures)
                    std::printf("TOKENIZE %s:%d: %s\n", names[i].c_str(), lexed.error->lineno,
                                lexed.error->message.c_str());
                continue;
            }
            const auto t2 = Clock::now();
            {
                parse::ParseResult result =
                    parse::parse(lexed.tokens, decoded[i].text, o.mode, o.version, o.parse);
                r.ll_fallbacks += result.ll_fallback() ? 1 : 0;
                if (!result.ok()) {
                    ++r.syntax_errors;
                    if (report && o.failures)
                        std::printf("PARSE %s:%u:%u: %s (%s)\n", names[i].c_str(),
                                    result.error()->lineno, result.error()->col,
                                    result.error()->message.c_str(),
                                    result.error()->detail.c_str());
                } else if (report && o.failures && result.ll_fallback()) {
                    std::printf("SLL-FALLBACK %s\n", names[i].c_str());
                }
            }  // the tree is freed inside the timed section, as a real run frees it
            r.parse_seconds += seconds(Clock::now() - t2);
        }
        return r;
    };

    const auto wall0 = std::chrono::steady_clock::now();
    const Round cold = run_round(true);
    const parse::DfaStats dfa_after_first = parse::dfa_stats();
    Round warm = cold;
    for (int i = 1; i < o.repeat; ++i) {
        Round r = run_round(false);
        if (i == 1 || r.total() < warm.total()) warm = r;
    }
    TreeStats tree_stats;
    if (o.tree_stats) {
        for (const auto& d : decoded) {
            lex::LexResult lexed = lex::tokenize(d, lex_options);
            if (lexed.error) continue;
            parse::ParseResult result = parse::parse(lexed.tokens, d.text, o.mode, o.version, o.parse);
            if (result.ok()) tree_stats.add(result.tree());
        }
    }
    const parse::DfaStats dfa = parse::dfa_stats();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    const double mb = bytes / 1e6;

    if (o.json) {
        std::printf(
            "{\"files\": %zu, \"bytes\": %zu, \"version\": \"%s\", \"repeat\": %d, "
            "\"decode_failures\": %zu, \"tokenize_errors\": %zu, \"syntax_errors\": %zu, "
            "\"ll_fallbacks\": %zu, \"tokens\": %zu, "
            "\"cold\": {\"tokenize_s\": %.6f, \"parse_s\": %.6f}, "
            "\"warm\": {\"tokenize_s\": %.6f, \"parse_s\": %.6f}, "
            "\"peak_rss_mb\": %.1f, \"dfa_states\": %zu, \"dfa_edges\": %zu, "
            "\"dfa_configs\": %zu, \"dfa_states_after_first_round\": %zu}\n",
            decoded.size(), bytes, to_string(o.version).c_str(), o.repeat, decode_failures,
            cold.lex_errors, cold.syntax_errors, cold.ll_fallbacks, cold.tokens, cold.lex_seconds,
            cold.parse_seconds, warm.lex_seconds, warm.parse_seconds, peak_rss_mb(), dfa.states,
            dfa.edges, dfa.configs, dfa_after_first.states);
        return 0;
    }
    std::printf("%zu files, %.1f MB, %zu tokens, --feature-version %s, %d round(s)%s\n",
                decoded.size(), mb, cold.tokens, to_string(o.version).c_str(), o.repeat,
                o.parse.ll_only ? ", LL only" : o.parse.sll_only ? ", SLL only" : "");
    std::printf("failures: %zu decode, %zu tokenize, %zu syntax; SLL->LL fallbacks: %zu\n",
                decode_failures, cold.lex_errors, cold.syntax_errors, cold.ll_fallbacks);
    auto line = [&](const char* name, const Round& r) {
        std::printf("%-5s parse %7.3f s %7.1f MB/s %6.2f M tokens/s | tokenize+parse %7.3f s "
                    "%7.1f MB/s\n",
                    name, r.parse_seconds, mb / r.parse_seconds, r.tokens / r.parse_seconds / 1e6,
                    r.total(), mb / r.total());
    };
    line("cold", cold);
    if (o.repeat > 1) line("warm", warm);
    std::printf("(CPU time of the parsing thread; all rounds took %.2f s of wall time)\n", wall);
    std::printf("peak RSS %.1f MB (decoded sources held: %.1f MB)\n", peak_rss_mb(), mb);
    if (o.tree_stats)
        std::printf("parse trees: %.2f rule contexts per token (%.2f chain links), %zu terminals\n",
                    double(tree_stats.contexts) / tree_stats.terminals,
                    double(tree_stats.chain_links) / tree_stats.terminals, tree_stats.terminals);
    std::printf("DFA: %zu states (%zu after round 1), %zu edges, %zu ATN configs, %zu/%zu "
                "decisions used; largest: decision %zu with %zu states\n",
                dfa.states, dfa_after_first.states, dfa.edges, dfa.configs, dfa.active_decisions,
                dfa.decisions, dfa.largest_decision, dfa.largest_states);
    return cold.syntax_errors + cold.lex_errors + decode_failures == 0 ? 0 : 1;
}
