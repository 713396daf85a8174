// ast.dump() of CPython 3.14 for the common AST, character for character, and the JSON form
// (docs/ast-json.md). Both walk nodes through fields.h: no per-node code.
#pragma once
#include <string>

#include "diag/json_string.h"

#include "ast/ast.h"

namespace pyfront::ast {

// The parameters of ast.dump(node, annotate_fields, include_attributes, *, indent, show_empty).
struct DumpOptions {
    bool annotate_fields = true;
    bool include_attributes = false;
    // indent=None (one line) unless `indented`; then `indent` is the string per level
    // (ast.dump's indent=N is N spaces: use with_indent).
    bool indented = false;
    std::string indent;
    bool show_empty = false;
    // 3.15's ast.dump also leaves out ctx=Load() (like an empty list). Off: 3.14's output.
    bool omit_load_ctx = false;

    DumpOptions& with_indent(int spaces) {
        indented = spaces >= 0;
        indent.assign(spaces > 0 ? static_cast<std::size_t>(spaces) : 0, ' ');
        return *this;
    }
};

// The rules reproduced (3.14's Lib/ast.py):
// - fields in _fields order as name=value (positional when !annotate_fields, until a field is
//   left out; then keywords);
// - an optional field (T?, identifier?, string?, int?) holding None is left out; a required
//   one holding None prints None (Constant(value=None), MatchSingleton(value=None));
// - an empty list is left out unless show_empty;
// - with include_attributes: lineno, col_offset, end_lineno, end_col_offset after the fields
//   for the node types that have them;
// - values by repr(): 'str' with Python's quoting and escapes, b'bytes', ints, float and complex
//   reprs, True/False/None/Ellipsis; expr_context and operators as Load(), Add(), ...;
// - with an indent, a node is written on one line when all its values are "simple" (no
//   non-empty list, no child node with fields) and it has at most 3 of them; otherwise each
//   value on its own line, one indent deeper per node and per list.
void dump(const Node* node, const DumpOptions& options, std::string& out);
std::string dump(const Node* node, const DumpOptions& options = {});

struct JsonOptions {
    bool include_attributes = true;
};

// One JSON object, one line, no trailing newline (schema: docs/ast-json.md).
void write_json(const Node* node, const JsonOptions& options, std::string& out);
std::string to_json(const Node* node, const JsonOptions& options = {});

// Appends a Python str value (generalized UTF-8) as a JSON string literal. Lone surrogates
// come out as \udXXX escapes.
using diag::append_json_string;  // src/diag/json_string.h

}  // namespace pyfront::ast
