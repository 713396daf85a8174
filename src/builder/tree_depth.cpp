#include "builder/tree_depth.h"

#include <utility>
#include <vector>

#include "ast/fields.h"
#include "builder/builder.h"

namespace pyfront::builder {

int max_tree_depth(Version v) {
    int limit = kMaxTreeDepth;
    for (const TreeDepthLimit& row : kTreeDepthLimits)
        if (row.first <= v) limit = row.max_depth;
    return limit;
}

namespace {

// The one walk behind node_deeper_than() and tree_depth(): without recursion (trees can be
// deep), stopping at the first node deeper than `limit`; `deepest` = the depth reached.
const ast::Node* walk_depth(const ast::Node* root, int limit, int& deepest) {
    deepest = 0;
    if (root == nullptr) return nullptr;
    std::vector<std::pair<const ast::Node*, int>> stack;
    stack.emplace_back(root, 1);
    ast::FieldRef fields[ast::kMaxFields];
    while (!stack.empty()) {
        const auto [n, depth] = stack.back();
        stack.pop_back();
        if (depth > deepest) deepest = depth;
        if (depth > limit) return n;
        const int count = ast::node_fields(n, fields);
        for (int i = 0; i < count; ++i) {
            const ast::FieldRef& f = fields[i];
            switch (f.kind) {
                case ast::FieldKind::Node:
                case ast::FieldKind::Opt:
                    if (const ast::Node* c = f.node()) stack.emplace_back(c, depth + 1);
                    break;
                case ast::FieldKind::Seq:
                case ast::FieldKind::OptSeq:
                    for (const ast::Node* c : f.nodes())
                        if (c) stack.emplace_back(c, depth + 1);
                    break;
                default: break;
            }
        }
    }
    return nullptr;
}

}  // namespace

const ast::Node* node_deeper_than(const ast::Node* root, int limit) {
    int deepest = 0;
    return walk_depth(root, limit, deepest);
}

int tree_depth(const ast::Node* root, int limit) {
    int deepest = 0;
    walk_depth(root, limit, deepest);
    return deepest;
}

std::optional<Diagnostic> tree_depth_error(const ast::Node* root, std::string_view text, int limit) {
    const ast::Node* deep = node_deeper_than(root, limit);
    if (deep == nullptr) return std::nullopt;
    Diagnostic d;
    d.kind = ErrorKind::RecursionError;
    d.message = "maximum recursion depth exceeded during ast construction";
    if (deep->pos.lineno > 0) {
        d.lineno = deep->pos.lineno;
        d.offset = char_offset(text, deep->pos.lineno, deep->pos.col_offset);
    }
    return d;
}

}  // namespace pyfront::builder
