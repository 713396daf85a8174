// What the benchmark programs share: the file list, the clocks, the peak RSS.
#pragma once
#include <sys/resource.h>
#include <time.h>

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

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

}  // namespace pyfront::bench
