// JSON string literals for every JSON pyfront writes (diagnostics here, the AST's JSON through
// ast::append_json_string, which is this one): UTF-8 kept, control characters and lone
// surrogates escaped as \uXXXX. In diag because diag depends on nothing else.
#pragma once
#include <string>
#include <string_view>

namespace pyfront::diag {

void append_json_string(std::string& out, std::string_view s);

// `v` or null (CPython's None) when !present.
void append_json_int_or_null(std::string& out, int v, bool present);

}  // namespace pyfront::diag
