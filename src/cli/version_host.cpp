// `pyfront --version` in pyfront-host (the program that embeds the host CPython): the
// version, the Python versions read, and the host whose compiler writes the bytecode.
#include <exception>
#include <iostream>
#include <string>

#include "bridge/bridge.h"
#include "cli/command.h"
#include "version/version.h"

namespace pyfront::cli {

int print_version() {
    std::string host_text;
    try {
        const bridge::HostInfo& h = bridge::host();
        host_text = "host CPython " + h.implementation_version + ", cache tag " + h.cache_tag;
    } catch (const std::exception& e) {
        host_text = std::string("host CPython unavailable: ") + e.what();
    }
    std::cout << "pyfront " << PYFRONT_VERSION << " (reads Python " << supported_range_text() << "; "
              << host_text << ")\n";
    return kExitOk;
}

}  // namespace pyfront::cli
