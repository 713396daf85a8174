// Targets: the grammar parses assignment, del, for, with and walrus targets as expressions
// (cover forms); here they get their Store/Del context and are checked, with CPython's
// messages naming the first invalid part (Parser/action_helpers.c _PyPegen_get_invalid_target).
#include "builder/builder_impl.h"

namespace pyfront::builder::detail {

const char* Builder::expr_name(const ast::expr* e) const {
    switch (e->node_kind) {
        case ast::NodeKind::Attribute: return "attribute";
        case ast::NodeKind::Subscript: return "subscript";
        case ast::NodeKind::Starred: return "starred";
        case ast::NodeKind::Name: return "name";
        case ast::NodeKind::List: return "list";
        case ast::NodeKind::Tuple: return "tuple";
        case ast::NodeKind::Lambda: return "lambda";
        case ast::NodeKind::Call: return "function call";
        case ast::NodeKind::BoolOp:
        case ast::NodeKind::BinOp:
        case ast::NodeKind::UnaryOp: return "expression";
        case ast::NodeKind::GeneratorExp: return "generator expression";
        case ast::NodeKind::Yield:
        case ast::NodeKind::YieldFrom: return "yield expression";
        case ast::NodeKind::Await: return "await expression";
        case ast::NodeKind::ListComp: return "list comprehension";
        case ast::NodeKind::SetComp: return "set comprehension";
        case ast::NodeKind::DictComp: return "dict comprehension";
        case ast::NodeKind::Dict: return "dict literal";
        case ast::NodeKind::Set: return "set display";
        case ast::NodeKind::JoinedStr:
        case ast::NodeKind::FormattedValue: return "f-string expression";
        case ast::NodeKind::TemplateStr:
        case ast::NodeKind::Interpolation: return "t-string expression";
        case ast::NodeKind::Constant: {
            const ast::Value& v = static_cast<const ast::Constant*>(e)->value;
            switch (v.kind) {
                case ast::ValueKind::None: return "None";
                case ast::ValueKind::True: return "True";
                case ast::ValueKind::False: return "False";
                case ast::ValueKind::Ellipsis: return vc_ >= 309 ? "ellipsis" : "Ellipsis";
                default: return "literal";
            }
        }
        case ast::NodeKind::Compare: return "comparison";
        case ast::NodeKind::IfExp: return "conditional expression";
        case ast::NodeKind::NamedExpr: return "named expression";
        default: return "expression";
    }
}

void Builder::forbidden_name(std::string_view name, const Position& at) {
    if (!allows(Gate::AssignDebug) || name != "__debug__") return;
    fail_ast(vc_ <= 307 ? "assignment to keyword" : "cannot assign to __debug__", at);
}

void Builder::target_error(ast::expr* e, TargetKind kind) {
    const char* what = expr_name(e);
    switch (kind) {
        case TargetKind::Del: fail_node(std::string("cannot delete ") + what, e);
        case TargetKind::AugAssign:
            if (vc_ >= 309) fail_node(std::string("'") + what + "' is an illegal expression for augmented assignment", e);
            fail_node("illegal expression for augmented assignment", e);
        case TargetKind::AssignLone:
            // invalid_named_expression: !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=' ...
            if (std::string_view(what) != "True" && std::string_view(what) != "False" && std::string_view(what) != "None")
                fail_node(std::string("cannot assign to ") + what + " here. Maybe you meant '==' instead of '='?", e);
            fail_node(std::string("cannot assign to ") + what, e);
        default:
            if (vc_ <= 307) fail_node(std::string("can't assign to ") + what, e);
            fail_node(std::string("cannot assign to ") + what, e);
    }
}

void Builder::set_store(ast::expr* e, TargetKind kind) {
    switch (e->node_kind) {
        case ast::NodeKind::Name: {
            auto* n = static_cast<ast::Name*>(e);
            forbidden_name(n->id.view(), e->pos);
            n->ctx = ast::ExprContext::Store;
            return;
        }
        case ast::NodeKind::Attribute:
            forbidden_name(static_cast<ast::Attribute*>(e)->attr.view(), e->pos);
            static_cast<ast::Attribute*>(e)->ctx = ast::ExprContext::Store;
            return;
        case ast::NodeKind::Subscript:
            static_cast<ast::Subscript*>(e)->ctx = ast::ExprContext::Store;
            return;
        case ast::NodeKind::Starred:
            if (kind == TargetKind::AugAssign) target_error(e, kind);
            static_cast<ast::Starred*>(e)->ctx = ast::ExprContext::Store;
            set_store(static_cast<ast::Starred*>(e)->value, kind == TargetKind::AssignLone ? TargetKind::Assign : kind);
            return;
        case ast::NodeKind::Tuple: {
            if (kind == TargetKind::AugAssign) target_error(e, kind);
            auto* t = static_cast<ast::Tuple*>(e);
            t->ctx = ast::ExprContext::Store;
            if (kind == TargetKind::AssignLone) kind = TargetKind::Assign;
            for (ast::expr* x : t->elts) set_store(x, kind);
            return;
        }
        case ast::NodeKind::List: {
            if (kind == TargetKind::AugAssign) target_error(e, kind);
            auto* l = static_cast<ast::List*>(e);
            l->ctx = ast::ExprContext::Store;
            if (kind == TargetKind::AssignLone) kind = TargetKind::Assign;
            for (ast::expr* x : l->elts) set_store(x, kind);
            return;
        }
        default: target_error(e, kind);
    }
}

void Builder::set_del(ast::expr* e) {
    switch (e->node_kind) {
        case ast::NodeKind::Name:
            static_cast<ast::Name*>(e)->ctx = ast::ExprContext::Del;
            return;
        case ast::NodeKind::Attribute:
            static_cast<ast::Attribute*>(e)->ctx = ast::ExprContext::Del;
            return;
        case ast::NodeKind::Subscript:
            static_cast<ast::Subscript*>(e)->ctx = ast::ExprContext::Del;
            return;
        case ast::NodeKind::Starred:
            require(Gate::DelStarred, "cannot delete starred", e->pos, true);
            static_cast<ast::Starred*>(e)->ctx = ast::ExprContext::Del;
            set_del(static_cast<ast::Starred*>(e)->value);
            return;
        case ast::NodeKind::Tuple: {
            auto* t = static_cast<ast::Tuple*>(e);
            if (t->elts.empty()) require(Gate::DelEmpty, "cannot delete ()", e->pos, true);
            t->ctx = ast::ExprContext::Del;
            for (ast::expr* x : t->elts) set_del(x);
            return;
        }
        case ast::NodeKind::List: {
            auto* l = static_cast<ast::List*>(e);
            l->ctx = ast::ExprContext::Del;
            for (ast::expr* x : l->elts) set_del(x);
            return;
        }
        default: target_error(e, TargetKind::Del);
    }
}

}  // namespace pyfront::builder::detail
