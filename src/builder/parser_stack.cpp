#include "builder/parser_stack.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "ast/fields.h"

namespace pyfront::builder {

namespace {

// Measured with the real interpreters (tests/unit/builder_parser_stack_test.cpp): the largest
// n whose source ast.parse accepts without MemoryError, e.g. '-' * n + 'x' at module level:
// 1479 (3.6, 3.7), 1679 (3.8), 5969 (3.9-3.13), hence `start` = MAXSTACK - that n.
// 3.0-3.5 had the LL(1) parser with MAXSTACK 1500 and 3.6's grammar chain: 3.6's row.
// 3.14+ cannot be measured here (pyodide's stack is smaller than CPython's): 3.12's row.
//                                 max  start num str un not if lam pow grp lst brc arg sub blk def els elif test stm sui asg ann ret
constexpr ParserStackCosts kCosts[] = {
    {Version{3, 0}, 1500, 21, 0, 0, 1, 1, 1, 2, 2, 16, 16, 16, 17, 17, 4, 4, 4, 0, -2, -16, 3, 0, 0, 1},
    // 3.8: testlist_comp holds namedexpr_test, one more level in parentheses and lists (not in
    // dictorsetmaker)
    {Version{3, 8}, 1700, 21, 0, 0, 1, 1, 1, 2, 2, 17, 17, 16, 17, 17, 4, 4, 4, 0, -2, -16, 3, 0, 1, 1},
    // The PEG parser: brackets are not modelled (0): CPython's tokenizer stops at 200 nested
    // brackets first, and the cost is not one number per bracket (the alternatives tried
    // around it): K brackets around '-' * n + 'x' took 9, 10, 38, 66 levels for K = 1-4 (+28
    // each from the second) in parentheses, 10 + 29 (K - 1) in lists, 5 + 24 (K - 1) in calls
    // and subscripts (3.9-3.13 alike).
    {Version{3, 9}, 6000, 31, 0, 2, 1, 1, 1, 2, 2, 0, 0, 0, 0, 0, 6, 7, 7, 1, -1, 0, 3, 2, 3, 1},
    // 3.12: NUMBER and STRING atoms, and the probe of a simple statement, one or two more
    {Version{3, 12}, 6000, 31, 1, 4, 1, 1, 1, 2, 2, 0, 0, 0, 0, 0, 6, 7, 7, 1, -1, 1, 3, 2, 3, 1},
};

// An edge of the tree and the member of ParserStackCosts it costs. `op` narrows the edge to
// one operator of a BinOp / UnaryOp (-1: any).
struct Edge {
    ast::NodeKind parent;
    const char* field;
    int op;
    int ParserStackCosts::*cost;
};

constexpr int kPow = static_cast<int>(ast::OperatorKind::Pow);
constexpr int kNot = static_cast<int>(ast::UnaryOpKind::Not);
constexpr int kAny = -1;

constexpr Edge kEdges[] = {
    {ast::NodeKind::UnaryOp, "operand", kNot, &ParserStackCosts::not_},
    {ast::NodeKind::UnaryOp, "operand", kAny, &ParserStackCosts::unary},
    {ast::NodeKind::IfExp, "orelse", kAny, &ParserStackCosts::if_else},
    {ast::NodeKind::Lambda, "body", kAny, &ParserStackCosts::lambda_body},
    {ast::NodeKind::BinOp, "right", kPow, &ParserStackCosts::power},
    {ast::NodeKind::List, "elts", kAny, &ParserStackCosts::list_item},
    {ast::NodeKind::Set, "elts", kAny, &ParserStackCosts::brace_item},
    {ast::NodeKind::Dict, "keys", kAny, &ParserStackCosts::brace_item},
    {ast::NodeKind::Dict, "values", kAny, &ParserStackCosts::brace_item},
    {ast::NodeKind::Call, "args", kAny, &ParserStackCosts::call_arg},
    {ast::NodeKind::Call, "keywords", kAny, &ParserStackCosts::call_arg},
    {ast::NodeKind::Subscript, "slice", kAny, &ParserStackCosts::subscript},
    {ast::NodeKind::If, "test", kAny, &ParserStackCosts::if_test},
    {ast::NodeKind::Assign, "value", kAny, &ParserStackCosts::assign},
    {ast::NodeKind::AugAssign, "value", kAny, &ParserStackCosts::assign},
    {ast::NodeKind::AnnAssign, "value", kAny, &ParserStackCosts::ann_assign},
    {ast::NodeKind::Return, "value", kAny, &ParserStackCosts::return_},
};

// The operator of a BinOp / UnaryOp (-1 for other nodes).
int operator_of(const ast::Node* n) {
    if (n->node_kind == ast::NodeKind::BinOp) return static_cast<int>(static_cast<const ast::BinOp*>(n)->op);
    if (n->node_kind == ast::NodeKind::UnaryOp) return static_cast<int>(static_cast<const ast::UnaryOp*>(n)->op);
    return -1;
}

// Whether nodes of a kind have edges in kEdges (most have none: no string compares for them).
struct KindsWithEdges {
    bool has[256] = {};
    constexpr KindsWithEdges() {
        for (const Edge& e : kEdges) has[static_cast<int>(e.parent)] = true;
    }
};
constexpr KindsWithEdges kKindsWithEdges;

int edge_cost(const ast::Node* parent, const ast::FieldRef& f, const ParserStackCosts& c) {
    if (!kKindsWithEdges.has[static_cast<int>(parent->node_kind)]) return 0;
    const int op = operator_of(parent);
    for (const Edge& e : kEdges)
        if (e.parent == parent->node_kind && std::strcmp(e.field, f.name) == 0 && (e.op == kAny || e.op == op))
            return c.*e.cost;
    return 0;
}

bool is_def(ast::NodeKind k) {
    return k == ast::NodeKind::FunctionDef || k == ast::NodeKind::AsyncFunctionDef || k == ast::NodeKind::ClassDef;
}

bool is_top(ast::NodeKind k) {
    return k == ast::NodeKind::Module || k == ast::NodeKind::Interactive || k == ast::NodeKind::Expression;
}

// An `elif`: the If that is the whole orelse of an If, in the same column (3.9+ place an elif's
// If at the keyword; an `else:` block's own if is indented).
bool is_elif(const ast::Node* parent, const ast::FieldRef& f, const ast::Node* child) {
    return parent->node_kind == ast::NodeKind::If && child->node_kind == ast::NodeKind::If &&
           std::strcmp(f.name, "orelse") == 0 && f.nodes().size == 1 && child->pos.col_offset == parent->pos.col_offset;
}

// A statement of a block: indented, or on the header's line (`if c: x`). The statements of a
// module start at `start`.
int block_cost(const ast::Node* parent, const ast::FieldRef& f, const ast::Node* child, const ParserStackCosts& c) {
    if (is_top(parent->node_kind)) return 0;
    if (is_elif(parent, f, child)) return c.elif;
    if (child->pos.lineno == parent->pos.lineno) return c.simple_suite;
    if (std::strcmp(f.name, "orelse") == 0 || std::strcmp(f.name, "finalbody") == 0) return c.else_block;
    return is_def(parent->node_kind) ? c.def_block : c.block;
}

int leaf_cost(const ast::Node* n, const ParserStackCosts& c) {
    if (n->node_kind != ast::NodeKind::Constant) return 0;
    switch (static_cast<const ast::Constant*>(n)->value.kind) {
        case ast::ValueKind::Int:
        case ast::ValueKind::BigInt:
        case ast::ValueKind::Float:
        case ast::ValueKind::Complex: return c.number;
        case ast::ValueKind::Str:
        case ast::ValueKind::Bytes: return c.string;
        default: return 0;
    }
}

}  // namespace

const ParserStackCosts& parser_stack_costs(Version v) {
    const ParserStackCosts* row = &kCosts[0];
    for (const ParserStackCosts& r : kCosts)
        if (r.first <= v) row = &r;
    return *row;
}

ParserStackDepth parser_stack_depth(const ast::Node* root, const std::vector<const ast::Node*>& groups,
                                    Version v) {
    ParserStackDepth out;
    if (root == nullptr) return out;
    const ParserStackCosts& c = parser_stack_costs(v);
    std::unordered_map<const ast::Node*, int> parens;  // (3.9+ give parentheses no cost)
    if (c.group != 0)
        for (const ast::Node* g : groups) ++parens[g];
    auto group_cost = [&](const ast::Node* n) {
        if (parens.empty()) return 0;
        const auto it = parens.find(n);
        return it == parens.end() ? 0 : it->second * c.group;
    };
    // (node, levels at its atom, whether it is a statement): a walk without recursion (trees
    // can be deep).
    struct Visit {
        const ast::Node* node;
        int levels;
        bool statement;
    };
    std::vector<Visit> stack;
    stack.push_back({root, c.start, false});
    ast::FieldRef fields[ast::kMaxFields];
    while (!stack.empty()) {
        const Visit visit = stack.back();
        stack.pop_back();
        const ast::Node* n = visit.node;
        const int levels = visit.levels;
        const int here = levels + (visit.statement ? c.statement : leaf_cost(n, c));
        if (here > out.levels) out = {here, n};
        const int count = ast::node_fields(n, fields);
        for (int i = 0; i < count; ++i) {
            const ast::FieldRef& f = fields[i];
            const bool statements = std::strcmp(f.type, "stmt") == 0;
            const int cost = statements ? 0 : edge_cost(n, f, c);
            auto push = [&](const ast::Node* child) {
                if (child == nullptr) return;
                const int extra = statements ? block_cost(n, f, child, c) : cost + group_cost(child);
                stack.push_back({child, levels + extra, statements});
            };
            switch (f.kind) {
                case ast::FieldKind::Node:
                case ast::FieldKind::Opt: push(f.node()); break;
                case ast::FieldKind::Seq:
                case ast::FieldKind::OptSeq:
                    for (const ast::Node* child : f.nodes()) push(child);
                    break;
                default: break;
            }
        }
    }
    return out;
}

bool may_overflow_parser_stack(const ParserStackCosts& c, int tree_depth, std::size_t groups) {
    const int edge = std::max({0, c.unary, c.not_, c.if_else, c.lambda_body, c.power, c.list_item, c.brace_item,
                               c.call_arg, c.subscript, c.block, c.def_block, c.else_block, c.elif, c.if_test,
                               c.simple_suite, c.assign, c.ann_assign, c.return_});
    const int leaf = std::max({0, c.number, c.string, c.statement});
    const long long bound = static_cast<long long>(c.start) + static_cast<long long>(tree_depth) * edge +
                            static_cast<long long>(groups) * std::max(0, c.group) + leaf;
    return bound > c.max_stack;
}

std::optional<Diagnostic> parser_stack_error(const ast::Node* root, const std::vector<const ast::Node*>& groups,
                                             Version v, int tree_depth) {
    if (tree_depth >= 0 && !may_overflow_parser_stack(parser_stack_costs(v), tree_depth, groups.size()))
        return std::nullopt;
    const ParserStackDepth depth = parser_stack_depth(root, groups, v);
    if (depth.levels <= parser_stack_costs(v).max_stack) return std::nullopt;
    Diagnostic d;
    d.kind = ErrorKind::MemoryError;
    if (v >= Version{3, 12}) d.message = "Parser stack overflowed - Python source too complex to parse";
    return d;
}

}  // namespace pyfront::builder
