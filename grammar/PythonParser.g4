// The syntax of Python 3.0 to 3.15, one grammar for every version.
//
// Tokens come from pyfront's version-aware tokenizer through the parser's token source
// (src/parse/token_source.cpp): the vocabulary PyTokens is written from the tokenizer's tables
// at build time (NAME, NUMBER, STRING, LPAR '(' ..., keywords KW_IF 'if' ..., and the parser
// tokens of src/parse/parser_tokens.def: SOFT_MATCH, SOFT_CASE, SOFT_TYPE, SOFT_LAZY, IS_NOT).
// COMMENT and NL never reach the parser; ENDMARKER is EOF. What the tokenizer already decides
// per version is not repeated here: which names are keywords (async/await from 3.7, the
// contextual ASYNC/AWAIT of 3.5-3.6 arrive as KW_ASYNC/KW_AWAIT only where 3.5-3.6 made them
// keywords, __peg_parser__ in 3.9), string prefixes, numbers, `:=` as one token from 3.8,
// f-strings (split into FSTRING_START/MIDDLE/END with the expression tokens between, for every
// version 3.6+) and t-strings (TSTRING_*, 3.14+).
//
// VERSION MARKS. This file is the specification of every version. Each production that not
// every version from 3.0 to 3.15 accepts carries a mark
//
//     // @versions <range> <feature>  free text
//
// at the end of the grammar line it belongs to (or, alone on a line, the grammar line just
// below it). <range> is `3.8-` (3.8 and later), `-3.8` (up to 3.8), `3.9` (only), `3.0-3.1`, or
// a comma list of those (`3.0-3.1,3.5-`). <feature> is the identifier of the gate that enforces
// the range (the version gate table of the AST builder; one feature may be marked at several
// sites). Unmarked productions are accepted by every version 3.0-3.15.
//
// The grammar accepts the UNION of the versions; it rejects nothing a version accepts. Where
// a version accepts less, the mark says so and the builder's gate rejects it, with a message
// naming the version (e.g. `match` before 3.10). Many productions are COVER FORMS, as CPython's
// pre-3.9 LL(1) grammar had them: a wider form parsed without lookahead and narrowed while
// building the AST (the builder reports what CPython's parser or ast.c reported there):
//   - assignment, augmented-assignment, annotation, `del`, `with ... as` and walrus targets
//     are expressions (`test`); the builder checks they are targets;
//   - keyword arguments are `test '=' test` (the builder checks the left side is a NAME);
//   - parameters of def/lambda are flat lists of param items (`/`, `*`, `**`, defaults); the
//     builder checks their order;
//   - `*x` is an operand form of `test` (Starred) wherever an expression may appear; the
//     builder checks where a starred expression is allowed per version (PEP 448 displays and
//     calls, return/yield 3.8, for-iterables 3.9, subscripts 3.11, annotations 3.11, ...),
//     also `except* E` is `except` followed by a starred `test`;
//   - `x := y` is a binary form of `test`; the builder checks where a named expression is
//     allowed per version and that its target is a name;
//   - `not x`, `await x`, `-x`, `lambda`, `*x` are prefix forms of `test` that ANTLR's
//     precedence climbing also admits as operands of tighter operators (`a + not b`,
//     `await -x`); the builder rejects a prefix form whose level is below its parent
//     operator's, except a unary operator as the right operand of `**` (see `test`);
//   - `(a as b, c)` parses as a parenthesized item list with `as` clauses, valid only as the
//     whole item list of a `with` statement (3.9+);
//   - `{k: v, x}`, `{**a, x}` mix dict and set items; the builder checks the display is one or
//     the other;
//   - `from ... import` takes any number of leading dots (none is checked: it needs a module);
//     `from a import b,` (trailing comma without parentheses) is checked by the builder;
//   - a class pattern's keyword arguments are `pattern '=' pattern`, a mapping key is any
//     closed pattern, `_` is any NAME (the builder makes it the wildcard, and rejects it where
//     CPython's parser takes `_` for the wildcard only: `case _.a`, `case _()`, `as _`);
//   - 3.0-3.1 accepted `*x` as any comparison operand; `a < *b` parses as such, but `*a < b`
//     parses as Starred(a < b) where 3.0 built Compare(Starred(a), ...), which the builder
//     rotates for those versions.
//
// Soft keywords (match, case, type, lazy) and `is not` are resolved by the token source with
// bounded lookahead (src/parse/parser_tokens.def says how) into tokens of their own, in every
// feature version: a form it resolves is invalid in every version without that statement, so
// the builder's gate can name the version the statement needs.
//
// PERFORMANCE. Written for the fast path of the ANTLR 4.9 C++ runtime: nearly every decision
// is LL(1) (a generated `switch` on the next token, no adaptive prediction, no DFA growth);
// the operators of an expression are one left-recursive precedence rule (`test`) so that an
// operand costs one rule context and not a chain of ~15 as in CPython's grammar (a name or a
// number is a token of that context, not a rule of its own); trailers (calls, subscripts,
// attributes) are a loop in the same primary. The decisions that are not LL(1), measured to be
// cheap (a DFA walk of two tokens, see src/parse/parser_base.h): a separator that may also end
// a list (`a, b,` before `)`, `;` before NEWLINE; an exact form costs 1.8% more instructions
// than a cover `(',' x?)*` would, and keeps `a,,b` a syntax error), and the decisions at the
// right edge of a primary (the trailer and string loops, the precedence loop), which ANTLR
// cannot make LL(1) because the precedence loop's predicates follow them.
//
// EXPRESSION SHAPES (for the builder, since the precedence rules have no labels: a label costs
// a second rule context per operand in ANTLR's C++ target, +6% instructions measured). A
// `test` / `or_test` context is one of
//   P trailer*                          primary: P is a NAME, NUMBER, None/True/False or `...`
//                                       token, or an `atom` context (strings, brackets)
//   OP test                             prefix: OP is KW_AWAIT, PLUS/MINUS/TILDE, KW_NOT, STAR
//   KW_LAMBDA lambda_params? COLON test lambda
//   test OP test                        binary: the first child a context, the second a token
//                                       (KW_NOT then KW_IN: `not in`; IS_NOT: `is not`)
//   test KW_IF test KW_ELSE test        conditional expression
//   test COLONEQUAL test                named expression
// and `atom`, `trailer`, `closed_pattern` are told apart by their first token.

parser grammar PythonParser;

options {
    tokenVocab = PyTokens;
    superClass = PythonParserBase;   // src/parse/parser_base.h: cheaper rule bookkeeping
}

@parser::header {
#include "parse/parser_base.h"
}

// ---------------------------------------------------------------------------------------------
// Start symbols: ast.parse modes exec, eval, single and func_type.

file_input
    : (NEWLINE | stmt)* EOF
    ;

eval_input
    : exprs NEWLINE* EOF
    ;

// Interactive input: exactly one statement (a compound statement may be followed by its
// blank line); empty input is an error, as in CPython.
single_input
    : stmt NEWLINE* EOF
    ;

// A signature type comment, ast.parse(..., mode='func_type').
func_type_input                                     // @versions 3.8- func_type  mode='func_type'
    : LPAR (type_arg (COMMA type_arg)* COMMA?)? RPAR RARROW test NEWLINE* EOF
    ;

// `*t`, `**t` or `t`; a bare `*` and a trailing comma @versions 3.8 func_type_star_comma.
type_arg
    : test
    | STAR
    | DOUBLESTAR test
    ;

// ---------------------------------------------------------------------------------------------
// Statements

stmt
    : KW_IF test COLON block (KW_ELIF test COLON block)* (KW_ELSE COLON block)?          #IfStmt
    | KW_WHILE test COLON block (KW_ELSE COLON block)?                                   #WhileStmt
    | for_stmt                                                                           #ForStmt
    | KW_TRY COLON block
      ( except_clause+ (KW_ELSE COLON block)? (KW_FINALLY COLON block)?
      | KW_FINALLY COLON block
      )                                                                                  #TryStmt
    | with_stmt                                                                          #WithStmt
    | funcdef                                                                            #FuncDefStmt
    | classdef                                                                           #ClassDefStmt
    | decorator+ (funcdef | classdef | KW_ASYNC funcdef)                                 #DecoratedStmt
    | KW_ASYNC (funcdef | for_stmt | with_stmt)                                          #AsyncStmt      // @versions 3.5- async  async def/for/with (PEP 492)
    | SOFT_MATCH exprs COLON NEWLINE INDENT case_block+ DEDENT                           #MatchStmt      // @versions 3.10- match  match statement (PEP 634)
    | simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE                                      #SimpleStmts
    ;

// A suite: statements on the header's line, or an indented block. The optional TYPE_COMMENT
// line is the function-signature type comment of func_body_suite (3.8+, with type comments).
block
    : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE
    | NEWLINE (TYPE_COMMENT NEWLINE)? INDENT stmt+ DEDENT
    ;

simple_stmt
    : exprs
      ( COLON test (EQUAL (yield_expr | exprs))?            // @versions 3.6- annotated_assignment  (PEP 526); RHS tuple/star/yield @versions 3.8- annassign_rhs
      | augassign (yield_expr | exprs)                      // RHS starred items: @versions 3.9- augassign_rhs_star
      | (EQUAL (yield_expr | exprs))+ TYPE_COMMENT?         // `() = x` @versions 3.6- empty_target
      )?                                                                     #ExprStmt
    | yield_expr                                                             #YieldStmt
    | KW_DEL exprs                                                           #DelStmt   // `del ()` @versions 3.6- del_empty; `del *a` @versions -3.8 del_starred
    | KW_PASS                                                                #PassStmt
    | KW_BREAK                                                               #BreakStmt
    | KW_CONTINUE                                                            #ContinueStmt
    | KW_RETURN exprs?                                                       #ReturnStmt  // unparenthesized `return *a, b` @versions 3.8- return_star
    | KW_RAISE (test (KW_FROM test)?)?                                       #RaiseStmt
    | KW_GLOBAL NAME (COMMA NAME)*                                           #GlobalStmt
    | KW_NONLOCAL NAME (COMMA NAME)*                                         #NonlocalStmt
    | KW_ASSERT test (COMMA test)?                                           #AssertStmt
    | import_name                                                            #ImportStmt
    | import_from                                                            #ImportFromStmt
    | SOFT_LAZY (import_name | import_from)                                  #LazyImportStmt  // @versions 3.15- lazy_import  (PEP 810)
    | SOFT_TYPE NAME type_params? EQUAL test                                 #TypeAliasStmt   // @versions 3.12- type_alias  (PEP 695)
    ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    | ATEQUAL                                               // @versions 3.5- matmul  (PEP 465)
    ;

import_name
    : KW_IMPORT dotted_name (KW_AS NAME)? (COMMA dotted_name (KW_AS NAME)?)*
    ;

// ELLIPSIS is three dots as one token. A trailing comma only inside the parentheses (builder).
import_from
    : KW_FROM (DOT | ELLIPSIS)* dotted_name? KW_IMPORT
      ( STAR
      | LPAR import_as_names RPAR
      | import_as_names
      )
    ;

import_as_names
    : NAME (KW_AS NAME)? (COMMA NAME (KW_AS NAME)?)* COMMA?
    ;

dotted_name
    : NAME (DOT NAME)*
    ;

for_stmt
    : KW_FOR targets KW_IN exprs COLON TYPE_COMMENT? block (KW_ELSE COLON block)?   // starred iterable items @versions 3.9- for_iter_star
    ;

// `with (a, b):` is one item (a Tuple) up to 3.8 and two items from 3.9 (the builder's job);
// `with (a as b, c):` is the paren cover of `atom` (the builder's check).
with_stmt
    : KW_WITH test (KW_AS target)? (COMMA test (KW_AS target)?)* COLON TYPE_COMMENT? block   // several items @versions 3.1- with_items; parenthesized items @versions 3.9- with_parens
    ;

// `except E as name:`; `except* E` is a starred `test` (@versions 3.11- except_star, PEP 654);
// `except A, B:` without parentheses @versions 3.14- except_bare_tuple (PEP 758).
except_clause
    : KW_EXCEPT (exprs (KW_AS NAME)?)? COLON block
    ;

funcdef
    : KW_DEF NAME type_params? LPAR params? RPAR (RARROW test)? COLON TYPE_COMMENT? block
    ;

classdef
    : KW_CLASS NAME type_params? (LPAR (argument (COMMA argument)* COMMA?)? RPAR)? COLON block
    ;

// Up to 3.8 `'@' dotted_name ['(' arglist ')']`; any expression @versions 3.9- relaxed_decorators (PEP 614).
decorator
    : AT test NEWLINE
    ;

// Parameters of def: a flat list whose order the builder checks (what CPython's grammar and
// ast.c rejected: `/` after `*`, a default before a non-default, `**` not last, ...).
// TYPE_COMMENT: per-argument type comments (3.8+, with type comments).
params
    : param (COMMA TYPE_COMMENT? param)* COMMA? TYPE_COMMENT?    // trailing comma after *args, **kw, kw-only @versions 3.6- def_trailing_comma
    ;

param
    : NAME (COLON test)? (EQUAL test)?
    | STAR (NAME (COLON test)?)?                 // `*args: *Ts` @versions 3.11- star_annotation (PEP 646)
    | DOUBLESTAR NAME (COLON test)?
    | SLASH                                      // @versions 3.8- posonly  (PEP 570)
    ;

// PEP 695 type parameters (3.12+): `T: bound = default`, `*Ts = default`, `**P = default`.
// A bound on `*Ts`/`**P` is rejected by the builder. Defaults @versions 3.13- type_param_defaults.
type_params                                      // @versions 3.12- type_params  (PEP 695)
    : LSQB type_param (COMMA type_param)* COMMA? RSQB
    ;

type_param
    : (STAR | DOUBLESTAR)? NAME (COLON test)? (EQUAL test)?
    ;

// ---------------------------------------------------------------------------------------------
// The match statement (3.10+, PEP 634). `_` is a NAME here; the builder makes it the wildcard.

case_block                                       // @versions 3.10- match
    : SOFT_CASE patterns (KW_IF test)? COLON block
    ;

// An open sequence (`case a, *b:`) or one pattern.
patterns
    : pattern (COMMA pattern)* COMMA?
    ;

// `*name` only inside a sequence (builder); `as` binds the or-pattern before it.
pattern
    : STAR NAME
    | closed_pattern (VBAR closed_pattern)* (KW_AS NAME)?
    ;

closed_pattern
    : (MINUS | PLUS)? NUMBER ((PLUS | MINUS) NUMBER)?      // literal numbers, `-1`, `1 + 2j`; leading `+` @versions 3.15- pattern_unary_plus
    | (STRING | fstring | tstring)+                         // f-strings parse; the compiler rejects them
    | KW_NONE
    | KW_TRUE
    | KW_FALSE
    | NAME (DOT NAME)* (LPAR (class_pattern_arg (COMMA class_pattern_arg)* COMMA?)? RPAR)?   // capture, wildcard, value, class
    | LPAR (pattern (COMMA pattern)* COMMA?)? RPAR          // group or sequence
    | LSQB (pattern (COMMA pattern)* COMMA?)? RSQB          // sequence
    | LBRACE (mapping_pattern_item (COMMA mapping_pattern_item)* COMMA?)? RBRACE
    ;

// `pattern` or `name=pattern` (cover: the builder checks the left side is a NAME).
class_pattern_arg
    : pattern (EQUAL pattern)?
    ;

// `key: pattern` (key a literal or value pattern; builder) or `**rest`.
mapping_pattern_item
    : closed_pattern COLON pattern
    | DOUBLESTAR NAME
    ;

// ---------------------------------------------------------------------------------------------
// Expressions

// A comma list of `test`: testlist_star_expr / star_expressions / subject / exprlist covers.
exprs
    : test (COMMA test)* COMMA?
    ;

// Targets of `for` (statement and comprehension) and of `as` in with items: no operators, so
// that the `in` after a for target is never read as a comparison.
targets
    : target (COMMA target)* COMMA?
    ;

target
    : STAR? (NAME | atom) trailer*
    ;

yield_expr
    : KW_YIELD (KW_FROM test | exprs)?                      // `yield from` @versions 3.3- yield_from; unparenthesized `yield *a, b` @versions 3.8- return_star
    ;

// The expression: one left-recursive precedence rule, tightest first (CPython's `expression`,
// with `:=` and `*x` as covers). ANTLR admits every prefix form as an operand at any level
// (`a + not b`, `await -x`); the builder rejects those whose level is below the parent's,
// except a unary `+ - ~` as the right operand of `**` (CPython: power: primary '**' factor).
test
    : (NAME | NUMBER | KW_NONE | KW_TRUE | KW_FALSE | ELLIPSIS | atom) trailer*
    | KW_AWAIT test                                                      // @versions 3.5- await  (keyword in async def only before 3.7)
    | <assoc=right> test DOUBLESTAR test
    | (PLUS | MINUS | TILDE) test
    | test (STAR | SLASH | PERCENT | DOUBLESLASH | AT) test               // `@` @versions 3.5- matmul
    | test (PLUS | MINUS) test
    | test (LEFTSHIFT | RIGHTSHIFT) test
    | test AMPER test
    | test CIRCUMFLEX test
    | test VBAR test
    | test (LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL
           | KW_IN | KW_NOT KW_IN | KW_IS | IS_NOT) test                   // `<>` as NOTEQUAL: barry_as_FLUFL only (builder)
    | KW_NOT test
    | test KW_AND test
    | test KW_OR test
    | <assoc=right> test KW_IF test KW_ELSE test
    | KW_LAMBDA lambda_params? COLON test
    | test COLONEQUAL test                                               // @versions 3.8- walrus  (PEP 572); positions per version: builder
    | STAR test                                                          // starred; positions per version: builder. As any comparison operand (`a < *b`) @versions 3.0-3.1 star_in_comparison
    ;

// `test` without the conditional expression and `:=`: the iterable and the conditions of a
// comprehension, where an `if` ends the expression (CPython's or_test / disjunction).
or_test
    : (NAME | NUMBER | KW_NONE | KW_TRUE | KW_FALSE | ELLIPSIS | atom) trailer*
    | KW_AWAIT or_test                                                   // @versions 3.5- await
    | <assoc=right> or_test DOUBLESTAR or_test
    | (PLUS | MINUS | TILDE) or_test
    | or_test (STAR | SLASH | PERCENT | DOUBLESLASH | AT) or_test        // `@` @versions 3.5- matmul
    | or_test (PLUS | MINUS) or_test
    | or_test (LEFTSHIFT | RIGHTSHIFT) or_test
    | or_test AMPER or_test
    | or_test CIRCUMFLEX or_test
    | or_test VBAR or_test
    | or_test (LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL
              | KW_IN | KW_NOT KW_IN | KW_IS | IS_NOT) or_test
    | KW_NOT or_test
    | or_test KW_AND or_test
    | or_test KW_OR or_test
    | KW_LAMBDA lambda_params? COLON or_test                             // in a comprehension's `if` @versions -3.8 comp_if_lambda
    | STAR or_test                                                       // @versions 3.0-3.1 star_in_comparison  (then any comparison operand)
    ;

// The primaries of more than one token (single-token primaries are in `test` itself).
atom
    : (STRING | fstring | tstring)+
    | LPAR (yield_expr | paren_items)? RPAR                              // `(*a)` @versions -3.8 paren_starred; `((a) := 1)` @versions 3.8 walrus_paren_target
    | LSQB (test (comp_for | (COMMA test)* COMMA?))? RSQB               // `[*x for ...]` @versions 3.15- comprehension_unpacking
    | LBRACE (dict_or_set_item (comp_for | (COMMA dict_or_set_item)* COMMA?))? RBRACE   // `{*a}` @versions 3.0-3.1,3.5- set_star; `{**d for ...}` @versions 3.15- comprehension_unpacking
    ;

// Parenthesized expression, tuple or generator expression; `as` clauses only as the items of
// a with statement (cover, @versions 3.9- with_parens).
paren_items
    : test (KW_AS target)? (comp_for | (COMMA test (KW_AS target)?)* COMMA?)
    ;

// `k: v`, `**m` (dict) or `x`, `*x` (set, `*x` being a starred test); `{x := 1}` @versions 3.9- walrus_set.
dict_or_set_item
    : test (COLON test)?
    | DOUBLESTAR test                                                    // @versions 3.5- unpack_dict  (PEP 448)
    ;

trailer
    : LPAR (argument (COMMA argument)* COMMA?)? RPAR                     // several `*`/`**`, positional after `*` @versions 3.5- unpack_call (PEP 448)
    | LSQB subscript (COMMA subscript)* COMMA? RSQB                      // `a[*b]` @versions 3.11- subscript_star; `a[x := 1]` @versions 3.10- walrus_subscript
    | DOT NAME
    ;

subscript
    : test (COLON test? (COLON test?)?)?
    | COLON test? (COLON test?)?
    ;

// `f(x)`, `f(*x)` (starred test), `f(k=v)`, `f(**m)`, `f(x for x in y)`, `f(x := 1)`.
// A generator argument followed by a comma, or as a class base @versions -3.6 genexp_argument;
// `f((a)=1)` @versions -3.7 keyword_paren; `f(a=1, a=2)` @versions 3.9- keyword_repeat.
argument
    : test (comp_for | EQUAL test)?
    | DOUBLESTAR test
    ;

// One or more `for` clauses with their `if`s: [x for a in b if c for d in e].
comp_for
    : (KW_ASYNC? KW_FOR targets KW_IN or_test (KW_IF or_test)*)+        // `async for` @versions 3.6- async_comprehension (PEP 530)
    ;

// Parameters of lambda: as `params`, without annotations.
lambda_params
    : lambda_param (COMMA lambda_param)* COMMA?
    ;

lambda_param
    : NAME (EQUAL test)?
    | STAR NAME?
    | DOUBLESTAR NAME
    | SLASH                                                              // @versions 3.8- posonly
    ;

// ---------------------------------------------------------------------------------------------
// f-strings and t-strings, as the tokenizer splits them for every version (3.6+ / 3.14+):
// literal parts are *_MIDDLE tokens, replacement fields are `{` expression `=`? `!conv`?
// `:spec`? `}` with nested fields in the spec.

fstring                                                                  // @versions 3.6- fstring  (PEP 498; tokenizer)
    : FSTRING_START (FSTRING_MIDDLE | replacement_field)* FSTRING_END
    ;

tstring                                                                  // @versions 3.14- tstring  (PEP 750; tokenizer)
    : TSTRING_START (TSTRING_MIDDLE | replacement_field)* TSTRING_END
    ;

replacement_field
    : LBRACE (yield_expr | exprs) EQUAL? (EXCLAMATION NAME)?            // `=` @versions 3.8- fstring_debug; `await` @versions 3.7- fstring_await
      (COLON (FSTRING_MIDDLE | TSTRING_MIDDLE | replacement_field)*)? RBRACE
    ;
