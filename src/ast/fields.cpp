// Expanded from nodes.def: node names, attributes, categories, enum names and the field walker.
#include "ast/fields.h"

#include <cstring>

namespace pyfront::ast {

namespace {

#define PYFRONT_FK_NODE FieldKind::Node
#define PYFRONT_FK_OPT FieldKind::Opt
#define PYFRONT_FK_SEQ FieldKind::Seq
#define PYFRONT_FK_OPT_SEQ FieldKind::OptSeq
#define PYFRONT_FK_IDENT FieldKind::Ident
#define PYFRONT_FK_OPT_IDENT FieldKind::OptIdent
#define PYFRONT_FK_IDENT_SEQ FieldKind::IdentSeq
#define PYFRONT_FK_STRING FieldKind::String
#define PYFRONT_FK_OPT_STRING FieldKind::OptString
#define PYFRONT_FK_CONSTANT FieldKind::Constant
#define PYFRONT_FK_INT FieldKind::Int
#define PYFRONT_FK_OPT_INT FieldKind::OptInt
#define PYFRONT_FK_ENUM FieldKind::Enum
#define PYFRONT_FK_ENUM_SEQ FieldKind::EnumSeq

// EnumType of a field: the enum's own for ENUM / ENUM_SEQ, None otherwise.
#define PYFRONT_ET_NODE(T) EnumType::None
#define PYFRONT_ET_OPT(T) EnumType::None
#define PYFRONT_ET_SEQ(T) EnumType::None
#define PYFRONT_ET_OPT_SEQ(T) EnumType::None
#define PYFRONT_ET_IDENT(T) EnumType::None
#define PYFRONT_ET_OPT_IDENT(T) EnumType::None
#define PYFRONT_ET_IDENT_SEQ(T) EnumType::None
#define PYFRONT_ET_STRING(T) EnumType::None
#define PYFRONT_ET_OPT_STRING(T) EnumType::None
#define PYFRONT_ET_CONSTANT(T) EnumType::None
#define PYFRONT_ET_INT(T) EnumType::None
#define PYFRONT_ET_OPT_INT(T) EnumType::None
#define PYFRONT_ET_ENUM(T) EnumType::T
#define PYFRONT_ET_ENUM_SEQ(T) EnumType::T

struct KindInfo {
    const char* name;
    const char* category;
    bool attributes;
    int field_count;
};

#define AST_ENUM(Cpp, asdl)
#define AST_ENUM_VALUE(Cpp, V)
#define AST_ENUM_END(Cpp)
#define AST_SUM(name, attrs)
#define AST_NODE(Name, base, attrs) {#Name, #base, attrs != 0, 0
#define AST_FIELD(Name, KIND, field, type) +1
#define AST_END(Name) },
constexpr KindInfo kKinds[] = {
#include "ast/nodes.def"
};
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
static_assert(sizeof(kKinds) / sizeof(kKinds[0]) == kNodeKindCount);

#undef AST_ENUM
#undef AST_ENUM_VALUE
#undef AST_ENUM_END
#define AST_NODE(Name, base, attrs)
#define AST_FIELD(Name, KIND, field, type)
#define AST_END(Name)
#define AST_ENUM(Cpp, asdl) const char* const kNames_##Cpp[] = {
#define AST_ENUM_VALUE(Cpp, V) #V,
#define AST_ENUM_END(Cpp) };
#include "ast/nodes.def"
#undef AST_ENUM
#undef AST_ENUM_VALUE
#undef AST_ENUM_END

}  // namespace

const char* node_kind_name(NodeKind kind) { return kKinds[static_cast<int>(kind)].name; }

bool has_attributes(NodeKind kind) { return kKinds[static_cast<int>(kind)].attributes; }

const char* node_category_name(NodeKind kind) {
    const KindInfo& k = kKinds[static_cast<int>(kind)];
    // Product types are their own ASDL type.
    return std::strcmp(k.category, "Node") == 0 ? k.name : k.category;
}

int node_field_count(NodeKind kind) { return kKinds[static_cast<int>(kind)].field_count; }

const char* enum_value_name(EnumType type, std::uint8_t value) {
    switch (type) {
#define AST_ENUM(Cpp, asdl) \
    case EnumType::Cpp:     \
        return value < sizeof(kNames_##Cpp) / sizeof(kNames_##Cpp[0]) ? kNames_##Cpp[value] : "?";
#define AST_ENUM_VALUE(Cpp, V)
#define AST_ENUM_END(Cpp)
#include "ast/nodes.def"
#undef AST_ENUM
#undef AST_ENUM_VALUE
#undef AST_ENUM_END
        case EnumType::None:
            break;
    }
    return "?";
}

const char* enum_type_name(EnumType type) {
    switch (type) {
#define AST_ENUM(Cpp, asdl) \
    case EnumType::Cpp:     \
        return #asdl;
#define AST_ENUM_VALUE(Cpp, V)
#define AST_ENUM_END(Cpp)
#include "ast/nodes.def"
#undef AST_ENUM
#undef AST_ENUM_VALUE
#undef AST_ENUM_END
        case EnumType::None:
            break;
    }
    return "";
}

int node_fields(const Node* node, FieldRef (&out)[kMaxFields]) {
    switch (node->node_kind) {
#define AST_ENUM(Cpp, asdl)
#define AST_ENUM_VALUE(Cpp, V)
#define AST_ENUM_END(Cpp)
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
#define AST_NODE(Name, base, attrs)                     \
    case NodeKind::Name: {                              \
        const auto* n = static_cast<const Name*>(node); \
        (void)n;                                        \
        int i = 0;
#define AST_FIELD(Name, KIND, field, type) \
    out[i++] = FieldRef{#field, PYFRONT_FK_##KIND, PYFRONT_ET_##KIND(type), #type, &n->field};
#define AST_END(Name) \
    return i;         \
    }
#include "ast/nodes.def"
    }
    return 0;
}

Node* make_node(Arena& arena, NodeKind kind, const Position& pos) {
    switch (kind) {
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
#define AST_NODE(Name, base, attrs) \
    case NodeKind::Name:            \
        return make<Name>(arena, pos);
#define AST_FIELD(Name, KIND, field, type)
#define AST_END(Name)
#include "ast/nodes.def"
    }
    return nullptr;
}

bool node_kind_from_name(std::string_view name, NodeKind& kind) {
    for (int k = 0; k < kNodeKindCount; ++k) {
        if (name == kKinds[k].name) {
            kind = static_cast<NodeKind>(k);
            return true;
        }
    }
    return false;
}

}  // namespace pyfront::ast
