// Whether two parses of one file (at two compat levels) give the same tree, so that one host
// compile serves both levels (compile_job.cpp): the same node kinds, fields and constants, and
// the same positions on every node that has them, since the code objects' line tables record
// them. What `ast.dump(include_attributes=True)` of both would show equal, without making it.
#pragma once
#include "ast/ast.h"

namespace pyfront::cli {

bool same_tree(const ast::Node* a, const ast::Node* b);

}  // namespace pyfront::cli
