#include "cli/check_workers.h"

#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <numeric>
#include <optional>

namespace pyfront::cli {

namespace {

// A result frame on a worker's pipe: u32 file index, u8 status, u32 report length, report.
constexpr std::size_t kHeader = 9;

bool write_all(int fd, const char* p, std::size_t n) {
    while (n > 0) {
        const ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

void put_u32(std::string& s, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint32_t get_u32(const char* p) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

[[noreturn]] void worker_main(int fd, std::atomic<std::uint32_t>* next,
                              const std::vector<std::size_t>& order,
                              const std::function<FileResult(std::size_t)>& work) {
    std::string frame;
    for (;;) {
        const std::uint32_t k = next->fetch_add(1, std::memory_order_relaxed);
        if (k >= order.size()) break;
        const std::size_t i = order[k];
        FileResult r = work(i);
        frame.clear();
        put_u32(frame, static_cast<std::uint32_t>(i));
        frame.push_back(static_cast<char>(r.status));
        put_u32(frame, static_cast<std::uint32_t>(r.report.size()));
        frame += r.report;
        if (!write_all(fd, frame.data(), frame.size())) break;
    }
    ::close(fd);
    // No static destructors or atexit handlers of the parent's state in the child.
    ::_exit(0);
}

}  // namespace

int available_cpus() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        const int n = CPU_COUNT(&set);
        if (n > 0) return n;
    }
    const long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? static_cast<int>(n) : 1;
}

void run_file_jobs(const std::vector<std::uintmax_t>& sizes, int jobs,
                   const std::function<FileResult(std::size_t)>& work,
                   const std::function<void(std::size_t, FileResult&&)>& emit) {
    const std::size_t n = sizes.size();
    if (jobs > static_cast<int>(n)) jobs = static_cast<int>(n);
    if (jobs <= 1) {
        for (std::size_t i = 0; i < n; ++i) emit(i, work(i));
        return;
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });

    void* shared = ::mmap(nullptr, sizeof(std::atomic<std::uint32_t>), PROT_READ | PROT_WRITE,
                          MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) {  // no shared memory: one process
        for (std::size_t i = 0; i < n; ++i) emit(i, work(i));
        return;
    }
    auto* next = new (shared) std::atomic<std::uint32_t>(0);
    static_assert(std::atomic<std::uint32_t>::is_always_lock_free, "shared between processes");

    struct Worker {
        pid_t pid = -1;
        int fd = -1;
        std::string buffer;
    };
    std::vector<Worker> workers;
    for (int w = 0; w < jobs; ++w) {
        int fds[2];
        if (::pipe(fds) != 0) break;
        const pid_t pid = ::fork();
        if (pid < 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            break;
        }
        if (pid == 0) {
            ::close(fds[0]);
            for (const Worker& other : workers) ::close(other.fd);
            worker_main(fds[1], next, order, work);
        }
        ::close(fds[1]);
        workers.push_back({pid, fds[0], {}});
    }

    std::vector<std::optional<FileResult>> results(n);
    std::size_t next_emit = 0;
    auto flush_in_order = [&] {
        while (next_emit < n && results[next_emit]) {
            emit(next_emit, std::move(*results[next_emit]));
            results[next_emit].reset();
            ++next_emit;
        }
    };
    // With no worker at all (fork failed at once), the parent does the work itself below.
    std::size_t open = workers.size();
    std::vector<pollfd> fds;
    char chunk[1 << 16];
    while (open > 0) {
        fds.clear();
        for (const Worker& w : workers)
            if (w.fd >= 0) fds.push_back({w.fd, POLLIN, 0});
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (Worker& w : workers) {
            if (w.fd < 0) continue;
            const auto it = std::find_if(fds.begin(), fds.end(), [&](const pollfd& p) { return p.fd == w.fd; });
            if (it == fds.end() || it->revents == 0) continue;
            const ssize_t got = ::read(w.fd, chunk, sizeof chunk);
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) {
                ::close(w.fd);
                w.fd = -1;
                --open;
                continue;
            }
            w.buffer.append(chunk, static_cast<std::size_t>(got));
            std::size_t p = 0;
            while (w.buffer.size() - p >= kHeader) {
                const std::uint32_t len = get_u32(w.buffer.data() + p + 5);
                if (w.buffer.size() - p - kHeader < len) break;
                const std::uint32_t index = get_u32(w.buffer.data() + p);
                FileResult r;
                r.status = static_cast<FileResult::Status>(w.buffer[p + 4]);
                r.report.assign(w.buffer, p + kHeader, len);
                if (index < n) results[index] = std::move(r);
                p += kHeader + len;
            }
            w.buffer.erase(0, p);
        }
        flush_in_order();
    }
    std::string crash_note;
    for (Worker& w : workers) {
        if (w.fd >= 0) ::close(w.fd);
        int status = 0;
        while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (WIFSIGNALED(status))
            crash_note = std::string("was killed by signal ") + std::to_string(WTERMSIG(status)) + " (" +
                         strsignal(WTERMSIG(status)) + ")";
        else if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
            crash_note = "exited with status " + std::to_string(WEXITSTATUS(status));
    }
    ::munmap(shared, sizeof(std::atomic<std::uint32_t>));
    // Files no worker reported: the one each dead worker was on, or all of them when no worker
    // could be started (then the parent checks them itself).
    for (std::size_t i = 0; i < n; ++i) {
        if (results[i] || i < next_emit) continue;
        if (workers.empty()) {
            results[i] = work(i);
        } else {
            FileResult r;
            r.status = FileResult::Crashed;
            r.report = "the worker process checking it " + (crash_note.empty() ? std::string("stopped") : crash_note);
            results[i] = std::move(r);
        }
    }
    flush_in_order();
}

}  // namespace pyfront::cli
