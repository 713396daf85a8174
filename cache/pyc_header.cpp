#include "cache/pyc_header.h"

#include <cstring>

namespace pyfront::cache {

namespace {

void put_u32(unsigned char* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}
std::uint32_t get_u32(const unsigned char* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

}  // namespace

const char* mode_name(InvalidationMode mode) {
    switch (mode) {
        case InvalidationMode::Timestamp: return "timestamp";
        case InvalidationMode::CheckedHash: return "checked-hash";
        case InvalidationMode::UncheckedHash: return "unchecked-hash";
    }
    return "?";
}

std::optional<InvalidationMode> parse_mode(std::string_view text) {
    if (text == "timestamp") return InvalidationMode::Timestamp;
    if (text == "checked-hash") return InvalidationMode::CheckedHash;
    if (text == "unchecked-hash") return InvalidationMode::UncheckedHash;
    return std::nullopt;
}

InvalidationMode default_mode(const char* source_date_epoch) {
    // `if os.environ.get('SOURCE_DATE_EPOCH')`: an empty value counts as unset.
    return source_date_epoch && *source_date_epoch ? InvalidationMode::CheckedHash : InvalidationMode::Timestamp;
}

Header make_header(const std::array<unsigned char, 4>& magic, InvalidationMode mode, const SourceFacts& source) {
    Header h{};
    std::memcpy(h.data(), magic.data(), 4);
    switch (mode) {
        case InvalidationMode::Timestamp:
            put_u32(h.data() + 4, 0);
            put_u32(h.data() + 8, static_cast<std::uint32_t>(static_cast<std::uint64_t>(source.mtime)));
            put_u32(h.data() + 12, static_cast<std::uint32_t>(source.size));
            break;
        case InvalidationMode::CheckedHash:
        case InvalidationMode::UncheckedHash:
            put_u32(h.data() + 4, mode == InvalidationMode::CheckedHash ? 3u : 1u);
            std::memcpy(h.data() + 8, source.hash.data(), 8);
            break;
    }
    return h;
}

std::optional<ParsedHeader> parse_header(std::string_view bytes) {
    if (bytes.size() < kHeaderSize) return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    ParsedHeader h;
    std::memcpy(h.magic.data(), p, 4);
    h.flags = get_u32(p + 4);
    if (h.flags == 0) {
        h.mode = InvalidationMode::Timestamp;
        h.mtime = get_u32(p + 8);
        h.size = get_u32(p + 12);
    } else if (h.flags == 1 || h.flags == 3) {
        h.mode = h.flags == 3 ? InvalidationMode::CheckedHash : InvalidationMode::UncheckedHash;
        std::memcpy(h.hash.data(), p + 8, 8);
    } else {
        return std::nullopt;
    }
    return h;
}

}  // namespace pyfront::cache
