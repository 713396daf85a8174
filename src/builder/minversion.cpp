// accepted_versions(): which versions 3.0-3.15 accept a source, from as few parses as the
// source allows (minversion.h).
//
// The stages and what each decides for many versions at once:
//  1. decode + tokenize at every version (the cheap stages; src/lex/version_rules.h and the
//     keyword table make them version-dependent). A version whose decoder or tokenizer fails
//     rejects the source. The others are grouped by identical decoded text and token stream.
//  2. one ANTLR parse per group, with every soft keyword resolved (ParseOptions default): the
//     parse then depends on the tokens only. (`pyfront parse` resolves only the soft keywords
//     of its version so that old versions fail where their parsers failed; resolving them all
//     changes no verdict: a form the token source resolves is invalid in every version without
//     that statement, and the statement's gate rejects it there.) A failed parse rejects the
//     source for the whole group.
//  3. the AST build as an exploration (builder_impl.h, Exploration): it records every
//     version-dependent decision it takes (gate allows(), version code comparisons, literals
//     whose value pyvalue decides per version) as the class `same` of versions that would take
//     them all the same way, and every gate the tree needs (Builder::require) instead of
//     failing on it. Each version u of `same` then rejects the source at the first need whose
//     range excludes u, and otherwise ends as this build ended (accepted, or this error).
//     THE FALLBACK: versions of the group outside `same` are undecided by this build; they get
//     an exploration of their own (the newest undecided first), which again decides a class.
//     Most sources need one build per group; the builder's version-specific shapes and error
//     conventions (e.g. `with (a, b):`, 3.9's error locations) split a few.
// tests/unit/minversion_test.cpp checks the result against pyfront parse at every version on
// every corpus file.
#include "builder/minversion.h"

#include <antlr4-runtime.h>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include "builder/builder_impl.h"
#include "builder/parse_errors.h"
#include "builder/parser_stack.h"
#include "builder/tree_depth.h"
#include "lex/tokenizer.h"
#include "parse/parser.h"

namespace pyfront::builder {

namespace {

Version minor_version(int m) { return Version{3, static_cast<std::uint8_t>(m)}; }

// One version's decoded and tokenized source.
struct Lexed {
    std::unique_ptr<source::DecodedSource> source;
    lex::LexResult lex;
    bool ok() const { return !lex.error; }
};

bool same_tokens(const Lexed& a, const Lexed& b) {
    if (a.source->text != b.source->text) return false;
    if (a.source->had_bom != b.source->had_bom || a.source->had_cookie != b.source->had_cookie) return false;
    const auto& x = a.lex.tokens;
    const auto& y = b.lex.tokens;
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i].kind != y[i].kind || x[i].keyword != y[i].keyword || x[i].begin != y[i].begin ||
            x[i].end != y[i].end || x[i].flags != y[i].flags)
            return false;
    return true;
}

Rejection from_diagnostic(const Diagnostic& d) {
    Rejection r;
    r.message = d.message;
    r.lineno = d.lineno;
    r.col = d.offset;
    return r;
}

bool lower_equals(std::string_view s, std::string_view w) {
    if (s.size() != w.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != w[i]) return false;
    return true;
}

// The tokenizer fact (or tokenizer-level grammar gate) that a token `y` of version `a` (where
// the source is accepted) stands for, when version `u` reads it otherwise (`x`, or nothing
// after u's tokenizer error); `ys` are a's tokens, `i` is y's index.
std::optional<Gate> token_fact(const lex::Token* x, const std::vector<lex::Token>& ys, std::size_t i,
                               std::string_view text, int u) {
    using lex::TokenKind;
    const lex::Token& y = ys[i];
    if (text == "async" || text == "await") {
        // 3.5/3.6 make them the tokens ASYNC/AWAIT where they are keywords, 3.7+ keywords
        const bool keyword = y.keyword != lex::Keyword::NotAKeyword || y.kind == TokenKind::ASYNC ||
                             y.kind == TokenKind::AWAIT;
        if (!keyword) return Gate::AsyncName;  // a name there, a keyword here
        if (text == "await" && u == 6) {
            // 3.6 read an f-string's expressions without the async def's context
            int depth = 0;
            for (std::size_t k = 0; k < i; ++k) {
                if (ys[k].kind == TokenKind::FSTRING_START) ++depth;
                if (ys[k].kind == TokenKind::FSTRING_END) --depth;
            }
            if (depth > 0) return Gate::FStringAwait;
        }
        return text == "async" ? Gate::Async : Gate::Await;
    }
    if (text == "__peg_parser__") return Gate::PegParserName;
    switch (y.kind) {
        case TokenKind::FSTRING_START:
            return (x && x->kind == TokenKind::FSTRING_START) || u >= 6 ? Gate::ParenthesizedFString : Gate::FString;
        case TokenKind::TSTRING_START: return Gate::TString;
        case TokenKind::COLONEQUAL: return Gate::Walrus;
        case TokenKind::ATEQUAL: return Gate::Matmul;
        case TokenKind::NUMBER:
            if (text.find('_') != std::string_view::npos) return Gate::NumberUnderscores;
            break;
        case TokenKind::STRING: {
            std::size_t q = text.find_first_of("'\"");
            const std::string_view prefix = text.substr(0, q == std::string_view::npos ? 0 : q);
            if (lower_equals(prefix, "u")) return Gate::UPrefix;
            if (lower_equals(prefix, "rb")) return Gate::RbPrefix;
            break;
        }
        default: break;
    }
    return std::nullopt;
}

// The first token that version `u` (tokens of `lu`, cut short by its error) reads otherwise
// than version `a` (`la`, where the source is accepted) and that stands for a fact u lacks.
std::optional<Gate> token_difference(const Lexed& lu, const Lexed& la, int u, std::string& construct,
                                     int& lineno, int& col) {
    const auto& xs = lu.lex.tokens;
    const auto& ys = la.lex.tokens;
    for (std::size_t i = 0; i < ys.size(); ++i) {
        const lex::Token* x = i < xs.size() ? &xs[i] : nullptr;
        const lex::Token& y = ys[i];
        if (x && x->kind == y.kind && x->keyword == y.keyword && x->begin == y.begin && x->end == y.end) continue;
        const std::string_view text = y.text(la.source->text);
        const std::optional<Gate> g = token_fact(x, ys, i, text, u);
        if (g && !gate_accepting(*g).has_minor(u)) {
            lineno = static_cast<int>(y.lineno);
            col = static_cast<int>(y.col);
            construct = std::string(text);
            return g;
        }
        if (!x || x->begin != y.begin || x->end != y.end) break;  // the streams went apart
    }
    return std::nullopt;
}

std::string fact_message(Gate g, int u, const std::string& construct) {
    const Version v = minor_version(u);
    if (g == Gate::AsyncName)
        return "'" + construct + "' is a keyword since Python 3.7; it can be a name with --feature-version 3.6 or older";
    if (g == Gate::PegParserName)
        return "'__peg_parser__' is a keyword in Python 3.9 only; it can be a name with any other --feature-version";
    return gate_hint(g, v);
}

}  // namespace

VersionVerdicts accepted_versions(std::string_view bytes, const Options& options) {
    VersionVerdicts out;
    std::array<std::unique_ptr<Lexed>, 16> lexed;
    std::array<int, 16> group_of;  // the version whose Lexed this version shares; -1: failed
    group_of.fill(-1);
    std::vector<int> groups;  // representative versions, newest first
    std::array<std::vector<Gate>, 16> asked;  // per version: the gate questions of its build
    VersionSet rejected;

    // 1. decode + tokenize per version.
    for (int m = 15; m >= 0; --m) {
        const Version v = minor_version(m);
        auto l = std::make_unique<Lexed>();
        l->source = std::make_unique<source::DecodedSource>();
        source::DecodeOptions d;
        d.version = v;
        d.reader = source::Reader::CompileBytes;
        d.filename = options.filename;
        Diagnostic decode_error;
        if (!source::decode(bytes, d, *l->source, decode_error)) {
            out.why[m] = from_diagnostic(decode_error);
            rejected.bits |= 1u << m;
            continue;
        }
        lex::LexOptions lo;
        lo.version = v;
        lo.barry_as_flufl = options.barry_as_flufl;
        l->lex = lex::tokenize(*l->source, lo);
        ++out.tokenizations;
        if (options.type_comments && m >= 8) detail::mark_type_comments(l->lex.tokens, l->source->text);
        if (!l->ok()) {
            out.why[m] = from_diagnostic(*l->lex.error);
            rejected.bits |= 1u << m;
            lexed[m] = std::move(l);
            continue;
        }
        for (int r : groups)
            if (same_tokens(*lexed[r], *l)) {
                group_of[m] = r;
                break;
            }
        if (group_of[m] < 0) {
            group_of[m] = m;
            groups.push_back(m);
            lexed[m] = std::move(l);
        }
    }

    // 2. + 3. one parse per group, explorations until every version of the group is decided.
    for (int r : groups) {
        const Lexed& l = *lexed[r];
        VersionSet members;
        for (int m = 0; m <= 15; ++m)
            if (group_of[m] == r) members.bits |= 1u << m;
        const bool encoding_declared = l.source->had_bom || l.source->had_cookie;
        parse::ParseResult parsed =
            parse::parse(l.lex.tokens, l.source->text, detail::parse_mode(options.mode), minor_version(r), parse::ParseOptions{});
        ++out.parses;
        if (!parsed.ok()) {
            Options o = options;
            o.version = minor_version(r);
            detail::ErrorContext ctx{l.lex.tokens, l.source->text, o, encoding_declared};
            const Rejection why = from_diagnostic(detail::parse_error(ctx, parsed, *parsed.error()));
            for (int m = 0; m <= 15; ++m)
                if (members.has_minor(m)) out.why[m] = why;
            rejected = rejected | members;
            continue;
        }
        BuildInput in;
        in.parse = &parsed;
        in.tokens = &l.lex.tokens;
        in.text = l.source->text;
        in.had_encoding_declaration = encoding_declared;
        VersionSet remaining = members;
        while (!remaining.empty()) {
            int v = 15;
            while (!remaining.has_minor(v)) --v;
            Options o = options;
            o.version = minor_version(v);
            detail::Exploration ex;
            ast::Arena arena;
            std::vector<Warning> warnings;
            std::optional<detail::BuildError> error;
            std::vector<const ast::Node*> groups;
            in.groups = &groups;
            const ast::mod* tree = detail::build_tree(in, o, arena, warnings, error, &ex);
            in.groups = nullptr;
            ++out.builds;
            // CPython's parser stack limit differs per version (parser_stack.h): the tree's
            // levels, counted once per row of costs.
            const ParserStackCosts* counted_for = nullptr;
            int tree_depth_now = -1;  // measured on first need
            ParserStackDepth depth;
            auto overflows = [&](Version u) {
                if (tree == nullptr) return false;
                const ParserStackCosts& costs = parser_stack_costs(u);
                if (tree_depth_now < 0) tree_depth_now = tree_depth(tree, std::numeric_limits<int>::max());
                if (!may_overflow_parser_stack(costs, tree_depth_now, groups.size())) return false;
                if (counted_for != &costs) {
                    depth = parser_stack_depth(tree, groups, u);
                    counted_for = &costs;
                }
                return depth.levels > costs.max_stack;
            };
            const VersionSet decided = (ex.same | VersionSet::of(o.version)) & remaining;
            std::optional<Rejection> error_why;
            if (error) {
                detail::ErrorContext ctx{l.lex.tokens, l.source->text, o, encoding_declared};
                error_why = from_diagnostic(detail::build_error(ctx, *error));
                if (error->gate >= 0) error_why->gate = error->gate;
            }
            for (int m = 0; m <= 15; ++m) {
                if (!decided.has_minor(m)) continue;
                const Version u = minor_version(m);
                const detail::Exploration::Need* failed = nullptr;
                for (const auto& n : ex.needs)
                    if (!n.accepts.has(u)) {
                        failed = &n;
                        break;
                    }
                if (failed) {
                    Rejection& w = out.why[m];
                    w.gate = static_cast<int>(failed->gate);
                    w.message = gate_hint(failed->gate, u);
                    w.lineno = failed->lineno;
                    w.col = char_offset(l.source->text, failed->lineno, failed->col);
                    rejected.bits |= 1u << m;
                } else if (error_why) {
                    out.why[m] = *error_why;
                    rejected.bits |= 1u << m;
                } else if (overflows(u)) {
                    out.why[m] = from_diagnostic(*parser_stack_error(tree, groups, u));
                    rejected.bits |= 1u << m;
                } else {
                    out.accepted.bits |= 1u << m;
                }
                asked[m] = ex.asked;
            }
            remaining = remaining & ~decided;
        }
    }

    // Name the gate behind a build error that no need explains: the last gate that the build
    // deciding this version asked before its error and that answers otherwise for the nearest
    // accepting version of the same token stream.
    for (int u = 0; u <= 15; ++u) {
        if (out.accepted.has_minor(u) || out.why[u].gate >= 0 || group_of[u] < 0) continue;
        int best = -1;
        for (int d = 1; d <= 15 && best < 0; ++d) {
            if (u + d <= 15 && out.accepted.has_minor(u + d) && group_of[u + d] == group_of[u]) best = u + d;
            else if (u - d >= 0 && out.accepted.has_minor(u - d) && group_of[u - d] == group_of[u]) best = u - d;
        }
        if (best < 0) continue;
        for (auto it = asked[u].rbegin(); it != asked[u].rend(); ++it) {
            const Gate g = *it;
            if (gate_allows(g, minor_version(u)) == gate_allows(g, minor_version(best))) continue;
            std::string hint = gate_hint(g, minor_version(u));
            if (hint.empty()) continue;
            out.why[u].gate = static_cast<int>(g);
            out.why[u].message = std::move(hint);
            break;
        }
    }

    // Name the tokenizer fact behind a rejection that no gate explains, from the first token
    // that the rejecting version reads differently from an accepting one (the nearest).
    for (int u = 0; u <= 15; ++u) {
        if (out.accepted.has_minor(u) || out.why[u].gate >= 0) continue;
        const Lexed* lu = group_of[u] >= 0 ? lexed[group_of[u]].get() : lexed[u].get();
        if (!lu) continue;
        int best = -1;
        for (int d = 1; d <= 15 && best < 0; ++d) {
            if (u + d <= 15 && out.accepted.has_minor(u + d)) best = u + d;
            else if (u - d >= 0 && out.accepted.has_minor(u - d)) best = u - d;
        }
        if (best < 0) break;  // nothing accepted at all
        const Lexed* la = lexed[group_of[best]].get();
        if (!la || la == lu) continue;
        std::string construct;
        int lineno = 0, col = 0;
        if (auto g = token_difference(*lu, *la, u, construct, lineno, col)) {
            Rejection& w = out.why[u];
            w.gate = static_cast<int>(*g);
            w.message = fact_message(*g, u, construct);
            w.lineno = lineno;
            w.col = char_offset(la->source->text, lineno, col);
        }
    }
    return out;
}

std::string version_hint(std::string_view bytes, const Options& options, const Diagnostic& error) {
    (void)error;
    const VersionVerdicts vv = accepted_versions(bytes, options);
    const Version v = options.version;
    if (vv.accepted.empty() || v.major != 3 || v.minor > 15 || vv.accepted.has(v)) return {};
    const Rejection& why = vv.why[v.minor];
    if (why.gate >= 0 && !why.message.empty()) return why.message;
    return "the source parses with Python " + vv.accepted.to_string() + " (feature version is " +
           pyfront::to_string(v) + ")";
}

}  // namespace pyfront::builder
