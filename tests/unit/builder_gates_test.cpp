// The version gate table (src/builder/gates.def) against the grammar's version marks: every
// feature the grammar marks has a gate with the same range, and every gate that is not a
// builder-only check ("builder:...") marks productions of the grammar.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "builder/gates.h"
#include "parse/grammar_marks.h"

namespace pyfront::builder {
namespace {

std::string grammar_file() {
    std::string path = __FILE__;
    path = path.substr(0, path.rfind("/tests/unit/")) + "/grammar/PythonParser.g4";
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Version v(int minor) { return Version{3, static_cast<std::uint8_t>(minor)}; }

TEST(BuilderGates, TheTableAgreesWithTheGrammarMarks) {
    const std::vector<parse::GrammarMark> marks = parse::grammar_marks(grammar_file());
    ASSERT_FALSE(marks.empty());
    std::map<std::string, Gate> gates;
    for (int i = 0; i < gate_count(); ++i) gates[std::string(gate_info(static_cast<Gate>(i)).feature)] = static_cast<Gate>(i);
    std::map<std::string, bool> marked;
    for (const parse::GrammarMark& m : marks) {
        marked[m.feature] = true;
        auto g = gates.find(m.feature);
        ASSERT_NE(g, gates.end()) << "grammar line " << m.line << ": no gate for feature " << m.feature;
        EXPECT_EQ(gate_info(g->second).range, m.range) << m.feature << " (grammar line " << m.line << ")";
        for (int minor = 0; minor <= 15; ++minor)
            EXPECT_EQ(gate_allows(g->second, v(minor)), m.accepts(v(minor))) << m.feature << " at 3." << minor;
    }
    for (const auto& [feature, gate] : gates) {
        if (feature.rfind("builder:", 0) == 0) continue;
        EXPECT_TRUE(marked.count(feature)) << "gate " << feature << " marks no production of the grammar";
    }
}

TEST(BuilderGates, RangesAndFirstVersions) {
    EXPECT_FALSE(gate_allows(Gate::Walrus, v(7)));
    EXPECT_TRUE(gate_allows(Gate::Walrus, v(8)));
    EXPECT_TRUE(gate_allows(Gate::Walrus, v(15)));
    EXPECT_TRUE(gate_allows(Gate::SetStar, v(1)));
    EXPECT_FALSE(gate_allows(Gate::SetStar, v(3)));
    EXPECT_TRUE(gate_allows(Gate::SetStar, v(5)));
    EXPECT_TRUE(gate_allows(Gate::WalrusParenTarget, v(8)));
    EXPECT_FALSE(gate_allows(Gate::WalrusParenTarget, v(9)));
    EXPECT_EQ(gate_first_version(Gate::Match), "3.10");
    EXPECT_EQ(gate_first_version(Gate::CompIfLambda), "3.0");
}

}  // namespace
}  // namespace pyfront::builder
