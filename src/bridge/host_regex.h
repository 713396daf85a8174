// A regular expression of the host's own `re` module: compileall's -x REGEXP is
// re.compile(REGEXP) and re.search(fullname) per file, so Python's syntax and semantics
// ((?i), \A, (?P<name>...), lookbehind, ...) decide which files `pyfront compile -x` skips,
// not another regex dialect's. Free of Python.h like bridge.h.
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace pyfront::bridge {

class HostRegex {
public:
    // re.compile(pattern), the pattern decoded as Python decodes argv (os.fsdecode). Null with
    // `error` set to the host's message ("re.error: missing ), unterminated subpattern at
    // position 0") when the host refuses it. Throws std::runtime_error when the host cannot
    // start.
    static std::unique_ptr<HostRegex> compile(std::string_view pattern, std::string& error);

    // pattern.search(path) is not None, for the path as compileall holds it (a str:
    // os.fsdecode of the bytes). A search that raises counts as no match.
    bool search(std::string_view path) const;

    ~HostRegex();
    HostRegex(const HostRegex&) = delete;
    HostRegex& operator=(const HostRegex&) = delete;

private:
    explicit HostRegex(void* pattern) : pattern_(pattern) {}
    void* pattern_;  // the host's re.Pattern, a strong reference (PyObject*)
};

}  // namespace pyfront::bridge
