// The freshness manifest: round trip, merge of concurrent saves, and what makes a pyc fresh.
#include "cache/manifest.h"

#include "cache/atomic_file.h"
#include "cache/fingerprint.h"
#include "cache_test_support.h"

namespace pyfront::cache {
namespace {

ManifestEntry written(const std::string& path, std::uint64_t src, std::uint64_t opts) {
    ManifestEntry e;
    EXPECT_TRUE(stat_pyc(path, e));
    e.source_xxh = src;
    e.options_xxh = opts;
    return e;
}

TEST(CacheManifest, Xxh3IsTheLibrarysXxh3) {
    // XXH3_64bits("") = 2d06800538d394c2 (xxHash's published test vector).
    EXPECT_EQ(hex64(xxh3("")), "2d06800538d394c2");
    EXPECT_NE(xxh3("a"), xxh3("b"));
}

TEST(CacheManifest, RoundTripAndGarbageTolerance) {
    Manifest m;
    ManifestEntry e{1, 2, 3, 4, 5, 6};
    m.set("m.cpython-311.pyc", e);
    Manifest back;
    back.parse(m.serialize() + "broken line\n\tx\n");
    ASSERT_TRUE(back.find("m.cpython-311.pyc"));
    EXPECT_EQ(*back.find("m.cpython-311.pyc"), e);
    EXPECT_EQ(back.entries().size(), 1u);
    Manifest other;
    other.parse("pyfront-manifest 999\nm.pyc\t1\t2\t3\t4\t5\t6\n");
    EXPECT_TRUE(other.entries().empty());  // unknown format versions are ignored
}

TEST(CacheManifest, FreshOnlyWhenEverythingMatches) {
    test::ScratchDir dir;
    std::string error;
    const std::string pyc = dir.file("m.cpython-311.pyc");
    ASSERT_TRUE(write_atomic(pyc, "code", 0644, Durability::None, error));
    Manifest m;
    m.set("m.cpython-311.pyc", written(pyc, 10, 20));
    EXPECT_TRUE(is_fresh(m, "m.cpython-311.pyc", pyc, 10, 20));
    EXPECT_FALSE(is_fresh(m, "m.cpython-311.pyc", pyc, 11, 20));  // source edited
    EXPECT_FALSE(is_fresh(m, "m.cpython-311.pyc", pyc, 10, 21));  // other options
    EXPECT_FALSE(is_fresh(m, "other.cpython-311.pyc", pyc, 10, 20));
    // Someone else rewrote the pyc (a rename: new inode): no longer ours to trust.
    ASSERT_TRUE(write_atomic(pyc, "code", 0644, Durability::None, error));
    EXPECT_FALSE(is_fresh(m, "m.cpython-311.pyc", pyc, 10, 20));
    ::unlink(pyc.c_str());
    EXPECT_FALSE(is_fresh(m, "m.cpython-311.pyc", pyc, 10, 20));
}

TEST(CacheManifest, ConcurrentSavesMerge) {
    test::ScratchDir dir;
    std::string error;
    Manifest a, b;
    a.load(dir.path());
    b.load(dir.path());
    a.set("a.pyc", ManifestEntry{1, 1, 1, 1, 1, 1});
    b.set("b.pyc", ManifestEntry{2, 2, 2, 2, 2, 2});
    ASSERT_TRUE(a.save(dir.path(), error)) << error;
    ASSERT_TRUE(b.save(dir.path(), error)) << error;
    Manifest c;
    c.load(dir.path());
    EXPECT_TRUE(c.find("a.pyc"));
    EXPECT_TRUE(c.find("b.pyc"));
    c.erase("a.pyc");
    ASSERT_TRUE(c.save(dir.path(), error));
    Manifest d;
    d.load(dir.path());
    EXPECT_FALSE(d.find("a.pyc"));
    EXPECT_TRUE(d.find("b.pyc"));
}

}  // namespace
}  // namespace pyfront::cache
