// The builder through its library entry point (builder::parse_source): trees as ast.dump
// prints them, per-version shapes, positions, and error locations. The corpus suite
// (golden_parse_test.cpp) compares everything with the real interpreters; these are the
// hand-picked cases that document the builder's rules.
#include <gtest/gtest.h>

#include <string>

#include "ast/dump.h"
#include "builder/builder.h"

namespace pyfront::builder {
namespace {

Version v(int minor) { return Version{3, static_cast<std::uint8_t>(minor)}; }

Result run(const std::string& src, Version version, Mode mode = Mode::Exec, bool type_comments = false) {
    Options o;
    o.version = version;
    o.mode = mode;
    o.type_comments = type_comments;
    return parse_source(src, o);
}

// ast.dump(tree) (no positions) of `src`, or "ERROR line:offset message".
std::string tree(const std::string& src, Version version = v(14), Mode mode = Mode::Exec) {
    Result r = run(src, version, mode);
    if (!r.ok())
        return "ERROR " + std::to_string(r.error->lineno) + ":" + std::to_string(r.error->offset) + " " +
               r.error->message;
    return ast::dump(r.tree);
}

// The first statement's expression, as ast.dump prints it.
std::string expr(const std::string& src, Version version = v(14)) {
    const std::string t = tree(src + "\n", version);
    const std::string pre = "Module(body=[Expr(value=", post = ")])";
    if (t.rfind(pre, 0) != 0) return t;
    return t.substr(pre.size(), t.size() - pre.size() - post.size());
}

std::string with_positions(const std::string& src, Version version = v(14)) {
    Result r = run(src, version);
    if (!r.ok()) return "ERROR " + r.error->message;
    ast::DumpOptions o;
    o.include_attributes = true;
    return ast::dump(r.tree, o);
}

TEST(Builder, OperatorsAndChains) {
    EXPECT_EQ(expr("a + b * c"),
              "BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), "
              "op=Mult(), right=Name(id='c', ctx=Load())))");
    EXPECT_EQ(expr("a < b is not c not in d"),
              "Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), IsNot(), NotIn()], comparators=[Name(id='b', "
              "ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])");
    EXPECT_EQ(expr("a or b or c and d"),
              "BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), "
              "values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])])");
    // A parenthesized chain is not flattened.
    EXPECT_EQ(expr("(a < b) < c"),
              "Compare(left=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', "
              "ctx=Load())]), ops=[Lt()], comparators=[Name(id='c', ctx=Load())])");
    EXPECT_EQ(expr("-x ** -y"),
              "UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), "
              "right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load()))))");
}

TEST(Builder, PrefixFormsBelowTheirLevelAreRejected) {
    EXPECT_EQ(tree("a + not b\n", v(12)), "ERROR 1:5 invalid syntax");
    EXPECT_EQ(tree("-not a\n", v(12)), "ERROR 1:2 invalid syntax");
    EXPECT_EQ(tree("[*a or b]\n", v(12)), "ERROR 1:5 invalid syntax");
    EXPECT_EQ(tree("a if lambda: b else c\n", v(12)), "ERROR 1:6 invalid syntax");
}

TEST(Builder, TargetsAndTheirErrors) {
    EXPECT_EQ(tree("a, *b = c\n"),
              "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', "
              "ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))])");
    EXPECT_EQ(tree("f() = 1\n", v(12)),
              "ERROR 1:1 cannot assign to function call here. Maybe you meant '==' instead of '='?");
    EXPECT_EQ(tree("f() = 1\n", v(7)), "ERROR 1:0 can't assign to function call");  // ast.c: 0-based
    EXPECT_EQ(tree("a, b += 1\n", v(12)), "ERROR 1:1 'tuple' is an illegal expression for augmented assignment");
    EXPECT_EQ(tree("del *a, b\n", v(8)),
              "Module(body=[Delete(targets=[Starred(value=Name(id='a', ctx=Del()), ctx=Del()), Name(id='b', "
              "ctx=Del())])])");
    EXPECT_EQ(tree("del *a, b\n", v(9)), "ERROR 1:5 cannot delete starred");
}

TEST(Builder, WithParenthesesPerVersion) {
    EXPECT_EQ(tree("with (a, b): pass\n", v(8)),
              "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), "
              "Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])])");
    EXPECT_EQ(tree("with (a, b): pass\n", v(9)),
              "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), "
              "withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])])");
    EXPECT_EQ(tree("with (a as b, c): pass\n", v(8)), "ERROR 1:9 invalid syntax");
}

TEST(Builder, Strings) {
    EXPECT_EQ(expr("u'a' 'b'"), "Constant(value='ab', kind='u')");
    EXPECT_EQ(expr("b'a' b'\\x00'"), "Constant(value=b'a\\x00')");
    EXPECT_EQ(expr("'a' f'{x!r:>{w}}' 'b'"),
              "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), "
              "conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', "
              "ctx=Load()), conversion=-1)])), Constant(value='b')])");
    EXPECT_EQ(expr("f'{x = }'"),
              "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), "
              "conversion=114)])");
    // 3.8-3.11 give kind='u' to every part of a concatenation that starts with u''.
    EXPECT_EQ(expr("u'a' f'{x}' 'b'", v(11)),
              "JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), "
              "conversion=-1), Constant(value='b', kind='u')])");
    EXPECT_EQ(expr("u'a' f'{x}' 'b'", v(12)),
              "JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), "
              "conversion=-1), Constant(value='b')])");
    EXPECT_EQ(expr("t'a{b}'"),
              "TemplateStr(values=[Constant(value='a'), Interpolation(value=Name(id='b', ctx=Load()), str='b', "
              "conversion=-1)])");
    EXPECT_EQ(tree("x = 'a' b'b'\n", v(12)), "ERROR 1:13 cannot mix bytes and nonbytes literals");
}

TEST(Builder, Positions) {
    // A parenthesized operand: the BinOp starts at the parenthesis, the Name inside it.
    EXPECT_EQ(with_positions("(a) + b\n"),
              "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, "
              "end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
              "end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, "
              "end_lineno=1, end_col_offset=7)])");
    // Columns are UTF-8 bytes.
    EXPECT_NE(with_positions("é = 1\n").find("Name(id='é', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
                                             "end_col_offset=2)"),
              std::string::npos);
    // A decorated def starts at `def`; a statement list's compound statement ends at its `;`.
    const std::string d = with_positions("@d\ndef f(): x; y;\n");
    EXPECT_NE(d.find("], lineno=2, col_offset=0, end_lineno=2, end_col_offset=14)"), std::string::npos) << d;
}

TEST(Builder, VersionGates) {
    EXPECT_EQ(tree("match x:\n case 1: pass\n", v(9)), "ERROR 1:7 invalid syntax");
    EXPECT_EQ(tree("x = 1 if (y := 2) else 3\n", v(7)), "ERROR 1:13 invalid syntax");  // no `:=` token (3.7: the token end)
    EXPECT_EQ(tree("print(f'{x=}')\n", v(7)), "ERROR 1:3 invalid syntax");  // in "(x=)"
    EXPECT_EQ(tree("def f(a, /): pass\n", v(7)), "ERROR 1:10 invalid syntax");
    EXPECT_EQ(tree("async = 1\n", v(6)), "Module(body=[Assign(targets=[Name(id='async', ctx=Store())], "
                                          "value=Constant(value=1))])");
}

TEST(Builder, Modes) {
    EXPECT_EQ(tree("a, *b", v(14), Mode::Eval), "ERROR 1:4 invalid syntax");
    EXPECT_EQ(tree("a, b", v(14), Mode::Eval),
              "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))");
    EXPECT_EQ(tree("(int, *str) -> None", v(12), Mode::FuncType),
              "FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], "
              "returns=Constant(value=None))");
    EXPECT_EQ(tree("a = 1\nb = 2\n", v(12), Mode::Single),
              "ERROR 1:6 multiple statements found while compiling a single statement");
}

TEST(Builder, WhereErrorsAreReported) {
    // 3.6/3.7: a parser error at the end of the offending token, an ast.c error at the
    // 0-based column; 3.8: both 1-based at the start.
    EXPECT_EQ(tree("x = 1 +\n", v(6)), "ERROR 1:8 invalid syntax");
    EXPECT_EQ(tree("a <> b\n", v(8)), "ERROR 1:4 invalid syntax");
    // A block missing at the end of the file: at the end of the header's line.
    EXPECT_EQ(tree("def f():\n", v(8)), "ERROR 1:9 unexpected EOF while parsing");
    EXPECT_EQ(tree("def f():\n", v(12)), "ERROR 1:9 expected an indented block after function definition on line 1");
    // 3.10+ explain some parser errors where their invalid_* rules stop.
    EXPECT_EQ(tree("f(a b)\n", v(12)), "ERROR 1:3 invalid syntax. Perhaps you forgot a comma?");
    EXPECT_EQ(tree("f(a b)\n", v(9)), "ERROR 1:5 invalid syntax");
    EXPECT_EQ(tree("x = a if b\n", v(12)), "ERROR 1:5 expected 'else' after 'if' expression");
    EXPECT_EQ(tree("print 'x'\n", v(12)), "ERROR 1:1 Missing parentheses in call to 'print'. Did you mean print(...)?");
    // A later tokenizer error wins from 3.10, but not over an unexpected indent.
    EXPECT_EQ(tree("a b\nx = 'abc\n", v(9)), "ERROR 1:3 invalid syntax");
    EXPECT_EQ(tree("a b\nx = 'abc\n", v(12)), "ERROR 2:5 unterminated string literal (detected at line 2)");
    EXPECT_EQ(tree("  x = 1\ny = 'abc\n", v(12)), "ERROR 1:2 unexpected indent");
    // A gate in an earlier statement wins over a later parser error, but up to 3.8 not one
    // inside an f-string (ast.c compiled those after the parse).
    EXPECT_EQ(tree("def f(a, /): pass\nx = = 1\n", v(7)), "ERROR 1:10 invalid syntax");
    EXPECT_EQ(tree("print(f'{x=}')\nx = = 1\n", v(7)), "ERROR 2:5 invalid syntax");
}

TEST(Builder, TypeComments) {
    Result r = run("def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = 1  # type: ignore[x]\n",
                   v(12), Mode::Exec, true);
    ASSERT_TRUE(r.ok()) << r.error->message;
    const std::string d = ast::dump(r.tree);
    EXPECT_NE(d.find("arg(arg='a', type_comment='int')"), std::string::npos) << d;
    EXPECT_NE(d.find("type_comment='(...) -> None'"), std::string::npos) << d;
    EXPECT_NE(d.find("type_ignores=[TypeIgnore(lineno=4, tag='[x]')]"), std::string::npos) << d;
}

}  // namespace
}  // namespace pyfront::builder
