#include "parse/token_stream.h"

namespace pyfront::parse {

PyTokenStream::PyTokenStream(const std::vector<lex::Token>& tokens, std::string_view text,
                             std::string source_name, SoftKeywords soft)
    : source_(tokens, text, std::move(source_name)) {
    static const lex::Token kEnd{};
    const std::vector<ParserTokenRef> refs = resolve_tokens(tokens, text, soft);
    tokens_.reserve(refs.empty() ? 1 : refs.size());
    for (const ParserTokenRef& ref : refs)
        tokens_.emplace_back(&tokens[ref.first], &tokens[ref.last], &source_, ref.type);
    if (tokens_.empty()) tokens_.emplace_back(&kEnd, &source_, antlr4::Token::EOF);
    for (std::size_t i = 0; i < tokens_.size(); ++i) tokens_[i].setTokenIndex(i);
}

void PyTokenStream::consume() {
    if (p_ + 1 >= tokens_.size())
        throw antlr4::IllegalStateException("cannot consume EOF");
    ++p_;
}

std::size_t PyTokenStream::LA(ssize_t i) {
    if (i > 0) {
        const std::size_t at = p_ + static_cast<std::size_t>(i) - 1;
        return tokens_[at < tokens_.size() ? at : tokens_.size() - 1].getType();
    }
    if (i < 0 && static_cast<std::size_t>(-i) <= p_) return tokens_[p_ + i].getType();
    return 0;  // LA(0) is undefined; before the first token
}

antlr4::Token* PyTokenStream::LT(ssize_t k) {
    if (k > 0) {
        const std::size_t at = p_ + static_cast<std::size_t>(k) - 1;
        return &tokens_[at < tokens_.size() ? at : tokens_.size() - 1];
    }
    if (k < 0 && static_cast<std::size_t>(-k) <= p_) return &tokens_[p_ + k];
    return nullptr;
}

void PyTokenStream::seek(std::size_t index) {
    p_ = index < tokens_.size() ? index : tokens_.size() - 1;
}

std::string PyTokenStream::getSourceName() const { return source_.getSourceName(); }

antlr4::Token* PyTokenStream::get(std::size_t index) const {
    if (index >= tokens_.size())
        throw antlr4::IndexOutOfBoundsException("token index " + std::to_string(index) +
                                                " out of range");
    return const_cast<LightToken*>(&tokens_[index]);
}

antlr4::TokenSource* PyTokenStream::getTokenSource() const { return &source_; }

std::string PyTokenStream::getText(const antlr4::misc::Interval& interval) {
    if (interval.a < 0 || interval.b < 0 || tokens_.empty()) return "";
    const auto a = static_cast<std::size_t>(interval.a);
    std::size_t b = static_cast<std::size_t>(interval.b);
    if (b >= tokens_.size()) b = tokens_.size() - 1;
    if (a > b) return "";
    // The source text from the first token to the last, trivia included.
    const lex::Token& first = tokens_[a].token();
    const lex::Token& last = tokens_[b].last_token();
    if (last.end < first.begin) return "";
    return std::string(source_.text().substr(first.begin, last.end - first.begin));
}

std::string PyTokenStream::getText() {
    return getText(antlr4::misc::Interval(0, static_cast<ssize_t>(tokens_.size()) - 1));
}

std::string PyTokenStream::getText(antlr4::RuleContext* ctx) {
    return getText(ctx->getSourceInterval());
}

std::string PyTokenStream::getText(antlr4::Token* start, antlr4::Token* stop) {
    if (start == nullptr || stop == nullptr) return "";
    return getText(antlr4::misc::Interval(start->getTokenIndex(), stop->getTokenIndex()));
}

}  // namespace pyfront::parse
