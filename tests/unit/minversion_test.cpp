// accepted_versions() (src/builder/minversion.h, `pyfront minversion`) against parsing at every
// version: on every file of the corpus (corpus/parse/cases, corpus/tokenize/cases,
// corpus/examples), the set of versions it computes from one parse per token stream must be
// exactly the set of versions 3.0-3.15 at which parse_source() accepts the file - and
// parse_source() itself is checked against the real interpreters by the golden suites.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "builder/builder.h"
#include "builder/minversion.h"

namespace pyfront::builder {
namespace {

namespace fs = std::filesystem;

std::string repo_dir() { return PYFRONT_SOURCE_DIR; }

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The options a corpus case asks for in its header (corpus/README.md).
Options case_options(const std::string& bytes) {
    Options o;
    o.version_hint = false;
    std::smatch m;
    if (std::regex_search(bytes, m, std::regex("(^|\n)# mode: (\\w+)"))) {
        const std::string mode = m[2];
        if (mode == "eval") o.mode = Mode::Eval;
        else if (mode == "single") o.mode = Mode::Single;
        else if (mode == "func_type") o.mode = Mode::FuncType;
    }
    if (std::regex_search(bytes, std::regex("(^|\n)# options:.*type_comments"))) o.type_comments = true;
    if (std::regex_search(bytes, std::regex("(^|\n)# flags:.*barry_as_FLUFL"))) o.barry_as_flufl = true;
    return o;
}

std::vector<fs::path> corpus_files() {
    std::vector<fs::path> files;
    for (const char* dir : {"corpus/parse/cases", "corpus/tokenize/cases", "corpus/examples"})
        for (const auto& e : fs::directory_iterator(fs::path(repo_dir()) / dir))
            if (e.path().extension() == ".py") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

TEST(MinVersion, AgreesWithParsingAtEveryVersionOnTheCorpus) {
    const std::vector<fs::path> files = corpus_files();
    ASSERT_GT(files.size(), 400u);
    int agree = 0, parses = 0, builds = 0, tokenizations = 0;
    for (const fs::path& p : files) {
        const std::string bytes = read(p);
        Options o = case_options(bytes);
        VersionSet expected;
        for (int m = 0; m <= 15; ++m) {
            o.version = Version{3, static_cast<std::uint8_t>(m)};
            if (parse_source(bytes, o).ok()) expected.bits |= 1u << m;
        }
        const VersionVerdicts got = accepted_versions(bytes, o);
        parses += got.parses;
        builds += got.builds;
        tokenizations += got.tokenizations;
        if (got.accepted == expected) {
            ++agree;
            continue;
        }
        ADD_FAILURE() << p.filename().string() << ": minversion says " << got.accepted.to_string()
                      << ", parsing at every version accepts " << expected.to_string();
    }
    const int n = static_cast<int>(files.size());
    std::cout << "minversion agrees with per-version parsing on " << agree << " of " << n << " corpus files; "
              << parses << " parses and " << builds << " builds for them (per-version parsing: " << 16 * n
              << " of each), " << tokenizations << " tokenizations\n";
    EXPECT_EQ(agree, n);
    // The point of minversion: far fewer parses than one per version.
    EXPECT_LT(parses, 2 * n);
    EXPECT_LT(builds, 4 * n);
}

// Every version that rejects a file gets a reason with a location, and a gate's reason names
// a gate whose accepting versions exclude that version.
TEST(MinVersion, ReasonsNameTheGateAndTheLocation) {
    const char* walrus = "x = 1\nif (n := 10) > 5:\n    pass\n";
    const VersionVerdicts vv = accepted_versions(walrus, Options{});
    EXPECT_EQ(vv.accepted.to_string(), "3.8-3.15");
    for (int m = 0; m <= 7; ++m) {
        EXPECT_EQ(vv.why[m].gate, static_cast<int>(Gate::Walrus)) << "3." << m;
        EXPECT_EQ(vv.why[m].lineno, 2);
        EXPECT_EQ(vv.why[m].col, 7);  // the `:=`, 1-based
    }
    const VersionVerdicts a = accepted_versions("async = 1\n", Options{});
    EXPECT_EQ(a.accepted.to_string(), "3.0-3.6");
    EXPECT_EQ(a.why[7].gate, static_cast<int>(Gate::AsyncName));
    EXPECT_EQ(a.why[7].message,
              "'async' is a keyword since Python 3.7; it can be a name with --feature-version 3.6 or older");
    const VersionVerdicts none = accepted_versions("print 'x'\n", Options{});
    EXPECT_TRUE(none.accepted.empty());
    EXPECT_EQ(none.why[15].gate, -1);
    EXPECT_EQ(none.why[15].lineno, 1);
}

// The hint a syntax error carries (Diagnostic::hint), beside CPython's exact message.
TEST(MinVersion, SyntaxErrorsCarryAVersionHint) {
    Options o;
    o.version = Version{3, 9};
    Result r = parse_source("match x:\n    case 1:\n        pass\n", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->message, "invalid syntax");  // CPython 3.9's message, unchanged
    EXPECT_EQ(r.error->hint, "the match statement requires Python 3.10 or newer (feature version is 3.9)");

    o.version = Version{3, 7};
    r = parse_source("async = 1\n", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->hint, "'async' is a keyword since Python 3.7; it can be a name with --feature-version 3.6 or older");

    o.version = Version{3, 13};
    r = parse_source("try:\n    pass\nexcept A, B:\n    pass\n", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->message, "multiple exception types must be parenthesized");
    EXPECT_EQ(r.error->hint,
              "`except A, B:` without parentheses requires Python 3.14 or newer (feature version is 3.13)");

    o.version = Version{3, 9};
    r = parse_source("[x for x in y if lambda: 1]\n", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->hint,
              "a lambda as a comprehension condition is accepted up to Python 3.8 (feature version is 3.9); "
              "use --feature-version 3.8 or older");

    o.version = Version{3, 12};
    r = parse_source("print 'x'\n", o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->hint, "");  // no version accepts it

    o.version_hint = false;
    o.version = Version{3, 9};
    r = parse_source("match x:\n    case 1:\n        pass\n", o);
    EXPECT_EQ(r.error->hint, "");
}

}  // namespace
}  // namespace pyfront::builder
