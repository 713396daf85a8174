// The tokenizer against the committed goldens of corpus/tokenize/ (no interpreter needed).
//
// Every case corpus/tokenize/cases/NAME.py has corpus/tokenize/golden/NAME.json, written by
// tools/make-tokenize-goldens from the real interpreters (format: corpus/README.md). Two
// parameterized suites read them:
//
//  GoldenTokenizeOutput/<case>_3_12  For each version whose `python -m tokenize -e` output is
//      recorded (3.12 and later): decode (Reader::TokenizeModule) + tokenize with
//      LexOptions::tokenize_module = true +
//      print_tokenize_module_format must print exactly the recorded stdout and stderr, and
//      fail exactly when the module's exit status was 1. This is what `pyfront tokenize`
//      does (src/cli/cmd_tokenize.cpp); run_tokenize_command() below mirrors it.
//
//  GoldenVerdict/<case>_3_6  For every version 3.0-3.15: what decode (Reader::CompileBytes,
//      the reader of compile(bytes)) and the parser's view of the tokenizer
//      (tokenize_module = false, the case's flags) say must agree with the
//      verdict of that version's compile(..., PyCF_ONLY_AST): an error iff CPython raised
//      one, at the same lineno and offset, with the same type, and with the same message
//      from 3.10 on. The verdict comes from the golden (3.6+, real interpreters) or else
//      from the case's hand-written `# expect` lines (3.0-3.5). Cases whose error CPython
//      raises in its parser rather than its tokenizer say so with a `# level: parser
//      [VERSIONS]` line; for those only "no error where CPython accepts" is checked.
#include <gtest/gtest.h>

#include "golden_support.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "lex/tokenize_format.h"
#include "lex/tokenizer.h"
#include "source/decode.h"
#include "version/version.h"

namespace fs = std::filesystem;
using namespace golden;

namespace {

// ---------------------------------------------------------------------------------------------
// The corpus

const fs::path kCorpus = fs::path(PYFRONT_CORPUS_DIR) / "tokenize";

// The header lines of a case (corpus/README.md): `# tests:`, `# expect V: ok|error [Type]`,
// `# level: parser [VERSIONS] (why)`, `# flags: barry_as_FLUFL`.
struct CaseHeader {
    std::string tests;
    std::map<std::string, std::string> expect;  // version -> "ok" | "error" | "error TabError"
    std::set<std::string> parser_level;         // versions whose error is the parser's
    bool barry_as_flufl = false;
};

CaseHeader read_header(const std::string& data) {
    CaseHeader h;
    static const std::regex expect_re(R"(^# expect ([0-9.,\- ]+): ?(.*?)\s*$)");
    static const std::regex field_re(R"(^# (tests|level|flags): ?(.*?)\s*$)");
    static const std::regex parser_re(R"(^parser\s*([0-9.,\- ]*))");
    for (const std::string& line : split_lines_any_newline(data)) {
        std::smatch m;
        if (std::regex_match(line, m, expect_re)) {
            for (const std::string& v : version_range(m[1])) h.expect[v] = m[2];
        } else if (std::regex_match(line, m, field_re)) {
            const std::string key = m[1], value = m[2];
            if (key == "tests") {
                h.tests = value;
            } else if (key == "flags") {
                h.barry_as_flufl = value.find("barry_as_FLUFL") != std::string::npos;
            } else {
                std::smatch pm;
                if (std::regex_search(value, pm, parser_re)) {
                    std::set<std::string> vs = version_range(pm[1]);
                    if (vs.empty()) {
                        for (const std::string& v : all_versions()) h.parser_level.insert(v);
                    } else {
                        h.parser_level.insert(vs.begin(), vs.end());
                    }
                }
            }
        }
    }
    return h;
}

struct Case {
    std::string name;  // "fstr_basic" (the file is name + ".py")
    std::string bytes;
    CaseHeader header;
    std::optional<Json> golden;
    std::string golden_error;  // why the golden could not be read
};

const std::vector<Case>& corpus() {
    static const std::vector<Case> cases = [] {
        std::vector<Case> out;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(kCorpus / "cases", ec)) {
            if (entry.path().extension() != ".py") continue;
            Case c;
            c.name = entry.path().stem().string();
            c.bytes = read_bytes(entry.path());
            c.header = read_header(c.bytes);
            fs::path golden = kCorpus / "golden" / (c.name + ".json");
            if (!fs::exists(golden)) {
                c.golden_error = "no golden " + golden.string() + ": run tools/make-tokenize-goldens";
            } else {
                try {
                    c.golden = JsonReader(read_bytes(golden)).parse();
                } catch (const std::exception& e) {
                    c.golden_error = golden.string() + ": " + e.what();
                }
            }
            out.push_back(std::move(c));
        }
        std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
        return out;
    }();
    return cases;
}

struct Param {
    size_t case_index;
    std::string version;  // "3.12"
};

// gtest prints parameters in test listings; show the case and version, not raw bytes.
void PrintTo(const Param& p, std::ostream* os);

std::string param_name(const testing::TestParamInfo<Param>& info) {
    std::string v = info.param.version;
    std::replace(v.begin(), v.end(), '.', '_');
    return corpus()[info.param.case_index].name + "_" + v;
}

void PrintTo(const Param& p, std::ostream* os) {
    *os << corpus()[p.case_index].name << ".py @ " << p.version;
}

pyfront::Version to_version(const std::string& text) {
    auto v = pyfront::parse_version(text);
    if (!v) throw std::runtime_error("bad version " + text);
    return *v;
}

// Reports where two multi-line texts first differ, which a plain EXPECT_EQ on a hundred
// lines of tokens makes hard to see.
std::string first_difference(const std::string& want, const std::string& got) {
    std::istringstream a(want), b(got);
    std::string la, lb;
    for (int line = 1;; ++line) {
        bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
        if (!ha && !hb) return "";
        if (!ha) la = "(end of output)";
        if (!hb) lb = "(end of output)";
        if (la != lb || ha != hb)
            return "first difference at output line " + std::to_string(line) + "\n  expected: " + la +
                   "\n  pyfront:  " + lb;
    }
}

std::string join_lines(const Json& lines) {
    std::string out;
    for (const Json& l : lines.array()) out += l.str() + "\n";
    return out;
}

// What `pyfront tokenize --feature-version V NAME.py` prints (src/cli/cmd_tokenize.cpp):
// a decoding problem as "NAME: error: MESSAGE", else the library's tokenize-module format.
struct CommandOutput {
    std::string out, err;
    int status = 0;
};

CommandOutput run_tokenize_command(const Case& c, pyfront::Version version) {
    CommandOutput r;
    const std::string filename = c.name + ".py";
    pyfront::source::DecodeOptions decode_options;
    decode_options.version = version;
    decode_options.reader = pyfront::source::Reader::TokenizeModule;
    decode_options.filename = filename;
    pyfront::source::DecodedSource decoded;
    pyfront::Diagnostic decode_error;
    if (!pyfront::source::decode(c.bytes, decode_options, decoded, decode_error)) {
        // As cmd_tokenize.cpp: a location only when the error carries a line.
        r.err = filename;
        if (decode_error.lineno)
            r.err += ":" + std::to_string(decode_error.lineno) + ":" +
                     std::to_string(decode_error.offset);
        r.err += ": error: " + decode_error.message + "\n";
        r.status = 1;
        return r;
    }
    pyfront::lex::LexOptions options;
    options.version = version;
    options.tokenize_module = true;
    const pyfront::lex::LexResult result = pyfront::lex::tokenize(decoded, options);
    std::ostringstream out, err;
    pyfront::lex::print_tokenize_module_format(decoded, result, filename, pyfront::lex::TokenizeInput::File, out, err);
    r.out = out.str();
    r.err = err.str();
    r.status = result.error ? 1 : 0;
    return r;
}

// ---------------------------------------------------------------------------------------------
// The corpus as a whole

TEST(GoldenCorpus, EveryCaseHasAReadableGoldenAndATestsLine) {
    ASSERT_GE(corpus().size(), 100u) << "corpus/tokenize/cases is missing or nearly empty";
    for (const Case& c : corpus()) {
        EXPECT_TRUE(c.golden_error.empty()) << c.name << ": " << c.golden_error;
        EXPECT_FALSE(c.header.tests.empty()) << c.name << ": no `# tests:` line";
        for (const char* v : {"3.0", "3.5"})
            EXPECT_TRUE(c.header.expect.count(v)) << c.name << ": no `# expect` line for " << v;
    }
}

// ---------------------------------------------------------------------------------------------
// Exact `python -m tokenize -e` output (3.12+)

class GoldenTokenizeOutput : public testing::TestWithParam<Param> {};

std::vector<Param> output_params() {
    std::vector<Param> out;
    for (size_t i = 0; i < corpus().size(); ++i) {
        const Case& c = corpus()[i];
        const Json* tok = c.golden ? c.golden->get("tokenize") : nullptr;
        if (!tok || !tok->is_object()) continue;
        for (const auto& [version, entry] : tok->object()) out.push_back({i, version});
    }
    return out;
}

TEST_P(GoldenTokenizeOutput, MatchesPythonTokenizeModule) {
    const Case& c = corpus()[GetParam().case_index];
    const std::string& v = GetParam().version;
    const Json& golden = *c.golden->get("tokenize")->get(v);
    const std::string want_out = join_lines(*golden.get("stdout"));
    const std::string want_err = join_lines(*golden.get("stderr"));
    const int want_status = static_cast<int>(golden.get("status")->integer());
    SCOPED_TRACE(c.name + ".py (" + c.header.tests + ") against `python" + v +
                 " -m tokenize -e` of CPython " + golden.get("interpreter")->str());

    const CommandOutput got = run_tokenize_command(c, to_version(v));
    EXPECT_EQ(want_status, got.status) << "exit status";
    EXPECT_EQ(want_err, got.err) << "stderr";
    EXPECT_TRUE(want_out == got.out) << "stdout: " << first_difference(want_out, got.out);
}

INSTANTIATE_TEST_SUITE_P(Corpus, GoldenTokenizeOutput, testing::ValuesIn(output_params()), param_name);

// ---------------------------------------------------------------------------------------------
// Verdicts of every version (3.0-3.15)

class GoldenVerdict : public testing::TestWithParam<Param> {};

std::vector<Param> verdict_params() {
    std::vector<Param> out;
    for (size_t i = 0; i < corpus().size(); ++i)
        for (const std::string& v : all_versions()) out.push_back({i, v});
    return out;
}

// The expected verdict of one version, from the golden or from the hand-written header.
struct Expected {
    bool error = false;
    std::string source;                 // "CPython 3.8.18" or "`# expect` line"
    std::optional<std::string> type;    // "SyntaxError", ...
    std::optional<std::string> msg;
    std::optional<long long> lineno, offset;
};

std::optional<Expected> expected_verdict(const Case& c, const std::string& v) {
    const Json* parse = c.golden ? c.golden->get("parse") : nullptr;
    if (const Json* g = parse ? parse->get(v) : nullptr) {
        Expected e;
        e.error = g->get("verdict")->str() == "error";
        e.source = "CPython " + g->get("interpreter")->str();
        if (e.error) {
            e.type = g->get("type")->str();
            e.msg = g->get("msg")->str();
            // A missing or null position is CPython's "none", which a Diagnostic holds as 0.
            const Json* lineno = g->get("lineno");
            const Json* offset = g->get("offset");
            e.lineno = lineno && !lineno->is_null() ? lineno->integer() : 0;
            e.offset = offset && !offset->is_null() ? offset->integer() : 0;
        }
        return e;
    }
    auto it = c.header.expect.find(v);
    if (it == c.header.expect.end()) return std::nullopt;
    Expected e;
    e.source = "`# expect` line of the case";
    std::istringstream words(it->second);
    std::string verdict, type;
    words >> verdict >> type;
    e.error = verdict == "error";
    if (e.error && !type.empty()) e.type = type;
    return e;
}

TEST_P(GoldenVerdict, TokenizerAgreesWithCPython) {
    const Case& c = corpus()[GetParam().case_index];
    const std::string& v = GetParam().version;
    const std::optional<Expected> want = expected_verdict(c, v);
    if (!want) GTEST_SKIP() << "no verdict recorded for " << v;
    const bool parser_level = c.header.parser_level.count(v) > 0;
    SCOPED_TRACE(c.name + ".py (" + c.header.tests + ") for " + v + ", verdict from " + want->source);

    const pyfront::Version version = to_version(v);
    std::optional<pyfront::Diagnostic> error;
    // compile(bytes, ...) reads the source with Reader::CompileBytes.
    pyfront::source::DecodeOptions decode_options;
    decode_options.version = version;
    decode_options.reader = pyfront::source::Reader::CompileBytes;
    decode_options.filename = c.name + ".py";
    pyfront::source::DecodedSource decoded;
    pyfront::Diagnostic decode_error;
    if (!pyfront::source::decode(c.bytes, decode_options, decoded, decode_error)) {
        error = decode_error;
    } else {
        pyfront::lex::LexOptions options;
        options.version = version;
        options.tokenize_module = false;
        options.barry_as_flufl = c.header.barry_as_flufl;
        error = pyfront::lex::tokenize(decoded, options).error;
    }

    if (!want->error) {
        EXPECT_FALSE(error) << "CPython accepts the file; pyfront reports " << error->lineno << ":"
                            << error->offset << ": " << pyfront::error_kind_name(error->kind) << ": "
                            << error->message;
        return;
    }
    if (parser_level) {
        // CPython's error comes from its parser: the tokenizer may or may not see a problem.
        GTEST_SKIP() << "CPython's error is a parser error for " << v << " (`# level: parser`)";
    }
    ASSERT_TRUE(error) << "CPython reports " << want->type.value_or("an error") << " "
                       << (want->msg ? "'" + *want->msg + "' " : "")
                       << (want->lineno ? "at " + std::to_string(*want->lineno) + ":" +
                                              std::to_string(*want->offset)
                                        : "")
                       << "; pyfront's tokenizer reports nothing";
    if (want->type) {
        EXPECT_EQ(*want->type, pyfront::error_kind_name(error->kind)) << "error type";
    }
    if (want->lineno) {
        EXPECT_EQ(*want->lineno, error->lineno) << "lineno";
    }
    if (want->offset) {
        EXPECT_EQ(*want->offset, error->offset) << "offset";
    }
    if (want->msg && version >= pyfront::Version{3, 10}) {
        EXPECT_EQ(*want->msg, error->message) << "message";
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, GoldenVerdict, testing::ValuesIn(verdict_params()), param_name);

}  // namespace
