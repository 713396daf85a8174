// Internal to src/builder: CPython 3.11+'s grammar rules that name an error where the ANTLR
// parser only stops (`invalid_parameters`, `invalid_type_params`, `invalid_replacement_field`).
// Each takes the parser's tokens and the index `k` of the token the ANTLR parser stopped at,
// and returns CPython's error, or nothing when the rule does not apply.
#pragma once
#include <optional>
#include <vector>

#include "builder/builder_impl.h"
#include "parse/token_stream.h"

namespace pyfront::builder::detail {

// `def f(a, (b, c)):` / `lambda a, (b, c): 0` (3.11+): "Function parameters cannot be
// parenthesized" / "Lambda expression parameters cannot be parenthesized", from `(` to `)`.
std::optional<BuildError> parenthesized_parameters_error(const std::vector<parse::LightToken>& ptoks,
                                                         std::size_t k, int vc);

// `def f[]()` / `class C[]:` (3.13+): "Type parameter list cannot be empty" at the `]`.
std::optional<BuildError> empty_type_params_error(const std::vector<parse::LightToken>& ptoks, std::size_t k,
                                                  int vc);

// `f'{}'`, `f'{=}'`, `f'{!r}'`, `f'{:x}'` (3.12+): "f-string: valid expression required before
// '}'" at the token after the `{` (t-strings: "t-string: ...").
std::optional<BuildError> empty_replacement_field_error(const std::vector<parse::LightToken>& ptoks,
                                                        std::size_t k, int vc);

}  // namespace pyfront::builder::detail
