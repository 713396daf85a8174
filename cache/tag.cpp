#include "cache/tag.h"

#include <cctype>

namespace pyfront::cache {

namespace {

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// IMPL-DIGITS or IMPL-DIGITS-DIGITS, IMPL a lowercase word ("cpython", "pypy39"?: only
// [a-z0-9_]); good enough to tell tags from other dotted names.
bool looks_like_tag(std::string_view tag) {
    const std::size_t dash = tag.find('-');
    if (dash == 0 || dash == std::string_view::npos) return false;
    for (char c : tag.substr(0, dash))
        if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    std::string_view rest = tag.substr(dash + 1);
    const std::size_t dash2 = rest.find('-');
    if (dash2 == std::string_view::npos) return all_digits(rest);
    return all_digits(rest.substr(0, dash2)) && all_digits(rest.substr(dash2 + 1));
}

}  // namespace

std::string version_digits(Version v) {
    return std::to_string(v.major) + std::to_string(v.minor);
}

std::string cache_tag(const HostFacts& host, Version compat) {
    if (compat == host.version) return host.cache_tag;
    return host.cache_tag + "-" + version_digits(compat);
}

std::string opt_suffix(int optimize) {
    if (optimize <= 0) return "";
    return ".opt-" + std::to_string(optimize);
}

std::optional<PycName> parse_pyc_name(std::string_view name) {
    constexpr std::string_view kPyc = ".pyc";
    if (name.size() <= kPyc.size() || name.substr(name.size() - kPyc.size()) != kPyc) return std::nullopt;
    std::string_view stem = name.substr(0, name.size() - kPyc.size());
    PycName out;
    // Optional ".opt-N" (PEP 488 allows any alphanumeric; CPython writes 1 and 2).
    const std::size_t last_dot = stem.rfind('.');
    if (last_dot == std::string_view::npos) return std::nullopt;
    std::string_view last = stem.substr(last_dot + 1);
    if (last.substr(0, 4) == "opt-" && all_digits(last.substr(4))) {
        out.optimize = std::stoi(std::string(last.substr(4)));
        stem = stem.substr(0, last_dot);
    }
    const std::size_t tag_dot = stem.rfind('.');
    if (tag_dot == std::string_view::npos || tag_dot == 0) return std::nullopt;
    std::string_view tag = stem.substr(tag_dot + 1);
    if (!looks_like_tag(tag)) return std::nullopt;
    out.module = std::string(stem.substr(0, tag_dot));
    out.tag = std::string(tag);
    return out;
}

std::optional<Version> compat_of_tag(const HostFacts& host, std::string_view tag) {
    if (tag == host.cache_tag) return host.version;
    if (tag.size() <= host.cache_tag.size() + 1 || tag.substr(0, host.cache_tag.size()) != host.cache_tag ||
        tag[host.cache_tag.size()] != '-')
        return std::nullopt;
    const std::string_view digits = tag.substr(host.cache_tag.size() + 1);
    if (!all_digits(digits) || digits.size() < 2 || digits.size() > 3) return std::nullopt;
    std::string text(digits.substr(0, 1));
    text += '.';
    text += digits.substr(1);
    if (digits.size() == 3 && digits[1] == '0') return std::nullopt;  // "306" is not a spelling of 3.6
    auto v = parse_version(text);
    if (!v || *v == host.version) return std::nullopt;  // the host's own level has no suffix
    return v;
}

}  // namespace pyfront::cache
