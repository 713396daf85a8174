// Shared by the cache_*_test.cpp suites: a fake host with CPython 3.11's facts (magic
// a70d0d0a, tag cpython-311) and a scratch folder per test.
#pragma once
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "cache/host_facts.h"

namespace pyfront::cache::test {

// The one source whose host hash the goldens record (importlib.util.source_hash under
// CPython 3.11.2: b806e0f99514a059); any other source gets a made-up hash.
inline constexpr const char* kGoldenSource = "x = 1\nprint(x)\n";

inline HostFacts fake_host_311() {
    HostFacts h;
    h.version = Version{3, 11};
    h.cache_tag = "cpython-311";
    h.magic = {0xa7, 0x0d, 0x0d, 0x0a};
    h.source_hash = [](std::string_view bytes) {
        if (bytes == kGoldenSource) return SourceHash{0xb8, 0x06, 0xe0, 0xf9, 0x95, 0x14, 0xa0, 0x59};
        SourceHash h{};
        for (std::size_t i = 0; i < bytes.size(); ++i) h[i % 8] = static_cast<unsigned char>(h[i % 8] * 31 + bytes[i]);
        return h;
    };
    return h;
}

class ScratchDir {
public:
    ScratchDir() {
        char tmpl[] = "/tmp/pyfront-cache-test.XXXXXX";
        path_ = ::mkdtemp(tmpl);
    }
    ~ScratchDir() { std::system(("rm -rf '" + path_ + "'").c_str()); }
    const std::string& path() const { return path_; }
    std::string file(const std::string& rel) const { return path_ + "/" + rel; }

private:
    std::string path_;
};

inline void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

inline std::string hex(std::string_view bytes) {
    static const char d[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += d[c >> 4];
        out += d[c & 15];
    }
    return out;
}

}  // namespace pyfront::cache::test
