// The ANTLR token vocabulary, derived from the tokenizer's tables (lex/token_kinds.def and
// lex/keywords.def) so that the grammar, the token source and the tokenizer cannot drift:
// the build writes PyTokens.tokens from this and the grammar imports it with tokenVocab.
//   kinds:    ANTLR type = 1 + TokenKind index          (NAME, LPAR, FSTRING_START, ...)
//   keywords: ANTLR type = 1 + kTokenKindCount + index   (KW_IF, with the literal 'if')
#pragma once
#include <cstddef>
#include <ostream>

#include "lex/token.h"

namespace pyfront::parse {

std::size_t antlr_type(lex::TokenKind kind);
std::size_t antlr_type(lex::Keyword keyword);

// The type the parser sees for `token`: reserved words become their keyword type, the
// contextual ASYNC/AWAIT of 3.5-3.6 the same types as the 3.7+ keywords.
std::size_t antlr_type(const lex::Token& token);

// Writes an ANTLR .tokens file: NAME=2, '('=8, KW_IF=90, 'if'=90, ...
void write_tokens_file(std::ostream& out);

}  // namespace pyfront::parse
