// Writing pycs so that no reader ever sees a partial one.
//
// A pyc is written to a temporary file in the same folder (NAME.pyc.pyfront-tmp.PID.N; the
// same file system, so rename is atomic), written in full (short writes retried, the size
// checked with fstat afterwards), then renamed over the final name. A process killed at any
// point leaves either the old pyc or the new one, plus at worst a stray temporary file that
// `pyfront cache clean` removes. Concurrent writers of one pyc each rename their own
// complete file; the last rename wins.
//
// fsync policy (Durability):
// | None (default) | no fsync, as CPython's importlib and py_compile do: atomic against
// |                | crashes of the process (kill -9), which is what a cache needs; after a
// |                | power loss a file system may keep an empty or old pyc, which CPython
// |                | rejects or revalidates (headers are checked on import).                 |
// | Full           | fsync the file before the rename and the folder after it: the new pyc  |
// |                | is on disk when the call returns (package builds that are imaged).     |
#pragma once
#include <string>
#include <string_view>

namespace pyfront::cache {

enum class Durability { None, Full };

// Writes `data` to `path` atomically. `mode` is the permission of a new file before the
// umask (py_compile uses the source's mode | 0o200, & 0o666). Refuses to replace a symlink or
// a non-regular file (as py_compile does: import would turn it into a regular file).
bool write_atomic(const std::string& path, std::string_view data, unsigned mode, Durability durability,
                  std::string& error);

// Makes `path` a hard link to `existing`, replacing `path` atomically (link to a temporary
// name, rename over). If `existing` and `path` are already the same file, nothing changes.
bool link_atomic(const std::string& existing, const std::string& path, std::string& error);

// fsync of a folder (its entries: renames and links made in it).
bool sync_folder(const std::string& dir, std::string& error);

// mkdir -p; an existing folder is fine (concurrent creators race harmlessly).
bool make_dirs(const std::string& dir, std::string& error);

// True for the temporary names write_atomic/link_atomic use (a killed run's leftovers).
bool is_temp_name(std::string_view file_name);

// The whole file; false with a message ("PATH: strerror") when it cannot be read.
bool read_whole_file(const std::string& path, std::string& out, std::string& error);

// "PATH: MESSAGE" from errno.
std::string errno_message(const std::string& path, int err);

}  // namespace pyfront::cache
