// The version gates of gates.def: which versions accept each gated syntax feature.
#pragma once
#include <cstdint>
#include <string_view>

#include "version/version.h"

namespace pyfront::builder {

enum class Gate : std::uint8_t {
#define GATE(id, feature, range, what) id,
#include "builder/gates.def"
#undef GATE
};

struct GateInfo {
    std::string_view feature;  // the grammar's mark name ("walrus")
    std::string_view range;    // "3.8-"
    std::string_view what;
};

const GateInfo& gate_info(Gate g);
int gate_count();
// Whether version `v` accepts the feature.
bool gate_allows(Gate g, Version v);
// The first version that accepts it after the versions that reject it below `v` ("3.8"), for
// messages ("... requires Python 3.8 or newer").
std::string_view gate_first_version(Gate g);

}  // namespace pyfront::builder
