#include "builder/gates.h"

#include <array>
#include <string>

namespace pyfront::builder {

namespace {

constexpr GateInfo kGates[] = {
#define GATE(id, feature, range, what) {feature, range, what},
#include "builder/gates.def"
#undef GATE
};
constexpr int kCount = sizeof(kGates) / sizeof(kGates[0]);

// Version codes accepted by each gate, computed once from the range texts: a bit per minor
// version 3.0-3.15.
struct Masks {
    std::array<std::uint32_t, kCount> bits{};
    Masks() {
        for (int g = 0; g < kCount; ++g) bits[g] = parse(kGates[g].range);
    }
    static int minor(std::string_view s) {  // "3.12" -> 12
        int m = 0;
        for (char c : s.substr(2)) m = m * 10 + (c - '0');
        return m;
    }
    static std::uint32_t parse(std::string_view range) {
        std::uint32_t mask = 0;
        while (!range.empty()) {
            const std::size_t comma = range.find(',');
            std::string_view part = range.substr(0, comma);
            range = comma == std::string_view::npos ? std::string_view() : range.substr(comma + 1);
            int lo = 0, hi = 15;
            const std::size_t dash = part.find('-');
            if (dash == std::string_view::npos) {
                lo = hi = minor(part);
            } else {
                if (dash > 0) lo = minor(part.substr(0, dash));
                if (dash + 1 < part.size()) hi = minor(part.substr(dash + 1));
            }
            for (int m = lo; m <= hi; ++m) mask |= 1u << m;
        }
        return mask;
    }
};

const Masks& masks() {
    static const Masks m;
    return m;
}

}  // namespace

const GateInfo& gate_info(Gate g) { return kGates[static_cast<int>(g)]; }
int gate_count() { return kCount; }

bool gate_allows(Gate g, Version v) {
    if (v.major != 3 || v.minor > 15) return false;
    return (masks().bits[static_cast<int>(g)] >> v.minor) & 1u;
}

std::string_view gate_first_version(Gate g) {
    static const std::array<std::string, kCount> first = [] {
        std::array<std::string, kCount> out;
        for (int i = 0; i < kCount; ++i) {
            const std::uint32_t bits = masks().bits[i];
            for (int m = 0; m <= 15; ++m)
                if ((bits >> m) & 1u) {
                    out[i] = "3." + std::to_string(m);
                    break;
                }
        }
        return out;
    }();
    return first[static_cast<int>(g)];
}

}  // namespace pyfront::builder
