// The version-aware tokenizer: CPython's tokenizer (per version) is the reference.
#pragma once
#include <optional>
#include <string>
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
    // `<>` as under `from __future__ import barry_as_FLUFL`. The tokenizer does not need it:
    // like CPython's, it always makes `<>` one NOTEQUAL token (text "<>") and the parser
    // accepts `<>` or `!=` depending on this flag. Kept here so one options struct travels.
    bool barry_as_flufl = false;
};

// A SyntaxWarning raised while tokenizing. Only one exists: from 3.12, "invalid escape
// sequence '\{'" (or '\}') in the literal part of a non-raw f-string, which CPython's tokenizer
// itself reports (and `python -m tokenize` prints on stderr). Other warnings belong to later stages.
struct LexWarning {
    int lineno = 0;
    std::string message;
};

struct LexResult {
    // All tokens up to the end or the first error, including COMMENT and NL tokens
    // (the parser's token source skips them), ending with ENDMARKER when there was no error
    // (and after some late errors, see late_error).
    std::vector<Token> tokens;
    std::optional<Diagnostic> error;
    // True when `error` is one that CPython raised outside its tokenizer, while its parser
    // built a literal's value: a str literal (or an f-string's literal part) holding
    // ill-formed UTF-8 that the compile-bytes reader let through, or (3.6-3.11) an error
    // found splitting an f-string. `tokens` then end where CPython's parser was when it
    // raised it: after the token following the implicit concatenation (3.9-3.11), after the
    // literal (3.12+), or at ENDMARKER (3.0-3.8: CPython built the AST after parsing the whole
    // file). A parser error in those tokens, or an error of the AST builder in a literal
    // before it, comes first. A later tokenizer error that CPython still reported instead has
    // already replaced it (3.0-3.8: any; 3.10+: see src/lex/lexer_utf8.cpp).
    bool late_error = false;
    std::vector<LexWarning> warnings;
    Version version = kDefaultVersion;  // the version tokenized for (the printer's quirks differ)
};

LexResult tokenize(const source::DecodedSource& source, const LexOptions& options);

}  // namespace pyfront::lex
