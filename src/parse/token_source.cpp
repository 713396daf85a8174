#include "parse/token_source.h"

#include "parse/vocabulary.h"

namespace pyfront::parse {

using lex::Keyword;
using lex::TokenKind;

std::string LightToken::getText() const {
    if (token_->kind == TokenKind::ENDMARKER) return "<EOF>";
    if (last_ != token_)
        return std::string(source_->text().substr(token_->begin, last_->end - token_->begin));
    return std::string(token_->text(source_->text()));
}

antlr4::TokenSource* LightToken::getTokenSource() const { return source_; }

std::string LightToken::toString() const {
    return "[@" + std::to_string(index_) + ",'" + getText() + "',<" + std::to_string(type_) +
           ">," + std::to_string(token_->lineno) + ":" + std::to_string(token_->col) + "]";
}

namespace {

// TYPE_IGNORE (`# type: ignore`, with type comments) is collected by the builder from the
// token list, as CPython's parser collects it, never parsed.
bool is_parser_token(TokenKind kind) {
    return kind != TokenKind::COMMENT && kind != TokenKind::NL && kind != TokenKind::ENCODING &&
           kind != TokenKind::TYPE_IGNORE;
}

// The soft-keyword and `is not` resolution over the parser's tokens (parser_tokens.def).
class Resolver {
public:
    Resolver(const std::vector<lex::Token>& tokens, std::string_view text, SoftKeywords soft)
        : tokens_(tokens), text_(text), soft_(soft) {}

    std::vector<ParserTokenRef> run() {
        refs_.reserve(tokens_.size() + 1);
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            const lex::Token& t = tokens_[i];
            if (!is_parser_token(t.kind)) continue;
            const auto index = static_cast<std::uint32_t>(i);
            if (t.kind == TokenKind::ENDMARKER) {
                refs_.push_back({index, index, antlr4::Token::EOF});
                break;
            }
            refs_.push_back({index, index, antlr_type(t)});
        }
        if (tokens_.empty()) return {};
        if (refs_.empty() || refs_.back().type != antlr4::Token::EOF) {
            // Cut short by a tokenizer error: the parser sees the end there.
            const auto last = static_cast<std::uint32_t>(tokens_.size() - 1);
            refs_.push_back({last, last, antlr4::Token::EOF});
        }
        resolve();
        return std::move(refs_);
    }

private:
    std::size_t type(std::size_t r) const { return r < refs_.size() ? refs_[r].type : antlr4::Token::EOF; }
    std::string_view text(std::size_t r) const { return tokens_[refs_[r].first].text(text_); }
    bool plain_name(std::size_t r) const { return r < refs_.size() && type(r) == kName; }

    // A logical line that starts with `match` is a match statement when it ends with ':'
    // (no simple statement ends with a colon, and no other compound statement starts with a
    // name), so the line decides; NEWLINE only occurs outside brackets.
    bool line_ends_with_colon(std::size_t r) const {
        std::size_t last = r;
        for (std::size_t j = r + 1; j < refs_.size(); ++j) {
            const std::size_t t = refs_[j].type;
            if (t == kNewline || t == antlr4::Token::EOF) break;
            last = j;
        }
        return last != r && refs_[last].type == kColon;
    }

    // Retypes soft keywords and merges `is not`, compacting refs_ in place.
    void resolve() {
        std::size_t w = 0;  // write index (a merged `is not` shortens the list)
        int depth = 0;      // brackets
        int indent = 0;     // INDENT - DEDENT
        std::vector<int> match_blocks;  // indent levels of the open match blocks' case lines
        bool match_header = false;      // inside a `match ...:` line
        bool match_indent = false;      // the match header's NEWLINE was just seen
        std::size_t prev = kNone;
        for (std::size_t r = 0; r < refs_.size(); ++r) {
            ParserTokenRef ref = refs_[r];
            const bool line_start = prev == kNone || prev == kNewline || prev == kIndent ||
                                    prev == kDedent;
            const bool stmt_start =
                line_start || (depth == 0 && (prev == kSemi || prev == kColon));
            if (ref.type == kName && stmt_start) {
                const std::string_view name = text(r);
                if (soft_.match && line_start && name == "match" && line_ends_with_colon(r)) {
                    ref.type = antlr_type(ParserToken::SoftMatch);
                    match_header = true;
                } else if (line_start && name == "case" && !match_blocks.empty() &&
                           match_blocks.back() == indent) {
                    ref.type = antlr_type(ParserToken::SoftCase);
                } else if (soft_.type && name == "type" && plain_name(r + 1) &&
                           (type(r + 2) == kEqual || type(r + 2) == kLsqb)) {
                    ref.type = antlr_type(ParserToken::SoftType);
                } else if (soft_.lazy && name == "lazy" && (type(r + 1) == kImport || type(r + 1) == kFrom)) {
                    ref.type = antlr_type(ParserToken::SoftLazy);
                }
            } else if (ref.type == kIs && type(r + 1) == kNot) {
                ref.last = refs_[r + 1].last;
                ref.type = antlr_type(ParserToken::IsNot);
                ++r;
            }
            switch (tokens_[ref.first].kind) {
                case TokenKind::LPAR: case TokenKind::LSQB: case TokenKind::LBRACE: ++depth; break;
                case TokenKind::RPAR: case TokenKind::RSQB: case TokenKind::RBRACE:
                    if (depth > 0) --depth;
                    break;
                case TokenKind::NEWLINE:
                    match_indent = match_header;
                    match_header = false;
                    depth = 0;
                    break;
                case TokenKind::INDENT:
                    ++indent;
                    if (match_indent) match_blocks.push_back(indent);
                    break;
                case TokenKind::DEDENT:
                    --indent;
                    while (!match_blocks.empty() && match_blocks.back() > indent)
                        match_blocks.pop_back();
                    break;
                default: break;
            }
            if (tokens_[ref.first].kind != TokenKind::NEWLINE) match_indent = false;
            prev = ref.type;
            refs_[w++] = ref;
        }
        refs_.resize(w);
    }

    static constexpr std::size_t kNone = static_cast<std::size_t>(-2);
    const std::size_t kName = antlr_type(TokenKind::NAME);
    const std::size_t kNewline = antlr_type(TokenKind::NEWLINE);
    const std::size_t kIndent = antlr_type(TokenKind::INDENT);
    const std::size_t kDedent = antlr_type(TokenKind::DEDENT);
    const std::size_t kSemi = antlr_type(TokenKind::SEMI);
    const std::size_t kColon = antlr_type(TokenKind::COLON);
    const std::size_t kEqual = antlr_type(TokenKind::EQUAL);
    const std::size_t kLsqb = antlr_type(TokenKind::LSQB);
    const std::size_t kImport = antlr_type(Keyword::Import);
    const std::size_t kFrom = antlr_type(Keyword::From);
    const std::size_t kIs = antlr_type(Keyword::Is);
    const std::size_t kNot = antlr_type(Keyword::Not);

    const std::vector<lex::Token>& tokens_;
    std::string_view text_;
    SoftKeywords soft_;
    std::vector<ParserTokenRef> refs_;
};

}  // namespace

std::vector<ParserTokenRef> resolve_tokens(const std::vector<lex::Token>& tokens,
                                           std::string_view text, SoftKeywords soft) {
    return Resolver(tokens, text, soft).run();
}

PyTokenSource::PyTokenSource(const std::vector<lex::Token>& tokens, std::string_view text,
                             std::string source_name)
    : tokens_(tokens), text_(text), source_name_(std::move(source_name)) {}

std::unique_ptr<antlr4::Token> PyTokenSource::nextToken() {
    if (!resolved_) {
        refs_ = resolve_tokens(tokens_, text_);
        resolved_ = true;
    }
    if (refs_.empty()) {
        static const lex::Token kEnd{};
        return std::make_unique<LightToken>(&kEnd, this, antlr4::Token::EOF);
    }
    if (next_ >= refs_.size()) next_ = refs_.size() - 1;  // keep answering EOF
    const ParserTokenRef& ref = refs_[next_];
    if (ref.type != antlr4::Token::EOF) ++next_;
    return std::make_unique<LightToken>(&tokens_[ref.first], &tokens_[ref.last], this, ref.type);
}

std::size_t PyTokenSource::getLine() const {
    if (!resolved_) return tokens_.empty() ? 0 : tokens_.front().lineno;
    return next_ < refs_.size() ? tokens_[refs_[next_].first].lineno : 0;
}

std::size_t PyTokenSource::getCharPositionInLine() {
    if (!resolved_) return tokens_.empty() ? 0 : tokens_.front().col;
    return next_ < refs_.size() ? tokens_[refs_[next_].first].col : 0;
}

}  // namespace pyfront::parse
