// The parser's token stream: every token of a file, resolved once (resolve_tokens) and held
// in one contiguous array of LightTokens, so that reading a token is an index, not a heap
// object per token as ANTLR's BufferedTokenStream makes them. A stream is rewound with seek(0)
// for the second (LL) pass.
#pragma once
#include <antlr4-runtime.h>

#include <string>
#include <string_view>
#include <vector>

#include "lex/token.h"
#include "parse/token_source.h"

namespace pyfront::parse {

class PyTokenStream final : public antlr4::TokenStream {
public:
    // `tokens` (normally ending with ENDMARKER) and `text` must outlive the stream.
    PyTokenStream(const std::vector<lex::Token>& tokens, std::string_view text,
                  std::string source_name, SoftKeywords soft = {});
    PyTokenStream(const PyTokenStream&) = delete;
    PyTokenStream& operator=(const PyTokenStream&) = delete;

    // IntStream
    void consume() override;
    std::size_t LA(ssize_t i) override;
    ssize_t mark() override { return 0; }
    void release(ssize_t) override {}
    std::size_t index() override { return p_; }
    void seek(std::size_t index) override;
    std::size_t size() override { return tokens_.size(); }
    std::string getSourceName() const override;

    // TokenStream
    antlr4::Token* LT(ssize_t k) override;
    antlr4::Token* get(std::size_t index) const override;
    antlr4::TokenSource* getTokenSource() const override;
    std::string getText(const antlr4::misc::Interval& interval) override;
    std::string getText() override;
    std::string getText(antlr4::RuleContext* ctx) override;
    std::string getText(antlr4::Token* start, antlr4::Token* stop) override;

    // The parser's tokens, ending with EOF.
    const std::vector<LightToken>& tokens() const { return tokens_; }
    const LightToken& token(std::size_t index) const { return tokens_[index]; }

private:
    mutable PyTokenSource source_;  // names the source; LightTokens read the text through it
    std::vector<LightToken> tokens_;
    std::size_t p_ = 0;
};

// The LightToken behind a terminal of a parse tree made from a PyTokenStream (its position and
// text are the tokenizer's: token(), last_token() for the merged `is not`).
inline const LightToken& light_token(antlr4::tree::TerminalNode* node) {
    return *static_cast<const LightToken*>(node->getSymbol());
}

}  // namespace pyfront::parse
