// Generic access to any node's fields, expanded from nodes.def: what the dumper, the JSON
// writer and the CPython bridge walk instead of knowing node types. One switch per call, no
// virtual dispatch, no allocation.
#pragma once
#include <cstdint>

#include "ast/ast.h"

namespace pyfront::ast {

enum class FieldKind : std::uint8_t {
    Node,       // T*
    Opt,        // T*, may be null
    Seq,        // Seq<T*>
    OptSeq,     // Seq<T*>, elements may be null
    Ident,      // Str
    OptIdent,   // Str, may be None
    IdentSeq,   // Seq<Str>
    String,     // Str
    OptString,  // Str, may be None
    Constant,   // Value
    Int,        // std::int32_t
    OptInt,     // OptInt
    Enum,       // a simple-sum enum (one byte)
    EnumSeq,    // Seq<enum>
};

// One field of one node.
struct FieldRef {
    const char* name;      // "left"
    FieldKind kind;
    EnumType enum_type;    // for Enum and EnumSeq
    const char* type;      // the ASDL type ("expr", "identifier", "string", "constant", "int");
                           // for Enum / EnumSeq the C++ enum name: use enum_type_name()
    const void* ptr;       // the field in the node; cast by `kind`

    const Node* node() const { return *static_cast<Node* const*>(ptr); }
    const Seq<Node*>& nodes() const { return *static_cast<const Seq<Node*>*>(ptr); }
    Str str() const { return *static_cast<const Str*>(ptr); }
    const Seq<Str>& strs() const { return *static_cast<const Seq<Str>*>(ptr); }
    const Value& value() const { return *static_cast<const Value*>(ptr); }
    std::int32_t integer() const { return *static_cast<const std::int32_t*>(ptr); }
    OptInt opt_int() const { return *static_cast<const OptInt*>(ptr); }
    std::uint8_t enum_value() const { return *static_cast<const std::uint8_t*>(ptr); }
    const Seq<std::uint8_t>& enum_values() const { return *static_cast<const Seq<std::uint8_t>*>(ptr); }
};

// The most fields any node has (FunctionDef, arguments: 7).
constexpr int kMaxFields = 8;

// Fills `out` with n's fields in CPython's _fields order and returns how many.
int node_fields(const Node* n, FieldRef (&out)[kMaxFields]);

// How many fields nodes of this kind have.
int node_field_count(NodeKind kind);

// A new node of a kind known only at run time (make<T>() when the type is known), fields at
// their defaults: for readers of other tree forms (the CPython bridge, test helpers).
Node* make_node(Arena& arena, NodeKind kind, const Position& pos = {});

// The kind whose name is `name` ("BinOp", "arguments"); false when there is none.
bool node_kind_from_name(std::string_view name, NodeKind& kind);

}  // namespace pyfront::ast
