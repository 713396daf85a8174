#include "cli/cache_host.h"

#include <exception>

#include "bridge/bridge.h"

namespace pyfront::cli {

bool host_facts_here(cache::HostFacts& out, std::string& error) {
    try {
        const bridge::HostInfo& h = bridge::host();
        out.version = h.version;
        out.cache_tag = h.cache_tag;
        out.magic = h.magic;
        out.source_hash = [](std::string_view bytes) { return bridge::source_hash(bytes); };
        out.unmarshal_error = [](std::string_view body) { return bridge::unmarshal_error(body); };
        return true;
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
}

}  // namespace pyfront::cli
