// Runs `pyfront compile`'s jobs in worker processes (DESIGN.md: the ANTLR runtime serializes
// threads on one lock, and each process has its own embedded interpreter, inherited started
// from this one). The jobs are taken biggest first by whichever worker is free, through a
// counter in shared memory (no task queue); results come back through one pipe per worker as
// they finish.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "cli/compile_job.h"

namespace pyfront::cli {

// workers == 1 runs the jobs in this process. A worker that dies (killed, crashed) leaves the
// job it was on reported as failed ("not compiled: worker process ... killed by signal 9");
// the others are taken by the remaining workers, or by this process when none is left.
void run_jobs(const std::vector<Job>& jobs, const JobCommon& common, bool multi_level, int workers,
              const std::function<void(JobResult&&)>& on_result);

// -j 0: the cores this process may run on.
int all_cores();

}  // namespace pyfront::cli
