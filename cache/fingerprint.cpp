#include "cache/fingerprint.h"

#include <xxhash.h>

namespace pyfront::cache {

std::uint64_t xxh3(std::string_view bytes) {
    return XXH3_64bits(bytes.data(), bytes.size());
}

std::string hex64(std::uint64_t v) {
    static const char digits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = digits[v & 15];
    return out;
}

}  // namespace pyfront::cache
