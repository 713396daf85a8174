// Which Python versions accept a source: `pyfront minversion`, and the version hints of
// syntax errors ("the match statement requires Python 3.10 or newer").
//
// The exact set of versions 3.0-3.15 whose ast.parse accepts the source, computed without
// parsing it sixteen times (see minversion.cpp for the algorithm): the version-dependent
// tokenizer runs per version (cheap) and versions that tokenize the same share one ANTLR parse
// (all soft keywords resolved: the parse is then the same for every version); the AST build
// over that parse runs as an "exploration" that records every version-dependent decision and
// every gate (gates.def) the tree needs, which decides a whole class of versions at once.
// Only versions that the first exploration cannot decide (a decision went another way for
// them) get a build of their own.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "builder/builder.h"
#include "builder/gates.h"

namespace pyfront::builder {

// Why one version rejects the source.
struct Rejection {
    // The gate or tokenizer fact of gates.def that names the construct, -1 when the error is
    // not a version difference that the table names (e.g. a plain syntax error).
    int gate = -1;
    std::string message;  // the error (CPython's message for that version) or the gate's
    int lineno = 0;       // 1-based; 0 = none
    int col = 0;          // 1-based character column; 0 = none
};

struct VersionVerdicts {
    VersionSet accepted;
    std::array<Rejection, 16> why;  // for the versions not accepted
    // Work done: tokenizations, ANTLR parses and AST builds.
    int tokenizations = 0;
    int parses = 0;
    int builds = 0;
};

// Options.version is ignored (every version is computed); mode, type_comments,
// barry_as_flufl and filename apply.
VersionVerdicts accepted_versions(std::string_view bytes, const Options& options);

// The note for a syntax error at version `v` (Diagnostic::hint): the construct that another
// version accepts and which versions, or which versions accept the whole source; "" when no
// version does. Runs accepted_versions(); only error paths call it.
std::string version_hint(std::string_view bytes, const Options& options, const Diagnostic& error);

}  // namespace pyfront::builder
