// CPython's parser stack limit, modelled per version. CPython refuses source nested too deep
// for its parser's stack with MemoryError ("Parser stack overflowed - Python source too
// complex to parse" from 3.12, no message before): the PEG parser (3.9+) counts one level per
// grammar rule invocation against MAXSTACK = 6000, the LL(1) parser (up to 3.8) one stack entry
// per nonterminal against MAXSTACK = 1500 (1700 in 3.8). pyfront's own parser has other rules,
// so its own limit (parse/parser_base.h kMaxDepth) cannot say where CPython's is: after a
// successful parse, the built tree is walked and every node is given the number of CPython
// levels its parse needs (the levels the construct around it adds, from the table in
// parser_stack.cpp), and a node beyond MAXSTACK is CPython's overflow.
//
// The table holds, per version range, what one level of each construct costs in CPython's
// grammar (Grammar/python.gram; Grammar/Grammar up to 3.8), e.g. PEG `factor: '-' factor` is
// one level per `-`, `lambdef: 'lambda' ... ':' expression` two (lambdef, expression). It was
// fitted to, and is checked against, the thresholds measured with the real interpreters
// (tests/unit/builder_parser_stack_test.cpp says how). Exact for the prefix chains (`-`, `+`,
// `~`, `not`, `x if c else`, `lambda:`, `**`) in module-level, block and assignment statements,
// and up to 3.8 for nested brackets, calls and subscripts; from 3.9 CPython's tokenizer refuses
// more than 200 nested brackets before its parser overflows, and the per-bracket costs are
// the measured averages (CPython tries alternatives there whose depth depends on what follows).
#pragma once
#include <optional>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "version/version.h"

namespace pyfront::builder {

// CPython's levels per construct for the versions from `first` on (parser_stack.cpp).
struct ParserStackCosts {
    Version first;
    int max_stack;    // MAXSTACK
    int start;        // levels to the atom of a module-level expression statement
    int number;       // extra levels for a NUMBER atom (3.12+: the `&NUMBER` path)
    int string;       // extra levels for a STRING atom (the `strings` rule and below)
    int unary;        // `-x` `+x` `~x`: factor -> factor
    int not_;         // `not x`: inversion -> inversion (not_test up to 3.8)
    int if_else;      // `a if c else x`: the orelse, expression -> expression (test)
    int lambda_body;  // `lambda: x`: expression -> lambdef -> expression
    int power;        // `a ** x`: power -> factor -> power
    int group;        // each pair of parentheses around an expression, a tuple, a generator
    int list_item;    // an item of a list display
    int brace_item;   // an item of a set or dict display
    int call_arg;     // an argument of a call
    int subscript;    // a subscript's slice
    int block;        // a statement in an indented block (if/for/while/with/try)
    int def_block;    // a statement in a def's or class's block
    int else_block;   // a statement in an else / finally block
    int elif;         // each `elif` (PEG: elif_stmt -> elif_stmt; LL(1): one flat if_stmt)
    int if_test;      // an if's condition, against an expression statement's (negative)
    int statement;    // any statement, against an expression statement's atom: the PEG parser
                      // tries `star_expressions` on a simple statement down to its atom (3.12+:
                      // one more, as for a NUMBER); the LL(1) parser reads `pass` 16 levels up
    int simple_suite; // a statement after `if c:` on the same line
    int assign;       // the value of an `=` assignment (also augmented)
    int ann_assign;   // the value of an annotated assignment
    int return_;      // the value of a return
};

// The costs of version `v` (the last row whose `first` <= v).
const ParserStackCosts& parser_stack_costs(Version v);

// The levels CPython's parser needs for `root` (a module, expression or interactive tree), and
// the node where it needs the most. `groups` holds each expression the builder saw inside
// parentheses, once per pair (BuildInput::groups).
struct ParserStackDepth {
    int levels = 0;
    const ast::Node* deepest = nullptr;
};
ParserStackDepth parser_stack_depth(const ast::Node* root, const std::vector<const ast::Node*>& groups,
                                    Version v);

// Whether a tree `tree_depth` nodes deep (tree_depth.h) with `groups` pairs of parentheses
// can need more than MAXSTACK levels: false when even every edge at the row's largest cost
// stays within it, which spares the counting walk for all but deeply nested sources.
bool may_overflow_parser_stack(const ParserStackCosts& costs, int tree_depth, std::size_t groups);

// MemoryError when the tree needs more than MAXSTACK levels (no message up to 3.11, as CPython).
// `tree_depth`: the tree's depth if known (may_overflow_parser_stack), else a walk decides.
std::optional<Diagnostic> parser_stack_error(const ast::Node* root, const std::vector<const ast::Node*>& groups,
                                             Version v, int tree_depth = -1);

}  // namespace pyfront::builder
