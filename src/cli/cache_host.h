// The host interpreter's facts for the cache manager (cache/host_facts.h), from the bridge.
#pragma once
#include <string>

#include "cache/host_facts.h"

namespace pyfront::cli {

// From bridge::host() in this process (starts the embedded interpreter). The source hash is
// bridge::source_hash, the unmarshal check bridge::unmarshal_error. False with a message when
// the host cannot start.
bool host_facts_here(cache::HostFacts& out, std::string& error);

}  // namespace pyfront::cli
