// Python language versions that pyfront can read: 3.0 through 3.15.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyfront {

struct Version {
    std::uint8_t major = 3;
    std::uint8_t minor = 15;

    constexpr int code() const { return major * 100 + minor; }
    friend constexpr bool operator==(Version a, Version b) { return a.code() == b.code(); }
    friend constexpr bool operator!=(Version a, Version b) { return a.code() != b.code(); }
    friend constexpr bool operator<(Version a, Version b) { return a.code() < b.code(); }
    friend constexpr bool operator<=(Version a, Version b) { return a.code() <= b.code(); }
    friend constexpr bool operator>(Version a, Version b) { return a.code() > b.code(); }
    friend constexpr bool operator>=(Version a, Version b) { return a.code() >= b.code(); }
};

constexpr Version kMinVersion{3, 0};
constexpr Version kMaxVersion{3, 15};
constexpr Version kDefaultVersion = kMaxVersion;

// Parses "3.6" (also "3.06"? no: exactly MAJOR.MINOR with decimal digits). Returns nothing
// when the text is malformed or outside kMinVersion..kMaxVersion.
std::optional<Version> parse_version(std::string_view text);

// "3.6"
std::string to_string(Version v);

// "3.0 to 3.15": the sentence fragment used in error messages.
std::string supported_range_text();

}  // namespace pyfront
