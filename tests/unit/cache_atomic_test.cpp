// Atomic writes and hard links: complete files or the old ones, never temporaries left over.
#include "cache/atomic_file.h"

#include <dirent.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "cache_test_support.h"

namespace pyfront::cache {
namespace {

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> out;
    if (DIR* d = ::opendir(dir.c_str())) {
        while (dirent* e = ::readdir(d))
            if (e->d_name[0] != '.' || (e->d_name[1] && e->d_name[1] != '.' )) out.emplace_back(e->d_name);
        ::closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(CacheAtomic, WritesWholeFileAndNoTemporaries) {
    test::ScratchDir dir;
    std::string error;
    ASSERT_TRUE(make_dirs(dir.file("a/__pycache__"), error)) << error;
    const std::string path = dir.file("a/__pycache__/m.cpython-311.pyc");
    const std::string data(100000, 'x');
    ASSERT_TRUE(write_atomic(path, data, 0644, Durability::None, error)) << error;
    std::string back;
    ASSERT_TRUE(read_whole_file(path, back, error));
    EXPECT_EQ(back, data);
    EXPECT_EQ(names_in(dir.file("a/__pycache__")), std::vector<std::string>{"m.cpython-311.pyc"});
    // Replacing keeps one file, with the new content; Full durability works too.
    ASSERT_TRUE(write_atomic(path, "new", 0644, Durability::Full, error)) << error;
    ASSERT_TRUE(read_whole_file(path, back, error));
    EXPECT_EQ(back, "new");
    EXPECT_EQ(names_in(dir.file("a/__pycache__")).size(), 1u);
}

TEST(CacheAtomic, ModeIsMaskedLikeImportlib) {
    test::ScratchDir dir;
    std::string error;
    const mode_t old = ::umask(022);
    ASSERT_TRUE(write_atomic(dir.file("m.pyc"), "x", 0100775, Durability::None, error)) << error;
    ::umask(old);
    struct stat st;
    ASSERT_EQ(::stat(dir.file("m.pyc").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0644u);  // & 0o666, then the umask
}

TEST(CacheAtomic, RefusesSymlinksLikePyCompile) {
    test::ScratchDir dir;
    test::write_text(dir.file("target"), "keep");
    ASSERT_EQ(::symlink(dir.file("target").c_str(), dir.file("m.pyc").c_str()), 0);
    std::string error;
    EXPECT_FALSE(write_atomic(dir.file("m.pyc"), "x", 0644, Durability::None, error));
    EXPECT_NE(error.find("is a symlink"), std::string::npos) << error;
    std::string back;
    ASSERT_TRUE(read_whole_file(dir.file("target"), back, error));
    EXPECT_EQ(back, "keep");
}

TEST(CacheAtomic, ShortWriteLeavesOldFileAndNoTemporary) {
    // A file size limit makes write() fail half-way (EFBIG), as a full disk would: the old
    // pyc must stay as it was and the temporary must be gone. Done in a child, which owns the
    // limit; works as root too (permissions would not stop root).
    test::ScratchDir dir;
    std::string error;
    ASSERT_TRUE(write_atomic(dir.file("m.pyc"), "old", 0644, Durability::None, error));
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit lim = {4096, 4096};
        ::setrlimit(RLIMIT_FSIZE, &lim);
        std::string e;
        const bool wrote = write_atomic(dir.file("m.pyc"), std::string(100000, 'n'), 0644, Durability::None, e);
        ::_exit(!wrote && e.find("m.pyc: File too large") != std::string::npos ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the write did not fail as expected";
    std::string back;
    ASSERT_TRUE(read_whole_file(dir.file("m.pyc"), back, error));
    EXPECT_EQ(back, "old");
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"m.pyc"});
}

TEST(CacheAtomic, ConcurrentWritersNeverShowAPartialFile) {
    // Two processes rewrite one pyc 200 times each with different full contents while a
    // third reads it: every read is one of the two complete contents.
    test::ScratchDir dir;
    const std::string path = dir.file("m.pyc");
    const std::string a(300000, 'a'), b(200000, 'b');
    std::string error;
    ASSERT_TRUE(write_atomic(path, a, 0644, Durability::None, error));
    pid_t writers[2];
    for (int w = 0; w < 2; ++w) {
        writers[w] = ::fork();
        if (writers[w] == 0) {
            std::string e;
            for (int i = 0; i < 200; ++i)
                if (!write_atomic(path, w ? b : a, 0644, Durability::None, e)) ::_exit(1);
            ::_exit(0);
        }
    }
    int bad = 0;
    for (int i = 0; i < 300; ++i) {
        std::string back;
        if (read_whole_file(path, back, error) && back != a && back != b) ++bad;
    }
    for (pid_t p : writers) {
        int status = 0;
        ::waitpid(p, &status, 0);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    EXPECT_EQ(bad, 0);
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"m.pyc"});
}

TEST(CacheAtomic, HardLinksReplaceAtomically) {
    test::ScratchDir dir;
    std::string error;
    ASSERT_TRUE(write_atomic(dir.file("a.pyc"), "same", 0644, Durability::None, error));
    ASSERT_TRUE(write_atomic(dir.file("b.pyc"), "other", 0644, Durability::None, error));
    ASSERT_TRUE(link_atomic(dir.file("a.pyc"), dir.file("b.pyc"), error)) << error;
    struct stat sa, sb;
    ASSERT_EQ(::stat(dir.file("a.pyc").c_str(), &sa), 0);
    ASSERT_EQ(::stat(dir.file("b.pyc").c_str(), &sb), 0);
    EXPECT_EQ(sa.st_ino, sb.st_ino);
    EXPECT_EQ(sa.st_nlink, 2u);
    // Linking again (already the same file) leaves no temporary behind.
    ASSERT_TRUE(link_atomic(dir.file("a.pyc"), dir.file("b.pyc"), error)) << error;
    EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"a.pyc", "b.pyc"}));
    // Rewriting one name breaks the link without touching the other.
    ASSERT_TRUE(write_atomic(dir.file("b.pyc"), "changed", 0644, Durability::None, error));
    std::string back;
    ASSERT_TRUE(read_whole_file(dir.file("a.pyc"), back, error));
    EXPECT_EQ(back, "same");
}

TEST(CacheAtomic, TempNames) {
    EXPECT_TRUE(is_temp_name("m.cpython-311.pyc.pyfront-tmp.123.0"));
    EXPECT_FALSE(is_temp_name("m.cpython-311.pyc"));
}

}  // namespace
}  // namespace pyfront::cache
