// Helpers for the tokenizer's unit tests (tests/unit/lex_*_test.cpp).
#pragma once
#include <string>
#include <string_view>

#include "lex/tokenizer.h"

namespace pyfront::lex::testing {

inline source::DecodedSource decoded(std::string_view text) {
    source::DecodedSource d;
    d.text = std::string(text);
    d.encoding = "utf-8";
    return d;
}

inline LexResult lex(std::string_view text, Version v, bool tokenize_module = false) {
    LexOptions o;
    o.version = v;
    o.tokenize_module = tokenize_module;
    return tokenize(decoded(text), o);
}

// "KIND:text KIND:text ..." without COMMENT/NL/ENDMARKER unless `all`; keywords as KIND(kw).
inline std::string kinds(std::string_view text, Version v, bool all = false) {
    LexResult r = lex(text, v);
    std::string out;
    for (const Token& t : r.tokens) {
        if (!all && (t.kind == TokenKind::NL || t.kind == TokenKind::COMMENT ||
                     t.kind == TokenKind::ENDMARKER))
            continue;
        if (!out.empty()) out += ' ';
        out += token_kind_name(t.kind);
        std::string_view s = t.text(text);
        if (!s.empty() && t.kind != TokenKind::NEWLINE && t.kind != TokenKind::NL &&
            t.kind != TokenKind::INDENT) {
            out += ':';
            out += s;
        }
        if (t.keyword != Keyword::NotAKeyword) out += "(kw)";
    }
    if (r.error) out += " ERROR:" + r.error->message;
    return out;
}

}  // namespace pyfront::lex::testing
