// Finding pycs in a tree and judging them (fresh, stale, orphan, other host, damaged).
#include "cache/inventory.h"

#include <sys/stat.h>
#include <sys/time.h>

#include "cache/atomic_file.h"
#include "cache/pyc_header.h"
#include "cache_test_support.h"

namespace pyfront::cache {
namespace {

// A pyc for `source` with a valid header of `mode` and a minimal marshalled body (None).
std::string make_pyc(const HostFacts& host, const std::string& source, InvalidationMode mode) {
    struct stat st;
    ::stat(source.c_str(), &st);
    std::string bytes, error;
    read_whole_file(source, bytes, error);
    SourceFacts f;
    f.mtime = st.st_mtim.tv_sec;
    f.size = static_cast<std::uint64_t>(st.st_size);
    f.hash = host.source_hash(bytes);
    const Header h = make_header(host.magic, mode, f);
    return std::string(reinterpret_cast<const char*>(h.data()), h.size()) + "N";
}

TEST(CacheInventory, FindsAndJudges) {
    const HostFacts host = test::fake_host_311();
    test::ScratchDir dir;
    std::string error;
    ASSERT_TRUE(make_dirs(dir.file("pkg/__pycache__"), error));
    test::write_text(dir.file("pkg/m.py"), test::kGoldenSource);
    test::write_text(dir.file("pkg/n.py"), "y = 2\n");
    const std::string c = dir.file("pkg/__pycache__/");
    write_atomic(c + "m.cpython-311.pyc", make_pyc(host, dir.file("pkg/m.py"), InvalidationMode::Timestamp), 0644, Durability::None, error);
    write_atomic(c + "m.cpython-311-36.pyc", make_pyc(host, dir.file("pkg/m.py"), InvalidationMode::CheckedHash), 0644, Durability::None, error);
    write_atomic(c + "n.cpython-311.opt-1.pyc", make_pyc(host, dir.file("pkg/m.py"), InvalidationMode::CheckedHash), 0644, Durability::None, error);  // hash of another source
    write_atomic(c + "gone.cpython-311.pyc", "whatever", 0644, Durability::None, error);
    write_atomic(c + "m.cpython-312.pyc", "whatever", 0644, Durability::None, error);
    write_atomic(c + "n.cpython-311-36.pyc", "short", 0644, Durability::None, error);
    write_atomic(c + "n.cpython-311-37.pyc", make_pyc(host, dir.file("pkg/n.py"), InvalidationMode::UncheckedHash) + "junk", 0644, Durability::None, error);
    test::write_text(c + "m.cpython-311.pyc.pyfront-tmp.99.0", "partial");

    const Inventory inv = scan_tree(dir.path());
    EXPECT_EQ(inv.temp_files.size(), 1u);
    EXPECT_EQ(inv.cache_folders.size(), 1u);
    std::map<std::string, std::string> states;
    for (const FoundPyc& p : inv.pycs) {
        const std::string name = p.path.substr(c.size());
        states[name] = state_name(inspect_pyc(p, host, true).state);
        if (name == "m.cpython-311-36.pyc") {
            EXPECT_EQ(p.tag, "cpython-311-36");
            EXPECT_EQ(p.source, dir.file("pkg/m.py"));
        }
    }
    EXPECT_EQ(states["m.cpython-311.pyc"], "fresh");
    EXPECT_EQ(states["m.cpython-311-36.pyc"], "fresh");
    EXPECT_EQ(states["n.cpython-311.opt-1.pyc"], "stale");
    EXPECT_EQ(states["gone.cpython-311.pyc"], "orphan");
    EXPECT_EQ(states["m.cpython-312.pyc"], "other-host");
    EXPECT_EQ(states["n.cpython-311-36.pyc"], "bad-header");
    EXPECT_EQ(states["n.cpython-311-37.pyc"], "bad-marshal");
    EXPECT_EQ(states.size(), 7u);

    // Touching the source makes its timestamp pyc stale; the hash-based one stays fresh.
    struct timeval later[2] = {{2000000000, 0}, {2000000000, 0}};
    ::utimes(dir.file("pkg/m.py").c_str(), later);
    for (const FoundPyc& p : inv.pycs) {
        if (p.path == c + "m.cpython-311.pyc") {
            EXPECT_EQ(inspect_pyc(p, host, true).state, PycState::Stale);
        }
        if (p.path == c + "m.cpython-311-36.pyc") {
            EXPECT_EQ(inspect_pyc(p, host, true).state, PycState::Fresh);
        }
    }
}

TEST(CacheInventory, OneSourceFileAndLegacyPycs) {
    const HostFacts host = test::fake_host_311();
    test::ScratchDir dir;
    std::string error;
    make_dirs(dir.file("__pycache__"), error);
    test::write_text(dir.file("m.py"), test::kGoldenSource);
    test::write_text(dir.file("n.py"), "y = 2\n");
    write_atomic(dir.file("__pycache__/m.cpython-311.pyc"), "x", 0644, Durability::None, error);
    write_atomic(dir.file("__pycache__/n.cpython-311.pyc"), "x", 0644, Durability::None, error);
    write_atomic(dir.file("m.pyc"), make_pyc(host, dir.file("m.py"), InvalidationMode::Timestamp), 0644, Durability::None, error);
    write_atomic(dir.file("sourceless.pyc"), "x", 0644, Durability::None, error);  // not a cache: left alone
    const Inventory one = scan_tree(dir.file("m.py"));
    ASSERT_EQ(one.pycs.size(), 2u);
    EXPECT_EQ(one.pycs[0].path, dir.file("__pycache__/m.cpython-311.pyc"));
    EXPECT_EQ(one.pycs[1].tag, "legacy");
    EXPECT_EQ(inspect_pyc(one.pycs[1], host, true).state, PycState::Fresh);
    const Inventory all = scan_tree(dir.path());
    EXPECT_EQ(all.pycs.size(), 3u);  // m, n in __pycache__ and the legacy m.pyc
}

}  // namespace
}  // namespace pyfront::cache
