#include "parse/vocabulary.h"

#include <cctype>
#include <string>
#include <vector>

namespace pyfront::parse {

using lex::Keyword;
using lex::TokenKind;

std::size_t antlr_type(TokenKind kind) { return 1 + static_cast<std::size_t>(kind); }

std::size_t antlr_type(Keyword keyword) {
    // Keyword::NotAKeyword is 0, so the first real keyword lands right after the kinds.
    return lex::kTokenKindCount + static_cast<std::size_t>(keyword);
}

namespace {
constexpr std::size_t kKeywordCount = 0
#define KEYWORD(id, text, first, last) +1
#include "lex/keywords.def"
#undef KEYWORD
    ;
}  // namespace

std::size_t antlr_type(ParserToken token) {
    return lex::kTokenKindCount + kKeywordCount + 1 + static_cast<std::size_t>(token);
}

std::size_t antlr_type(const lex::Token& token) {
    if (token.keyword != Keyword::NotAKeyword) return antlr_type(token.keyword);
    if (token.kind == TokenKind::ASYNC) return antlr_type(Keyword::Async);
    if (token.kind == TokenKind::AWAIT) return antlr_type(Keyword::Await);
    return antlr_type(token.kind);
}

namespace {
std::string keyword_token_name(std::string_view spelling) {
    std::string name = "KW_";
    for (char c : spelling) name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return name;
}
}  // namespace

void write_tokens_file(std::ostream& out) {
    for (int i = 0; i < lex::kTokenKindCount; ++i) {
        const auto kind = static_cast<TokenKind>(i);
        out << lex::token_kind_name(kind) << '=' << antlr_type(kind) << '\n';
        if (!lex::token_kind_text(kind).empty())
            out << '\'' << lex::token_kind_text(kind) << "'=" << antlr_type(kind) << '\n';
    }
#define KEYWORD(id, text, first, last)                                                     \
    out << keyword_token_name(text) << '=' << antlr_type(Keyword::id) << '\n'            \
        << "'" text "'=" << antlr_type(Keyword::id) << '\n';
#include "lex/keywords.def"
#undef KEYWORD
#define PARSER_TOKEN(id, name, text)                                                       \
    out << #name << '=' << antlr_type(ParserToken::id) << '\n';                            \
    if (*text) out << "'" text "'=" << antlr_type(ParserToken::id) << '\n';
#include "parse/parser_tokens.def"
#undef PARSER_TOKEN
}

const char* antlr_type_name(std::size_t type) {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v(antlr_type(ParserToken::IsNot) + 1);
        for (int i = 0; i < lex::kTokenKindCount; ++i)
            v[antlr_type(static_cast<TokenKind>(i))] = lex::token_kind_name(static_cast<TokenKind>(i));
#define KEYWORD(id, text, first, last) v[antlr_type(Keyword::id)] = keyword_token_name(text);
#include "lex/keywords.def"
#undef KEYWORD
#define PARSER_TOKEN(id, name, text) v[antlr_type(ParserToken::id)] = #name;
#include "parse/parser_tokens.def"
#undef PARSER_TOKEN
        return v;
    }();
    if (type == static_cast<std::size_t>(-1)) return "EOF";
    if (type < names.size() && !names[type].empty()) return names[type].c_str();
    return "<invalid>";
}

}  // namespace pyfront::parse
