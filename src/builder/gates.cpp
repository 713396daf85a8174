#include "builder/gates.h"

#include <array>
#include <string>

namespace pyfront::builder {

namespace {

constexpr GateInfo kGates[] = {
#define GATE(id, feature, range, what, message, example) {feature, range, what, message, example},
#include "builder/gates.def"
#undef GATE
};
constexpr int kCount = sizeof(kGates) / sizeof(kGates[0]);

int minor_of(std::string_view s) {  // "3.12" -> 12
    int m = 0;
    for (char c : s.substr(2)) m = m * 10 + (c - '0');
    return m;
}

// Version sets accepted by each gate, computed once from the range texts.
struct Masks {
    std::array<VersionSet, kCount> sets{};
    Masks() {
        for (int g = 0; g < kCount; ++g) sets[g] = VersionSet::parse(kGates[g].range);
    }
};

const Masks& masks() {
    static const Masks m;
    return m;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

VersionSet VersionSet::parse(std::string_view range) {
    std::uint32_t mask = 0;
    while (!range.empty()) {
        const std::size_t comma = range.find(',');
        std::string_view part = range.substr(0, comma);
        range = comma == std::string_view::npos ? std::string_view() : range.substr(comma + 1);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        int lo = 0, hi = 15;
        const std::size_t dash = part.find('-');
        if (dash == std::string_view::npos) {
            lo = hi = minor_of(part);
        } else {
            if (dash > 0) lo = minor_of(part.substr(0, dash));
            if (dash + 1 < part.size()) hi = minor_of(part.substr(dash + 1));
        }
        for (int m = lo; m <= hi; ++m) mask |= 1u << m;
    }
    return {mask};
}

int VersionSet::count() const {
    int n = 0;
    for (int m = 0; m <= 15; ++m) n += has_minor(m);
    return n;
}

std::string VersionSet::to_string() const {
    std::string out;
    for (int m = 0; m <= 15;) {
        if (!has_minor(m)) {
            ++m;
            continue;
        }
        int hi = m;
        while (hi + 1 <= 15 && has_minor(hi + 1)) ++hi;
        if (!out.empty()) out += ", ";
        out += "3." + std::to_string(m);
        if (hi > m) out += "-3." + std::to_string(hi);
        m = hi + 1;
    }
    return out.empty() ? "none" : out;
}

const GateInfo& gate_info(Gate g) { return kGates[static_cast<int>(g)]; }
int gate_count() { return kCount; }

GateKind gate_kind(Gate g) {
    const std::string_view f = gate_info(g).feature;
    if (starts_with(f, "builder:")) return GateKind::Builder;
    if (starts_with(f, "tokenizer:")) return GateKind::Tokenizer;
    return GateKind::Grammar;
}

VersionSet gate_range(Gate g) { return masks().sets[static_cast<int>(g)]; }

bool gate_allows(Gate g, Version v) { return gate_range(g).has(v); }

VersionSet gate_accepting(Gate g) {
    return gate_kind(g) == GateKind::Builder ? ~gate_range(g) : gate_range(g);
}

std::string_view gate_first_version(Gate g) {
    static const std::array<std::string, kCount> first = [] {
        std::array<std::string, kCount> out;
        for (int i = 0; i < kCount; ++i)
            for (int m = 0; m <= 15; ++m)
                if (masks().sets[i].has_minor(m)) {
                    out[i] = "3." + std::to_string(m);
                    break;
                }
        return out;
    }();
    return first[static_cast<int>(g)];
}

std::string gate_hint(Gate g, Version v) {
    const VersionSet ok = gate_accepting(g);
    if (ok.has(v) || ok.empty()) return {};
    const std::string message(gate_info(g).message);
    const std::string feature = "(feature version is " + pyfront::to_string(v) + ")";
    // The accepting versions nearest to v: above (requires X or newer / X-Y) or below.
    int above = -1, below = -1;
    for (int m = v.minor + 1; m <= 15 && above < 0; ++m)
        if (ok.has_minor(m)) above = m;
    for (int m = static_cast<int>(v.minor) - 1; m >= 0 && below < 0; --m)
        if (ok.has_minor(m)) below = m;
    auto run_end = [&](int m) {
        while (m + 1 <= 15 && ok.has_minor(m + 1)) ++m;
        return m;
    };
    if (above >= 0) {
        const int end = run_end(above);
        if (end == 15) return message + " requires Python 3." + std::to_string(above) + " or newer " + feature;
        if (end == above) return message + " is accepted only by Python 3." + std::to_string(above) + " " + feature;
        return message + " is accepted by Python 3." + std::to_string(above) + "-3." + std::to_string(end) + " " + feature;
    }
    int start = below;
    while (start > 0 && ok.has_minor(start - 1)) --start;
    if (start == below && below > 0)
        return message + " is accepted only by Python 3." + std::to_string(below) + " " + feature;
    return message + " is accepted up to Python 3." + std::to_string(below) + " " + feature +
           "; use --feature-version 3." + std::to_string(below) + " or older";
}

}  // namespace pyfront::builder
