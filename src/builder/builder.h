// The AST builder: source bytes -> common AST (CPython 3.14's node set) exactly as CPython X's
// `ast.parse` builds it for feature version X (DESIGN.md decisions 1-3).
//
// parse_source() chains the pipeline: decode (compile-bytes rules) -> tokenize -> parse (ANTLR,
// grammar/PythonParser.g4) -> build (this library). The build step walks the parse tree once:
// it narrows the grammar's cover forms (targets, keyword arguments, parameters, starred and
// named expressions, with-items, dict/set displays, patterns) with CPython-like errors, applies
// the version gates (gates.def), decodes literal values (pyvalue), and sets positions as modern
// CPython does (1-based lines, 0-based UTF-8 byte columns, end positions).
//
// The first error wins, as in CPython; it is returned as a Diagnostic with CPython's SyntaxError
// attributes (offset 1-based in characters, with the 3.9-3.12 byte-offset quirk for parser
// errors in files without a BOM or coding declaration). Wording per version is issue 4's; the
// locations follow the reference interpreters.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "source/decode.h"
#include "version/version.h"

namespace pyfront::lex {
struct Token;
}
namespace pyfront::parse {
class ParseResult;
}

namespace pyfront::builder {

enum class Mode : std::uint8_t { Exec, Eval, Single, FuncType };

struct Options {
    Version version = kDefaultVersion;
    Mode mode = Mode::Exec;
    // ast.parse(..., type_comments=True): `# type:` comments become TYPE_COMMENT / TYPE_IGNORE
    // tokens (3.8+; ignored before 3.8, where ast.parse has no such option).
    bool type_comments = false;
    // compile flag of `from __future__ import barry_as_FLUFL` (`<>` instead of `!=`).
    bool barry_as_flufl = false;
    // The file name CPython would be given (only used in messages that name it).
    std::string filename = "<unknown>";
    // How the bytes are read: compile(bytes) (BOM, cookie) or, for a str already decoded by
    // the caller (the `_pyfront` extension), compile(str) (source/decode.h).
    source::Reader reader = source::Reader::CompileBytes;
    // On a syntax error, compute Diagnostic::hint: which versions accept the construct (or
    // the source) that this version rejects (minversion.h; more parses, on error paths only).
    bool version_hint = true;
};

// A warning CPython emits while building the AST (invalid escape sequences, `1if x`, ...).
struct Warning {
    std::string category;  // "SyntaxWarning", "DeprecationWarning"
    std::string message;
    int lineno = 0;
};

// One parse: the tree lives in `arena`; identifiers and string values may point into the
// decoded source, which the result owns.
struct Result {
    std::unique_ptr<source::DecodedSource> source;
    ast::Arena arena;
    ast::mod* tree = nullptr;
    std::optional<Diagnostic> error;
    std::vector<Warning> warnings;

    bool ok() const { return tree != nullptr; }
    std::string_view text() const { return source ? std::string_view(source->text) : std::string_view(); }
};

// decode -> tokenize -> parse -> build.
Result parse_source(std::string_view bytes, const Options& options);

// The build step alone, over an existing parse (tokens and text must be the ones the parse
// was made from, and outlive the tree). `had_encoding_declaration` is the decoder's
// had_bom || had_cookie (CPython 3.9-3.12 then report parser error offsets in characters).
struct BuildInput {
    const parse::ParseResult* parse = nullptr;
    const std::vector<lex::Token>* tokens = nullptr;
    std::string_view text;
    bool had_encoding_declaration = false;
    // Out (optional): each expression, tuple or generator written inside parentheses, once per
    // pair, for CPython's parser stack model (parser_stack.h).
    std::vector<const ast::Node*>* groups = nullptr;
};
bool build(const BuildInput& input, const Options& options, ast::Arena& arena, ast::mod*& tree,
           std::optional<Diagnostic>& error, std::vector<Warning>& warnings);

// Converts a byte column on line `lineno` of `text` to CPython's 1-based character offset.
int char_offset(std::string_view text, int lineno, int byte_col);

}  // namespace pyfront::builder
