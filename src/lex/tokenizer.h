// The version-aware tokenizer: CPython's tokenizer (per version) is the reference.
#pragma once
#include <optional>
#include <vector>

#include "diag/diagnostic.h"
#include "lex/token.h"
#include "source/decode.h"
#include "version/version.h"

namespace pyfront::lex {

struct LexOptions {
    Version version = kDefaultVersion;
    // Emulate CPython's tokenize module (the C tokenizer's `extra_tokens` mode used by
    // `python -m tokenize`): its lenient checks and its token quirks. Off = the parser's view.
    bool tokenize_module = false;
    // `<>` is NOTEQUAL (and `!=` an error) as under `from __future__ import barry_as_FLUFL`.
    bool barry_as_flufl = false;
};

struct LexResult {
    // All tokens up to the end or the first error, including COMMENT and NL tokens
    // (the parser's token source skips them), ending with ENDMARKER when there was no error.
    std::vector<Token> tokens;
    std::optional<Diagnostic> error;
};

LexResult tokenize(const source::DecodedSource& source, const LexOptions& options);

}  // namespace pyfront::lex
