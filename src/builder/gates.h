// The version gates of gates.def: which versions accept each gated syntax feature.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "version/version.h"

namespace pyfront::builder {

enum class Gate : std::uint8_t {
#define GATE(id, feature, range, what, message, example) id,
#include "builder/gates.def"
#undef GATE
};

struct GateInfo {
    std::string_view feature;  // the grammar's mark name ("walrus"), "builder:..." or "tokenizer:..."
    std::string_view range;    // "3.8-"
    std::string_view what;     // the description
    std::string_view message;  // the noun phrase of diagnostics ("assignment expressions (`:=`)")
    std::string_view example;  // a source using it ("" when none fits)
};

// A set of versions 3.0-3.15: bit m is 3.m.
struct VersionSet {
    std::uint32_t bits = 0;

    static constexpr std::uint32_t kAll = 0xFFFFu;
    static VersionSet all() { return {kAll}; }
    static VersionSet of(Version v) { return {v.major == 3 && v.minor <= 15 ? 1u << v.minor : 0u}; }
    // Parses a gates.def range ("3.8-", "-3.8", "3.9", "3.0-3.1,3.5-").
    static VersionSet parse(std::string_view range);
    bool has(Version v) const { return v.major == 3 && v.minor <= 15 && ((bits >> v.minor) & 1u); }
    bool has_minor(int m) const { return (bits >> m) & 1u; }
    bool empty() const { return (bits & kAll) == 0; }
    int count() const;
    VersionSet operator&(VersionSet o) const { return {bits & o.bits}; }
    VersionSet operator|(VersionSet o) const { return {bits | o.bits}; }
    VersionSet operator~() const { return {~bits & kAll}; }
    bool operator==(VersionSet o) const { return (bits & kAll) == (o.bits & kAll); }
    bool operator!=(VersionSet o) const { return !(*this == o); }
    // "3.0-3.1, 3.5-3.15", "3.8", "none".
    std::string to_string() const;
};

enum class GateKind : std::uint8_t { Grammar, Builder, Tokenizer };

const GateInfo& gate_info(Gate g);
int gate_count();
GateKind gate_kind(Gate g);
// The versions the range names.
VersionSet gate_range(Gate g);
// Whether version `v` accepts the feature.
bool gate_allows(Gate g, Version v);
// The first version that accepts it after the versions that reject it below `v` ("3.8"), for
// messages ("... requires Python 3.8 or newer").
std::string_view gate_first_version(Gate g);

// The note that tells a user of version `v`, which lacks the feature, which versions have it:
// "the match statement requires Python 3.10 or newer (feature version is 3.9)",
// "a lambda as a comprehension condition is accepted up to Python 3.8 (feature version is 3.9)",
// "'async' and 'await' as names are accepted up to Python 3.6 (...)". For a builder check the
// versions are those OUTSIDE the range (the check's range). Empty when `v` accepts it.
std::string gate_hint(Gate g, Version v);
// The versions that accept a source using the feature (the range; its complement for
// builder checks).
VersionSet gate_accepting(Gate g);

}  // namespace pyfront::builder
