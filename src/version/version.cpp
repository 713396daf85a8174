#include "version/version.h"

#include <charconv>

namespace pyfront {

namespace {
std::optional<int> parse_small_number(std::string_view digits) {
    if (digits.empty() || digits.size() > 2) return std::nullopt;
    int value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return value;
}
}  // namespace

std::optional<Version> parse_version(std::string_view text) {
    auto dot = text.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    auto major = parse_small_number(text.substr(0, dot));
    auto minor = parse_small_number(text.substr(dot + 1));
    if (!major || !minor) return std::nullopt;
    Version v{static_cast<std::uint8_t>(*major), static_cast<std::uint8_t>(*minor)};
    if (v < kMinVersion || v > kMaxVersion) return std::nullopt;
    return v;
}

std::string to_string(Version v) {
    return std::to_string(v.major) + "." + std::to_string(v.minor);
}

std::string supported_range_text() {
    return to_string(kMinVersion) + " to " + to_string(kMaxVersion);
}

}  // namespace pyfront
