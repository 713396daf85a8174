// Runs `pyfront compile`'s jobs in worker processes (DESIGN.md: the ANTLR runtime serializes
// threads on one lock, and each process has its own embedded interpreter). The jobs are
// dealt out before forking, biggest first to the least loaded worker (LPT scheduling), so no
// task queue is needed; results come back through one pipe per worker as they finish.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "cli/compile_job.h"

namespace pyfront::cli {

// workers == 1 runs the jobs in this process. A worker that dies (killed, crashed) leaves its
// unfinished jobs reported as failed ("worker ... died") rather than lost.
void run_jobs(const std::vector<Job>& jobs, const JobCommon& common, bool multi_level, int workers,
              const std::function<void(JobResult&&)>& on_result);

// -j 0: the cores this process may run on.
int all_cores();

}  // namespace pyfront::cli
