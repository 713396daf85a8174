#include "cli/compile_pool.h"

#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <new>
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

using Counter = std::atomic<std::uint32_t>;
static_assert(Counter::is_always_lock_free, "shared between processes");

struct Worker {
    pid_t pid = -1;
    int fd = -1;
    std::string buffer;
    int status = 0;  // as waitpid gives it
};

// What the workers share (an anonymous shared mapping made before forking): the next position
// in the biggest-first order, and per position which worker took it (slot + 1; 0 = nobody),
// so that a job whose worker died is reported failed and nothing else is lost.
class Shared {
public:
    static std::size_t bytes(std::size_t jobs) { return sizeof(Counter) * (1 + jobs); }
    Shared(void* mapping, std::size_t jobs) : c_(static_cast<Counter*>(mapping)) {
        for (std::size_t i = 0; i <= jobs; ++i) new (&c_[i]) Counter(0);
    }
    Counter& next() { return c_[0]; }
    Counter& taken_by(std::size_t position) { return c_[1 + position]; }

private:
    Counter* c_;
};

// Frames on a worker's pipe: u64 job index, u64 record length, the record (serialize_result).
void put_u64(std::string& out, std::uint64_t v) {
    for (int b = 0; b < 8; ++b) out += static_cast<char>(v >> (8 * b));
}
std::uint64_t get_u64(const char* p) {
    std::uint64_t v = 0;
    for (int b = 0; b < 8; ++b) v |= std::uint64_t(static_cast<unsigned char>(p[b])) << (8 * b);
    return v;
}

[[noreturn]] void worker_main(const std::vector<Job>& jobs, const std::vector<std::size_t>& order, Shared& shared,
                              std::uint32_t slot, const JobCommon& common, bool multi_level, int fd, pid_t parent) {
    // Die with the parent: a killed `pyfront compile` stops writing at once (and if it died
    // before the request was made, stop now).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(3);
    for (;;) {
        const std::uint32_t k = shared.next().fetch_add(1, std::memory_order_relaxed);
        if (k >= order.size()) break;
        shared.taken_by(k).store(slot + 1, std::memory_order_relaxed);
        const std::size_t i = order[k];
        const std::string record = serialize_result(run_job(jobs[i], common, multi_level));
        std::string framed;
        put_u64(framed, i);
        put_u64(framed, record.size());
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
    // Biggest first, each worker taking the next when it is free: the small files at the end
    // even out the finishing times, whatever the real cost of each file turns out to be.
    std::vector<std::size_t> order(jobs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return jobs[a].size * jobs[a].targets.size() > jobs[b].size * jobs[b].targets.size();
    });
    const std::size_t shared_bytes = Shared::bytes(jobs.size());
    void* mapping = ::mmap(nullptr, shared_bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (mapping == MAP_FAILED) {  // no shared memory: one process
        for (const Job& job : jobs) on_result(run_job(job, common, multi_level));
        return;
    }
    Shared shared(mapping, jobs.size());
    std::vector<Worker> pool;
    for (int w = 0; w < workers; ++w) {
        int fds[2];
        if (::pipe(fds) != 0) break;
        std::fflush(nullptr);
        const pid_t parent = ::getpid();
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(fds[0]);
            for (const Worker& other : pool) ::close(other.fd);
            worker_main(jobs, order, shared, static_cast<std::uint32_t>(pool.size()), common, multi_level, fds[1], parent);
        }
        ::close(fds[1]);
        if (pid < 0) {
            ::close(fds[0]);
            break;
        }
        pool.push_back({pid, fds[0], {}, 0});
    }

    std::vector<bool> reported(jobs.size(), false);
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
            std::size_t used = 0;
            while (w.buffer.size() - used >= 16) {
                const std::uint64_t index = get_u64(w.buffer.data() + used);
                const std::uint64_t len = get_u64(w.buffer.data() + used + 8);
                if (w.buffer.size() - used - 16 < len) break;
                JobResult r;
                if (index < jobs.size() && deserialize_result(std::string_view(w.buffer).substr(used + 16, len), r)) {
                    reported[index] = true;
                    on_result(std::move(r));
                }
                used += 16 + len;
            }
            w.buffer.erase(0, used);
        }
    }
    for (Worker& w : pool)
        while (::waitpid(w.pid, &w.status, 0) < 0 && errno == EINTR) {
        }
    // Jobs without a result: the one a dead worker was on is failed (it may be what killed
    // it); those nobody took (every worker gone, or none could start) are done here.
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        if (reported[i]) continue;
        const std::uint32_t taker = shared.taken_by(k).load(std::memory_order_relaxed);
        if (taker == 0 || taker > pool.size()) {
            on_result(run_job(jobs[i], common, multi_level));
            continue;
        }
        const Worker& w = pool[taker - 1];
        const std::string why = WIFSIGNALED(w.status) ? "killed by signal " + std::to_string(WTERMSIG(w.status))
                                                      : "exited with status " + std::to_string(WEXITSTATUS(w.status));
        JobResult r;
        r.source = jobs[i].source;
        r.errors.push_back(render_compile_io_error(common, r.source, "not compiled: worker process " + std::to_string(w.pid) + " " + why));
        for (const Target& t : jobs[i].targets) r.targets.push_back({t.pyc, false, false, {}});
        on_result(std::move(r));
    }
    ::munmap(mapping, shared_bytes);
}

}  // namespace pyfront::cli
