// What the cache manager needs to know about the host interpreter, passed in rather than asked
// for: the library stays free of libpython (unit tests use a fake host; the CLI fills this from
// bridge::host() and bridge::source_hash()).
#pragma once
#include <array>
#include <functional>
#include <string>
#include <string_view>

#include "version/version.h"

namespace pyfront::cache {

using SourceHash = std::array<unsigned char, 8>;

struct HostFacts {
    Version version{3, 11};                  // sys.version_info[:2]
    std::string cache_tag = "cpython-311";   // sys.implementation.cache_tag
    std::array<unsigned char, 4> magic{};    // importlib.util.MAGIC_NUMBER
    // importlib.util.source_hash(bytes): keyed SipHash of the host; needed only for the
    // checked-hash and unchecked-hash invalidation modes.
    std::function<SourceHash(std::string_view)> source_hash;
    // The host's verdict on a pyc body (bridge::unmarshal_error: empty = marshal.loads gives
    // a code object); `cache verify` asks it after the structural walk. Unset: walk only.
    std::function<std::string(std::string_view)> unmarshal_error;
};

}  // namespace pyfront::cache
