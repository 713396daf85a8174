// same_tree (compile_tree_identity.h): one generic walk over ast/fields.h, stopping at the
// first difference. It replaced comparing ast::dump texts, which cost as much as the host
// compile itself when six levels were asked.
#include "cli/compile_tree_identity.h"

#include <cstring>

#include "ast/fields.h"

namespace pyfront::cli {
namespace {

using namespace ast;

bool same_str(Str a, Str b) { return a.is_none() == b.is_none() && a.view() == b.view(); }

bool same_value(const Value& a, const Value& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case ValueKind::Int:
            return a.i == b.i;
        case ValueKind::Float:  // bit for bit: 0.0 and -0.0 are different constants
            return std::memcmp(&a.f, &b.f, sizeof a.f) == 0;
        case ValueKind::Complex:
            return std::memcmp(&a.c, &b.c, sizeof a.c) == 0;
        case ValueKind::BigInt:
        case ValueKind::Str:
        case ValueKind::Bytes:
            return same_str(a.s, b.s);
        default:
            return true;
    }
}

bool same_position(const Position& a, const Position& b) {
    return a.lineno == b.lineno && a.col_offset == b.col_offset && a.end_lineno == b.end_lineno &&
           a.end_col_offset == b.end_col_offset;
}

bool same_field(const FieldRef& a, const FieldRef& b) {
    switch (a.kind) {
        case FieldKind::Node:
        case FieldKind::Opt:
            return same_tree(a.node(), b.node());
        case FieldKind::Seq:
        case FieldKind::OptSeq: {
            const Seq<Node*>& x = a.nodes();
            const Seq<Node*>& y = b.nodes();
            if (x.size != y.size) return false;
            for (std::uint32_t i = 0; i < x.size; ++i)
                if (!same_tree(x[i], y[i])) return false;
            return true;
        }
        case FieldKind::Ident:
        case FieldKind::OptIdent:
        case FieldKind::String:
        case FieldKind::OptString:
            return same_str(a.str(), b.str());
        case FieldKind::IdentSeq: {
            const Seq<Str>& x = a.strs();
            const Seq<Str>& y = b.strs();
            if (x.size != y.size) return false;
            for (std::uint32_t i = 0; i < x.size; ++i)
                if (!same_str(x[i], y[i])) return false;
            return true;
        }
        case FieldKind::Constant:
            return same_value(a.value(), b.value());
        case FieldKind::Int:
            return a.integer() == b.integer();
        case FieldKind::OptInt:
            return a.opt_int().present == b.opt_int().present &&
                   (!a.opt_int().present || a.opt_int().value == b.opt_int().value);
        case FieldKind::Enum:
            return a.enum_value() == b.enum_value();
        case FieldKind::EnumSeq: {
            const Seq<std::uint8_t>& x = a.enum_values();
            const Seq<std::uint8_t>& y = b.enum_values();
            if (x.size != y.size) return false;
            for (std::uint32_t i = 0; i < x.size; ++i)
                if (x[i] != y[i]) return false;
            return true;
        }
    }
    return false;
}

}  // namespace

bool same_tree(const ast::Node* a, const ast::Node* b) {
    if (!a || !b) return a == b;
    if (a->node_kind != b->node_kind) return false;
    if (has_attributes(a->node_kind) && !same_position(a->pos, b->pos)) return false;
    FieldRef fa[kMaxFields], fb[kMaxFields];
    const int n = node_fields(a, fa);
    node_fields(b, fb);
    for (int i = 0; i < n; ++i)
        if (!same_field(fa[i], fb[i])) return false;
    return true;
}

}  // namespace pyfront::cli
