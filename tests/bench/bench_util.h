// What the benchmark programs share: the file list, the clocks, the peak RSS.
#pragma once
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "version/version.h"

namespace pyfront::bench {

// One path per line from LIST ("-" = standard input); blank lines are skipped.
inline std::vector<std::string> read_list(const std::string& list) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (list != "-") {
        file.open(list);
        in = &file;
    }
    std::vector<std::string> paths;
    std::string line;
    while (std::getline(*in, line))
        if (!line.empty()) paths.push_back(line);
    return paths;
}

// CPU time of the calling thread, in seconds: the figures stay meaningful on a busy machine
// (the tools print wall time beside them).
inline double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

inline double peak_rss_mb() {
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0;  // Linux reports kilobytes
}

// The options every bench program takes: --repeat N, --feature-version X.Y, --json, LISTFILE.
struct CommonOptions {
    int repeat = 3;
    Version version{3, 12};
    bool json = false;
    std::string list = "-";
};

// Reads argv into `o`; `own(arg, i)` handles the program's other options (it may consume
// argv[++i]) and returns false for an unknown one. False on a bad command line.
template <class OwnOptions>
bool parse_args(int argc, char** argv, CommonOptions& o, OwnOptions own) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--repeat" && i + 1 < argc) {
            o.repeat = std::max(1, std::atoi(argv[++i]));
        } else if (a == "--feature-version" && i + 1 < argc) {
            auto v = parse_version(argv[++i]);
            if (!v) return false;
            o.version = *v;
        } else if (a == "--json") {
            o.json = true;
        } else if (a.size() > 1 && a[0] == '-') {
            if (!own(a, i)) return false;
        } else {
            o.list = a;
        }
    }
    return true;
}

}  // namespace pyfront::bench
