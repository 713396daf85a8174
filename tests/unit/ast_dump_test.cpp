// The dumper and the JSON writer against the real interpreters: every expected text here was
// printed by CPython 3.14.2 (or 3.15.0rc1 where said) from the same tree.
#include <gtest/gtest.h>

#include "ast/dump.h"
#include "ast/fields.h"
#include "ast_test_util.h"

namespace pyfront::ast {
namespace {

using testing::P;
using testing::TreeMaker;

// `x = 1.5e-7`, built by hand.
Module* assign_float(Arena& a) {
    TreeMaker t(a);
    auto* assign = make<Assign>(a, P(1, 0, 1, 10));
    assign->targets = t.seq<expr*>({t.name("x", ExprContext::Store, P(1, 0, 1, 1))});
    assign->value = t.floating(1.5e-7, P(1, 4, 1, 10));
    return t.module({assign});
}

TEST(AstDump, HandBuiltAssignFloat) {
    Arena a;
    Module* m = assign_float(a);
    // ast.dump(ast.parse('x = 1.5e-7'), ...) of CPython 3.14.2:
    EXPECT_EQ(dump(m),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.5e-07))])");
    DumpOptions attrs;
    attrs.include_attributes = true;
    EXPECT_EQ(dump(m, attrs),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=1)], value=Constant(value=1.5e-07, lineno=1, "
              "col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=10)])");
    DumpOptions indent;
    indent.with_indent(2);
    EXPECT_EQ(dump(m, indent),
              "Module(\n"
              "  body=[\n"
              "    Assign(\n"
              "      targets=[\n"
              "        Name(id='x', ctx=Store())],\n"
              "      value=Constant(value=1.5e-07))])");
    DumpOptions positional;
    positional.annotate_fields = false;
    EXPECT_EQ(dump(m, positional), "Module([Assign([Name('x', Store())], Constant(1.5e-07))])");
    DumpOptions empty;
    empty.show_empty = true;
    EXPECT_EQ(dump(m, empty),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.5e-07))], "
              "type_ignores=[])");
    // indent=0: newlines, no indentation.
    DumpOptions zero;
    zero.with_indent(0);
    EXPECT_EQ(dump(m, zero),
              "Module(\nbody=[\nAssign(\ntargets=[\nName(id='x', ctx=Store())],\nvalue=Constant(value=1.5e-07))])");
}

TEST(AstDump, HandBuiltValuesFollowTheTree) {
    Arena a;
    Module* m = assign_float(a);
    auto* assign = static_cast<Assign*>(m->body[0]);
    static_cast<Constant*>(assign->value)->value = Value::floating(1e16);
    static_cast<Name*>(assign->targets[0])->ctx = ExprContext::Del;
    EXPECT_EQ(dump(m), "Module(body=[Assign(targets=[Name(id='x', ctx=Del())], value=Constant(value=1e+16))])");
    static_cast<Constant*>(assign->value)->kind = make_str(a, "u");
    static_cast<Constant*>(assign->value)->value = Value::string(make_str(a, "it's"));
    EXPECT_EQ(dump(m),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Del())], value=Constant(value=\"it's\", kind='u'))])");
}

// def f(a, /, b=1, *c, d, e=2, **g) -> None:
//     return a < b is not c
TEST(AstDump, HandBuiltFunction) {
    Arena a;
    TreeMaker t(a);
    auto mkarg = [&](const char* n, Position p) {
        auto* x = make<arg>(a, p);
        x->arg = make_str(a, n);
        return x;
    };
    auto* args = make<arguments>(a);
    args->posonlyargs = t.seq<arg*>({mkarg("a", P(1, 6, 1, 7))});
    args->args = t.seq<arg*>({mkarg("b", P(1, 12, 1, 13))});
    args->vararg = mkarg("c", P(1, 18, 1, 19));
    args->kwonlyargs = t.seq<arg*>({mkarg("d", P(1, 21, 1, 22)), mkarg("e", P(1, 24, 1, 25))});
    args->kw_defaults = t.seq<expr*>({nullptr, t.integer(2, P(1, 26, 1, 27))});
    args->kwarg = mkarg("g", P(1, 31, 1, 32));
    args->defaults = t.seq<expr*>({t.integer(1, P(1, 14, 1, 15))});
    auto* cmp = make<Compare>(a, P(2, 11, 2, 25));
    cmp->left = t.name("a", ExprContext::Load, P(2, 11, 2, 12));
    cmp->ops = t.seq<CmpOpKind>({CmpOpKind::Lt, CmpOpKind::IsNot});
    cmp->comparators = t.seq<expr*>({t.name("b", ExprContext::Load, P(2, 15, 2, 16)),
                                     t.name("c", ExprContext::Load, P(2, 24, 2, 25))});
    auto* ret = make<Return>(a, P(2, 4, 2, 25));
    ret->value = cmp;
    auto* f = make<FunctionDef>(a, P(1, 0, 2, 25));
    f->name = make_str(a, "f");
    f->args = args;
    f->body = t.seq<stmt*>({ret});
    f->returns = t.constant(Value::none(), P(1, 37, 1, 41));
    Module* m = t.module({f});
    EXPECT_EQ(dump(m),
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], "
              "args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], "
              "kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), "
              "body=[Return(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), IsNot()], "
              "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], "
              "returns=Constant(value=None))])");
    EXPECT_EQ(to_json(m->body[0]->node_kind == NodeKind::FunctionDef ? cmp : nullptr),
              R"({"_type":"Compare","left":{"_type":"Name","id":"a","ctx":"Load","lineno":2,"col_offset":11,)"
              R"("end_lineno":2,"end_col_offset":12},"ops":["Lt","IsNot"],"comparators":[{"_type":"Name",)"
              R"("id":"b","ctx":"Load","lineno":2,"col_offset":15,"end_lineno":2,"end_col_offset":16},)"
              R"({"_type":"Name","id":"c","ctx":"Load","lineno":2,"col_offset":24,"end_lineno":2,)"
              R"("end_col_offset":25}],"lineno":2,"col_offset":11,"end_lineno":2,"end_col_offset":25})");
}

TEST(AstDump, EmptyNodesAreSimple) {
    Arena a;
    TreeMaker t(a);
    // lambda: 0 -> arguments() prints with no fields, so Lambda stays on one line.
    auto* lam = make<Lambda>(a, P(1, 0, 1, 9));
    lam->args = make<arguments>(a);
    lam->body = t.integer(0, P(1, 8, 1, 9));
    auto* e = make<Expr>(a, P(1, 0, 1, 9));
    e->value = lam;
    DumpOptions indent;
    indent.with_indent(2);
    EXPECT_EQ(dump(t.module({e}), indent),
              "Module(\n  body=[\n    Expr(\n      value=Lambda(\n        args=arguments(),\n"
              "        body=Constant(value=0)))])");
}

// A node stays on one line with up to 3 simple values, not with 4.
TEST(AstDump, ThreeSimpleValuesStayOnOneLine) {
    Arena a;
    TreeMaker t(a);
    auto* imp = make<ImportFrom>(a, P(1, 0, 1, 1));
    imp->module = make_str(a, "m");
    imp->level = OptInt::of(0);
    DumpOptions o;
    o.with_indent(2);
    o.show_empty = true;
    // CPython 3.14.2: ast.dump(ast.Module(body=[ast.ImportFrom(module='m', names=[], level=0)]),
    //                          indent=2, show_empty=True)
    EXPECT_EQ(dump(t.module({imp}), o),
              "Module(\n  body=[\n    ImportFrom(module='m', names=[], level=0)],\n  type_ignores=[])");
    // CPython 3.15.0rc1, the same with is_lazy=0.
    imp->is_lazy = OptInt::of(0);
    EXPECT_EQ(dump(t.module({imp}), o),
              "Module(\n  body=[\n    ImportFrom(\n      module='m',\n      names=[],\n      level=0,\n"
              "      is_lazy=0)],\n  type_ignores=[])");
}

struct AstCase {
    const char* name;
    const char* full;
    const char* plain;
    const char* attributes;
    const char* indent2;
    const char* indent2_attributes;
    const char* positional;
    const char* show_empty;
    const char* json;
};

const AstCase kCases314[] = {
#include "ast_cases_314.inc"
};
const AstCase kCases315[] = {
#include "ast_cases_315.inc"
};

void check_case(const AstCase& c, bool style_315) {
    SCOPED_TRACE(c.name);
    Arena a;
    Node* tree = testing::read_dump(a, c.full);
    DumpOptions o;
    o.omit_load_ctx = style_315;
    EXPECT_EQ(dump(tree, o), c.plain);
    DumpOptions attrs = o;
    attrs.include_attributes = true;
    EXPECT_EQ(dump(tree, attrs), c.attributes);
    DumpOptions indent = o;
    indent.with_indent(2);
    EXPECT_EQ(dump(tree, indent), c.indent2);
    DumpOptions indent_attrs = attrs;
    indent_attrs.with_indent(2);
    EXPECT_EQ(dump(tree, indent_attrs), c.indent2_attributes);
    DumpOptions positional = o;
    positional.annotate_fields = false;
    EXPECT_EQ(dump(tree, positional), c.positional);
    DumpOptions empty = o;
    empty.show_empty = true;
    EXPECT_EQ(dump(tree, empty), c.show_empty);
    DumpOptions full = empty;
    full.include_attributes = true;
    EXPECT_EQ(dump(tree, full), c.full);
    EXPECT_EQ(to_json(tree), c.json);
}

// Trees of tests/unit/ast_corpus.py (one per statement) and a few more, as CPython 3.14.2's
// ast.dump printed them with every option (tests/unit/gen_ast_cases.py).
TEST(AstDump, MatchesCPython314) {
    for (const AstCase& c : kCases314) check_case(c, false);
}

// The same from CPython 3.15.0rc1 (is_lazy, DictComp without value), dumped by 3.15's rules.
TEST(AstDump, MatchesCPython315Style) {
    for (const AstCase& c : kCases315) check_case(c, true);
}

TEST(AstDump, CasesCoverEveryNodeKind) {
    bool seen[kNodeKindCount] = {};
    Arena a;
    std::vector<const Node*> stack;
    for (const AstCase& c : kCases314) stack.push_back(testing::read_dump(a, c.full));
    for (const AstCase& c : kCases315) stack.push_back(testing::read_dump(a, c.full));
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        seen[static_cast<int>(n->node_kind)] = true;
        FieldRef f[kMaxFields];
        int nf = node_fields(n, f);
        for (int i = 0; i < nf; ++i) {
            if ((f[i].kind == FieldKind::Node || f[i].kind == FieldKind::Opt) && f[i].node())
                stack.push_back(f[i].node());
            if (f[i].kind == FieldKind::Seq || f[i].kind == FieldKind::OptSeq)
                for (Node* x : f[i].nodes())
                    if (x) stack.push_back(x);
        }
    }
    for (int k = 0; k < kNodeKindCount; ++k)
        EXPECT_TRUE(seen[k]) << node_kind_name(static_cast<NodeKind>(k));
}

TEST(AstJson, Constants) {
    Arena a;
    TreeMaker t(a);
    auto json_of = [&](Value v) { return to_json(t.constant(v, P(1, 0, 1, 1)), JsonOptions{false}); };
    EXPECT_EQ(json_of(Value::none()), R"({"_type":"Constant","value":null,"kind":null})");
    EXPECT_EQ(json_of(Value::boolean(true)), R"({"_type":"Constant","value":true,"kind":null})");
    EXPECT_EQ(json_of(Value::ellipsis()), R"({"_type":"Constant","value":{"_const":"Ellipsis"},"kind":null})");
    EXPECT_EQ(json_of(Value::integer(9007199254740991)), R"({"_type":"Constant","value":9007199254740991,"kind":null})");
    EXPECT_EQ(json_of(Value::integer(9007199254740992)),
              R"({"_type":"Constant","value":{"_const":"int","value":"9007199254740992"},"kind":null})");
    EXPECT_EQ(json_of(Value::big_integer(make_str(a, "123456789012345678901234567890"))),
              R"({"_type":"Constant","value":{"_const":"int","value":"123456789012345678901234567890"},"kind":null})");
    EXPECT_EQ(json_of(Value::floating(HUGE_VAL)), R"({"_type":"Constant","value":{"_const":"float","value":"inf"},"kind":null})");
    EXPECT_EQ(json_of(Value::complex(0, 1.5e-7)),
              R"({"_type":"Constant","value":{"_const":"complex","real":"0.0","imag":"1.5e-07"},"kind":null})");
    EXPECT_EQ(json_of(Value::bytes(make_str(a, std::string_view("\x00\xff\"", 3)))),
              "{\"_type\":\"Constant\",\"value\":{\"_const\":\"bytes\",\"latin1\":\"\\u0000\xc3\xbf\\\"\"},\"kind\":null}");
    EXPECT_EQ(json_of(Value::string(make_str(a, "a\xed\xa0\x80\n"))),
              R"({"_type":"Constant","value":"a\ud800\n","kind":null})");
    EXPECT_EQ(json_of(Value::string(make_str(a, "\xed\xa0\xbd\xed\xb8\x80"))),
              R"({"_type":"Constant","value":{"_const":"str","code_points":[55357,56832]},"kind":null})");
}

}  // namespace
}  // namespace pyfront::ast
