#include "builder/block_errors.h"

namespace pyfront::builder::detail {

namespace {

using lex::TokenKind;

// CPython's compound statements as its grammar's invalid_*_stmt rules name them.
struct CompoundStatement {
    std::string_view keyword;     // the header's first word (after `async`); "except*" for 3.11's form
    std::string_view block_name;  // "expected an indented block after <block_name> on line N"
    int since;                    // the first version (major*100+minor) with this statement
    // The word alone may be the whole header (`try:`, `else:`): the colon may follow it at once.
    bool bare;
    // The grammar reads the colon as a forced token (`&&':'`): "expected ':'" at whatever token
    // follows the complete header, not only at its NEWLINE (invalid_*_stmt's rule).
    bool forced_colon;
};

constexpr CompoundStatement kCompoundStatements[] = {
    {"if", "'if' statement", 300, false, false},
    {"elif", "'elif' statement", 300, false, false},
    {"else", "'else' statement", 300, true, true},
    {"while", "'while' statement", 300, false, false},
    {"for", "'for' statement", 300, false, false},
    {"with", "'with' statement", 300, false, false},
    {"try", "'try' statement", 300, true, true},
    {"except", "'except' statement", 300, true, false},
    {"except*", "'except*' statement", 311, false, false},
    {"finally", "'finally' statement", 300, true, true},
    {"def", "function definition", 300, false, true},
    {"class", "class definition", 300, false, false},
    {"match", "'match' statement", 310, false, false},
    {"case", "'case' statement", 310, false, false},
};

bool opens(TokenKind k) { return k == TokenKind::LPAR || k == TokenKind::LSQB || k == TokenKind::LBRACE; }
bool closes(TokenKind k) { return k == TokenKind::RPAR || k == TokenKind::RSQB || k == TokenKind::RBRACE; }
bool ends_line(TokenKind k) {
    return k == TokenKind::NEWLINE || k == TokenKind::INDENT || k == TokenKind::DEDENT;
}

struct Header {
    const CompoundStatement* kind = nullptr;
    std::size_t keyword = 0;  // index of the statement's word (after `async`)
    // `except*` before 3.11: those parsers stopped at the `*` (index), whatever followed
    std::size_t early_star = 0;
};

// The compound statement whose header line contains token `k` (its first token is after a
// NEWLINE/INDENT/DEDENT at bracket depth 0), if `k` is at bracket depth 0 in it.
Header header_of(const std::vector<parse::LightToken>& ptoks, std::size_t k, std::string_view text, int vc) {
    int depth = 0;
    std::size_t start = k;
    while (start > 0) {
        const TokenKind tk = ptoks[start - 1].token().kind;
        if (closes(tk)) ++depth;
        else if (opens(tk)) --depth;
        if (depth == 0 && ends_line(tk)) break;
        if (depth == 0 && tk == TokenKind::SEMI) return {};  // a simple statement's line
        --start;
    }
    if (depth != 0 || start >= k) return {};
    std::size_t kw = start;
    // `async` (a keyword from 3.7, a name before 3.7 that starts async statements)
    if ((ptoks[kw].token().keyword == lex::Keyword::Async || ptoks[kw].token().text(text) == "async") && kw + 1 < k)
        ++kw;
    const lex::Token& t = ptoks[kw].token();
    if (t.kind != TokenKind::NAME) return {};
    std::string word(t.text(text));
    if (word == "except" && kw + 1 < ptoks.size() && ptoks[kw + 1].token().kind == TokenKind::STAR) {
        if (vc < 311) return {nullptr, kw, kw + 1};
        word = "except*";
    }
    for (const CompoundStatement& s : kCompoundStatements)
        if (s.keyword == word && vc >= s.since) return {&s, kw};
    return {};
}

BuildError at_token(std::string message, const lex::Token& t) { return at_tokens(std::move(message), t, t); }

// The NEWLINE that ends a header, as CPython's tokenizer places it: from the comment that
// ends the line, if any.
BuildError at_newline(std::string message, const lex::Token& newline, const std::vector<lex::Token>& tokens) {
    BuildError e = at_token(std::move(message), newline);
    const std::size_t i = static_cast<std::size_t>(&newline - tokens.data());
    if (i > 0 && i < tokens.size() && tokens[i - 1].kind == TokenKind::COMMENT && tokens[i - 1].lineno == newline.lineno)
        e.col = static_cast<int>(tokens[i - 1].col);
    return e;
}

// `match x NEWLINE`: the parser read `match` as a name and stopped at the subject (k). CPython
// 3.10+'s invalid_match_stmt reads `"match" subject_expr NEWLINE`: "expected ':'" at the
// NEWLINE when the rest of the line is one expression (no two operands side by side, no
// statement punctuation at depth 0).
std::optional<BuildError> match_without_colon(const std::vector<parse::LightToken>& ptoks, std::size_t k,
                                              const std::vector<lex::Token>& tokens, std::string_view text) {
    const lex::Token& word = ptoks[k - 1].token();
    if (word.kind != TokenKind::NAME || word.text(text) != "match" || !starts_operand(ptoks[k].token()))
        return std::nullopt;
    if (k >= 2 && !ends_line(ptoks[k - 2].token().kind)) return std::nullopt;
    int depth = 0;
    for (std::size_t i = k; i < ptoks.size(); ++i) {
        const lex::Token& t = ptoks[i].token();
        if (opens(t.kind)) ++depth;
        else if (closes(t.kind)) --depth;
        if (depth > 0) continue;
        if (t.kind == TokenKind::NEWLINE)
            return ends_operand(ptoks[i - 1].token()) ? std::optional<BuildError>(at_newline("expected ':'", t, tokens))
                                                      : std::nullopt;
        if (t.kind == TokenKind::EQUAL || t.kind == TokenKind::COLON || t.kind == TokenKind::SEMI ||
            (i > k && ends_operand(ptoks[i - 1].token()) && starts_operand(t)))
            return std::nullopt;
    }
    return std::nullopt;
}

// "invalid syntax" at the `*` of `except*` before 3.11.
BuildError early_except_star(const std::vector<parse::LightToken>& ptoks, std::size_t star) {
    BuildError e = at_token("invalid syntax", ptoks[star].token());
    e.token_error = true;
    return e;
}

}  // namespace

std::optional<BuildError> missing_colon_error(const std::vector<parse::LightToken>& ptoks, std::size_t k,
                                              const std::vector<lex::Token>& tokens, std::string_view text,
                                              int vc) {
    if (k == 0 || k >= ptoks.size()) return std::nullopt;
    const Header h = header_of(ptoks, k, text, vc);
    if (h.early_star) return early_except_star(ptoks, h.early_star);
    if (vc < 310) return std::nullopt;
    if (std::optional<BuildError> m = match_without_colon(ptoks, k, tokens, text)) return m;
    if (h.kind == nullptr) return std::nullopt;
    const std::size_t word_end = h.kind->keyword == "except*" ? h.keyword + 2 : h.keyword + 1;
    const lex::Token& et = ptoks[k].token();
    const lex::Token& prev = ptoks[k - 1].token();
    // the header holds no colon of its own at depth 0 (a lambda's would make it another error)
    int depth = 0;
    bool params_closed = false;  // def: the parameter list's `)` seen
    for (std::size_t i = h.keyword; i < k; ++i) {
        const TokenKind tk = ptoks[i].token().kind;
        if (opens(tk)) ++depth;
        else if (closes(tk) && --depth == 0 && tk == TokenKind::RPAR) params_closed = true;
        else if (depth == 0 && tk == TokenKind::COLON) return std::nullopt;
    }
    const bool complete = k == word_end ? h.kind->bare : k > word_end && ends_operand(prev);
    if (!complete) return std::nullopt;
    if (et.kind == TokenKind::NEWLINE) {
        // invalid_*_stmt: `header NEWLINE` - RAISE_SYNTAX_ERROR at the NEWLINE
        return at_newline("expected ':'", et, tokens);
    }
    // `&&':'`: the token that is there instead, with its range
    if (!h.kind->forced_colon) return std::nullopt;
    if (h.kind->keyword == "def" && !params_closed) return std::nullopt;
    if (h.kind->bare && k != word_end) return std::nullopt;
    return at_token("expected ':'", et);
}

std::string missing_block_message(const std::vector<parse::LightToken>& ptoks, std::size_t newline,
                                  std::string_view text, int vc) {
    std::string message = "expected an indented block";
    if (vc < 310 || newline == 0) return message;
    const Header h = header_of(ptoks, newline - 1, text, vc);
    if (h.kind == nullptr) return message;
    return message + " after " + std::string(h.kind->block_name) + " on line " +
           std::to_string(ptoks[h.keyword].token().lineno);
}

std::optional<BuildError> missing_block_error(const std::vector<parse::LightToken>& ptoks, std::size_t k,
                                              std::string_view text, int vc) {
    if (k < 2 || k >= ptoks.size()) return std::nullopt;
    const TokenKind kk = ptoks[k].token().kind;
    if (kk == TokenKind::INDENT) return std::nullopt;
    // DEDENTs closing outer blocks come before the line that should have been indented
    std::size_t nl = k;
    while (nl > 0 && ptoks[nl - 1].token().kind == TokenKind::DEDENT) --nl;
    std::size_t at = k;
    while (at < ptoks.size() && ptoks[at].token().kind == TokenKind::DEDENT) ++at;
    if (nl < 2 || at >= ptoks.size() || ptoks[at].getType() == antlr4::Token::EOF ||
        ptoks[at].token().kind == TokenKind::ENDMARKER)
        return std::nullopt;
    if (ptoks[nl - 1].token().kind != TokenKind::NEWLINE || ptoks[nl - 2].token().kind != TokenKind::COLON)
        return std::nullopt;
    const Header h = header_of(ptoks, nl - 2, text, vc);
    if (h.early_star) return early_except_star(ptoks, h.early_star);
    if (h.kind == nullptr) return std::nullopt;
    BuildError e = at_token(missing_block_message(ptoks, nl - 1, text, vc), ptoks[at].token());
    e.kind = ErrorKind::IndentationError;
    e.token_error = true;
    if (at != k) {
        // CPython stopped at the DEDENT, a token without columns: offset 0, end offset -1
        e.forced_offset = 0;
        e.forced_end_offset = -1;
    }
    return e;
}

}  // namespace pyfront::builder::detail
