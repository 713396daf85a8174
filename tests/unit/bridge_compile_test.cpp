// compile_module(): pyfront's tree compiled by the host must give the very bytes the host gives
// for the same source through its own parser (that is what compileall writes), at every
// optimization level. The reference is independent of pyfront: the host parses the source.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bridge_test_support.h"

namespace pyfront::bridge::testing {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Where the two compilations first differ, for failure messages.
std::string first_difference(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    return "sizes " + std::to_string(a.size()) + " vs " + std::to_string(b.size()) + ", first difference at byte " +
           std::to_string(i);
}

// Compares pyfront + bridge with the host on one source. Returns false when pyfront's parser
// refused it (a parse-conformance matter, not the bridge's; the parse goldens cover it).
bool expect_same_as_host(const std::string& source, const std::string& filename, int optimize = 0) {
    const Compiled ours = pyfront_compiles(source, filename, optimize);
    if (ours.parse_failed) return false;
    const Compiled theirs = host_compiles_source(source, filename, optimize);
    if (theirs.error) {
        // The host's parser or compiler refuses it: the bridge must report the same refusal
        // (symtable and compiler errors come from the same compiler on both paths).
        EXPECT_TRUE(ours.error.has_value()) << filename << ": host refused (" << theirs.error->message
                                            << ") but the bridge compiled it";
        if (ours.error) {
            EXPECT_EQ(ours.error->message, theirs.error->message) << filename;
            EXPECT_EQ(ours.error->lineno, theirs.error->lineno) << filename;
        }
        return true;
    }
    EXPECT_FALSE(ours.error.has_value()) << filename << ": " << (ours.error ? ours.error->message : "");
    EXPECT_TRUE(ours.code == theirs.code) << filename << " -O" << optimize << ": "
                                          << first_difference(ours.code, theirs.code);
    return true;
}

// Every case of the parse corpus that parses at the host's version.
TEST(BridgeCompile, ParseCorpusMatchesHostCompile) {
    const fs::path cases = fs::path(PYFRONT_BRIDGE_TESTS_ROOT) / "corpus/parse/cases";
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(cases))
        if (e.path().extension() == ".py") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    ASSERT_GT(files.size(), 100u);
    int compared = 0;
    for (const fs::path& f : files)
        compared += expect_same_as_host(read_file(f), f.string()) ? 1 : 0;
    // Most of the corpus is valid at any modern version; a collapse means a broken harness.
    EXPECT_GT(compared, static_cast<int>(files.size()) / 2);
}

// Code shaped like the stdlib's, one construct family per snippet, at -O0, -O1 and -O2
// (asserts and docstrings go at -O1/-O2: the tree must carry them where the compiler looks).
const char* const kSnippets[] = {
    R"PY("""Module docstring."""
from __future__ import annotations
import os, sys as system
from .pkg import (a, b as c)
from ... import d
__all__ = ['f', 'C']

def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    """Doc."""
    global g
    assert a, "message"
    x: int = 1
    y: list[int]
    return a + b * c - d / e // 2 % 3 ** 4 @ m << 1 >> 2 & 3 | 4 ^ 5
)PY",
    R"PY(class C(Base, metaclass=Meta, **extra):
    'doc'
    attr = 1
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v
    async def run(self):
        async with lock as l, other:
            async for i in aiter():
                await i
        return [i async for i in gen() if await i]
)PY",
    R"PY(def g():
    for i in range(10):
        if i % 2: continue
        elif i > 8: break
        else: pass
    else:
        x = 1
    while x:
        x -= 1
    try:
        pass
    except (ValueError, TypeError) as e:
        raise RuntimeError('x') from e
    except Exception:
        raise
    else:
        pass
    finally:
        del x
    with open('f') as (a, b), ctx():
        pass
    def inner():
        nonlocal x
        x = yield
        yield from inner()
    return lambda a, *b, c=1, **d: (a, b, c, d)
)PY",
    R"PY(x = {'a': 1, **d, 'b': [1, 2, *rest]}
s = {1, 2, 3}
t = (1,) + ()
comp = [i * j for i in a if i for j in b]
sc = {i for i in a}
dc = {k: v for k, v in items.items()}
ge = sum(i for i in range(3))
f = f"{x!r:>{width}} {y=} {{literal}} {z:%Y}"
b = b'\x00\xff' + rb'raw\n'
u = u'unicode' 'concat' "enated"
n = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 1.5e-7 + 3j + 1e400 + 10**100
big = 123456789012345678901234567890123456789
e = ...
sl = a[1:2, ::3, ...]
ch = 1 < x <= 3 != y is not None not in z
w = (y := 10)
cond = a if b else c
neg = -x, +x, ~x, not x
bo = a and b or c
star, *rest = seq
a.b.c = d[e] = 1
)PY",
    R"PY(match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"k": v, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case str() as s:
        pass
    case None | True | -1 | 1+2j | "s" | b"b":
        pass
    case _:
        pass
)PY",
    R"PY(try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
if __name__ == '__main__':
    print('main', file=sys.stderr, end='')
)PY",
    // Non-ASCII: identifiers (NFKC), columns in UTF-8 bytes, lone surrogates, odd bytes.
    "caf\xc3\xa9 = '\xe2\x82\xac'; \xef\xac\x81 = 1\ns = '\\ud800' + '\\U0001F600' + '\\N{BULLET}'\n"
    "if caf\xc3\xa9: print('\xc3\xa9t\xc3\xa9', fi)\n",
};

// The oldest host whose syntax each snippet needs (match: 3.10, except*: 3.11).
const int kSnippetMinMinor[] = {8, 8, 8, 8, 10, 11, 8};
static_assert(sizeof(kSnippetMinMinor) / sizeof(int) == sizeof(kSnippets) / sizeof(char*));

TEST(BridgeCompile, StdlibLikeSnippetsMatchHostCompile) {
    for (std::size_t i = 0; i < std::size(kSnippets); ++i) {
        if (host().version.minor < kSnippetMinMinor[i]) continue;
        for (int optimize : {0, 1, 2}) {
            const std::string name = "/lib/snippet" + std::to_string(i) + ".py";
            EXPECT_TRUE(expect_same_as_host(kSnippets[i], name, optimize)) << "pyfront cannot parse snippet " << i;
        }
    }
}

TEST(BridgeCompile, BigHexLiteral) {
    const std::string source = "x = 0x" + std::string(5000, 'f') + "\ny = -0x" + std::string(4000, 'a') + "1\n";
    EXPECT_TRUE(expect_same_as_host(source, "big.py"));
}

// compile() puts the file name in every code object; marshal shares it by reference.
TEST(BridgeCompile, FileNameIsTheGivenOne) {
    EXPECT_TRUE(expect_same_as_host("def f(): pass\nclass C: pass\n", "/some/where/m\xc3\xa9.py"));
    const Compiled c = pyfront_compiles("x = __file__ if 0 else 1\n", "/a/b.py");
    ASSERT_FALSE(c.error.has_value());
    EXPECT_NE(c.code.find("/a/b.py"), std::string::npos);
}

TEST(BridgeCompile, OnlyModuleTrees) {
    builder::Options o;
    o.mode = builder::Mode::Eval;
    o.version = host().version;
    builder::Result r = builder::parse_source("1 + 2", o);
    ASSERT_TRUE(r.ok());
    const CompileOutput c = compile_module(r.tree, "e.py", 0);
    EXPECT_TRUE(c.code.empty());
    ASSERT_TRUE(c.error.has_value());
}

}  // namespace
}  // namespace pyfront::bridge::testing
