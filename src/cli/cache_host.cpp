#include "cli/cache_host.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <exception>

#ifdef PYFRONT_HAVE_BRIDGE
#include "bridge/bridge.h"
#endif

namespace pyfront::cli {

bool host_facts_here(cache::HostFacts& out, std::string& error) {
#ifdef PYFRONT_HAVE_BRIDGE
    try {
        const bridge::HostInfo& h = bridge::host();
        out.version = h.version;
        out.cache_tag = h.cache_tag;
        out.magic = h.magic;
        out.source_hash = [](std::string_view bytes) { return bridge::source_hash(bytes); };
        return true;
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
#else
    error = "this pyfront was built without the CPython bridge (src/bridge)";
    return false;
#endif
}

bool host_facts_from_child(cache::HostFacts& out, std::string& error) {
    int fds[2];
    if (::pipe(fds) != 0) {
        error = std::string("pipe: ") + std::strerror(errno);
        return false;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        error = std::string("fork: ") + std::strerror(errno);
        return false;
    }
    if (pid == 0) {
        ::close(fds[0]);
        cache::HostFacts h;
        std::string e;
        // "OK major minor tag magichex" or "ERR message"
        std::string line;
        if (host_facts_here(h, e)) {
            static const char* digits = "0123456789abcdef";
            std::string magic;
            for (unsigned char c : h.magic) {
                magic += digits[c >> 4];
                magic += digits[c & 15];
            }
            line = "OK " + std::to_string(h.version.major) + " " + std::to_string(h.version.minor) + " " +
                   h.cache_tag + " " + magic;
        } else {
            line = "ERR " + e;
        }
        const ssize_t n = ::write(fds[1], line.data(), line.size());
        ::_exit(n == static_cast<ssize_t>(line.size()) ? 0 : 1);
    }
    ::close(fds[1]);
    std::string text;
    char buf[512];
    ssize_t n;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0) text.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (text.rfind("OK ", 0) != 0) {
        error = text.rfind("ERR ", 0) == 0 ? text.substr(4) : "the host interpreter could not be started";
        return false;
    }
    char tag[256] = {0}, magic[9] = {0};
    unsigned major = 0, minor = 0;
    if (std::sscanf(text.c_str(), "OK %u %u %255s %8s", &major, &minor, tag, magic) != 4) {
        error = "unreadable host facts: " + text;
        return false;
    }
    out.version = Version{static_cast<std::uint8_t>(major), static_cast<std::uint8_t>(minor)};
    out.cache_tag = tag;
    for (int i = 0; i < 4; ++i) out.magic[static_cast<std::size_t>(i)] = static_cast<unsigned char>(std::stoi(std::string(magic + 2 * i, 2), nullptr, 16));
    return true;
}

}  // namespace pyfront::cli
