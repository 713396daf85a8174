// A structural check of marshal data (Python/marshal.c's format, version 4-5), without an
// interpreter: every object's type code is known, every length fits in the data, references
// point back to objects already started, and one object spans exactly the whole input. It
// catches truncated, padded and garbled pycs; `pyfront cache verify` also asks the host to
// really unmarshal them when the bridge offers it.
#pragma once
#include <string>
#include <string_view>

#include "version/version.h"

namespace pyfront::cache {

// `host` selects the code object layout (3.8-3.10 vs 3.11+). On failure `error` says what
// and at which byte offset of `data`.
bool check_marshal(std::string_view data, Version host, std::string& error);

}  // namespace pyfront::cache
