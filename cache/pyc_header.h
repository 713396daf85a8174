// The 16-byte pyc header of PEP 552, as importlib writes it (_code_to_timestamp_pyc,
// _code_to_hash_pyc) and validates it (_classify_pyc, _validate_*_pyc).
//
// | bytes | timestamp (flags 0)     | unchecked-hash (flags 1)   | checked-hash (flags 3)   |
// |-------|-------------------------|----------------------------|--------------------------|
// | 0-3   | host magic number       | host magic number          | host magic number        |
// | 4-7   | 0 (little-endian u32)   | 1                          | 3                        |
// | 8-11  | int(source mtime) mod 2^32 | source_hash(bytes)[0:4] | source_hash(bytes)[0:4]  |
// | 12-15 | source size mod 2^32    | source_hash(bytes)[4:8]    | source_hash(bytes)[4:8]  |
//
// The default mode is py_compile's: checked-hash when SOURCE_DATE_EPOCH is set in the
// environment (reproducible builds), timestamp otherwise.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cache/host_facts.h"

namespace pyfront::cache {

enum class InvalidationMode { Timestamp, CheckedHash, UncheckedHash };

constexpr std::size_t kHeaderSize = 16;
using Header = std::array<unsigned char, kHeaderSize>;

// "timestamp", "checked-hash", "unchecked-hash" (compileall's spellings).
const char* mode_name(InvalidationMode mode);
std::optional<InvalidationMode> parse_mode(std::string_view text);

// py_compile._get_default_invalidation_mode(): `source_date_epoch` is the environment value
// (null = unset); set and non-empty means checked-hash.
InvalidationMode default_mode(const char* source_date_epoch);

// What the header is computed from. `mtime` is the source's st_mtime in whole seconds
// (Python's int() truncates toward zero; negative times wrap modulo 2^32 like struct '<L' of
// `mtime & 0xFFFFFFFF`).
struct SourceFacts {
    std::int64_t mtime = 0;
    std::uint64_t size = 0;
    SourceHash hash{};  // host source_hash, only read by the hash modes
};

Header make_header(const std::array<unsigned char, 4>& magic, InvalidationMode mode,
                   const SourceFacts& source);

// A header read back from a file.
struct ParsedHeader {
    std::array<unsigned char, 4> magic{};
    std::uint32_t flags = 0;
    InvalidationMode mode = InvalidationMode::Timestamp;
    std::uint32_t mtime = 0;  // timestamp mode
    std::uint32_t size = 0;   // timestamp mode
    SourceHash hash{};        // hash modes
};
// Nothing when shorter than 16 bytes or the flags are not 0, 1 or 3 (importlib rejects them).
std::optional<ParsedHeader> parse_header(std::string_view bytes);

}  // namespace pyfront::cache
