#include "parse/token_source.h"

#include "parse/vocabulary.h"

namespace pyfront::parse {

using lex::TokenKind;

std::string LightToken::getText() const {
    if (token_->kind == TokenKind::ENDMARKER) return "<EOF>";
    return std::string(token_->text(source_->text()));
}

antlr4::TokenSource* LightToken::getTokenSource() const { return source_; }

std::string LightToken::toString() const {
    return "[@" + std::to_string(index_) + ",'" + getText() + "',<" + std::to_string(type_) +
           ">," + std::to_string(token_->lineno) + ":" + std::to_string(token_->col) + "]";
}

PyTokenSource::PyTokenSource(const std::vector<lex::Token>& tokens, std::string_view text,
                             std::string source_name)
    : tokens_(tokens), text_(text), source_name_(std::move(source_name)) {}

namespace {
bool is_parser_token(TokenKind kind) {
    return kind != TokenKind::COMMENT && kind != TokenKind::NL && kind != TokenKind::ENCODING;
}
}  // namespace

std::unique_ptr<antlr4::Token> PyTokenSource::nextToken() {
    while (next_ < tokens_.size() && !is_parser_token(tokens_[next_].kind)) ++next_;
    if (next_ >= tokens_.size()) next_ = tokens_.size() - 1;  // keep answering ENDMARKER
    const lex::Token& token = tokens_[next_];
    const bool at_end = token.kind == TokenKind::ENDMARKER;
    if (!at_end) ++next_;
    return std::make_unique<LightToken>(&token, this,
                                        at_end ? antlr4::Token::EOF : antlr_type(token));
}

std::size_t PyTokenSource::getLine() const {
    return next_ < tokens_.size() ? tokens_[next_].lineno : 0;
}

std::size_t PyTokenSource::getCharPositionInLine() {
    return next_ < tokens_.size() ? tokens_[next_].col : 0;
}

}  // namespace pyfront::parse
