// The common AST -> the host interpreter's `ast` objects, through the C API and driven by the
// node table (src/ast/nodes.def via ast/fields.h): no per-node code. Call inside a HostLock.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "ast/ast.h"
#include "bridge/python.h"
#include "diag/diagnostic.h"
#include "version/version.h"

namespace pyfront::bridge {

struct HostAst {
    PyRef tree;                       // an instance of the host's _ast.Module (or other mod)
    std::optional<Diagnostic> error;  // what the host's node set cannot hold, with its line
};

// Builds the host objects for `tree`. Identifiers are interned as the host's parser interns
// them and every constant is a new object as the parser makes it, so that compile() of the
// result equals compile() of the source down to marshal's object sharing.
//
// Nodes and fields the host's `ast` lacks (type_params on a 3.11 host, TemplateStr before
// 3.14, ...) are left out when they hold nothing (None, [], 0) and are an error otherwise:
// "type parameters cannot be compiled by host CPython 3.11.2", at the node's line.
// Positions are the tree's, except where the host's parser placed nodes differently (f-string
// parts before 3.12: see host_ast.cpp), for which `source_text` (the decoded text the tree's
// positions index; may be empty) is read. `host_version_text` is the text used in messages.
HostAst to_host_ast(const ast::Node* tree, std::string_view source_text, Version host,
                    const std::string& host_version_text);

}  // namespace pyfront::bridge
