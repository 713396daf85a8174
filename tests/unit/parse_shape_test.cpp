// The shape of the parse tree where it decides the meaning: precedence and associativity of
// the operators in the one precedence rule, the conditional expression, lambda, `:=`, `*x`,
// `await`, trailers, comprehensions, the cover forms, and the statements' alternatives.
#include <gtest/gtest.h>

#include "parse_test_support.h"

namespace pyfront::parse {
namespace {

using testing::tree;
using testing::v;

// The expression of a one-line expression statement, as an S-expression.
std::string expr(std::string_view text, Version version = v(15)) {
    const std::string t = tree(std::string(text) + "\n", version);
    const std::string prefix = "(file_input (stmt (simple_stmt (exprs ";
    const std::string suffix = ")) NL) <EOF>)";
    if (t.compare(0, prefix.size(), prefix) != 0 || t.size() < prefix.size() + suffix.size())
        return t;
    return t.substr(prefix.size(), t.size() - prefix.size() - suffix.size());
}

TEST(Shapes, BinaryOperatorPrecedence) {
    EXPECT_EQ(expr("a + b * c"), "(test (test a) + (test (test b) * (test c)))");
    EXPECT_EQ(expr("a * b + c"), "(test (test (test a) * (test b)) + (test c))");
    EXPECT_EQ(expr("a - b - c"), "(test (test (test a) - (test b)) - (test c))");
    EXPECT_EQ(expr("a | b ^ c & d << e"),
              "(test (test a) | (test (test b) ^ (test (test c) & (test (test d) << (test e)))))");
    EXPECT_EQ(expr("a @ b // c % d / e"),
              "(test (test (test (test (test a) @ (test b)) // (test c)) % (test d)) / (test e))");
    EXPECT_EQ(expr("a or b and c"), "(test (test a) or (test (test b) and (test c)))");
    EXPECT_EQ(expr("a and b or c"), "(test (test (test a) and (test b)) or (test c))");
}

TEST(Shapes, PowerUnaryAndAwait) {
    EXPECT_EQ(expr("a ** b ** c"), "(test (test a) ** (test (test b) ** (test c)))");
    EXPECT_EQ(expr("-a ** b"), "(test - (test (test a) ** (test b)))");
    EXPECT_EQ(expr("a ** -b"), "(test (test a) ** (test - (test b)))");
    EXPECT_EQ(expr("-a * b"), "(test (test - (test a)) * (test b))");
    EXPECT_EQ(expr("~-+a"), "(test ~ (test - (test + (test a))))");
    EXPECT_EQ(expr("await a ** b"), "(test (test await (test a)) ** (test b))");
    EXPECT_EQ(expr("-await a.b(c)"),
              "(test - (test await (test a (trailer . b) (trailer ( (argument (test c)) )))))");
}

TEST(Shapes, ComparisonsAndNot) {
    // Left-nested; the builder flattens an unparenthesized chain into one Compare.
    EXPECT_EQ(expr("a < b <= c"), "(test (test (test a) < (test b)) <= (test c))");
    EXPECT_EQ(expr("a not in b is not c is d in e"),
              "(test (test (test (test (test a) not in (test b)) is not (test c)) is (test d)) "
              "in (test e))");
    EXPECT_EQ(expr("not a == b"), "(test not (test (test a) == (test b)))");
    EXPECT_EQ(expr("not a and b"), "(test (test not (test a)) and (test b))");
    EXPECT_EQ(expr("a | b < c"), "(test (test (test a) | (test b)) < (test c))");
    EXPECT_EQ(expr("a <> b", v(3)), "(test (test a) <> (test b))");  // NOTEQUAL spelled <>
}

TEST(Shapes, ConditionalLambdaWalrusStar) {
    EXPECT_EQ(expr("a if b else c if d else e"),
              "(test (test a) if (test b) else (test (test c) if (test d) else (test e)))");
    EXPECT_EQ(expr("a or b if c or d else e"),
              "(test (test (test a) or (test b)) if (test (test c) or (test d)) else (test e))");
    EXPECT_EQ(expr("lambda: a if b else c"),
              "(test lambda : (test (test a) if (test b) else (test c)))");
    EXPECT_EQ(expr("lambda x, *y, z=1, **w: x"),
              "(test lambda (lambda_params (lambda_param x) , (lambda_param * y) , "
              "(lambda_param z = (test 1)) , (lambda_param ** w)) : (test x))");
    EXPECT_EQ(expr("a if b else lambda: c"),
              "(test (test a) if (test b) else (test lambda : (test c)))");
    EXPECT_EQ(expr("(x := a if b else c)"),
              "(test (atom ( (paren_items (test (test x) := (test (test a) if (test b) else "
              "(test c)))) )))");
    // `*x` binds loosest: the starred operand of a call argument is the whole test.
    EXPECT_EQ(expr("f(*a or b, *c if d else e)"),
              "(test f (trailer ( (argument (test * (test (test a) or (test b)))) , (argument "
              "(test * (test (test c) if (test d) else (test e)))) )))");
    EXPECT_EQ(expr("*a, b"), "(test * (test a)) , (test b)");
}

TEST(Shapes, CoverFormsTheBuilderNarrows) {
    // Prefix forms as operands of tighter operators: accepted here, rejected by the builder.
    EXPECT_EQ(expr("a + not b"), "(test (test a) + (test not (test b)))");
    EXPECT_EQ(expr("await -a"), "(test await (test - (test a)))");
    // Keyword arguments and targets are expressions.
    EXPECT_EQ(expr("f(a.b=1)"),
              "(test f (trailer ( (argument (test a (trailer . b)) = (test 1)) )))");
    EXPECT_EQ(tree("f() = 1\n"),
              "(file_input (stmt (simple_stmt (exprs (test f (trailer ( )))) = (exprs (test 1))) "
              "NL) <EOF>)");
    // The with-item cover inside parentheses.
    EXPECT_EQ(tree("with (a as b, c):\n pass\n"),
              "(file_input (stmt (with_stmt with (test (atom ( (paren_items (test a) as (target "
              "b) , (test c)) ))) : (block NL > (stmt (simple_stmt pass) NL) <))) <EOF>)");
}

TEST(Shapes, TrailersAndAtoms) {
    EXPECT_EQ(expr("a.b(c)[d:e:f, g]"),
              "(test a (trailer . b) (trailer ( (argument (test c)) )) (trailer [ (subscript "
              "(test d) : (test e) : (test f)) , (subscript (test g)) ]))");
    // (3.12+ tokenizes an empty FSTRING_MIDDLE after a nested field, printed as nothing.)
    EXPECT_EQ(expr("'a' f'{b!r:>{c}}' \"d\""),
              "(test (atom 'a' (fstring f' (replacement_field { (exprs (test b)) ! r : > "
              "(replacement_field { (exprs (test c)) })  }) ') \"d\"))");
    EXPECT_EQ(expr("f'{x=}'"),
              "(test (atom (fstring f' (replacement_field { (exprs (test x)) = }) ')))");
    EXPECT_EQ(expr("[x for a in b if c for d in e]"),
              "(test (atom [ (test x) (comp_for for (targets (target a)) in (or_test b) if "
              "(or_test c) for (targets (target d)) in (or_test e)) ]))");
    EXPECT_EQ(expr("{**a, 'b': c}"),
              "(test (atom { (dict_or_set_item ** (test a)) , (dict_or_set_item (test (atom 'b')) "
              ": (test c)) }))");
    EXPECT_EQ(expr("(yield)"), "(test (atom ( (yield_expr yield) )))");
    EXPECT_EQ(expr("..., None, True, 1"), "(test ...) , (test None) , (test True) , (test 1)");
}

TEST(Shapes, ForTargetsNeverSwallowIn) {
    EXPECT_EQ(tree("for x in y in z: pass\n"),
              "(file_input (stmt (for_stmt for (targets (target x)) in (exprs (test (test y) in "
              "(test z))) : (block (simple_stmt pass) NL))) <EOF>)");
    EXPECT_EQ(tree("[a for b.c, *d in e]\n"),
              "(file_input (stmt (simple_stmt (exprs (test (atom [ (test a) (comp_for for "
              "(targets (target b (trailer . c)) , (target * d)) in (or_test e)) ])))) NL) <EOF>)");
}

TEST(Shapes, StatementsAndBlocks) {
    EXPECT_EQ(tree("if a:\n    b = 1; c\nelse: pass\n"),
              "(file_input (stmt if (test a) : (block NL > (stmt (simple_stmt (exprs (test b)) = "
              "(exprs (test 1))) ; (simple_stmt (exprs (test c))) NL) <) else : (block "
              "(simple_stmt pass) NL)) <EOF>)");
    EXPECT_EQ(tree("@d\nasync def f[T](a, /, *, b: int = 1) -> T: pass\n"),
              "(file_input (stmt (decorator @ (test d) NL) async (funcdef def f (type_params [ "
              "(type_param T) ]) ( (params (param a) , (param /) , (param *) , (param b : (test "
              "int) = (test 1))) ) -> (test T) : (block (simple_stmt pass) NL))) <EOF>)");
    EXPECT_EQ(tree("try:\n pass\nexcept* E as e:\n pass\n"),
              "(file_input (stmt try : (block NL > (stmt (simple_stmt pass) NL) <) (except_clause "
              "except (exprs (test * (test E))) as e : (block NL > (stmt (simple_stmt pass) NL) "
              "<))) <EOF>)");
    EXPECT_EQ(tree("x: int = 1\n"),
              "(file_input (stmt (simple_stmt (exprs (test x)) : (test int) = (exprs (test 1))) "
              "NL) <EOF>)");
    EXPECT_EQ(tree("from ...a import (b as c,)\n"),
              "(file_input (stmt (simple_stmt (import_from from ... (dotted_name a) import ( "
              "(import_as_names b as c ,) ))) NL) <EOF>)");
}

TEST(Shapes, Modes) {
    EXPECT_EQ(tree("a, *b\n", v(15), Mode::Eval),
              "(eval_input (exprs (test a) , (test * (test b))) NL <EOF>)");
    EXPECT_EQ(tree("if x:\n  y\n", v(15), Mode::Single),
              "(single_input (stmt if (test x) : (block NL > (stmt (simple_stmt (exprs (test y))) "
              "NL) <)) <EOF>)");
    EXPECT_EQ(tree("(int, *str) -> None", v(15), Mode::FuncType),
              "(func_type_input ( (type_arg (test int)) , (type_arg (test * (test str))) ) -> "
              "(test None) NL <EOF>)");
    EXPECT_EQ(tree("", v(15), Mode::Exec), "(file_input <EOF>)");
}

}  // namespace
}  // namespace pyfront::parse
