#include "version/version.h"

#include <gtest/gtest.h>

namespace pyfront {
namespace {

TEST(Version, ParsesEverySupportedVersion) {
    for (int minor = 0; minor <= 15; ++minor) {
        auto v = parse_version("3." + std::to_string(minor));
        ASSERT_TRUE(v) << minor;
        EXPECT_EQ(v->major, 3);
        EXPECT_EQ(v->minor, minor);
        EXPECT_EQ(to_string(*v), "3." + std::to_string(minor));
    }
}

TEST(Version, RejectsOutOfRangeAndMalformed) {
    for (const char* bad : {"3.16", "2.7", "4.0", "3", "3.", ".6", "3.6.1", "3.x", "", " 3.6",
                            "3.6 ", "3.-1", "3.100", "+3.6"})
        EXPECT_FALSE(parse_version(bad)) << bad;
}

TEST(Version, OrdersByMinor) {
    EXPECT_LT((Version{3, 9}), (Version{3, 10}));
    EXPECT_EQ(kDefaultVersion, (Version{3, 15}));
    EXPECT_EQ(supported_range_text(), "3.0 to 3.15");
}

}  // namespace
}  // namespace pyfront
