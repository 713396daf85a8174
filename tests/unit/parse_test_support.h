// Helpers for the parser's unit tests (tests/unit/parse_*_test.cpp).
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "PythonParser.h"
#include "lex/tokenizer.h"
#include "parse/parser.h"
#include "parse/token_stream.h"
#include "parse/vocabulary.h"

namespace pyfront::parse::testing {

inline Version v(int minor) { return Version{3, static_cast<std::uint8_t>(minor)}; }

// Tokens and text kept alive beside the parse result that points into them.
struct Parsed {
    std::string text;
    lex::LexResult lexed;
    std::unique_ptr<ParseResult> result;

    bool ok() const { return !lexed.error && result && result->ok(); }
    std::string error() const {
        if (lexed.error) return "tokenize: " + lexed.error->message;
        if (!result->ok())
            return "parse " + std::to_string(result->error()->lineno) + ":" +
                   std::to_string(result->error()->col) + " " + result->error()->detail;
        return "";
    }
};

inline std::unique_ptr<Parsed> parse_text(std::string_view text, Version version,
                                          Mode mode = Mode::Exec, ParseOptions options = {}) {
    auto p = std::make_unique<Parsed>();
    p->text = std::string(text);
    source::DecodedSource d;
    d.text = p->text;
    d.encoding = "utf-8";
    lex::LexOptions lo;
    lo.version = version;
    p->lexed = lex::tokenize(d, lo);
    // A tokenizer error leaves no ENDMARKER: the parser then sees the end there.
    p->result = std::make_unique<ParseResult>(
        parse(p->lexed.tokens, p->text, mode, version, options));
    return p;
}

// The parse tree as an S-expression of rule names and token texts, e.g.
// "(file_input (stmt (simple_stmt (exprs (test (atom x))))) <EOF>)"; NEWLINE is "NL",
// INDENT/DEDENT ">" / "<".
inline std::string sexpr(antlr4::tree::ParseTree* t, const std::vector<std::string>& rules) {
    if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(t)) {
        antlr4::Token* tok = term->getSymbol();
        const std::size_t type = tok->getType();
        if (type == antlr_type(lex::TokenKind::NEWLINE)) return "NL";
        if (type == antlr_type(lex::TokenKind::INDENT)) return ">";
        if (type == antlr_type(lex::TokenKind::DEDENT)) return "<";
        return tok->getText();
    }
    auto* ctx = static_cast<antlr4::ParserRuleContext*>(t);
    std::string out = "(" + rules[ctx->getRuleIndex()];
    for (auto* child : ctx->children) out += " " + sexpr(child, rules);
    return out + ")";
}

inline std::string tree(std::string_view text, Version version = v(15), Mode mode = Mode::Exec) {
    auto p = parse_text(text, version, mode);
    if (!p->ok()) return "ERROR " + p->error();
    return sexpr(p->result->tree(), p->result->parser().getRuleNames());
}

// The parser's token types for `text` (resolved soft keywords), space-separated names.
inline std::string parser_tokens(std::string_view text, Version version = v(15)) {
    source::DecodedSource d;
    d.text = std::string(text);
    lex::LexOptions lo;
    lo.version = version;
    lex::LexResult lexed = lex::tokenize(d, lo);
    PyTokenStream stream(lexed.tokens, d.text, "<test>");
    std::string out;
    for (const LightToken& t : stream.tokens()) {
        if (!out.empty()) out += ' ';
        out += antlr_type_name(t.getType());
    }
    return out;
}

}  // namespace pyfront::parse::testing
