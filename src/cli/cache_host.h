// The host interpreter's facts for the cache manager (cache/host_facts.h), from the bridge.
#pragma once
#include <string>

#include "cache/host_facts.h"

namespace pyfront::cli {

// From bridge::host() in this process (starts the embedded interpreter). The source hash is
// bridge::source_hash. False with a message when the host cannot start.
bool host_facts_here(cache::HostFacts& out, std::string& error);

// The same facts learnt in a short-lived child process, so that this process can still fork
// workers before any interpreter starts in it (DESIGN.md: parallel work uses processes). The
// result has no source_hash (workers have their own).
bool host_facts_from_child(cache::HostFacts& out, std::string& error);

}  // namespace pyfront::cli
