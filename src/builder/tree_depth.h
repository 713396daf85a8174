// The nesting limit of built trees. The tree's consumers (ast::dump, ast::write_json, the
// CPython bridge) walk it recursively, ~1 KB of stack per level: a tree nested 100,000 deep
// (`a.b.b.b...`, `1+1+1...`, `f()()()...` are left-deep chains that the parser and the
// builder make without recursion) would overflow their stack. CPython has the same problem
// and the same answer: its ast construction raises RecursionError "maximum recursion depth
// exceeded during ast construction" near depth 3,000 (3.9-3.12) or 10,000 (3.13+).
// pyfront's limit is 3,000 for every version: ~3 MB of an 8 MB stack in the consumers.
#pragma once
#include <optional>

#include "ast/ast.h"
#include "diag/diagnostic.h"

namespace pyfront::builder {

constexpr int kMaxTreeDepth = 3000;

// The first node found deeper than `limit` nodes below and including `root` (a walk without
// recursion that stops there), or nullptr when the whole tree is within the limit.
const ast::Node* node_deeper_than(const ast::Node* root, int limit);

// RecursionError at that node (its line and 1-based character column in `text`), if any.
std::optional<Diagnostic> tree_depth_error(const ast::Node* root, std::string_view text,
                                           int limit = kMaxTreeDepth);

}  // namespace pyfront::builder
