// Feeding the ANTLR runtime from pyfront's tokenizer without copying token text.
//
// A LightToken is the smallest ANTLR token: a pointer to pyfront's 32-byte lex::Token and to
// the source it views. Text is materialized only when the runtime asks for it (error
// messages, debugging), never on the hot path. COMMENT, NL, ENCODING and TYPE_IGNORE are not
// parser tokens and are skipped; soft keywords and `is not` are resolved (resolve_tokens, see
// parse/parser_tokens.def). The parser itself reads a PyTokenStream (parse/token_stream.h),
// which holds all LightTokens in one array; PyTokenSource is the pull interface ANTLR's own
// streams use (one heap object per token), kept for tools and tests.
#pragma once
#include <antlr4-runtime.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lex/token.h"

namespace pyfront::parse {

class PyTokenSource;

class LightToken final : public antlr4::WritableToken {
public:
    LightToken(const lex::Token* token, PyTokenSource* source, std::size_t type)
        : token_(token), last_(token), source_(source), type_(type) {}
    // One parser token made of several tokenizer tokens (`is not`): `first`..`last`.
    LightToken(const lex::Token* first, const lex::Token* last, PyTokenSource* source,
               std::size_t type)
        : token_(first), last_(last), source_(source), type_(type) {}

    const lex::Token& token() const { return *token_; }
    // The last tokenizer token of this parser token (the same as token() but for `is not`).
    const lex::Token& last_token() const { return *last_; }

    std::string getText() const override;
    std::size_t getType() const override { return type_; }
    std::size_t getLine() const override { return token_->lineno; }
    // In UTF-8 bytes, as pyfront keeps every column (the AST needs bytes).
    std::size_t getCharPositionInLine() const override { return token_->col; }
    std::size_t getChannel() const override { return DEFAULT_CHANNEL; }
    std::size_t getTokenIndex() const override { return index_; }
    std::size_t getStartIndex() const override { return token_->begin; }
    std::size_t getStopIndex() const override { return last_->end - 1; }
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
    const lex::Token* last_;
    PyTokenSource* source_;
    std::size_t type_;
    std::size_t index_ = INVALID_INDEX;
};

// One token as the parser sees it: the tokenizer tokens [first, last] (the same index but for
// `is not`) and its ANTLR type, after trivia is dropped and soft keywords are resolved.
struct ParserTokenRef {
    std::uint32_t first;
    std::uint32_t last;
    std::size_t type;  // antlr4::Token::EOF for the ENDMARKER
};

// Which soft keywords resolve_tokens makes (all by default, in every feature version; a
// caller that wants the exact error of a version without them turns them off, so that `match`,
// `type` and `lazy` stay names as that version's parser saw them).
struct SoftKeywords {
    bool match = true;  // match / case
    bool type = true;
    bool lazy = true;
};

// The parser's view of a token list (see parse/parser_tokens.def): COMMENT, NL and ENCODING
// dropped; keywords, 3.5-3.6 ASYNC/AWAIT, soft keywords and `is not` typed. Ends with one EOF
// entry (for ENDMARKER, or at the end of a list cut short by a tokenizer error). Linear time:
// the only lookahead is the rest of the line after a `match` that starts one.
std::vector<ParserTokenRef> resolve_tokens(const std::vector<lex::Token>& tokens,
                                           std::string_view text, SoftKeywords soft = {});

class PyTokenSource final : public antlr4::TokenSource {
public:
    // `tokens` must outlive this source, as must `text`; they normally end with ENDMARKER.
    PyTokenSource(const std::vector<lex::Token>& tokens, std::string_view text,
                  std::string source_name);

    std::unique_ptr<antlr4::Token> nextToken() override;
    std::size_t getLine() const override;
    std::size_t getCharPositionInLine() override;
    antlr4::CharStream* getInputStream() override { return nullptr; }
    std::string getSourceName() override { return source_name_; }
    antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return nullptr; }

    std::string_view text() const { return text_; }
    const std::vector<lex::Token>& tokens() const { return tokens_; }

private:
    const std::vector<lex::Token>& tokens_;
    std::string_view text_;
    std::string source_name_;
    std::vector<ParserTokenRef> refs_;  // resolved on first use
    bool resolved_ = false;
    std::size_t next_ = 0;
};

}  // namespace pyfront::parse
