// Writing the pycs of one source: identical bytes share one file by hard link.
#include "cache/pyc_writer.h"

#include <sys/stat.h>

#include "cache_test_support.h"

namespace pyfront::cache {
namespace {

ino_t inode(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

TEST(CacheWriter, IdenticalOutputsAreLinkedOthersWritten) {
    test::ScratchDir dir;
    const std::string c = dir.file("__pycache__/");
    std::vector<PycOutput> outs = {
        {c + "m.cpython-311.pyc", "AAAA", "o0"},
        {c + "m.cpython-311-36.pyc", "AAAA", "o0"},      // same tree at 3.6: shared
        {c + "m.cpython-311-30.pyc", "BBBB", "o0"},      // another tree: its own file
        {c + "m.cpython-311.opt-1.pyc", "AAAA", "o1"},   // another group (no --hardlink-dupes)
        {c + "m.cpython-311-37.pyc", "AAAA", "", true},  // never linked
    };
    auto done = write_pycs(outs, 0644, Durability::None);
    ASSERT_EQ(done.size(), 5u);
    for (const auto& d : done) EXPECT_TRUE(d.ok) << d.path << ": " << d.error;
    EXPECT_FALSE(done[0].linked);
    EXPECT_TRUE(done[1].linked);
    EXPECT_FALSE(done[2].linked);
    EXPECT_FALSE(done[3].linked);
    EXPECT_FALSE(done[4].linked);
    EXPECT_EQ(inode(outs[0].path), inode(outs[1].path));
    EXPECT_NE(inode(outs[0].path), inode(outs[2].path));
    EXPECT_NE(inode(outs[0].path), inode(outs[3].path));
}

TEST(CacheWriter, NewOutputsLinkToExistingFreshOnes) {
    test::ScratchDir dir;
    const std::string c = dir.file("__pycache__/");
    std::string error;
    ASSERT_TRUE(make_dirs(c, error));
    ASSERT_TRUE(write_atomic(c + "m.cpython-311.pyc", "AAAA", 0644, Durability::None, error));
    const ino_t before = inode(c + "m.cpython-311.pyc");
    PycOutput fresh{c + "m.cpython-311.pyc", "AAAA", "o0"};
    fresh.existing = true;
    auto done = write_pycs({fresh, {c + "m.cpython-311-36.pyc", "AAAA", "o0"}}, 0644, Durability::None);
    ASSERT_EQ(done.size(), 2u);
    EXPECT_TRUE(done[1].ok && done[1].linked) << done[1].error;
    EXPECT_EQ(inode(c + "m.cpython-311.pyc"), before);  // the existing file is not rewritten
    EXPECT_EQ(inode(c + "m.cpython-311-36.pyc"), before);
}

TEST(CacheWriter, ReportsUnwritableFolders) {
    test::ScratchDir dir;
    test::write_text(dir.file("__pycache__"), "a file where the folder should be");
    auto done = write_pycs({{dir.file("__pycache__/m.cpython-311.pyc"), "AAAA", "o0"}}, 0644, Durability::None);
    ASSERT_EQ(done.size(), 1u);
    EXPECT_FALSE(done[0].ok);
    EXPECT_NE(done[0].error.find("not a folder"), std::string::npos) << done[0].error;
}

}  // namespace
}  // namespace pyfront::cache
