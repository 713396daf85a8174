// The nesting limit of built trees, per version. CPython 3.11+ refuse a tree nested too deep
// while building its `ast` objects: RecursionError "maximum recursion depth exceeded during ast
// construction". Their limit counts the levels of ast2obj calls from the Module down, plus the
// caller's own recursion depth (3.11: 3 per Python frame, against 3 x the recursion limit of
// 1,000; 3.12: C recursion; 3.13: 10,000 C levels): the table holds what `ast.parse(source)` at
// a module's top level gives, measured with the real interpreters (`'a' + '.b' * n`, `'-' * n
// + '1'`, `'f' + '()' * n`: 3.11 accepts n = 2991, 3.12 n = 2993, 3.13 n = 9994; a tree of n + 3
// nodes). CPython 3.0-3.10 set no limit (3.8-3.10 build 100,000 levels and crash near 150,000);
// pyfront keeps its consumers' limit there (the deepest of the table). 3.14+ could not be
// measured (pyodide's stack is smaller than CPython's): they take 3.13's.
//
// The consumers (ast::dump, ast::write_json, the CPython bridge) must walk kMaxTreeDepth.
#pragma once
#include <optional>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "version/version.h"

namespace pyfront::builder {

struct TreeDepthLimit {
    Version first;  // the first version with this limit
    int max_depth;  // the deepest tree accepted, in nodes from the root
};

inline constexpr int kMaxTreeDepth = 9997;

inline constexpr TreeDepthLimit kTreeDepthLimits[] = {
    {Version{3, 0}, kMaxTreeDepth},  // no CPython limit: pyfront's
    {Version{3, 11}, 2994},
    {Version{3, 12}, 2996},
    {Version{3, 13}, 9997},
};

// The limit of version `v` (the last row of kTreeDepthLimits whose `first` <= v).
int max_tree_depth(Version v);

// The first node found deeper than `limit` nodes below and including `root` (a walk without
// recursion that stops there), or nullptr when the whole tree is within the limit.
const ast::Node* node_deeper_than(const ast::Node* root, int limit);

// The depth of the tree in nodes (1 for a lone root), or `limit` + 1 as soon as a node is
// deeper than `limit` (the walk stops there). 0 for no tree.
int tree_depth(const ast::Node* root, int limit);

// RecursionError at that node (its line and 1-based character column in `text`), if any.
std::optional<Diagnostic> tree_depth_error(const ast::Node* root, std::string_view text,
                                           int limit = kMaxTreeDepth);

}  // namespace pyfront::builder
