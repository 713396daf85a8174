// pyc placement, checked against importlib.util.cache_from_source of CPython 3.11 (the
// expected strings below are what it returns for the same arguments, cwd /work/main).
#include "cache/pyc_path.h"

#include "cache_test_support.h"

namespace pyfront::cache {
namespace {

PathOptions pycache() { return {}; }
PathOptions prefixed(std::string prefix) {
    PathOptions o;
    o.pycache_prefix = std::move(prefix);
    o.cwd = "/work/main";
    return o;
}

TEST(CachePath, Pycache) {
    EXPECT_EQ(pyc_path("a.py", "cpython-311", 0, pycache()), "__pycache__/a.cpython-311.pyc");
    EXPECT_EQ(pyc_path("x/b.py", "cpython-311", 2, pycache()), "x/__pycache__/b.cpython-311.opt-2.pyc");
    EXPECT_EQ(pyc_path("x/b.py", "cpython-311-36", 1, pycache()), "x/__pycache__/b.cpython-311-36.opt-1.pyc");
    EXPECT_EQ(pyc_path("/abs/y/c.py", "cpython-311", 0, pycache()), "/abs/y/__pycache__/c.cpython-311.pyc");
}

TEST(CachePath, CPythonNameQuirks) {
    EXPECT_EQ(pyc_path("a.b.py", "cpython-311", 0, pycache()), "__pycache__/a.b.cpython-311.pyc");
    EXPECT_EQ(pyc_path("c", "cpython-311", 0, pycache()), "__pycache__/ccpython-311.pyc");
    EXPECT_EQ(pyc_path(".hidden", "cpython-311", 0, pycache()), "__pycache__/hidden.cpython-311.pyc");
    // "/a.py" splits into head "" and tail "a.py": CPython's own result is relative.
    EXPECT_EQ(pyc_path("/a.py", "cpython-311", 0, pycache()), "__pycache__/a.cpython-311.pyc");
    EXPECT_EQ(pyc_path("x//b.py", "cpython-311", 0, pycache()), "x/__pycache__/b.cpython-311.pyc");
}

TEST(CachePath, PycachePrefix) {
    EXPECT_EQ(pyc_path("x/../b.py", "cpython-311", 0, prefixed("/pp")), "/pp/work/main/x/../b.cpython-311.pyc");
    EXPECT_EQ(pyc_path("/abs//y/c.py", "cpython-311", 0, prefixed("/pp")), "/pp/abs//y/c.cpython-311.pyc");
    EXPECT_EQ(pyc_path("c", "cpython-311", 0, prefixed("/pp")), "/pp/work/main/ccpython-311.pyc");
    EXPECT_EQ(pyc_path("a.py", "cpython-311-36", 2, prefixed("/pp/")), "/pp/work/main/a.cpython-311-36.opt-2.pyc");
    EXPECT_EQ(pyc_path("a.py", "cpython-311", 0, prefixed("rel")), "rel/work/main/a.cpython-311.pyc");
}

TEST(CachePath, Legacy) {
    PathOptions o;
    o.placement = Placement::Legacy;
    EXPECT_EQ(pyc_path("x/b.py", "cpython-311-36", 1, o), "x/b.pyc");
}

TEST(CachePath, SourceOfPycacheFile) {
    EXPECT_EQ(source_of_pycache_file("x/__pycache__/b.cpython-311.pyc", "b"), "x/b.py");
    EXPECT_EQ(source_of_pycache_file("__pycache__/b.cpython-311.pyc", "b"), "b.py");
    EXPECT_EQ(source_of_pycache_file("x/b.pyc", "b"), "");
}

}  // namespace
}  // namespace pyfront::cache
