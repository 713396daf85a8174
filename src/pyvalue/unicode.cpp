#include "pyvalue/unicode.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace pyfront::pyvalue {

namespace {

struct ExtraNameRange {
    const char* prefix;  // "EGYPTIAN HIEROGLYPH-": the name is prefix + the code point in hex
    char32_t first, last;
    int minor;  // first 3.x that knows these names
};
struct ExtraName {
    const char* name;
    char32_t cp;
    int minor;
};
struct NameAlias {
    const char* name;
    char32_t cp;
};

#include "pyvalue/unicode_tables.inc"

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The Unicode version (major * 100 + minor) of a 3.x's unicodedata.
int unicode_code(int minor) {
    static const int table[] = {
        501,   // 3.0
        501,   // 3.1
        600,   // 3.2
        601,   // 3.3
        603,   // 3.4
        800,   // 3.5
        900,   // 3.6
        1100,  // 3.7
        1201,  // 3.8
        1300,  // 3.9
        1300,  // 3.10
        1400,  // 3.11
        1500,  // 3.12
        1501,  // 3.13
        1600,  // 3.14
        1700,  // 3.15
    };
    if (minor < 0) minor = 0;
    if (minor > 15) minor = 15;
    return table[minor];
}

// Whether ICU says cp was assigned in Unicode <= code (major * 100 + minor).
bool assigned_by(char32_t cp, int code) {
    UVersionInfo age;
    u_charAge(static_cast<UChar32>(cp), age);
    return age[0] * 100 + age[1] <= code;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 2);
    } else if (cp < 0x10000) {
        char b[3] = {static_cast<char>(0xE0 | (cp >> 12)),
                     static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                     static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 3);
    } else {
        char b[4] = {static_cast<char>(0xF0 | (cp >> 18)),
                     static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                     static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                     static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 4);
    }
}

char32_t next_code_point(std::string_view s, std::size_t& pos) {
    auto byte = [&](std::size_t i) -> char32_t {
        return i < s.size() ? static_cast<unsigned char>(s[i]) : 0x80;
    };
    char32_t c = byte(pos);
    if (c < 0x80) {
        pos += 1;
        return c;
    }
    if (c < 0xE0) {
        char32_t r = ((c & 0x1F) << 6) | (byte(pos + 1) & 0x3F);
        pos += 2;
        return r;
    }
    if (c < 0xF0) {
        char32_t r = ((c & 0x0F) << 12) | ((byte(pos + 1) & 0x3F) << 6) | (byte(pos + 2) & 0x3F);
        pos += 3;
        return r;
    }
    char32_t r = ((c & 0x07) << 18) | ((byte(pos + 1) & 0x3F) << 12) |
                 ((byte(pos + 2) & 0x3F) << 6) | (byte(pos + 3) & 0x3F);
    pos += 4;
    return r;
}

bool has_surrogates(std::string_view s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0)
            return true;
    return false;
}

UnicodeVersion unicode_version(Version v) {
    int code = unicode_code(v.minor);
    return {code / 100, code % 100};
}

std::optional<char32_t> lookup_name(std::string_view name, Version v) {
    const int minor = v.minor;
    const int ucode = unicode_code(minor);
    // Names are made of A-Z, 0-9, space and hyphen, with single inner spaces: anything else is
    // unknown to CPython (its lookup is an exact match after upper-casing).
    if (name.empty() || name.size() > 128 || name.front() == ' ' || name.back() == ' ')
        return std::nullopt;
    char upper[129];
    bool given_in_capitals = true;
    for (std::size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (c >= 'a' && c <= 'z') {
            given_in_capitals = false;
            c = static_cast<char>(c - 'a' + 'A');
        } else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ' ')) {
            return std::nullopt;
        }
        if (c == ' ' && i > 0 && name[i - 1] == ' ') return std::nullopt;
        upper[i] = c;
    }
    upper[name.size()] = 0;
    const std::string_view key(upper, name.size());

    // Up to 3.14, "CJK UNIFIED IDEOGRAPH-" takes 4 or 5 hex digits in capitals, leading zero
    // allowed ("...-04E00"); the code point must then be one of that version's ideographs.
    constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
    if (minor <= 14 && starts_with(key, kCjk)) {
        std::string_view hex = key.substr(kCjk.size());
        if (!given_in_capitals || (hex.size() != 4 && hex.size() != 5)) return std::nullopt;
        char32_t cp = 0;
        for (char c : hex) {
            int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
            if (d < 0) return std::nullopt;
            cp = cp * 16 + static_cast<char32_t>(d);
        }
        if (hex.size() == 5 && hex[0] == '0') {
            char canonical[40];
            std::snprintf(canonical, sizeof canonical, "CJK UNIFIED IDEOGRAPH-%04X",
                          static_cast<unsigned>(cp));
            return lookup_name(canonical, v);
        }
    }

    // Aliases (3.3+).
    if (minor >= 3) {
        const NameAlias* end = kAliases + std::size(kAliases);
        const NameAlias* it = std::lower_bound(
            kAliases, end, key, [](const NameAlias& a, std::string_view k) { return a.name < k; });
        if (it != end && key == it->name)
            return assigned_by(it->cp, ucode) ? std::optional<char32_t>(it->cp) : std::nullopt;
    }

    // Names newer than the system ICU.
    {
        const ExtraName* end = kExtraNames + std::size(kExtraNames);
        const ExtraName* it = std::lower_bound(
            kExtraNames, end, key, [](const ExtraName& a, std::string_view k) { return a.name < k; });
        if (it != end && key == it->name)
            return minor >= it->minor ? std::optional<char32_t>(it->cp) : std::nullopt;
        for (const ExtraNameRange& r : kExtraNameRanges) {
            if (!starts_with(key, r.prefix)) continue;
            std::string_view hex = key.substr(std::strlen(r.prefix));
            if (hex.size() < 4 || hex.size() > 6) continue;
            char32_t cp = 0;
            bool ok = true;
            for (char c : hex) {
                int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
                if (d < 0) ok = false;
                cp = cp * 16 + static_cast<char32_t>(d < 0 ? 0 : d);
            }
            if (!ok || cp < r.first || cp > r.last || (hex.size() > 4 && hex[0] == '0')) continue;
            if (minor < r.minor) return std::nullopt;
            if (minor <= 14 && !given_in_capitals && starts_with(key, "CJK UNIFIED IDEOGRAPH-"))
                return std::nullopt;
            return cp;
        }
    }

    UErrorCode err = U_ZERO_ERROR;
    UChar32 cp = u_charFromName(U_UNICODE_CHAR_NAME, upper, &err);
    if (U_FAILURE(err) || cp < 0) return std::nullopt;
    if (!assigned_by(static_cast<char32_t>(cp), ucode)) return std::nullopt;
    // Algorithmic names: up to 3.14 CPython matches them in capitals only, and knows no Tangut
    // ideograph names.
    if (starts_with(key, "TANGUT IDEOGRAPH-") && minor < 15) return std::nullopt;
    if (minor <= 14 && !given_in_capitals &&
        (starts_with(key, "CJK UNIFIED IDEOGRAPH-") || starts_with(key, "HANGUL SYLLABLE ")))
        return std::nullopt;
    return static_cast<char32_t>(cp);
}

}  // namespace pyfront::pyvalue
