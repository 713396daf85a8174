// Runs one job per file on N processes (DESIGN.md: parallel work uses processes, each with
// its own warm ANTLR prediction DFA; threads would share one DFA behind a lock).
//
// The workers are forked once and take files from a shared counter over the list sorted by
// size, largest first (the long files start early, the small ones fill the gaps at the end:
// balanced without knowing parse times). Each result travels back on the worker's pipe; the
// parent hands them to `emit` in the files' own order, as soon as all earlier ones are in,
// so the output is the same for any N. A worker that dies (a crash) loses only the file it
// was on: that file's result says so, the other workers go on.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace pyfront::cli {

struct FileResult {
    enum Status : std::uint8_t { Ok = 0, SyntaxError = 1, IoError = 2, Crashed = 3 };
    Status status = Ok;
    std::string report;  // what to print for the file (empty when ok)
};

// `work(i)` checks file i (run in a worker process when jobs > 1; it must not print).
// `sizes[i]` orders the work. `emit(i, result)` runs in the calling process, i = 0, 1, ...
void run_file_jobs(const std::vector<std::uintmax_t>& sizes, int jobs,
                   const std::function<FileResult(std::size_t)>& work,
                   const std::function<void(std::size_t, FileResult&&)>& emit);

// The number of processors this process may run on.
int available_cpus();

}  // namespace pyfront::cli
