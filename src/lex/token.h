// Lightweight tokens: 32 bytes, no owned text. A token's text is a view into the decoded
// source (DecodedSource::text), because per-token string copies are the main cost of
// feeding an ANTLR parser.
#pragma once
#include <cstdint>
#include <string_view>

namespace pyfront::lex {

enum class TokenKind : std::uint8_t {
#define TOKEN(name, text) name,
#include "lex/token_kinds.def"
#undef TOKEN
};
constexpr int kTokenKindCount = 0
#define TOKEN(name, text) +1
#include "lex/token_kinds.def"
#undef TOKEN
    ;

enum class Keyword : std::uint8_t {
    NotAKeyword = 0,
#define KEYWORD(id, text, first, last) id,
#include "lex/keywords.def"
#undef KEYWORD
};

const char* token_kind_name(TokenKind kind);       // "NAME", "LPAR", ...
std::string_view token_kind_text(TokenKind kind);  // "(" for LPAR, "" for non-operators
std::string_view keyword_text(Keyword kw);

// The keyword that `name` is at `version_code` (major*100+minor), or NotAKeyword.
Keyword keyword_for(std::string_view name, int version_code);

struct Token {
    TokenKind kind = TokenKind::ENDMARKER;
    Keyword keyword = Keyword::NotAKeyword;  // set for NAME tokens that are reserved words
    std::uint16_t flags = 0;                 // TokenFlag bits
    std::uint32_t begin = 0;                 // byte offsets of the text in the decoded source
    std::uint32_t end = 0;
    std::uint32_t lineno = 0;      // 1-based start line
    std::uint32_t col = 0;         // 0-based start column in UTF-8 bytes
    std::uint32_t end_lineno = 0;  // 1-based end line
    std::uint32_t end_col = 0;     // 0-based end column in UTF-8 bytes (exclusive)

    std::string_view text(std::string_view source) const {
        return source.substr(begin, end - begin);
    }
};

enum TokenFlag : std::uint16_t {
    // NEWLINE/NL synthesized at end of input for a file that does not end in a newline.
    kImplicitNewline = 1u << 0,
};

}  // namespace pyfront::lex
