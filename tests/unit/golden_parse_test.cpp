// `pyfront parse` against the committed goldens of corpus/parse/ (no interpreter needed).
//
// Every case corpus/parse/cases/NAME.py has corpus/parse/golden/NAME.json, written by
// tools/make-parse-goldens from the real interpreters through tools/oracle (format:
// corpus/README.md, "parse/"). The parse library's API is not settled, so this suite runs
// the built binary, as a user would:
//
//   pyfront parse --jsonl --feature-version X [--mode M] [--type-comments] [--no-attributes] CASES...
//
// once per version, mode and option set (one process over all cases: the parser's caches stay
// warm), and compares each file's record with the golden:
//
//  GoldenParse/<case>_3_9   for every version 3.0-3.15:
//    - the verdict: ok or error, from the golden (3.6+: the real interpreters) or else from
//      the case's hand-written `# expect` lines (3.0-3.5);
//    - an accepted file: the dump without positions (--no-attributes) must equal the golden
//      "dump" of that version (the tree CPython X builds, in 3.14's node set), and the
//      positions of the dump with positions must be those of the "dump_attributes" of the
//      version the golden names in "positions" (3.14 or 3.13 when their tree has the same shape, else X itself
//      from 3.8 on); only the positions are compared there, and those the reference lacks
//      (3.8: Slice, keyword, alias) are not.
//      Versions without a "positions" entry (3.6/3.7 trees that 3.13/3.14 do not build) are
//      checked for structure only;
//    - a rejected file: the same line and offset as CPython's SyntaxError when CPython gives
//      them (the messages are checked by the diagnostics suite, not here), and the same
//      exception type when pyfront's record names one.
//    A difference is reported with the path of the first differing node, e.g.
//    Module.body[2](Expr).value(Call).keywords[0](keyword).value(Constant).end_col_offset.
//    Cases with `# mode: func_type` or `# options: type_comments` are skipped before 3.8,
//    where neither exists (no interpreter to compare with, nothing to decide).
//
//  GoldenParseCorpus.*   the corpus itself is complete and readable.
//
// The binary comes from the environment variable PYFRONT_BIN, else from the compile
// definition PYFRONT_BIN (the build passes $<TARGET_FILE:pyfront>).
#include <gtest/gtest.h>

#include "golden_support.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <variant>
#include <vector>

namespace fs = std::filesystem;
using namespace golden;

namespace {

// ---------------------------------------------------------------------------------------------
// Dumps as trees, to say where two dumps differ (tools/astdump.py does the same in Python).
// `Module(body=[Expr(value=Constant(value=1, lineno=1))])` is a Node with fields, a List, or
// an Atom (the repr text of a leaf). Read with an explicit stack: dumps nest deeply.

struct DumpValue {
    enum Kind { kNode, kList, kAtom } kind = kAtom;
    std::string text;                      // node type or atom text
    std::vector<std::string> field_names;  // kNode
    std::vector<DumpValue> values;         // kNode: field values; kList: items

    const DumpValue* field(const std::string& name) const {
        for (size_t i = 0; i < field_names.size(); ++i)
            if (field_names[i] == name) return &values[i];
        return nullptr;
    }
};

DumpValue read_dump(const std::string& s) {
    std::vector<DumpValue> stack;            // open nodes and lists
    std::vector<std::string> pending_field;  // per open container: the field awaiting its value
    std::optional<DumpValue> result;
    auto fail = [&](const std::string& what, size_t at) {
        throw std::runtime_error("unreadable dump: " + what + " at character " + std::to_string(at));
    };
    auto add = [&](DumpValue v, size_t at) {
        if (stack.empty()) {
            if (result) fail("two values", at);
            result = std::move(v);
        } else if (stack.back().kind == DumpValue::kList) {
            stack.back().values.push_back(std::move(v));
        } else {
            if (pending_field.back().empty()) fail("a value without a field name", at);
            stack.back().field_names.push_back(pending_field.back());
            stack.back().values.push_back(std::move(v));
            pending_field.back().clear();
        }
    };
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        char c = s[i];
        if (c == ' ' || c == '\n' || c == ',') {
            ++i;
        } else if (c == '[') {
            DumpValue list;
            list.kind = DumpValue::kList;
            stack.push_back(std::move(list));
            pending_field.emplace_back();
            ++i;
        } else if (c == ')' || c == ']') {
            if (stack.empty() || (stack.back().kind == DumpValue::kNode) != (c == ')'))
                fail(std::string("unbalanced '") + c + "'", i);
            DumpValue done = std::move(stack.back());
            stack.pop_back();
            pending_field.pop_back();
            add(std::move(done), i);
            ++i;
        } else if (c == '\'' || c == '"' || ((c == 'b') && i + 1 < n && (s[i + 1] == '\'' || s[i + 1] == '"'))) {
            size_t start = i;
            if (c == 'b') ++i;
            char quote = s[i++];
            while (i < n && s[i] != quote) i += (s[i] == '\\') ? 2 : 1;
            if (i >= n) fail("unterminated string", start);
            ++i;
            DumpValue atom;
            atom.text = s.substr(start, i - start);
            add(std::move(atom), start);
        } else {
            size_t start = i;
            while (i < n && std::string("()[]=, \n'\"").find(s[i]) == std::string::npos) ++i;
            if (i == start) fail(std::string("unexpected '") + c + "'", i);
            std::string word = s.substr(start, i - start);
            if (i < n && s[i] == '(') {
                DumpValue node;
                node.kind = DumpValue::kNode;
                node.text = word;
                stack.push_back(std::move(node));
                pending_field.emplace_back();
                ++i;
            } else if (i < n && s[i] == '=' && !stack.empty() && stack.back().kind == DumpValue::kNode) {
                pending_field.back() = word;
                ++i;
            } else {
                DumpValue atom;
                atom.text = word;
                add(std::move(atom), start);
            }
        }
    }
    if (!stack.empty() || !result) fail("the dump ends inside a node or a list", n);
    return std::move(*result);
}

std::string short_text(const DumpValue& v, size_t limit = 80) {
    std::string out;
    // Depth-first with an explicit stack of (value, next child index).
    std::vector<std::pair<const DumpValue*, size_t>> work{{&v, 0}};
    while (!work.empty() && out.size() <= limit) {
        auto& [cur, k] = work.back();
        if (cur->kind == DumpValue::kAtom) {
            out += cur->text;
            work.pop_back();
            continue;
        }
        bool node = cur->kind == DumpValue::kNode;
        if (k == 0) out += node ? cur->text + "(" : "[";
        if (k == cur->values.size()) {
            out += node ? ")" : "]";
            work.pop_back();
            continue;
        }
        if (k > 0) out += ", ";
        if (node) out += cur->field_names[k] + "=";
        const DumpValue* child = &cur->values[k++];
        work.push_back({child, 0});
    }
    return out.size() <= limit ? out : out.substr(0, limit - 3) + "...";
}

bool is_position(const std::string& field, const std::string& owner) {
    return owner != "TypeIgnore" &&
           (field == "lineno" || field == "col_offset" || field == "end_lineno" || field == "end_col_offset");
}

// The first difference in dump order, as "PATH: LEFT vs RIGHT", or "" when the trees are equal.
// positions_only: compare the positions only, against a position reference whose other values
// the structure check has already compared (it may be another version's tree, e.g. one whose
// strings have another `kind`). The shapes must still agree (node types, list lengths,
// node-valued fields) to pair the positions; a leaf-valued field may differ or be present on
// one side only, and a position the LEFT (reference) tree lacks is not compared (old
// interpreters have none for some nodes). The same rule as tools/astdump.py.
std::string first_difference(const DumpValue& left, const DumpValue& right, bool positions_only) {
    // Work items: two values to compare, or a difference already found that is next in dump
    // order (a field present on one side only, a list of another length).
    struct Item {
        const DumpValue* a = nullptr;
        const DumpValue* b = nullptr;
        std::string path;
        std::string found;
        std::string owner, field;  // the node type holding this value and its field name
    };
    std::vector<Item> work{{&left, &right, "", "", "", ""}};
    while (!work.empty()) {
        Item it = std::move(work.back());
        work.pop_back();
        if (!it.found.empty()) return it.found;
        const DumpValue& a = *it.a;
        const DumpValue& b = *it.b;
        const std::string where = it.path.empty() ? "(root)" : it.path;
        if (a.kind != b.kind) return where + ": " + short_text(a) + " vs " + short_text(b);
        std::vector<Item> todo;
        if (a.kind == DumpValue::kAtom) {
            if (a.text != b.text && (!positions_only || is_position(it.field, it.owner)))
                return where + ": " + a.text + " vs " + b.text;
            continue;
        } else if (a.kind == DumpValue::kList) {
            const size_t n = std::min(a.values.size(), b.values.size());
            for (size_t k = 0; k < n; ++k)
                todo.push_back({&a.values[k], &b.values[k], it.path + "[" + std::to_string(k) + "]", "", it.owner,
                                it.field});
            if (a.values.size() != b.values.size())
                todo.push_back({nullptr, nullptr, "",
                                where + ": " + std::to_string(a.values.size()) + " items vs " +
                                    std::to_string(b.values.size()) + " items", "", ""});
        } else {
            if (a.text != b.text) return where + ": " + a.text + " vs " + b.text;
            const std::string here = it.path.empty() ? a.text : it.path + "(" + a.text + ")";
            std::vector<std::string> keys = a.field_names;
            for (const std::string& k : b.field_names)
                if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
            for (const std::string& k : keys) {
                const DumpValue* va = a.field(k);
                const DumpValue* vb = b.field(k);
                if (!va || !vb) {
                    const DumpValue& present = va ? *va : *vb;
                    if (positions_only && (is_position(k, a.text) ? !va : present.kind == DumpValue::kAtom))
                        continue;
                    todo.push_back({nullptr, nullptr, "",
                                    here + "." + k + ": " + (va ? short_text(*va) : "(omitted)") + " vs " +
                                        (vb ? short_text(*vb) : "(omitted)"), "", ""});
                    break;
                }
                todo.push_back({va, vb, here + "." + k, "", a.text, k});
            }
        }
        for (auto t = todo.rbegin(); t != todo.rend(); ++t) work.push_back(std::move(*t));
    }
    return "";
}

// ---------------------------------------------------------------------------------------------
// The corpus

const fs::path kCorpus = fs::path(PYFRONT_CORPUS_DIR) / "parse";

int minor_of(const std::string& version) { return std::stoi(version.substr(2)); }

// The header lines of a case (corpus/README.md, "parse/"): `# tests:`, `# expect V: ok|error
// [Type]`, `# mode: exec|eval|single|func_type`, `# options: type_comments`.
struct CaseHeader {
    std::string tests;
    std::map<std::string, std::string> expect;  // version -> "ok" | "error" | "error ValueError"
    std::string mode = "exec";
    bool type_comments = false;
};

CaseHeader read_header(std::string data) {
    CaseHeader h;
    if (data.compare(0, 3, "\xef\xbb\xbf") == 0) data.erase(0, 3);  // a BOM before the header
    static const std::regex expect_re(R"(^# expect ([0-9.,\- ]+): ?(.*?)\s*$)");
    static const std::regex field_re(R"(^# (tests|mode|options): ?(.*?)\s*$)");
    for (const std::string& line : split_lines_any_newline(data)) {
        std::smatch m;
        if (std::regex_match(line, m, expect_re)) {
            for (const std::string& v : version_range(m[1])) h.expect[v] = m[2];
        } else if (std::regex_match(line, m, field_re)) {
            const std::string key = m[1], value = m[2];
            if (key == "tests") h.tests = value;
            if (key == "mode") h.mode = value;
            if (key == "options") h.type_comments = value.find("type_comments") != std::string::npos;
        }
    }
    return h;
}

struct Case {
    std::string name;  // "with_paren_tuple" (the file is name + ".py")
    fs::path path;
    CaseHeader header;
    std::optional<Json> golden;
    std::string golden_error;

    // func_type and type comments exist from 3.8 (no interpreter before to compare with).
    bool needs_38() const { return header.mode == "func_type" || header.type_comments; }
};

const std::vector<Case>& corpus() {
    static const std::vector<Case> cases = [] {
        std::vector<Case> out;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(kCorpus / "cases", ec)) {
            if (entry.path().extension() != ".py") continue;
            Case c;
            c.name = entry.path().stem().string();
            c.path = fs::absolute(entry.path());
            c.header = read_header(read_bytes(entry.path()));
            fs::path golden = kCorpus / "golden" / (c.name + ".json");
            if (!fs::exists(golden)) {
                c.golden_error = "no golden " + golden.string() + ": run tools/make-parse-goldens";
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

// ---------------------------------------------------------------------------------------------
// Running `pyfront parse --jsonl`

std::string pyfront_binary() {
    if (const char* env = std::getenv("PYFRONT_BIN"); env && *env) return env;
#ifdef PYFRONT_BIN
    return PYFRONT_BIN;
#else
    return "";
#endif
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

struct PyfrontRun {
    std::map<std::string, Json> records;  // by the path given on the command line
    std::string problem;                  // why records may be missing
};

// One `pyfront parse --jsonl` process over every case of a mode/option set, per version and
// attributes flag; computed on first use and kept for the whole test run.
const PyfrontRun& pyfront_run(const std::string& version, const std::string& mode, bool type_comments,
                       bool attributes) {
    static std::map<std::string, PyfrontRun> runs;
    const std::string key = version + "|" + mode + "|" + (type_comments ? "tc" : "") + "|" +
                            (attributes ? "attrs" : "");
    auto found = runs.find(key);
    if (found != runs.end()) return found->second;
    PyfrontRun& run = runs[key];
    const std::string bin = pyfront_binary();
    if (bin.empty() || !fs::exists(bin)) {
        run.problem = "no pyfront binary: set PYFRONT_BIN or build with the PYFRONT_BIN definition (" +
                      (bin.empty() ? std::string("unset") : bin) + ")";
        return run;
    }
    std::vector<std::string> files;
    for (const Case& c : corpus())
        if (c.header.mode == mode && c.header.type_comments == type_comments) files.push_back(c.path.string());
    std::string command = shell_quote(bin) + " parse --jsonl --feature-version " + version + " --mode " + mode;
    if (type_comments) command += " --type-comments";
    if (!attributes) command += " --no-attributes";
    for (const std::string& f : files) command += " " + shell_quote(f);
    command += " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) {
        run.problem = "cannot run " + bin;
        return run;
    }
    std::string out;
    char buffer[65536];
    size_t got;
    while ((got = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, got);
    const int status = pclose(pipe);
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    size_t line_no = 0;
    for (const std::string& line : split_lines_any_newline(out)) {
        if (line.empty()) continue;
        try {
            Json rec = JsonReader(line).parse();
            std::string path = rec.str_or("path", "");
            if (!std::count(files.begin(), files.end(), path) && line_no < files.size()) path = files[line_no];
            run.records[path] = std::move(rec);
        } catch (const std::exception& e) {
            run.problem = "unreadable output line " + std::to_string(line_no + 1) + ": " + e.what();
        }
        ++line_no;
    }
    if (code != 0 && code != 1)
        run.problem = "`pyfront parse --jsonl` exited with status " + std::to_string(code) +
                      (code == 2 ? " (a usage error: does `pyfront parse` exist yet?)" : "") + "; command: " +
                      command.substr(0, 300) + " ...";
    return run;
}

// ---------------------------------------------------------------------------------------------
// Parameters

struct Param {
    size_t case_index;
    std::string version;  // "3.12"
};

void PrintTo(const Param& p, std::ostream* os) { *os << corpus()[p.case_index].name << ".py @ " << p.version; }

std::string param_name(const testing::TestParamInfo<Param>& info) {
    std::string v = info.param.version;
    std::replace(v.begin(), v.end(), '.', '_');
    return corpus()[info.param.case_index].name + "_" + v;
}

std::vector<Param> params() {
    std::vector<Param> out;
    for (size_t i = 0; i < corpus().size(); ++i)
        for (const std::string& v : all_versions()) out.push_back({i, v});
    return out;
}

// The expected result of one version: the golden entry, or the `# expect` line.
struct Expected {
    bool error = false;
    std::string source;
    std::optional<std::string> type;
    std::optional<long long> lineno, offset;
    const Json* entry = nullptr;  // the golden entry (3.6+)
};

std::optional<Expected> expected(const Case& c, const std::string& v) {
    const Json* parse = c.golden ? c.golden->get("parse") : nullptr;
    if (const Json* g = parse ? parse->get(v) : nullptr) {
        Expected e;
        e.entry = g;
        e.error = g->str_or("verdict", "") == "error";
        e.source = "CPython " + g->str_or("interpreter", "?");
        if (e.error) {
            e.type = g->str_or("type", "");
            const Json* lineno = g->get("lineno");
            const Json* offset = g->get("offset");
            if (lineno && lineno->is_integer()) e.lineno = lineno->integer();
            if (offset && offset->is_integer()) e.offset = offset->integer();
        }
        return e;
    }
    auto it = c.header.expect.find(v);
    if (it == c.header.expect.end()) return std::nullopt;
    Expected e;
    e.source = "the case's `# expect` line";
    std::istringstream words(it->second);
    std::string verdict, type;
    words >> verdict >> type;
    e.error = verdict == "error";
    if (e.error && !type.empty()) e.type = type;
    return e;
}

std::string describe_error(const Json& rec) {
    const Json* err = rec.get("error");
    if (!err) return "(no error object)";
    auto num = [&](const char* k) {
        const Json* j = err->get(k);
        return j && j->is_integer() ? std::to_string(j->integer()) : std::string("?");
    };
    return num("lineno") + ":" + num("offset") + ": " + err->str_or("message", "(no message)");
}

// ---------------------------------------------------------------------------------------------
// The corpus as a whole

TEST(GoldenParseCorpus, EveryCaseHasAReadableGoldenAndAHeader) {
    ASSERT_GE(corpus().size(), 200u) << "corpus/parse/cases is missing or nearly empty";
    for (const Case& c : corpus()) {
        EXPECT_TRUE(c.golden_error.empty()) << c.name << ": " << c.golden_error;
        EXPECT_FALSE(c.header.tests.empty()) << c.name << ": no `# tests:` line";
        for (const std::string& v : all_versions())
            EXPECT_TRUE(c.header.expect.count(v)) << c.name << ": no `# expect` line for " << v;
    }
}

// ---------------------------------------------------------------------------------------------
// Every case at every version

class GoldenParse : public testing::TestWithParam<Param> {};

TEST_P(GoldenParse, MatchesCPython) {
    const Case& c = corpus()[GetParam().case_index];
    const std::string& v = GetParam().version;
    if (c.needs_38() && minor_of(v) < 8) GTEST_SKIP() << "func_type mode and type comments exist from 3.8";
    const std::optional<Expected> want = expected(c, v);
    if (!want) GTEST_SKIP() << "no verdict recorded for " << v;
    SCOPED_TRACE(c.name + ".py (" + c.header.tests + ") at " + v + ", expected result from " + want->source);

    const PyfrontRun& structure_run = pyfront_run(v, c.header.mode, c.header.type_comments, false);
    auto found = structure_run.records.find(c.path.string());
    ASSERT_TRUE(found != structure_run.records.end())
        << "`pyfront parse --jsonl --no-attributes` gave no record for this file"
        << (structure_run.problem.empty() ? "" : ": " + structure_run.problem);
    const Json& mine = found->second;
    const Json* ok = mine.get("ok");
    ASSERT_TRUE(ok && ok->is_bool()) << "the record has no boolean \"ok\"";

    if (want->error) {
        ASSERT_FALSE(ok->boolean()) << "CPython rejects the file" << (want->type ? " (" + *want->type + ")" : "")
                                    << "; pyfront accepts it";
        const Json* err = mine.get("error");
        ASSERT_TRUE(err && err->is_object()) << "the record has no \"error\" object";
        if (want->lineno) {
            const Json* lineno = err->get("lineno");
            EXPECT_TRUE(lineno && lineno->is_integer() && lineno->integer() == *want->lineno)
                << "lineno: CPython " << *want->lineno << ", pyfront " << describe_error(mine);
        }
        if (want->offset) {
            const Json* offset = err->get("offset");
            EXPECT_TRUE(offset && offset->is_integer() && offset->integer() == *want->offset)
                << "offset: CPython " << *want->offset << ", pyfront " << describe_error(mine);
        }
        if (want->type && err->get("type")) {
            EXPECT_EQ(*want->type, err->str_or("type", "")) << "exception type";
        }
        return;
    }
    ASSERT_TRUE(ok->boolean()) << "CPython accepts the file; pyfront reports " << describe_error(mine);
    if (!want->entry) return;  // 3.0-3.5: the verdict is all there is

    // Structure: the tree of CPython `v`, without positions.
    const std::string golden_dump = want->entry->str_or("dump", "");
    const std::string mine_dump = mine.str_or("dump", "");
    if (golden_dump != mine_dump) {
        std::string where;
        try {
            where = first_difference(read_dump(golden_dump), read_dump(mine_dump), false);
        } catch (const std::exception& e) {
            where = e.what();
        }
        FAIL() << "structure differs from CPython " << want->entry->str_or("interpreter", "?") << "\n  first difference: "
               << where << "\n  CPython: " << golden_dump.substr(0, 2000) << "\n  pyfront: " << mine_dump.substr(0, 2000);
    }

    // Positions: the tree with positions of the version the golden names.
    const std::string ref_version = want->entry->str_or("positions", "");
    if (ref_version.empty()) return;  // a 3.6/3.7 tree that 3.13/3.14 do not build
    const Json* ref = c.golden->get("parse")->get(ref_version);
    ASSERT_TRUE(ref && ref->get("dump_attributes")) << "the golden names " << ref_version
                                                     << " for positions but has no dump_attributes there";
    const std::string ref_dump = ref->str_or("dump_attributes", "");
    const PyfrontRun& positions_run = pyfront_run(v, c.header.mode, c.header.type_comments, true);
    auto found_pos = positions_run.records.find(c.path.string());
    ASSERT_TRUE(found_pos != positions_run.records.end())
        << "`pyfront parse --jsonl` gave no record for this file"
        << (positions_run.problem.empty() ? "" : ": " + positions_run.problem);
    const std::string mine_full = found_pos->second.str_or("dump", "");
    if (mine_full == ref_dump) return;
    std::string where;
    try {
        where = first_difference(read_dump(ref_dump), read_dump(mine_full), true);
    } catch (const std::exception& e) {
        where = e.what();
    }
    if (where.empty()) return;  // only positions that the reference does not have
    FAIL() << "positions differ from CPython " << ref->str_or("interpreter", "?") << " (the position reference of "
           << v << ")\n  first difference: " << where;
}

INSTANTIATE_TEST_SUITE_P(Corpus, GoldenParse, testing::ValuesIn(params()), param_name);

}  // namespace
