// The version gate table (src/builder/gates.def) against the grammar's version marks: every
// feature the grammar marks has a gate with the same range, and every gate that is not a
// builder-only check ("builder:...") marks productions of the grammar.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "builder/gates.h"
#include "builder/minversion.h"
#include "parse/grammar_marks.h"

namespace pyfront::builder {
namespace {

std::string grammar_file() {
    const std::string path = PYFRONT_SOURCE_DIR "/grammar/PythonParser.g4";
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
        if (feature.rfind("builder:", 0) == 0 || feature.rfind("tokenizer:", 0) == 0) continue;
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
    EXPECT_EQ(gate_range(Gate::SetStar).to_string(), "3.0-3.1, 3.5-3.15");
    EXPECT_EQ(gate_accepting(Gate::AssignDebug).to_string(), "3.9-3.15");
    EXPECT_EQ(gate_hint(Gate::Match, v(9)), "the match statement requires Python 3.10 or newer (feature version is 3.9)");
    EXPECT_EQ(gate_hint(Gate::WalrusParenTarget, v(9)),
              "a parenthesized name as the target of `:=` is accepted only by Python 3.8 (feature version is 3.9)");
    EXPECT_EQ(gate_hint(Gate::SetStar, v(3)), "`*` in a set display requires Python 3.5 or newer (feature version is 3.3)");
    EXPECT_EQ(gate_hint(Gate::StarInComparison, v(5)),
              "a starred expression as a comparison operand is accepted up to Python 3.1 (feature version is 3.5); "
              "use --feature-version 3.1 or older");
    EXPECT_EQ(gate_hint(Gate::Match, v(10)), "");
}

// ---- the examples and the corpus cases of the table ------------------------------------------

Mode example_mode(Gate g) { return g == Gate::FuncType || g == Gate::FuncTypeStarComma ? Mode::FuncType : Mode::Exec; }

// The boundaries of a version set: the minors m where m-1 and m differ.
std::vector<int> boundaries(VersionSet s) {
    std::vector<int> out;
    for (int m = 1; m <= 15; ++m)
        if (s.has_minor(m) != s.has_minor(m - 1)) out.push_back(m);
    return out;
}

// Each example uses its feature: its verdict flips at every boundary of the versions that
// accept the feature, and the versions it rejects there are rejected for that gate.
TEST(BuilderGates, ExamplesUseTheirFeature) {
    for (int i = 0; i < gate_count(); ++i) {
        const Gate g = static_cast<Gate>(i);
        const GateInfo& info = gate_info(g);
        if (info.example.empty()) continue;
        Options o;
        o.mode = example_mode(g);
        const VersionVerdicts vv = accepted_versions(std::string(info.example) + "\n", o);
        const VersionSet ok = gate_accepting(g);
        for (int m : boundaries(ok)) {
            EXPECT_NE(vv.accepted.has_minor(m), vv.accepted.has_minor(m - 1))
                << info.feature << ": the example's verdict does not change between 3." << m - 1 << " and 3." << m
                << " (example accepted by " << vv.accepted.to_string() << ")";
            const int rejected = ok.has_minor(m) ? m - 1 : m;
            // named for this gate, or for another that this version lacks too (`((a) := 1)` in
            // 3.7 lacks `:=` altogether)
            const int named = vv.why[rejected].gate;
            EXPECT_TRUE(named == i || (named >= 0 && !gate_accepting(static_cast<Gate>(named)).has_minor(rejected)))
                << info.feature << " at 3." << rejected << ": rejected for " << vv.why[rejected].message;
        }
    }
}

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The `# expect` lines of a corpus case (checked against the real interpreters by
// tools/make-parse-goldens): the versions expected to accept it.
VersionSet expected_ok(const std::string& text) {
    VersionSet ok;
    const std::regex line("(^|\n)# expect ([0-9., -]+): (ok|error)");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), line); it != std::sregex_iterator(); ++it)
        if ((*it)[3] == "ok") ok = ok | VersionSet::parse((*it)[2].str());
    return ok;
}

// Every gate with an example has its corpus case corpus/parse/cases/gate_NAME.py (NAME: the
// feature without its kind prefix), accepted and rejected on both sides of every boundary of
// the gate, by the real interpreters (3.6-3.15) and the documented grammars (3.0-3.5).
TEST(BuilderGates, EveryGateHasItsCorpusCase) {
    for (int i = 0; i < gate_count(); ++i) {
        const Gate g = static_cast<Gate>(i);
        const GateInfo& info = gate_info(g);
        if (info.example.empty()) continue;
        std::string name(info.feature.substr(info.feature.find(':') + 1));
        const std::filesystem::path p =
            std::filesystem::path(PYFRONT_SOURCE_DIR) / "corpus/parse/cases" / ("gate_" + name + ".py");
        ASSERT_TRUE(std::filesystem::is_regular_file(p)) << info.feature << ": no corpus case " << p;
        const VersionSet ok = expected_ok(read_text(p));
        for (int m : boundaries(gate_accepting(g)))
            EXPECT_NE(ok.has_minor(m), ok.has_minor(m - 1))
                << p.filename() << " is not accepted on one side of 3." << m << " and rejected on the other";
    }
}

// ---- docs/gates.md, generated from the table ---------------------------------------------------

std::string markdown_cell(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out += "<br>";
        else if (c == '|') out += "\\|";
        else out += c;
    }
    return out;
}

std::string gates_markdown() {
    std::string out =
        "# Version gates\n\n"
        "<!-- Generated from src/builder/gates.def by tests/unit/builder_gates_test.cpp\n"
        "     (BuilderGates.DocsTableIsCurrent); regenerate with\n"
        "     PYFRONT_UPDATE_DOCS=1 build/tests/pyfront_unit_tests --gtest_filter=BuilderGates.DocsTableIsCurrent -->\n\n"
        "Every syntax feature that not every Python version 3.0-3.15 accepts, as `pyfront` enforces it\n"
        "(`--feature-version`), names it in error hints and reports it in `pyfront minversion`. The\n"
        "table is `src/builder/gates.def`; the grammar marks the same features (`// @versions`).\n\n"
        "- **grammar**: a production of `grammar/PythonParser.g4`; *accepted by* is its mark's range.\n"
        "- **builder**: a check CPython made after parsing (ast.c) or moved between stages; the check\n"
        "  applies in *range*, so the example is accepted by the other versions.\n"
        "- **tokenizer**: a fact of the version-aware tokenizer (keywords, prefixes, number forms,\n"
        "  PEP 701 f-strings), named when two versions tokenize a file differently.\n\n"
        "*Example accepted by* is what `pyfront minversion` computes for the example; each feature\n"
        "with an example has a corpus case `corpus/parse/cases/gate_NAME.py` whose verdicts come from\n"
        "the real interpreters (3.6-3.15) and the documented grammars (3.0-3.5).\n\n"
        "| feature | kind | range | accepted by | message | example | example accepted by |\n"
        "|---|---|---|---|---|---|---|\n";
    for (int i = 0; i < gate_count(); ++i) {
        const Gate g = static_cast<Gate>(i);
        const GateInfo& info = gate_info(g);
        const GateKind kind = gate_kind(g);
        std::string name(info.feature.substr(info.feature.find(':') + 1));
        std::string example_ok = "";
        if (!info.example.empty()) {
            Options o;
            o.mode = example_mode(g);
            example_ok = accepted_versions(std::string(info.example) + "\n", o).accepted.to_string();
            if (o.mode == Mode::FuncType) example_ok += " (mode func_type)";
        }
        out += "| `" + name + "` | " +
               (kind == GateKind::Grammar ? "grammar" : kind == GateKind::Builder ? "builder" : "tokenizer") + " | " +
               std::string(info.range) + " | " + gate_accepting(g).to_string() + " | " + markdown_cell(info.message) +
               " | " + (info.example.empty() ? "" : "<code>" + markdown_cell(info.example) + "</code>") + " | " +
               example_ok + " |\n";
    }
    return out;
}

TEST(BuilderGates, DocsTableIsCurrent) {
    const std::filesystem::path doc = std::filesystem::path(PYFRONT_SOURCE_DIR) / "docs/gates.md";
    const std::string want = gates_markdown();
    if (std::getenv("PYFRONT_UPDATE_DOCS")) {
        std::ofstream(doc, std::ios::binary) << want;
        return;
    }
    EXPECT_EQ(read_text(doc), want)
        << "docs/gates.md is stale: PYFRONT_UPDATE_DOCS=1 pyfront_unit_tests --gtest_filter=BuilderGates.DocsTableIsCurrent";
}

}  // namespace
}  // namespace pyfront::builder
