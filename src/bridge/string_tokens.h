// Where the string literal tokens of a source text are, for hosts before 3.12: their parsers
// gave some f-string nodes the position of the STRING token holding them (host_ast.cpp),
// which the tree (3.14's positions) does not record. Before PEP 701 an f-string is one plain
// STRING token, so a literal ends at the first unescaped closing quote.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "ast/ast.h"

namespace pyfront::bridge {

class StringTokens {
public:
    // `text`: the decoded source the tree's positions index (UTF-8, lines split at '\n').
    explicit StringTokens(std::string_view text);

    // The span of the string literal token, among the implicitly concatenated literals that
    // make up `concatenation` (a JoinedStr's position), that contains the position `inside`.
    // Nothing when the text does not have such a token there (e.g. no text was given).
    std::optional<ast::Position> token_containing(const ast::Position& concatenation,
                                                  const ast::Position& inside) const;

    // Up to 3.11 the parser compiled a replacement field's expression as "(" + text + ")",
    // so an unparenthesized tuple or generator expression there spans from the field's '{'
    // to just past the character that ends the expression ('!', ':', '=' or '}'). That span
    // for the expression at `expr` in the replacement field starting at `field`; nothing when
    // the expression has parentheses of its own (or no text was given).
    std::optional<ast::Position> paren_wrapped_span(const ast::Position& field, const ast::Position& expr) const;

private:
    std::optional<std::size_t> offset(int lineno, int col) const;
    // Past the string literal whose opening quote is at text_[i] (pre-3.12 rules).
    std::size_t skip_literal(std::size_t i) const;
    ast::Position span(std::size_t begin, std::size_t end) const;

    std::string_view text_;
    std::vector<std::size_t> line_starts_;  // byte offset of line i + 1
};

}  // namespace pyfront::bridge
