// Cache tags and pyc names (PEP 3147, PEP 488, compat suffixes).
#include "cache/tag.h"

#include "cache_test_support.h"

namespace pyfront::cache {
namespace {

TEST(CacheTag, HostLevelIsTheHostTag) {
    const HostFacts host = test::fake_host_311();
    EXPECT_EQ(cache_tag(host, Version{3, 11}), "cpython-311");
}

TEST(CacheTag, OtherLevelsAddTheirDigits) {
    const HostFacts host = test::fake_host_311();
    EXPECT_EQ(cache_tag(host, Version{3, 6}), "cpython-311-36");
    EXPECT_EQ(cache_tag(host, Version{3, 0}), "cpython-311-30");
    EXPECT_EQ(cache_tag(host, Version{3, 10}), "cpython-311-310");
    EXPECT_EQ(cache_tag(host, Version{3, 15}), "cpython-311-315");
}

TEST(CacheTag, OptSuffixes) {
    EXPECT_EQ(opt_suffix(0), "");
    EXPECT_EQ(opt_suffix(1), ".opt-1");
    EXPECT_EQ(opt_suffix(2), ".opt-2");
}

TEST(CacheTag, ParsesPycNames) {
    auto a = parse_pyc_name("os.cpython-311.pyc");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->module, "os");
    EXPECT_EQ(a->tag, "cpython-311");
    EXPECT_EQ(a->optimize, 0);
    auto b = parse_pyc_name("a.b.cpython-311-36.opt-2.pyc");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->module, "a.b");
    EXPECT_EQ(b->tag, "cpython-311-36");
    EXPECT_EQ(b->optimize, 2);
    EXPECT_FALSE(parse_pyc_name("notes.txt"));
    EXPECT_FALSE(parse_pyc_name("os.pyc"));           // legacy name, no tag
    EXPECT_FALSE(parse_pyc_name("os.weird.pyc"));     // not IMPL-DIGITS
    EXPECT_FALSE(parse_pyc_name(".cpython-311.pyc"));  // no module name
}

TEST(CacheTag, CompatOfTag) {
    const HostFacts host = test::fake_host_311();
    EXPECT_EQ(compat_of_tag(host, "cpython-311"), (Version{3, 11}));
    EXPECT_EQ(compat_of_tag(host, "cpython-311-36"), (Version{3, 6}));
    EXPECT_EQ(compat_of_tag(host, "cpython-311-310"), (Version{3, 10}));
    EXPECT_FALSE(compat_of_tag(host, "cpython-312"));
    EXPECT_FALSE(compat_of_tag(host, "cpython-312-36"));
    EXPECT_FALSE(compat_of_tag(host, "cpython-311-311"));  // the host level never has a suffix
    EXPECT_FALSE(compat_of_tag(host, "cpython-311-306"));
    EXPECT_FALSE(compat_of_tag(host, "cpython-311-216"));  // not a Python 3 version
    EXPECT_FALSE(compat_of_tag(host, "cpython-3110"));
}

}  // namespace
}  // namespace pyfront::cache
