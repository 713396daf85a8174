// parse_source: decode -> tokenize -> parse -> build, and which error CPython reports when
// several stages find one (parse_errors.cpp refines the parser's errors).
#include <antlr4-runtime.h>

#include <algorithm>
#include <cctype>

#include "builder/builder_impl.h"
#include "builder/parser_stack.h"
#include "builder/tree_depth.h"
#include "builder/minversion.h"
#include "builder/parse_errors.h"
#include "lex/tokenizer.h"
#include "parse/parser.h"
#include "parse/token_stream.h"

namespace pyfront::builder {

namespace {

// With type comments (3.8+), CPython's tokenizer turns a comment of the form
// `#<spaces>type:<spaces>...` into TYPE_COMMENT, or TYPE_IGNORE when it continues with
// `ignore` followed by the end or a non-alphanumeric ASCII character. A TYPE_COMMENT alone on
// its line, outside brackets, is followed by NEWLINE instead of NL (the tokenizer's blank-line
// state is reset after it); a TYPE_IGNORE alone on its line swallows its newline. The token
// starts after `# type: ` (TYPE_COMMENT) or after `ignore` (TYPE_IGNORE: the tag).
}  // namespace

namespace detail {

void mark_type_comments(std::vector<lex::Token>& tokens, std::string_view text) {
    using lex::TokenKind;
    int depth = 0;
    bool line_start = true;  // only trivia since the last NEWLINE / NL
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        lex::Token& t = tokens[i];
        switch (t.kind) {
            case TokenKind::LPAR:
            case TokenKind::LSQB:
            case TokenKind::LBRACE: ++depth; break;
            case TokenKind::RPAR:
            case TokenKind::RSQB:
            case TokenKind::RBRACE: depth = depth > 0 ? depth - 1 : 0; break;
            default: break;
        }
        if (t.kind == TokenKind::NEWLINE || t.kind == TokenKind::NL) {
            line_start = true;
            continue;
        }
        if (t.kind == TokenKind::INDENT || t.kind == TokenKind::DEDENT) continue;
        if (t.kind != TokenKind::COMMENT) {
            line_start = false;
            continue;
        }
        const std::string_view s = t.text(text);
        std::size_t p = 1;  // after '#'
        auto spaces = [&] {
            while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
        };
        spaces();
        if (s.compare(p, 5, "type:") != 0) {
            line_start = false;
            continue;
        }
        p += 5;
        spaces();
        const std::string_view rest = s.substr(p);
        bool ignore = rest.compare(0, 6, "ignore") == 0;
        if (ignore && rest.size() > 6) {
            const unsigned char c = static_cast<unsigned char>(rest[6]);
            if (c >= 128 || std::isalnum(c)) ignore = false;
        }
        const bool alone = line_start;
        t.kind = ignore ? TokenKind::TYPE_IGNORE : TokenKind::TYPE_COMMENT;
        const std::uint32_t skip = static_cast<std::uint32_t>(p + (ignore ? 6 : 0));
        t.begin += skip;
        t.col += skip;
        if (!ignore && alone && depth == 0 && i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::NL)
            tokens[i + 1].kind = TokenKind::NEWLINE;
        line_start = false;
    }
}

}  // namespace detail

namespace {

Result parse_source_at(std::string_view bytes, const Options& options) {
    Result r;
    r.source = std::make_unique<source::DecodedSource>();
    source::DecodeOptions d;
    d.version = options.version;
    d.reader = options.reader;
    d.filename = options.filename;
    Diagnostic decode_error;
    if (!source::decode(bytes, d, *r.source, decode_error)) {
        r.error = decode_error;
        return r;
    }
    const source::DecodedSource& src = *r.source;
    lex::LexOptions lo;
    lo.version = options.version;
    lo.barry_as_flufl = options.barry_as_flufl;
    lex::LexResult lexed = lex::tokenize(src, lo);
    const bool type_comments = options.type_comments && options.version >= Version{3, 8};
    if (type_comments) detail::mark_type_comments(lexed.tokens, src.text);
    const bool encoding_declared = src.had_bom || src.had_cookie;
    const int vc = options.version.code();

    parse::ParseOptions po;
    po.version_soft_keywords = true;
    parse::ParseResult parsed =
        parse::parse(lexed.tokens, src.text, detail::parse_mode(options.mode), options.version, po);
    detail::ErrorContext ctx{lexed.tokens, src.text, options, encoding_declared};
    if (!parsed.ok()) {
        const parse::SyntaxErrorInfo& e = *parsed.error();
        // 3.10+ tokenize the whole source after a syntax error and report a tokenizer error
        // first; older versions met the tokenizer error only where the parser got to it. An
        // unexpected INDENT is reported as such whatever follows.
        const auto& ptoks = parsed.tokens().tokens();
        const bool at_indent = !e.at_eof && e.token_index < ptoks.size() && !e.too_complex &&
                               ptoks[e.token_index].token().kind == lex::TokenKind::INDENT;
        if (lexed.error) {
            // The lexer's error when the parser stopped at the end of its tokens, and from
            // 3.10 whenever the whole-source check finds it - but not after an unexpected
            // indent, and an unclosed bracket only when it was opened on a line before the
            // parser's error (Parser/pegen_errors.c).
            // The tokenizer's errors that are state codes rather than exceptions (dedent,
            // tabs, nesting, line continuation, end of file) never override.
            const std::string& m = lexed.error->message;
            const bool unclosed = m.size() > 16 && m.compare(m.size() - 16, 16, "was never closed") == 0;
            const bool later = static_cast<int>(e.lineno) > lexed.error->lineno;
            const bool state = lexed.error->kind == ErrorKind::IndentationError ||
                               lexed.error->kind == ErrorKind::TabError ||
                               m.find("line continuation") != std::string::npos ||
                               m.find("unexpected EOF") != std::string::npos;
            if (e.at_eof || (vc >= 310 && !at_indent && !state && (!unclosed || later))) {
                r.error = *lexed.error;
                return r;
            }
        }
        r.error = detail::parse_error(ctx, parsed, e);
        return r;
    }
    BuildInput in;
    in.parse = &parsed;
    in.tokens = &lexed.tokens;
    in.text = src.text;
    in.had_encoding_declaration = encoding_declared;
    std::vector<const ast::Node*> groups;
    in.groups = &groups;
    std::optional<detail::BuildError> error;
    ast::mod* tree = detail::build_tree(in, options, r.arena, r.warnings, error);
    if (lexed.error && (!error || vc >= 310 || vc <= 308)) {
        r.error = *lexed.error;
        return r;
    }
    if (error) {
        r.error = detail::build_error(ctx, *error);
        return r;
    }
    // The tokenizer's warnings (3.12+: `\{` in an f-string) join the builder's, in line order.
    if (!lexed.warnings.empty()) {
        std::vector<Warning> all;
        for (const lex::LexWarning& w : lexed.warnings) all.push_back(Warning{"SyntaxWarning", w.message, w.lineno});
        all.insert(all.end(), r.warnings.begin(), r.warnings.end());
        std::stable_sort(all.begin(), all.end(), [](const Warning& a, const Warning& b) { return a.lineno < b.lineno; });
        r.warnings = std::move(all);
    }
    // One walk measures the tree's depth; it bounds the parser-stack count below.
    const int depth_limit = max_tree_depth(options.version);
    const int depth = tree_depth(tree, depth_limit);
    // CPython's parser overflows its stack (parser_stack.h) before it builds anything.
    if (auto overflow = parser_stack_error(tree, groups, options.version, depth > depth_limit ? -1 : depth)) {
        r.error = std::move(overflow);
        return r;
    }
    // Refuse a tree nested deeper than its consumers can walk (tree_depth.h), as CPython's
    // ast construction raises RecursionError.
    if (depth > depth_limit) {
        r.error = tree_depth_error(tree, src.text, depth_limit);
        return r;
    }
    r.tree = tree;
    return r;
}

}  // namespace

Result parse_source(std::string_view bytes, const Options& options) {
    Result r = parse_source_at(bytes, options);
    // The version hint (Diagnostic::hint): which versions accept what this one rejects.
    if (r.error && options.version_hint) r.error->hint = version_hint(bytes, options, *r.error);
    return r;
}

}  // namespace pyfront::builder
