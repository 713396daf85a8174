#include "cli/compile_pool.h"

#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace pyfront::cli {

namespace {

bool write_all(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

struct Worker {
    pid_t pid = -1;
    int fd = -1;
    std::vector<std::size_t> jobs;  // indices into the job list
    std::size_t reported = 0;       // results received (in the order of `jobs`)
    std::string buffer;
};

[[noreturn]] void worker_main(const std::vector<Job>& jobs, const std::vector<std::size_t>& mine,
                              const JobCommon& common, bool multi_level, int fd, pid_t parent) {
    // Die with the parent: a killed `pyfront compile` stops writing at once (and if it died
    // before the request was made, stop now).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(3);
    for (std::size_t i : mine) {
        const std::string record = serialize_result(run_job(jobs[i], common, multi_level));
        std::string framed;
        const std::uint64_t n = record.size();
        for (int b = 0; b < 8; ++b) framed += static_cast<char>(n >> (8 * b));
        framed += record;
        if (!write_all(fd, framed)) ::_exit(4);
    }
    ::_exit(0);
}

}  // namespace

int all_cores() {
    cpu_set_t set;
    if (::sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
    const long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? static_cast<int>(n) : 1;
}

void run_jobs(const std::vector<Job>& jobs, const JobCommon& common, bool multi_level, int workers,
              const std::function<void(JobResult&&)>& on_result) {
    if (workers <= 1 || jobs.size() <= 1) {
        for (const Job& job : jobs) on_result(run_job(job, common, multi_level));
        return;
    }
    workers = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(workers), jobs.size()));
    // LPT: biggest files first, each to the worker with the least work so far.
    std::vector<std::size_t> order(jobs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return jobs[a].size * jobs[a].targets.size() > jobs[b].size * jobs[b].targets.size();
    });
    std::vector<Worker> pool(static_cast<std::size_t>(workers));
    std::vector<std::uint64_t> load(pool.size(), 0);
    for (std::size_t i : order) {
        const std::size_t w = static_cast<std::size_t>(std::min_element(load.begin(), load.end()) - load.begin());
        pool[w].jobs.push_back(i);
        load[w] += jobs[i].size * jobs[i].targets.size() + 4096;  // + a per-file cost
    }
    for (Worker& w : pool) {
        int fds[2];
        if (::pipe(fds) != 0) {
            w.pid = -1;
            continue;
        }
        std::fflush(nullptr);
        const pid_t parent = ::getpid();
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(fds[0]);
            for (const Worker& other : pool)
                if (other.fd >= 0) ::close(other.fd);
            worker_main(jobs, w.jobs, common, multi_level, fds[1], parent);
        }
        ::close(fds[1]);
        if (pid < 0) {
            ::close(fds[0]);
            continue;
        }
        w.pid = pid;
        w.fd = fds[0];
    }
    // Workers that could not be started: their jobs run here.
    for (Worker& w : pool)
        if (w.pid < 0)
            for (std::size_t i : w.jobs) on_result(run_job(jobs[i], common, multi_level));

    for (;;) {
        std::vector<pollfd> fds;
        std::vector<Worker*> owners;
        for (Worker& w : pool)
            if (w.fd >= 0) {
                fds.push_back({w.fd, POLLIN, 0});
                owners.push_back(&w);
            }
        if (fds.empty()) break;
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (std::size_t k = 0; k < fds.size(); ++k) {
            if (!fds[k].revents) continue;
            Worker& w = *owners[k];
            char buf[1 << 16];
            const ssize_t n = ::read(w.fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                ::close(w.fd);
                w.fd = -1;
                continue;
            }
            w.buffer.append(buf, static_cast<std::size_t>(n));
            while (w.buffer.size() >= 8) {
                std::uint64_t len = 0;
                for (int b = 0; b < 8; ++b) len |= std::uint64_t(static_cast<unsigned char>(w.buffer[static_cast<std::size_t>(b)])) << (8 * b);
                if (w.buffer.size() < 8 + len) break;
                JobResult r;
                if (deserialize_result(std::string_view(w.buffer).substr(8, len), r)) on_result(std::move(r));
                w.buffer.erase(0, 8 + len);
                ++w.reported;
            }
        }
    }
    for (Worker& w : pool) {
        if (w.pid < 0) continue;
        int status = 0;
        while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (w.reported >= w.jobs.size()) continue;
        std::string why = WIFSIGNALED(status) ? "killed by signal " + std::to_string(WTERMSIG(status))
                                              : "exited with status " + std::to_string(WEXITSTATUS(status));
        for (std::size_t k = w.reported; k < w.jobs.size(); ++k) {
            JobResult r;
            r.source = jobs[w.jobs[k]].source;
            r.errors.push_back(render_compile_io_error(common, r.source, "not compiled: worker process " + std::to_string(w.pid) + " " + why));
            for (const Target& t : jobs[w.jobs[k]].targets) r.targets.push_back({t.pyc, false, false, {}});
            on_result(std::move(r));
        }
    }
}

}  // namespace pyfront::cli
