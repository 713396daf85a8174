// Internal to src/builder: which error CPython reports, where, when the ANTLR parser or the
// builder finds one. The ANTLR parser stops at the first token it cannot accept; CPython's
// parsers (LL(1) up to 3.8, PEG from 3.9, with "invalid_*" rules from 3.10) stop elsewhere in
// known cases, and the builder's gates are parser errors of older versions that must win over
// a later ANTLR error. Only error paths run this code.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "builder/builder_impl.h"

namespace pyfront::builder::detail {

struct ErrorContext {
    const std::vector<lex::Token>& tokens;  // the tokenizer's list (with trivia)
    std::string_view text;
    const Options& options;
    bool encoding_declared;
};

// The error CPython reports for a file the ANTLR parser rejected with `e`.
Diagnostic parse_error(const ErrorContext& ctx, const parse::ParseResult& parsed,
                       const parse::SyntaxErrorInfo& e);

// The error CPython reports for a file the builder rejected with `e`.
Diagnostic build_error(const ErrorContext& ctx, const BuildError& e);

}  // namespace pyfront::builder::detail
