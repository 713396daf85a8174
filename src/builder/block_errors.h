// Internal to src/builder: the errors CPython reports about a compound statement's header and
// block - "expected ':'" (3.10+) and "expected an indented block after 'if' statement on line
// N" (3.10+; "expected an indented block" before). CPython's grammar states them once per
// statement kind (its invalid_if_stmt, invalid_for_stmt, ... rules and the `&&':'` forced
// tokens); block_errors.cpp holds them as one table of statement kinds.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "builder/builder_impl.h"
#include "parse/token_stream.h"

namespace pyfront::builder::detail {

// A NAME token that is an operand: a name, None, True or False (not another keyword).
inline bool is_operand_name(const lex::Token& t) {
    return t.keyword == lex::Keyword::NotAKeyword || t.keyword == lex::Keyword::None ||
           t.keyword == lex::Keyword::True || t.keyword == lex::Keyword::False;
}

// A token that can end an operand (so an expression before it may be complete).
inline bool ends_operand(const lex::Token& t) {
    switch (t.kind) {
        case lex::TokenKind::NAME: return is_operand_name(t);
        case lex::TokenKind::NUMBER:
        case lex::TokenKind::STRING:
        case lex::TokenKind::FSTRING_END:
        case lex::TokenKind::TSTRING_END:
        case lex::TokenKind::RPAR:
        case lex::TokenKind::RSQB:
        case lex::TokenKind::RBRACE:
        case lex::TokenKind::ELLIPSIS: return true;
        default: return false;
    }
}

// A token that can start an operand.
inline bool starts_operand(const lex::Token& t) {
    switch (t.kind) {
        case lex::TokenKind::NAME: return is_operand_name(t);
        case lex::TokenKind::NUMBER:
        case lex::TokenKind::STRING:
        case lex::TokenKind::FSTRING_START:
        case lex::TokenKind::TSTRING_START:
        case lex::TokenKind::LPAR:
        case lex::TokenKind::LSQB:
        case lex::TokenKind::LBRACE:
        case lex::TokenKind::TILDE:
        case lex::TokenKind::ELLIPSIS: return true;
        default: return false;
    }
}

// "expected ':'" when the ANTLR parser stopped at token `k` (of the parser's tokens) where a
// compound statement's header needed its colon (3.10+), or nothing.
// `tokens` is the tokenizer's list (with comments) that ptoks point into.
std::optional<BuildError> missing_colon_error(const std::vector<parse::LightToken>& ptoks, std::size_t k,
                                              const std::vector<lex::Token>& tokens, std::string_view text,
                                              int vc);

// "expected an indented block ..." (IndentationError) when the parser stopped at token `k`
// because the block after a header `... : NEWLINE` does not start with an INDENT, or nothing.
// A block missing at the end of the file is reported by the caller (at the end of the line).
std::optional<BuildError> missing_block_error(const std::vector<parse::LightToken>& ptoks, std::size_t k,
                                              std::string_view text, int vc);

// The message for a missing block after the header whose NEWLINE is ptoks[newline] (3.10+:
// naming the statement and its line).
std::string missing_block_message(const std::vector<parse::LightToken>& ptoks, std::size_t newline,
                                  std::string_view text, int vc);

}  // namespace pyfront::builder::detail
