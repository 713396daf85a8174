// The arena, node creation defaults and the node table.
#include <gtest/gtest.h>

#include <cstring>

#include "ast/ast.h"
#include "ast/fields.h"

namespace pyfront::ast {
namespace {

TEST(AstArena, AlignmentAndGrowth) {
    Arena a(128);
    for (int i = 0; i < 1000; ++i) {
        void* p = a.allocate(static_cast<std::size_t>(i % 13 + 1), 8);
        EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % 8, 0u);
        std::memset(p, 0xAB, static_cast<std::size_t>(i % 13 + 1));
    }
    void* big = a.allocate(1 << 20, 16);  // larger than any chunk: a chunk of its own
    std::memset(big, 0, 1 << 20);
    EXPECT_GE(a.bytes_used(), (1u << 20));
    EXPECT_GE(a.bytes_reserved(), a.bytes_used());
    Arena b = std::move(a);
    EXPECT_GE(b.bytes_used(), (1u << 20));
    EXPECT_EQ(a.bytes_used(), 0u);
}

TEST(AstArena, NodeDefaults) {
    Arena a;
    auto* imp = make<ImportFrom>(a, Position{3, 4, 3, 20});
    EXPECT_EQ(imp->node_kind, NodeKind::ImportFrom);
    EXPECT_EQ(imp->pos.lineno, 3);
    EXPECT_EQ(imp->pos.end_col_offset, 20);
    EXPECT_TRUE(imp->module.is_none());
    EXPECT_TRUE(imp->names.empty());
    EXPECT_FALSE(imp->level.present);
    EXPECT_FALSE(imp->is_lazy.present);
    auto* c = make<Constant>(a);
    EXPECT_EQ(c->value.kind, ValueKind::None);
    EXPECT_TRUE(c->kind.is_none());
    Str empty = make_str(a, "");
    EXPECT_FALSE(empty.is_none());  // '' is not None
    EXPECT_EQ(empty.size, 0u);
    auto* n = make<Name>(a);
    EXPECT_EQ(n->ctx, ExprContext::Load);
    EXPECT_EQ(node_cast<Name>(static_cast<Node*>(n)), n);
    EXPECT_EQ(node_cast<Constant>(static_cast<Node*>(n)), nullptr);
}

TEST(AstArena, Sequences) {
    Arena a;
    auto* x = make<Name>(a);
    auto* y = make<Name>(a);
    std::vector<expr*> v{x, y};
    Seq<expr*> s = make_seq(a, v);
    ASSERT_EQ(s.size, 2u);
    EXPECT_EQ(s[0], x);
    EXPECT_EQ(s[1], y);
    Seq<expr*> filled = alloc_seq<expr*>(a, 3);
    EXPECT_EQ(filled[2], nullptr);
    Seq<expr*> none = make_seq<expr*>(a, {});
    EXPECT_TRUE(none.empty());
}

// The table is CPython 3.15's node set (3.14's plus Import.is_lazy, ImportFrom.is_lazy and an
// optional DictComp.value); its signatures were compared with the `ast` classes of 3.14.2 and
// 3.15.0rc1.
TEST(AstTable, KindsAndFields) {
    EXPECT_EQ(kNodeKindCount, 81);  // constructors of the 7 sums and the 7 product types
    EXPECT_STREQ(node_kind_name(NodeKind::BinOp), "BinOp");
    EXPECT_STREQ(node_category_name(NodeKind::BinOp), "expr");
    EXPECT_STREQ(node_category_name(NodeKind::arguments), "arguments");
    EXPECT_TRUE(has_attributes(NodeKind::arg));
    EXPECT_TRUE(has_attributes(NodeKind::ExceptHandler));
    EXPECT_FALSE(has_attributes(NodeKind::comprehension));
    EXPECT_FALSE(has_attributes(NodeKind::Module));
    EXPECT_FALSE(has_attributes(NodeKind::TypeIgnore));
    EXPECT_STREQ(enum_value_name(EnumType::CmpOpKind, static_cast<std::uint8_t>(CmpOpKind::NotIn)), "NotIn");
    EXPECT_STREQ(enum_type_name(EnumType::OperatorKind), "operator");
    NodeKind k;
    ASSERT_TRUE(node_kind_from_name("TemplateStr", k));
    EXPECT_EQ(k, NodeKind::TemplateStr);
    EXPECT_FALSE(node_kind_from_name("Num", k));

    Arena a;
    Node* n = make_node(a, NodeKind::FunctionDef);
    FieldRef f[kMaxFields];
    ASSERT_EQ(node_fields(n, f), 7);
    const char* names[] = {"name", "args", "body", "decorator_list", "returns", "type_comment", "type_params"};
    const FieldKind kinds[] = {FieldKind::Ident, FieldKind::Node, FieldKind::Seq, FieldKind::Seq,
                               FieldKind::Opt, FieldKind::OptString, FieldKind::Seq};
    for (int i = 0; i < 7; ++i) {
        EXPECT_STREQ(f[i].name, names[i]);
        EXPECT_EQ(f[i].kind, kinds[i]);
    }
    EXPECT_STREQ(f[1].type, "arguments");
    for (int kind = 0; kind < kNodeKindCount; ++kind) {
        Node* m = make_node(a, static_cast<NodeKind>(kind));
        ASSERT_NE(m, nullptr);
        EXPECT_EQ(m->node_kind, static_cast<NodeKind>(kind));
        EXPECT_EQ(node_fields(m, f), node_field_count(m->node_kind));
    }
}

}  // namespace
}  // namespace pyfront::ast
