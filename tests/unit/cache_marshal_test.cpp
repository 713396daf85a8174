// The structural marshal check over a real code object: marshal.dumps(compile(
// "x = 1\nprint(x)\n", "m.py", "exec")) under CPython 3.11.2, and damaged copies of it.
#include "cache/marshal_check.h"

#include "cache_test_support.h"

namespace pyfront::cache {
namespace {

std::string unhex(std::string_view hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
    return out;
}

const std::string kCode311 = unhex(
    "630000000000000000000000000300000000000000f320000000970064005a00020065016500a6010000ab01000000"
    "00000000000100640153002902e9010000004e2902da0178da057072696e74a900f300000000fa046d2e7079fa083c"
    "6d6f64756c653e720700000001000000731b000000f003010101d804058001d8000580058061810884088008800880"
    "087205000000");

TEST(CacheMarshal, AcceptsARealCodeObject) {
    std::string error;
    EXPECT_TRUE(check_marshal(kCode311, Version{3, 11}, error)) << error;
}

TEST(CacheMarshal, RejectsEveryTruncation) {
    for (std::size_t n = 0; n < kCode311.size(); ++n) {
        std::string error;
        EXPECT_FALSE(check_marshal(std::string_view(kCode311).substr(0, n), Version{3, 11}, error)) << n;
    }
}

TEST(CacheMarshal, RejectsTrailingBytesAndBadCodes) {
    std::string error;
    EXPECT_FALSE(check_marshal(kCode311 + "N", Version{3, 11}, error));
    EXPECT_NE(error.find("trailing"), std::string::npos) << error;
    std::string garbled = kCode311;
    garbled[0] = '?';
    EXPECT_FALSE(check_marshal(garbled, Version{3, 11}, error));
    EXPECT_NE(error.find("unknown type code"), std::string::npos) << error;
}

TEST(CacheMarshal, CodeLayoutFollowsTheHost) {
    // The 3.11 layout read as 3.10's (one more int field) does not come out whole.
    std::string error;
    EXPECT_FALSE(check_marshal(kCode311, Version{3, 10}, error));
}

}  // namespace
}  // namespace pyfront::cache
