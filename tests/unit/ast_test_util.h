// Test-only ways to build common-AST trees:
//  - read_dump(): a tree from the text CPython's ast.dump() prints (keyword or positional
//    fields, with or without attributes; fields left out take their defaults), so that tests
//    can take trees straight from the real interpreters;
//  - TreeMaker: short helpers for building trees by hand.
// Header-only: tests/CMakeLists.txt compiles only *_test.cpp into the unit binary.
#pragma once
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "ast/fields.h"
#include "pyvalue/unicode.h"

namespace pyfront::ast::testing {

inline Position P(int l, int c, int el, int ec) { return Position{l, c, el, ec}; }

class DumpReader {
public:
    DumpReader(Arena& arena, std::string_view text) : arena_(arena), s_(text) {}

    Node* read() {
        Node* n = read_node_required();
        skip_ws();
        if (i_ != s_.size()) fail("trailing text");
        return n;
    }

private:
    // A parsed value, before we know which field it goes to.
    struct Val {
        enum Kind { NodeV, ListV, StrV, BytesV, IntV, BigIntV, FloatV, ComplexV, NoneV, TrueV, FalseV, EllipsisV, EnumV } kind;
        Node* node = nullptr;
        std::vector<Val> items;
        std::string text;  // str/bytes value, big int digits, enum value name
        std::int64_t i = 0;
        double f = 0, imag = 0;
    };

    [[noreturn]] void fail(const std::string& what) {
        throw std::runtime_error("read_dump: " + what + " at offset " + std::to_string(i_) + ": " +
                                 std::string(s_.substr(i_, 40)));
    }
    void skip_ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t')) ++i_;
    }
    bool eat(char c) {
        skip_ws();
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    void expect(char c) {
        if (!eat(c)) fail(std::string("expected '") + c + "'");
    }
    std::string_view ident() {
        skip_ws();
        std::size_t b = i_;
        while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_')) ++i_;
        return s_.substr(b, i_ - b);
    }

    static int hexval(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    std::string quoted(bool bytes) {
        char q = s_[i_++];
        std::string out;
        while (i_ < s_.size() && s_[i_] != q) {
            char c = s_[i_++];
            if (c != '\\') {
                out.push_back(c);
                continue;
            }
            char e = s_[i_++];
            int digits = 0;
            switch (e) {
                case 'n': out.push_back('\n'); continue;
                case 'r': out.push_back('\r'); continue;
                case 't': out.push_back('\t'); continue;
                case 'x': digits = 2; break;
                case 'u': digits = 4; break;
                case 'U': digits = 8; break;
                default: out.push_back(e); continue;
            }
            char32_t v = 0;
            for (int k = 0; k < digits; ++k) v = v * 16 + static_cast<char32_t>(hexval(s_[i_++]));
            if (bytes) out.push_back(static_cast<char>(v));
            else pyvalue::append_utf8(out, v);
        }
        if (i_ >= s_.size()) fail("unterminated string");
        ++i_;
        return out;
    }

    Val number() {
        std::size_t b = i_;
        if (s_[i_] == '-') ++i_;
        while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.' ||
                                  ((s_[i_] == '+' || s_[i_] == '-') && (s_[i_ - 1] == 'e'))))
            ++i_;
        std::string t(s_.substr(b, i_ - b));
        Val v;
        bool imag = !t.empty() && t.back() == 'j';
        if (imag) t.pop_back();
        bool is_float = imag || t.find_first_of(".en") != std::string::npos;
        if (!is_float) {
            auto r = std::from_chars(t.data(), t.data() + t.size(), v.i);
            if (r.ec == std::errc()) {
                v.kind = Val::IntV;
            } else {
                v.kind = Val::BigIntV;
                v.text = t;
            }
            return v;
        }
        double d = t == "inf" ? HUGE_VAL : t == "-inf" ? -HUGE_VAL : std::strtod(t.c_str(), nullptr);
        if (imag) {
            v.kind = Val::ComplexV;
            v.imag = d;
        } else {
            v.kind = Val::FloatV;
            v.f = d;
        }
        return v;
    }

    Val value() {
        skip_ws();
        if (i_ >= s_.size()) fail("value expected");
        char c = s_[i_];
        if (c == '[') {
            ++i_;
            Val v;
            v.kind = Val::ListV;
            if (eat(']')) return v;
            do {
                v.items.push_back(value());
            } while (eat(','));
            expect(']');
            return v;
        }
        if (c == '\'' || c == '"') {
            Val v;
            v.kind = Val::StrV;
            v.text = quoted(false);
            return v;
        }
        if (c == 'b' && i_ + 1 < s_.size() && (s_[i_ + 1] == '\'' || s_[i_ + 1] == '"')) {
            ++i_;
            Val v;
            v.kind = Val::BytesV;
            v.text = quoted(true);
            return v;
        }
        if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) return number();
        std::size_t save = i_;
        std::string_view id = ident();
        Val v;
        if (!eat('(')) {
            if (id == "None") v.kind = Val::NoneV;
            else if (id == "True") v.kind = Val::TrueV;
            else if (id == "False") v.kind = Val::FalseV;
            else if (id == "Ellipsis") v.kind = Val::EllipsisV;
            else if (id == "inf" || id == "infj") {
                i_ = save;
                return number();
            } else fail("unknown name");
            return v;
        }
        i_ = save;
        NodeKind k;
        if (!node_kind_from_name(id, k)) {  // an enum value: Load(), Add(), ...
            ident();
            expect('(');
            expect(')');
            v.kind = Val::EnumV;
            v.text = std::string(id);
            return v;
        }
        v.kind = Val::NodeV;
        v.node = read_node_required();
        return v;
    }

    Node* read_node_required() {
        std::string_view id = ident();
        NodeKind k;
        if (!node_kind_from_name(id, k)) fail("unknown node " + std::string(id));
        expect('(');
        Node* n = make_node(arena_, k);
        FieldRef f[kMaxFields];
        const int nf = node_fields(n, f);
        int positional = 0;
        if (!eat(')')) {
            do {
                skip_ws();
                std::size_t save = i_;
                std::string_view key = ident();
                if (!key.empty() && eat('=')) {
                    Val v = value();
                    set_named(n, f, nf, key, v);
                } else {
                    i_ = save;
                    Val v = value();
                    if (positional >= nf) fail("too many positional values");
                    set(f[positional++], v);
                }
            } while (eat(','));
            expect(')');
        }
        return n;
    }

    void set_named(Node* n, FieldRef* f, int nf, std::string_view key, const Val& v) {
        for (int k = 0; k < nf; ++k)
            if (key == f[k].name) return set(f[k], v);
        std::int32_t* attr = key == "lineno"           ? &n->pos.lineno
                             : key == "col_offset"     ? &n->pos.col_offset
                             : key == "end_lineno"     ? &n->pos.end_lineno
                             : key == "end_col_offset" ? &n->pos.end_col_offset
                                                       : nullptr;
        if (!attr || v.kind != Val::IntV) fail("unknown field " + std::string(key));
        *attr = static_cast<std::int32_t>(v.i);
    }

    Str str(const Val& v) {
        if (v.kind == Val::NoneV) return Str{};
        if (v.kind != Val::StrV) fail("str expected");
        return make_str(arena_, v.text);
    }

    std::uint8_t enum_value(EnumType t, const Val& v) {
        if (v.kind != Val::EnumV) fail("enum value expected");
        for (int k = 0; k < 64; ++k)
            if (v.text == enum_value_name(t, static_cast<std::uint8_t>(k))) return static_cast<std::uint8_t>(k);
        fail("unknown enum value " + v.text);
    }

    Value constant(const Val& v) {
        switch (v.kind) {
            case Val::NoneV: return Value::none();
            case Val::TrueV: return Value::boolean(true);
            case Val::FalseV: return Value::boolean(false);
            case Val::EllipsisV: return Value::ellipsis();
            case Val::IntV: return Value::integer(v.i);
            case Val::BigIntV: return Value::big_integer(make_str(arena_, v.text));
            case Val::FloatV: return Value::floating(v.f);
            case Val::ComplexV: return Value::complex(0.0, v.imag);
            case Val::StrV: return Value::string(make_str(arena_, v.text));
            case Val::BytesV: return Value::bytes(make_str(arena_, v.text));
            default: fail("constant expected");
        }
    }

    void set(const FieldRef& f, const Val& v) {
        void* p = const_cast<void*>(f.ptr);
        switch (f.kind) {
            case FieldKind::Node:
            case FieldKind::Opt:
                *static_cast<Node**>(p) = v.kind == Val::NoneV ? nullptr : v.node;
                return;
            case FieldKind::Seq:
            case FieldKind::OptSeq: {
                auto seq = alloc_seq<Node*>(arena_, v.items.size());
                for (std::size_t k = 0; k < v.items.size(); ++k) seq[static_cast<std::uint32_t>(k)] = v.items[k].node;
                *static_cast<Seq<Node*>*>(p) = seq;
                return;
            }
            case FieldKind::IdentSeq: {
                auto seq = alloc_seq<Str>(arena_, v.items.size());
                for (std::size_t k = 0; k < v.items.size(); ++k) seq[static_cast<std::uint32_t>(k)] = str(v.items[k]);
                *static_cast<Seq<Str>*>(p) = seq;
                return;
            }
            case FieldKind::EnumSeq: {
                auto seq = alloc_seq<std::uint8_t>(arena_, v.items.size());
                for (std::size_t k = 0; k < v.items.size(); ++k)
                    seq[static_cast<std::uint32_t>(k)] = enum_value(f.enum_type, v.items[k]);
                *static_cast<Seq<std::uint8_t>*>(p) = seq;
                return;
            }
            case FieldKind::Ident:
            case FieldKind::OptIdent:
            case FieldKind::String:
            case FieldKind::OptString:
                *static_cast<Str*>(p) = str(v);
                return;
            case FieldKind::Constant:
                *static_cast<Value*>(p) = constant(v);
                return;
            case FieldKind::Int:
                *static_cast<std::int32_t*>(p) = static_cast<std::int32_t>(v.i);
                return;
            case FieldKind::OptInt:
                *static_cast<OptInt*>(p) = v.kind == Val::NoneV ? OptInt{} : OptInt::of(static_cast<std::int32_t>(v.i));
                return;
            case FieldKind::Enum:
                *static_cast<std::uint8_t*>(p) = enum_value(f.enum_type, v);
                return;
        }
    }

    Arena& arena_;
    std::string_view s_;
    std::size_t i_ = 0;
};

// The tree that `text` (an ast.dump() output) describes, in `arena`. Throws on bad text.
inline Node* read_dump(Arena& arena, std::string_view text) { return DumpReader(arena, text).read(); }

// Short hand for building trees in tests.
class TreeMaker {
public:
    explicit TreeMaker(Arena& arena) : a(arena) {}

    Name* name(std::string_view id, ExprContext ctx, Position pos) {
        auto* n = make<Name>(a, pos);
        n->id = make_str(a, id);
        n->ctx = ctx;
        return n;
    }
    Constant* constant(Value v, Position pos) {
        auto* n = make<Constant>(a, pos);
        n->value = v;
        return n;
    }
    Constant* integer(std::int64_t v, Position pos) { return constant(Value::integer(v), pos); }
    Constant* floating(double v, Position pos) { return constant(Value::floating(v), pos); }
    Constant* string(std::string_view s, Position pos) { return constant(Value::string(make_str(a, s)), pos); }
    template <class T>
    Seq<T> seq(std::initializer_list<T> items) {
        return make_seq(a, items);
    }
    Module* module(std::initializer_list<stmt*> body) {
        auto* m = make<Module>(a);
        m->body = make_seq(a, body);
        return m;
    }

    Arena& a;
};

}  // namespace pyfront::ast::testing
