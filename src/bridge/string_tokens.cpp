// Finding pre-3.12 string literal tokens in the source text (string_tokens.h).
#include "bridge/string_tokens.h"

#include <algorithm>

namespace pyfront::bridge {

StringTokens::StringTokens(std::string_view text) : text_(text) {
    if (text.empty()) return;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

std::optional<std::size_t> StringTokens::offset(int lineno, int col) const {
    if (lineno < 1 || static_cast<std::size_t>(lineno) > line_starts_.size() || col < 0) return std::nullopt;
    const std::size_t at = line_starts_[lineno - 1] + static_cast<std::size_t>(col);
    if (at > text_.size()) return std::nullopt;
    return at;
}

ast::Position StringTokens::span(std::size_t begin, std::size_t end) const {
    auto locate = [&](std::size_t at, std::int32_t& line, std::int32_t& col) {
        const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), at) - 1;
        line = static_cast<std::int32_t>(it - line_starts_.begin()) + 1;
        col = static_cast<std::int32_t>(at - *it);
    };
    ast::Position p{};
    locate(begin, p.lineno, p.col_offset);
    locate(end, p.end_lineno, p.end_col_offset);
    return p;
}

std::optional<ast::Position> StringTokens::token_containing(const ast::Position& concatenation,
                                                            const ast::Position& inside) const {
    const auto first = offset(concatenation.lineno, concatenation.col_offset);
    const auto last = offset(concatenation.end_lineno, concatenation.end_col_offset);
    const auto target = offset(inside.lineno, inside.col_offset);
    if (!first || !last || !target) return std::nullopt;
    std::size_t i = *first;
    const std::size_t end = *last;
    while (i < end) {
        // Between the literals of a concatenation: blanks, newlines, line continuations and
        // comments (inside brackets).
        const char c = text_[i];
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' || c == '\\') {
            ++i;
            continue;
        }
        if (c == '#') {
            while (i < end && text_[i] != '\n') ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < end && std::string_view("rRbBuUfF").find(text_[i]) != std::string_view::npos) ++i;
        if (i >= end || (text_[i] != '\'' && text_[i] != '"')) return std::nullopt;  // not a literal
        i = skip_literal(i);
        if (*target >= begin && *target < i) return span(begin, std::min(i, end));
    }
    return std::nullopt;
}

std::size_t StringTokens::skip_literal(std::size_t i) const {
    const std::size_t end = text_.size();
    const char quote = text_[i];
    const bool triple = i + 2 < end && text_[i + 1] == quote && text_[i + 2] == quote;
    i += triple ? 3 : 1;
    while (i < end) {
        if (text_[i] == '\\') {  // in raw literals too, a backslash keeps the quote after it
            i += 2;
        } else if (text_[i] == quote && (!triple || (i + 2 < end && text_[i + 1] == quote && text_[i + 2] == quote))) {
            return i + (triple ? 3 : 1);
        } else {
            ++i;
        }
    }
    return end;
}

std::optional<ast::Position> StringTokens::paren_wrapped_span(const ast::Position& field,
                                                              const ast::Position& expr) const {
    const auto brace = offset(field.lineno, field.col_offset);
    const auto begin = offset(expr.lineno, expr.col_offset);
    const auto end = offset(expr.end_lineno, expr.end_col_offset);
    if (!brace || !begin || !end || *begin >= *end || text_[*brace] != '{') return std::nullopt;
    if (text_[*begin] == '(') {  // parenthesized when this '(' closes at the very end
        int depth = 0;
        std::size_t i = *begin;
        while (i < *end) {
            const char c = text_[i];
            if (c == '\'' || c == '"') {
                i = skip_literal(i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') ++depth;
            if ((c == ')' || c == ']' || c == '}') && --depth == 0) break;
            ++i;
        }
        if (i + 1 == *end) return std::nullopt;
    }
    std::size_t t = *end;
    while (t < text_.size() && (text_[t] == ' ' || text_[t] == '\t' || text_[t] == '\f' || text_[t] == '\n'))
        ++t;
    if (t >= text_.size()) return std::nullopt;
    return span(*brace, t + 1);
}

}  // namespace pyfront::bridge
