// String literals: implicit concatenation of STRING tokens, f-strings and t-strings, as
// CPython 3.12+ builds them (Parser/action_helpers.c: _PyPegen_concatenate_strings,
// _PyPegen_joined_str, _PyPegen_formatted_value, _PyPegen_setup_full_format_spec), with the
// per-version shapes of older f-string trees (kind='u' on every part before 3.12, 3.12.1's
// empty constants in format specs) and each version's error locations.
#include "builder/builder_impl.h"
#include "pyvalue/string_literal.h"

namespace pyfront::builder::detail {

namespace {

const ast::Str kKindU{"u", 1};

bool is_empty_str_constant(const ast::expr* e) {
    if (e->node_kind != ast::NodeKind::Constant) return false;
    const ast::Value& v = static_cast<const ast::Constant*>(e)->value;
    return v.kind == ast::ValueKind::Str && v.s.size == 0;
}

std::string_view rstrip(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r' ||
                          s.back() == '\f' || s.back() == '\v'))
        s.remove_suffix(1);
    return s;
}

}  // namespace

// Where string-level errors are reported: <= 3.7 at the atom's 0-based column, 3.8 at the
// atom, 3.9-3.11 at the token after the atom (the last token the parser had fetched), 3.12+
// at `modern` (the offending token or part).
void Builder::fail_string(const std::string& message, PT* atom, const Position& modern, int modern_from) {
    fail_raise(message, atom, span(first_tok(atom), first_tok(atom)), &modern, modern_from);
}

void Builder::literal_warning(const pyvalue::LiteralWarning& w, const lex::Token& t, std::string_view body) {
    int line = static_cast<int>(t.lineno);
    if (!(vc_ >= 311 && vc_ <= 313)) {
        for (std::uint32_t i = 0; i < w.offset && i < body.size(); ++i) {
            if (body[i] == '\n') ++line;
            else if (body[i] == '\r' && !(i + 1 < body.size() && body[i + 1] == '\n')) ++line;
        }
    }
    warn(w.category == pyvalue::WarningCategory::SyntaxWarning ? "SyntaxWarning" : "DeprecationWarning",
         w.message, line);
}

// One STRING token as a Constant (str or bytes), kind 'u' for a u-prefixed token.
ast::Constant* Builder::string_token(PT* atom, const lex::Token& t, bool& is_bytes) {
    const std::string_view text = text_of(t);
    const pyvalue::StringTokenParts parts = pyvalue::split_string_token(text);
    is_bytes = parts.prefix.bytes;
    auto* c = make<ast::Constant>(span(t, t));
    if (text[0] == 'u') c->kind = kKindU;
    if (pyvalue::body_is_value(parts.body, is_bytes)) {
        const ast::Str s = ast::str_view(parts.body);
        c->value = is_bytes ? ast::Value::bytes(s) : ast::Value::string(s);
        return c;
    }
    std::string value;
    pyvalue::LiteralDiagnostics diag;
    if (!is_bytes) literal_depends_on_version(parts.body.find("\\N") != std::string_view::npos);
    const bool ok = is_bytes ? pyvalue::decode_bytes_body(parts.body, parts.prefix.raw, version_, value, diag)
                             : pyvalue::decode_str_body(parts.body, parts.prefix.raw, version_, value, diag);
    if (!ok) {
        const std::string& msg = diag.error->message;
        // 3.10 reports the bytes error at the next token; 3.11+ at the string.
        const bool bytes_ascii = msg.rfind("bytes can only", 0) == 0;
        fail_string(msg, atom, span(t, t), bytes_ascii ? 311 : 312);
    }
    if (diag.warning) literal_warning(*diag.warning, t, parts.body);
    const ast::Str s = copy(value);
    c->value = is_bytes ? ast::Value::bytes(s) : ast::Value::string(s);
    return c;
}

// A literal part of an f-/t-string (FSTRING_MIDDLE / TSTRING_MIDDLE).
ast::Constant* Builder::middle_constant(PT* atom, const lex::Token& t, bool raw) {
    const std::string_view body = text_of(t);
    Position pos = span(t, t);
    // A literal part that ends with a doubled brace (`a{{`): the token text has one brace, the
    // node also spans the second one, which no token covers.
    const lex::Token* next = &t + 1;
    if (next < in_.tokens->data() + in_.tokens->size() && next->begin == t.end + 1 &&
        (text_[t.end] == '{' || text_[t.end] == '}'))
        pos.end_col_offset += 1;
    auto* c = make<ast::Constant>(pos);
    if (pyvalue::body_is_value(body, false)) {
        c->value = ast::Value::string(ast::str_view(body));
        return c;
    }
    std::string value;
    pyvalue::LiteralDiagnostics diag;
    const bool is_raw = raw || body.find('\\') == std::string_view::npos;
    literal_depends_on_version(!is_raw && body.find("\\N") != std::string_view::npos);
    if (!pyvalue::decode_str_body(body, is_raw, version_, value, diag))
        fail_string(diag.error->message, atom, span(t, t));
    if (diag.warning) literal_warning(*diag.warning, t, body);
    c->value = ast::Value::string(copy(value));
    return c;
}

// The source text of a replacement field's expression part, from after `{` (token `lbrace`)
// to `end`, as CPython's tokenizer records it for `=` and Interpolation.str: comments left
// out, newlines as its reader made them (\n).
ast::Str Builder::field_text(const lex::Token& lbrace, std::uint32_t end, bool strip_right) {
    const std::uint32_t begin = lbrace.end;
    bool plain = true;
    const lex::Token* last = in_.tokens->data() + in_.tokens->size();
    for (const lex::Token* t = &lbrace + 1; t < last && t->begin < end; ++t)
        if (t->kind == lex::TokenKind::COMMENT) plain = false;
    std::string_view s = text_.substr(begin, end - begin);
    if (plain && s.find('\r') == std::string_view::npos) {
        if (strip_right) s = rstrip(s);
        return ast::str_view(s);
    }
    std::string out;
    std::uint32_t p = begin;
    auto add = [&](std::uint32_t to) {
        for (; p < to; ++p) {
            if (text_[p] == '\r') {
                out += '\n';
                if (p + 1 < to && text_[p + 1] == '\n') ++p;
            } else {
                out += text_[p];
            }
        }
    };
    for (const lex::Token* t = &lbrace + 1; t < last && t->begin < end; ++t) {
        if (t->kind != lex::TokenKind::COMMENT) continue;
        add(t->begin);
        p = t->end;
    }
    add(end);
    if (strip_right) out = std::string(rstrip(out));
    return copy(out);
}

// replacement_field: LBRACE (yield_expr | exprs) EQUAL? (EXCLAMATION NAME)?
//                    (COLON (FSTRING_MIDDLE | TSTRING_MIDDLE | replacement_field)*)? RBRACE
// Appends the debug text (for `=`) and the FormattedValue / Interpolation to `out`.
void Builder::replacement_field(PT* atom, PT* rf, bool interpolation, std::vector<ast::expr*>& out) {
    const auto& ch = kids(rf);
    const lex::Token& lbrace = first_tok(ch[0]);
    const lex::Token& rbrace = last_tok(ch.back());
    PT* value_ctx = ch[1];
    ++fstring_depth_;
    ast::expr* value = rule_of(value_ctx) == G::RuleYield_expr ? yield_expr(value_ctx)
                                                                : exprs(value_ctx, Use::StarExpr);
    --fstring_depth_;
    std::size_t i = 2;
    const lex::Token* equal = nullptr;
    if (ttype(ch[i]) == G::EQUAL) {
        equal = &first_tok(ch[i]);
        require(Gate::FStringDebug, *equal);
        ++i;
    }
    const lex::Token& after_expr = first_tok(ch[2]);
    int conversion = -1;
    const lex::Token* conv_name = nullptr;
    if (ttype(ch[i]) == G::EXCLAMATION) {
        const lex::Token& bang = first_tok(ch[i]);
        conv_name = &first_tok(ch[i + 1]);
        const std::string_view name = text_of(*conv_name);
        if (vc_ >= 312 && (bang.end_lineno != conv_name->lineno || bang.end_col != conv_name->col))
            fail("f-string: conversion type must come right after the exclamanation mark", bang, *conv_name);
        if (name.size() != 1 || (name[0] != 's' && name[0] != 'r' && name[0] != 'a')) {
            const std::string msg =
                vc_ >= 312 ? "f-string: invalid conversion character '" + std::string(name) +
                                 "': expected 's', 'r', or 'a'"
                           : "f-string: invalid conversion character: expected 's', 'r', or 'a'";
            fail_string(msg, atom, span(*conv_name, *conv_name));
        }
        conversion = name[0];
        i += 2;
    }
    ast::expr* spec = nullptr;
    const lex::Token* colon = nullptr;
    if (ttype(ch[i]) == G::COLON) {
        colon = &first_tok(ch[i]);
        std::vector<ast::expr*> parts;
        std::size_t j = i + 1;
        for (; j + 1 < ch.size(); ++j) {
            PT* p = ch[j];
            if (is_token(p)) {
                // Format spec text is always decoded as a non-raw literal.
                ast::Constant* c = middle_constant(atom, first_tok(p), false);
                // 3.12.1 keeps the empty part that follows a replacement field.
                if (is_empty_str_constant(c) &&
                    !(vc_ == 312 && !parts.empty() && parts.back()->node_kind != ast::NodeKind::Constant))
                    continue;
                parts.push_back(c);
            } else {
                replacement_field(atom, p, false, parts);
            }
        }
        const lex::Token& spec_end = j - 1 > i ? last_tok(ch[j - 1]) : *colon;
        Position sp = span(*colon, spec_end);
        if (!parts.empty()) {
            const Position& last = parts.back()->pos;
            sp.end_lineno = last.end_lineno;
            sp.end_col_offset = last.end_col_offset;
        }
        auto* js = make<ast::JoinedStr>(sp);
        if (parts.size() <= 1 && (parts.empty() || parts[0]->node_kind == ast::NodeKind::Constant)) {
            js->values = seq(parts);
        } else {
            std::vector<ast::expr*> folded;
            fold_constants(parts, vc_ != 312, folded);
            js->values = seq(folded);
        }
        spec = js;
    }
    if (equal && conversion == -1 && !spec) conversion = 'r';
    ast::expr* node;
    const Position pos = span(lbrace, rbrace);
    if (interpolation) {
        auto* n = make<ast::Interpolation>(pos);
        n->value = value;
        n->str = ast::Value::string(field_text(lbrace, (equal ? *equal : after_expr).begin, true));
        n->conversion = conversion;
        n->format_spec = spec;
        node = n;
    } else {
        auto* n = make<ast::FormattedValue>(pos);
        n->value = value;
        n->conversion = conversion;
        n->format_spec = spec;
        node = n;
    }
    if (equal) {
        // The text from after `{` to the `!`, `:` or `}` (the `=` and its spaces included).
        const lex::Token& next = first_tok(ch[(equal ? 1 : 0) + 2]);
        Position dp{pos.lineno, pos.col_offset + 1, 0, 0};
        if (conv_name) {
            dp.end_lineno = static_cast<std::int32_t>(conv_name->lineno);
            dp.end_col_offset = static_cast<std::int32_t>(conv_name->col) - 1;
        } else if (colon) {
            dp.end_lineno = static_cast<std::int32_t>(colon->lineno);
            dp.end_col_offset = static_cast<std::int32_t>(colon->col);
        } else {
            dp.end_lineno = static_cast<std::int32_t>(rbrace.end_lineno);
            dp.end_col_offset = static_cast<std::int32_t>(rbrace.end_col) - 1;
        }
        auto* d = make<ast::Constant>(dp);
        d->value = ast::Value::string(field_text(lbrace, next.begin, false));
        out.push_back(d);
    }
    out.push_back(node);
}

// The parts of one f-string / t-string (its literal parts decoded, empty ones dropped).
void Builder::fstring_parts(PT* atom, PT* fs, bool tstring, std::vector<ast::expr*>& out) {
    const auto& ch = kids(fs);
    const lex::Token& start = first_tok(ch[0]);
    require(tstring ? Gate::TString : Gate::FString, start);
    const std::string_view prefix = text_of(start);
    const bool raw = prefix.find_first_of("rR") != std::string_view::npos;
    for (std::size_t i = 1; i + 1 < ch.size(); ++i) {
        PT* p = ch[i];
        if (is_token(p)) {
            ast::Constant* c = middle_constant(atom, first_tok(p), raw);
            if (!is_empty_str_constant(c)) out.push_back(c);
        } else {
            std::vector<ast::expr*> field;
            replacement_field(atom, p, tstring, field);
            for (ast::expr* e : field) {
                // The debug text is decoded as the literal parts are (_PyPegen_joined_str).
                if (e->node_kind == ast::NodeKind::Constant) {
                    auto* c = static_cast<ast::Constant*>(e);
                    const std::string_view s = c->value.s.view();
                    if (!raw && s.find('\\') != std::string_view::npos) {
                        std::string v;
                        pyvalue::LiteralDiagnostics diag;
                        if (pyvalue::decode_str_body(s, false, version_, v, diag))
                            c->value = ast::Value::string(copy(v));
                    }
                    if (is_empty_str_constant(c)) continue;
                }
                out.push_back(e);
            }
        }
    }
}

// _PyPegen_concatenate_strings' folding: runs of adjacent constants become one constant
// (the first one's kind, spanning the run); empty strings are dropped.
void Builder::fold_constants(const std::vector<ast::expr*>& flat, bool f_string_found,
                             std::vector<ast::expr*>& out) {
    for (std::size_t i = 0; i < flat.size(); ++i) {
        ast::expr* e = flat[i];
        if (e->node_kind == ast::NodeKind::JoinedStr) {
            // a debug field of a format spec: its parts are promoted
            for (ast::expr* x : static_cast<ast::JoinedStr*>(e)->values) out.push_back(x);
            continue;
        }
        if (e->node_kind != ast::NodeKind::Constant) {
            out.push_back(e);
            continue;
        }
        std::size_t j = i + 1;
        while (j < flat.size() && flat[j]->node_kind == ast::NodeKind::Constant) ++j;
        if (j - i > 1) {
            auto* first = static_cast<ast::Constant*>(flat[i]);
            auto* last = static_cast<ast::Constant*>(flat[j - 1]);
            std::string value;
            for (std::size_t k = i; k < j; ++k) value += static_cast<ast::Constant*>(flat[k])->value.s.view();
            auto* c = make<ast::Constant>(join(first->pos, last->pos));
            c->kind = first->kind;
            c->value = ast::Value::string(copy(value));
            e = c;
            i = j - 1;
        }
        if (f_string_found && is_empty_str_constant(e)) continue;
        out.push_back(e);
    }
}

namespace {

// Before 3.12 the kind of every literal part of a concatenation is the first token's: 'u'
// when it is a u'' string (3.9-3.11: in a format spec, only the parts before its first
// replacement field), else None.
void set_kinds(ast::expr* e, int vc, bool spec, bool u) {
    bool seen_field = false;
    auto visit = [&](ast::Seq<ast::expr*> values) {
        for (ast::expr* x : values) {
            if (x->node_kind == ast::NodeKind::Constant) {
                static_cast<ast::Constant*>(x)->kind = u && !(spec && vc >= 309 && seen_field) ? kKindU : ast::Str{};
            } else if (x->node_kind == ast::NodeKind::FormattedValue) {
                seen_field = true;
                auto* fv = static_cast<ast::FormattedValue*>(x);
                if (fv->format_spec) set_kinds(fv->format_spec, vc, true, u);
            }
        }
    };
    if (e->node_kind == ast::NodeKind::JoinedStr) visit(static_cast<ast::JoinedStr*>(e)->values);
}

}  // namespace

// atom: (STRING | fstring | tstring)+
ast::expr* Builder::strings(PT* a) {
    const auto& ch = kids(a);
    if (ch.size() == 1 && is_token(ch[0])) {
        bool is_bytes;
        return string_token(a, first_tok(ch[0]), is_bytes);
    }
    bool fstr = false, tstr = false, bytes = false, unicode = false;
    std::vector<ast::expr*> flat;
    for (PT* c : ch) {
        if (is_token(c)) {
            bool is_bytes;
            flat.push_back(string_token(a, first_tok(c), is_bytes));
            (is_bytes ? bytes : unicode) = true;
        } else if (rule_of(c) == G::RuleFstring) {
            fstr = true;
            fstring_parts(a, c, false, flat);
        } else {
            tstr = true;
            fstring_parts(a, c, true, flat);
        }
    }
    const Position pos = span(a);
    if (tstr && (unicode || bytes || fstr))
        fail("cannot mix t-string literals with string or bytes literals", pos);
    if (bytes && (unicode || fstr)) fail_string("cannot mix bytes and nonbytes literals", a, span(next_token(a), next_token(a)));
    if (bytes || (!fstr && !tstr)) {
        std::string value;
        for (ast::expr* e : flat) value += static_cast<ast::Constant*>(e)->value.s.view();
        auto* c = make<ast::Constant>(pos);
        c->kind = static_cast<ast::Constant*>(flat[0])->kind;
        const ast::Str s = copy(value);
        c->value = bytes ? ast::Value::bytes(s) : ast::Value::string(s);
        return c;
    }
    std::vector<ast::expr*> values;
    fold_constants(flat, true, values);
    ast::expr* result;
    if (tstr) {
        auto* t = make<ast::TemplateStr>(pos);
        t->values = seq(values);
        result = t;
    } else {
        auto* j = make<ast::JoinedStr>(pos);
        j->values = seq(values);
        result = j;
    }
    if (vc_ < 312) set_kinds(result, vc_.raw(), false, is_token(ch[0]) && text_of(ch[0])[0] == 'u');
    return result;
}

}  // namespace pyfront::builder::detail
