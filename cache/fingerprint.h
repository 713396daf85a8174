// XXH3-64 (libxxhash) of bytes: the manifest's keys. Not a security hash: it detects edits,
// not attacks (a pyc is trusted as much as the folder that holds it).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace pyfront::cache {

std::uint64_t xxh3(std::string_view bytes);

// 16 lowercase hex digits.
std::string hex64(std::uint64_t v);

}  // namespace pyfront::cache
