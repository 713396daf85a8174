// The version marks of grammar/PythonParser.g4, read from the grammar's text: every
// `@versions <range> <feature>` in a `//` comment (see the grammar's header). The version gate
// table (the AST builder's) and the tests check themselves against this list, so that the
// grammar stays the specification of which versions accept which production.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "version/version.h"

namespace pyfront::parse {

struct GrammarMark {
    std::string feature;   // "walrus"
    std::string range;     // "3.8-" as written
    std::vector<std::pair<Version, Version>> spans;  // inclusive; an open end is kMaxVersion/kMinVersion
    std::string rule;      // the rule of the grammar line the mark belongs to ("test")
    std::string label;     // that line's alternative label ("MatchStmt"), if any
    int line = 0;          // 1-based line of the mark in the grammar file
    int grammar_line = 0;  // 1-based line of the grammar text it belongs to

    bool accepts(Version v) const {
        for (const auto& [first, last] : spans)
            if (first <= v && v <= last) return true;
        return false;
    }
};

// Parses the marks of a grammar text. A mark whose range does not parse (outside 3.0-3.15,
// reversed, malformed) or that has no feature is returned in `errors` as "LINE: why".
std::vector<GrammarMark> grammar_marks(std::string_view grammar_text,
                                       std::vector<std::string>* errors = nullptr);

// Parses one range: "3.8-", "-3.8", "3.9", "3.0-3.1", "3.0-3.1,3.5-".
bool parse_version_range(std::string_view text, std::vector<std::pair<Version, Version>>& spans);

}  // namespace pyfront::parse
