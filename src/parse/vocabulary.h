// The ANTLR token vocabulary, derived from the tokenizer's tables (lex/token_kinds.def and
// lex/keywords.def) so that the grammar, the token source and the tokenizer cannot drift:
// the build writes PyTokens.tokens from this and the grammar imports it with tokenVocab.
//   kinds:    ANTLR type = 1 + TokenKind index          (NAME, LPAR, FSTRING_START, ...)
//   keywords: ANTLR type = 1 + kTokenKindCount + index   (KW_IF, with the literal 'if')
//   parser tokens (parse/parser_tokens.def): after the keywords (SOFT_MATCH, IS_NOT, ...)
#pragma once
#include <cstddef>
#include <cstdint>
#include <ostream>

#include "lex/token.h"

namespace pyfront::parse {

// Token types made by the token source, not by the tokenizer (parse/parser_tokens.def).
enum class ParserToken : std::uint8_t {
#define PARSER_TOKEN(id, name, text) id,
#include "parse/parser_tokens.def"
#undef PARSER_TOKEN
};

std::size_t antlr_type(lex::TokenKind kind);
std::size_t antlr_type(lex::Keyword keyword);
std::size_t antlr_type(ParserToken token);

// The type the parser sees for `token`: reserved words become their keyword type, the
// contextual ASYNC/AWAIT of 3.5-3.6 the same types as the 3.7+ keywords.
std::size_t antlr_type(const lex::Token& token);

// The name the vocabulary gives `type` (NAME, KW_IF, SOFT_MATCH, ...; "EOF"), for messages
// and tests.
const char* antlr_type_name(std::size_t type);

// Writes an ANTLR .tokens file: NAME=2, '('=8, KW_IF=90, 'if'=90, ...
void write_tokens_file(std::ostream& out);

}  // namespace pyfront::parse
