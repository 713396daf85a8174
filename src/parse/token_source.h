// Feeding the ANTLR runtime from pyfront's tokenizer without copying token text.
//
// ANTLR 4.9's TokenSource hands out one heap object per token (std::unique_ptr<Token>); a
// LightToken is the smallest such object: a pointer to pyfront's 32-byte lex::Token and to
// the source it views. Text is materialized only when the runtime asks for it (error
// messages, debugging), never on the hot path. COMMENT, NL and ENCODING are not parser
// tokens and are skipped here.
#pragma once
#include <antlr4-runtime.h>

#include <string>
#include <string_view>
#include <vector>

#include "lex/token.h"

namespace pyfront::parse {

class PyTokenSource;

class LightToken final : public antlr4::WritableToken {
public:
    LightToken(const lex::Token* token, PyTokenSource* source, std::size_t type)
        : token_(token), source_(source), type_(type) {}

    const lex::Token& token() const { return *token_; }

    std::string getText() const override;
    std::size_t getType() const override { return type_; }
    std::size_t getLine() const override { return token_->lineno; }
    // In UTF-8 bytes, as pyfront keeps every column (the AST needs bytes).
    std::size_t getCharPositionInLine() const override { return token_->col; }
    std::size_t getChannel() const override { return DEFAULT_CHANNEL; }
    std::size_t getTokenIndex() const override { return index_; }
    std::size_t getStartIndex() const override { return token_->begin; }
    std::size_t getStopIndex() const override { return token_->end - 1; }
    antlr4::TokenSource* getTokenSource() const override;
    antlr4::CharStream* getInputStream() const override { return nullptr; }
    std::string toString() const override;

    void setText(const std::string&) override {}  // pyfront tokens are views; not rewritable
    void setType(std::size_t type) override { type_ = type; }
    void setLine(std::size_t) override {}
    void setCharPositionInLine(std::size_t) override {}
    void setChannel(std::size_t) override {}
    void setTokenIndex(std::size_t index) override { index_ = index; }

private:
    const lex::Token* token_;
    PyTokenSource* source_;
    std::size_t type_;
    std::size_t index_ = INVALID_INDEX;
};

class PyTokenSource final : public antlr4::TokenSource {
public:
    // `tokens` must end with ENDMARKER and outlive this source, as must `text`.
    PyTokenSource(const std::vector<lex::Token>& tokens, std::string_view text,
                  std::string source_name);

    std::unique_ptr<antlr4::Token> nextToken() override;
    std::size_t getLine() const override;
    std::size_t getCharPositionInLine() override;
    antlr4::CharStream* getInputStream() override { return nullptr; }
    std::string getSourceName() override { return source_name_; }
    antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return nullptr; }

    std::string_view text() const { return text_; }

private:
    const std::vector<lex::Token>& tokens_;
    std::string_view text_;
    std::string source_name_;
    std::size_t next_ = 0;
};

}  // namespace pyfront::parse
