#include "cache/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace pyfront::cache {

namespace {

constexpr std::string_view kTempMarker = ".pyfront-tmp.";

std::string temp_name_for(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return path + std::string(kTempMarker) + std::to_string(::getpid()) + "." + std::to_string(counter++);
}

std::string parent_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

}  // namespace

bool sync_folder(const std::string& dir, std::string& error) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        error = errno_message(dir, errno);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok) error = errno_message(dir, errno);
    ::close(fd);
    return ok;
}

namespace {

// py_compile's refusal: a symlink or special file at the pyc's place would be replaced by a
// regular file, which is not what its owner meant.
bool target_replaceable(const std::string& path, std::string& error) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return true;  // absent (or unreadable: rename decides)
    if (S_ISLNK(st.st_mode)) {
        error = path + " is a symlink and will be changed into a regular file if import writes a "
                       "byte-compiled file to it";
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        error = path + " is a non-regular file and will be changed into a regular one if import "
                       "writes a byte-compiled file to it";
        return false;
    }
    return true;
}

}  // namespace

std::string errno_message(const std::string& path, int err) {
    return path + ": " + std::strerror(err);
}

bool is_temp_name(std::string_view name) {
    return name.find(kTempMarker) != std::string_view::npos;
}

bool make_dirs(const std::string& dir, std::string& error) {
    if (dir.empty()) return true;
    struct stat st;
    if (::stat(dir.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return true;
        error = dir + ": exists and is not a folder";
        return false;
    }
    const std::size_t slash = dir.rfind('/');
    if (slash != std::string::npos && slash > 0 && !make_dirs(dir.substr(0, slash), error)) return false;
    if (::mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST) {
        error = errno_message(dir, errno);
        return false;
    }
    return true;
}

bool write_atomic(const std::string& path, std::string_view data, unsigned mode, Durability durability,
                  std::string& error) {
    if (!target_replaceable(path, error)) return false;
    const std::string tmp = temp_name_for(path);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 0666);
    if (fd < 0) {
        error = errno_message(path, errno);  // the temporary's name would only confuse
        return false;
    }
    auto fail = [&](const std::string& message) {
        error = message;
        ::close(fd);
        ::unlink(tmp.c_str());
        return false;
    };
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(errno_message(path, errno));
        }
        if (n == 0) return fail(path + ": write made no progress");
        done += static_cast<std::size_t>(n);
    }
    // The full-write check: what the file system holds is what we meant to write.
    struct stat st;
    if (::fstat(fd, &st) != 0) return fail(errno_message(path, errno));
    if (static_cast<std::uint64_t>(st.st_size) != data.size())
        return fail(path + ": wrote " + std::to_string(st.st_size) + " of " + std::to_string(data.size()) + " bytes");
    if (durability == Durability::Full && ::fsync(fd) != 0) return fail(errno_message(path, errno));
    if (::close(fd) != 0) {
        error = errno_message(path, errno);
        ::unlink(tmp.c_str());
        return false;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        error = errno_message(path, errno);
        ::unlink(tmp.c_str());
        return false;
    }
    if (durability == Durability::Full) return sync_folder(parent_of(path), error);
    return true;
}

bool link_atomic(const std::string& existing, const std::string& path, std::string& error) {
    if (!target_replaceable(path, error)) return false;
    const std::string tmp = temp_name_for(path);
    if (::link(existing.c_str(), tmp.c_str()) != 0) {
        error = errno_message(path, errno);
        return false;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        error = errno_message(path, errno);
        ::unlink(tmp.c_str());
        return false;
    }
    // rename() of two links to one file does nothing and leaves the temporary name (POSIX).
    ::unlink(tmp.c_str());
    return true;
}

bool read_whole_file(const std::string& path, std::string& out, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = errno_message(path, errno);
        return false;
    }
    out.clear();
    struct stat st;
    if (::fstat(fd, &st) == 0 && st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = errno_message(path, errno);
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
}

}  // namespace pyfront::cache
