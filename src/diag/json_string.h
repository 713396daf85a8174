// JSON string literals for diagnostics (the diag library depends on nothing else, so it has its
// own writer; it escapes exactly as ast::append_json_string does, so error records read the same
// everywhere: UTF-8 kept, control characters and lone surrogates escaped as \uXXXX).
#pragma once
#include <string>
#include <string_view>

namespace pyfront::diag {

void append_json_string(std::string& out, std::string_view s);

// `v` or null (CPython's None) when !present.
void append_json_int_or_null(std::string& out, int v, bool present);

}  // namespace pyfront::diag
