// PEP 552 headers, byte for byte against py_compile of CPython 3.11.2: the expected hex
// strings are the first 16 bytes of the pycs it wrote for test::kGoldenSource (15 bytes) with
// the source's mtime set by os.utime.
#include "cache/pyc_header.h"

#include "cache_test_support.h"

namespace pyfront::cache {
namespace {

std::string header_hex(InvalidationMode mode, std::int64_t mtime) {
    const HostFacts host = test::fake_host_311();
    SourceFacts s;
    s.mtime = mtime;
    s.size = std::string_view(test::kGoldenSource).size();
    s.hash = host.source_hash(test::kGoldenSource);
    const Header h = make_header(host.magic, mode, s);
    return test::hex(std::string_view(reinterpret_cast<const char*>(h.data()), h.size()));
}

TEST(CacheHeader, TimestampAsPyCompileWritesIt) {
    EXPECT_EQ(header_hex(InvalidationMode::Timestamp, 1700000000), "a70d0d0a0000000000f153650f000000");
    EXPECT_EQ(header_hex(InvalidationMode::Timestamp, 0), "a70d0d0a00000000000000000f000000");
    // mtime beyond 2**32 wraps (struct '<L' of mtime & 0xFFFFFFFF).
    EXPECT_EQ(header_hex(InvalidationMode::Timestamp, 4294967301LL), "a70d0d0a00000000050000000f000000");
}

TEST(CacheHeader, HashModesAsPyCompileWritesThem) {
    EXPECT_EQ(header_hex(InvalidationMode::CheckedHash, 0), "a70d0d0a03000000b806e0f99514a059");
    EXPECT_EQ(header_hex(InvalidationMode::UncheckedHash, 0), "a70d0d0a01000000b806e0f99514a059");
}

TEST(CacheHeader, ParsesBack) {
    const HostFacts host = test::fake_host_311();
    SourceFacts s;
    s.mtime = 1700000000;
    s.size = 15;
    const Header h = make_header(host.magic, InvalidationMode::Timestamp, s);
    auto p = parse_header(std::string_view(reinterpret_cast<const char*>(h.data()), h.size()));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->mode, InvalidationMode::Timestamp);
    EXPECT_EQ(p->mtime, 1700000000u);
    EXPECT_EQ(p->size, 15u);
    EXPECT_EQ(p->magic, host.magic);
    EXPECT_FALSE(parse_header(std::string_view("\xa7\x0d\x0d\x0a\x00\x00", 6)));
    // flags 2 (check_source without hash-based) is invalid for importlib.
    EXPECT_FALSE(parse_header(std::string_view("\xa7\x0d\x0d\x0a\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 16)));
}

TEST(CacheHeader, ModeNamesAndSourceDateEpoch) {
    EXPECT_EQ(parse_mode("checked-hash"), InvalidationMode::CheckedHash);
    EXPECT_EQ(parse_mode("unchecked-hash"), InvalidationMode::UncheckedHash);
    EXPECT_EQ(parse_mode("timestamp"), InvalidationMode::Timestamp);
    EXPECT_FALSE(parse_mode("checked_hash"));
    EXPECT_STREQ(mode_name(InvalidationMode::CheckedHash), "checked-hash");
    // py_compile: `if os.environ.get('SOURCE_DATE_EPOCH')` -> checked-hash.
    EXPECT_EQ(default_mode(nullptr), InvalidationMode::Timestamp);
    EXPECT_EQ(default_mode(""), InvalidationMode::Timestamp);
    EXPECT_EQ(default_mode("1700000000"), InvalidationMode::CheckedHash);
}

}  // namespace
}  // namespace pyfront::cache
