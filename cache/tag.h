// Cache tags (PEP 3147, PEP 488, and the per-compat-level tags of DESIGN.md decision 5).
//
// | compat level   | optimize | file name (host cpython-311)        |
// |----------------|----------|-------------------------------------|
// | host (3.11)    | 0        | NAME.cpython-311.pyc                |
// | host (3.11)    | 1 / 2    | NAME.cpython-311.opt-1.pyc / opt-2  |
// | 3.6            | 0        | NAME.cpython-311-36.pyc             |
// | 3.10           | 2        | NAME.cpython-311-310.opt-2.pyc      |
//
// The compat suffix is the version's digits, as the host tag writes its own ("311"), so that
// a compat level equal to the host gives exactly the host's file name and the host imports it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "cache/host_facts.h"
#include "version/version.h"

namespace pyfront::cache {

// "36" for 3.6, "310" for 3.10.
std::string version_digits(Version v);

// The tag of pycs parsed at `compat`: the host tag, plus "-XY" when compat != host version.
std::string cache_tag(const HostFacts& host, Version compat);

// "" for 0, ".opt-1", ".opt-2" (PEP 488).
std::string opt_suffix(int optimize);

// A pyc file name split into its parts: NAME.TAG[.opt-N].pyc.
struct PycName {
    std::string module;      // "os" (what cache_from_source took from the source name)
    std::string tag;         // "cpython-311-36"
    int optimize = 0;        // 0, 1, 2
};
// Parses a __pycache__ file name; nothing for names that are not NAME.TAG[.opt-N].pyc with a
// tag of the form IMPL-DIGITS[-DIGITS].
std::optional<PycName> parse_pyc_name(std::string_view file_name);

// The compat level a tag of this host stands for: the host version for the host tag itself,
// X.Y for "HOSTTAG-XY"; nothing for other hosts' tags or malformed suffixes.
std::optional<Version> compat_of_tag(const HostFacts& host, std::string_view tag);

}  // namespace pyfront::cache
