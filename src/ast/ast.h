// The common AST: CPython 3.14's node set (plus 3.15's additions) for every Python version,
// as plain structs in an Arena. Every struct below is expanded from nodes.def; see
// src/ast/README.md for how the builder uses them.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "ast/arena.h"

namespace pyfront::ast {

// ---- field value types --------------------------------------------------------------------

// Text in the arena or in the source buffer: an identifier, a str value (generalized UTF-8,
// see pyvalue/unicode.h), bytes, or the decimal digits of a big int. data == nullptr means
// None for the optional kinds; Str{} is None.
struct Str {
    const char* data;
    std::uint32_t size;

    bool is_none() const { return data == nullptr; }
    std::string_view view() const { return {data, size}; }
    friend bool operator==(Str a, std::string_view b) { return a.view() == b; }
};

// A sequence: `size` elements at `data` in the arena.
template <class T>
struct Seq {
    T* data;
    std::uint32_t size;

    T* begin() const { return data; }
    T* end() const { return data + size; }
    T& operator[](std::uint32_t i) const { return data[i]; }
    bool empty() const { return size == 0; }
};

// int? fields (ImportFrom.level, Import.is_lazy): OptInt{} is None.
struct OptInt {
    std::int32_t value;
    bool present;

    static OptInt of(std::int32_t v) { return {v, true}; }
};

// A constant: what Constant.value, MatchSingleton.value and Interpolation.str hold.
enum class ValueKind : std::uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,     // i
    BigInt,  // s: decimal digits, '-' first when negative (literals never are)
    Float,   // f
    Complex, // c
    Str,     // s: generalized UTF-8
    Bytes,   // s
};

struct Complex {
    double real;
    double imag;
};

struct Value {
    ValueKind kind;
    union {
        std::int64_t i;
        double f;
        Complex c;
        Str s;
    };

    Value() : kind(ValueKind::None), c{0, 0} {}
    static Value none() { return Value(); }
    static Value boolean(bool b) { Value v; v.kind = b ? ValueKind::True : ValueKind::False; return v; }
    static Value ellipsis() { Value v; v.kind = ValueKind::Ellipsis; return v; }
    static Value integer(std::int64_t x) { Value v; v.kind = ValueKind::Int; v.i = x; return v; }
    static Value big_integer(Str decimal) { Value v; v.kind = ValueKind::BigInt; v.s = decimal; return v; }
    static Value floating(double x) { Value v; v.kind = ValueKind::Float; v.f = x; return v; }
    static Value complex(double re, double im) { Value v; v.kind = ValueKind::Complex; v.c = {re, im}; return v; }
    static Value string(Str x) { Value v; v.kind = ValueKind::Str; v.s = x; return v; }
    static Value bytes(Str x) { Value v; v.kind = ValueKind::Bytes; v.s = x; return v; }
};

// CPython's attributes: 1-based lines, 0-based columns in UTF-8 bytes, end exclusive.
struct Position {
    std::int32_t lineno;
    std::int32_t col_offset;
    std::int32_t end_lineno;
    std::int32_t end_col_offset;
};

// ---- simple sums --------------------------------------------------------------------------
#define AST_ENUM(Cpp, asdl) enum class Cpp : std::uint8_t {
#define AST_ENUM_VALUE(Cpp, V) V,
#define AST_ENUM_END(Cpp) };
#define AST_SUM(name, attrs)
#define AST_NODE(Name, base, attrs)
#define AST_FIELD(Name, KIND, field, type)
#define AST_END(Name)
#include "ast/nodes.def"
#undef AST_ENUM
#undef AST_ENUM_VALUE
#undef AST_ENUM_END

// Which simple sum an ENUM field holds.
enum class EnumType : std::uint8_t {
    None,
#define AST_ENUM(Cpp, asdl) Cpp,
#define AST_ENUM_VALUE(Cpp, V)
#define AST_ENUM_END(Cpp)
#include "ast/nodes.def"
#undef AST_ENUM
#undef AST_ENUM_VALUE
#undef AST_ENUM_END
};

// ---- node kinds ---------------------------------------------------------------------------
#define AST_ENUM(Cpp, asdl)
#define AST_ENUM_VALUE(Cpp, V)
#define AST_ENUM_END(Cpp)

enum class NodeKind : std::uint8_t {
#undef AST_NODE
#define AST_NODE(Name, base, attrs) Name,
#include "ast/nodes.def"
#undef AST_NODE
#define AST_NODE(Name, base, attrs)
};

// The header of every node. `kind` tells the concrete struct; `pos` is meaningful for the node
// types with attributes (has_attributes()).
struct Node {
    NodeKind node_kind;
    Position pos;
};

// Sum base structs.
#undef AST_SUM
#define AST_SUM(name, attrs) struct name : Node {};
#include "ast/nodes.def"
#undef AST_SUM
#define AST_SUM(name, attrs)

// Forward declarations of the concrete nodes (fields point to product types declared later).
#undef AST_NODE
#define AST_NODE(Name, base, attrs) struct Name;
#include "ast/nodes.def"
#undef AST_NODE

// The C++ type of each field kind.
#define PYFRONT_AST_CTYPE_NODE(T) ::pyfront::ast::T*
#define PYFRONT_AST_CTYPE_OPT(T) ::pyfront::ast::T*
#define PYFRONT_AST_CTYPE_SEQ(T) ::pyfront::ast::Seq<::pyfront::ast::T*>
#define PYFRONT_AST_CTYPE_OPT_SEQ(T) ::pyfront::ast::Seq<::pyfront::ast::T*>
#define PYFRONT_AST_CTYPE_IDENT(T) ::pyfront::ast::Str
#define PYFRONT_AST_CTYPE_OPT_IDENT(T) ::pyfront::ast::Str
#define PYFRONT_AST_CTYPE_IDENT_SEQ(T) ::pyfront::ast::Seq<::pyfront::ast::Str>
#define PYFRONT_AST_CTYPE_STRING(T) ::pyfront::ast::Str
#define PYFRONT_AST_CTYPE_OPT_STRING(T) ::pyfront::ast::Str
#define PYFRONT_AST_CTYPE_CONSTANT(T) ::pyfront::ast::Value
#define PYFRONT_AST_CTYPE_INT(T) std::int32_t
#define PYFRONT_AST_CTYPE_OPT_INT(T) ::pyfront::ast::OptInt
#define PYFRONT_AST_CTYPE_ENUM(T) ::pyfront::ast::T
#define PYFRONT_AST_CTYPE_ENUM_SEQ(T) ::pyfront::ast::Seq<::pyfront::ast::T>

// The concrete nodes: `struct BinOp : expr { expr* left; OperatorKind op; expr* right; }`.
#undef AST_FIELD
#define AST_NODE(Name, base, attrs)                                      \
    struct Name : ::pyfront::ast::base {                                 \
        static constexpr ::pyfront::ast::NodeKind kKind = ::pyfront::ast::NodeKind::Name;
#define AST_FIELD(Name, KIND, field, type) PYFRONT_AST_CTYPE_##KIND(type) field{};
#undef AST_END
#define AST_END(Name) };
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
#undef AST_ENUM
#undef AST_ENUM_VALUE
#undef AST_ENUM_END
#undef AST_SUM

// ---- names and kinds ----------------------------------------------------------------------

// "BinOp", "comprehension", ...
const char* node_kind_name(NodeKind kind);
// Whether nodes of this kind carry lineno, col_offset, end_lineno, end_col_offset.
bool has_attributes(NodeKind kind);
// The ASDL type a node kind belongs to: "expr" for BinOp, "arguments" for arguments.
const char* node_category_name(NodeKind kind);
// "Load", "Add", ... for a value of a simple sum; the ASDL name of the sum ("expr_context").
const char* enum_value_name(EnumType type, std::uint8_t value);
const char* enum_type_name(EnumType type);
constexpr int kNodeKindCount = static_cast<int>(NodeKind::TypeVarTuple) + 1;

// Checked downcast: nullptr when `n` is not a T (T a concrete node).
template <class T>
T* node_cast(Node* n) {
    return n && n->node_kind == T::kKind ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* node_cast(const Node* n) {
    return n && n->node_kind == T::kKind ? static_cast<const T*>(n) : nullptr;
}

// ---- building -----------------------------------------------------------------------------

// A new node of type T in the arena with its kind and position set and every field at its
// default: null pointers, empty sequences, None strings and ints, Value None, first enum value.
template <class T>
T* make(Arena& arena, const Position& pos = {}) {
    T* n = arena.create<T>();
    n->node_kind = T::kKind;
    n->pos = pos;
    return n;
}

// Sequences in the arena.
template <class T>
Seq<T> make_seq(Arena& arena, const T* items, std::size_t n) {
    return Seq<T>{arena.copy_array(items, n), static_cast<std::uint32_t>(n)};
}
template <class T>
Seq<T> make_seq(Arena& arena, const std::vector<T>& items) {
    return make_seq(arena, items.data(), items.size());
}
template <class T>
Seq<T> make_seq(Arena& arena, std::initializer_list<T> items) {
    return make_seq(arena, items.begin(), items.size());
}
// A sequence of n default elements to fill in place.
template <class T>
Seq<T> alloc_seq(Arena& arena, std::size_t n) {
    return Seq<T>{arena.create_array<T>(n), static_cast<std::uint32_t>(n)};
}

// Text copied into the arena (Str pointing at the copy).
inline Str make_str(Arena& arena, std::string_view s) {
    return Str{arena.copy_text(s), static_cast<std::uint32_t>(s.size())};
}
// Text that stays where it is (the source buffer, a string literal): the caller keeps it alive.
inline Str str_view(std::string_view s) { return Str{s.data(), static_cast<std::uint32_t>(s.size())}; }

}  // namespace pyfront::ast
