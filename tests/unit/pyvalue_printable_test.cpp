// is_printable(cp, version) against the real interpreters: for every version 3.6-3.15 the set of
// code points it calls printable must be the one that version's str.isprintable() gives
// (pyvalue_printable_sets.inc, written by tools/gen-printable-table from CPython 3.6.15 ...
// 3.15.0rc1); and repr() follows the version asked for (tokenize's output:
// lex_tokenize_format_test.cpp).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pyvalue/repr.h"
#include "pyvalue/unicode.h"

namespace pyfront::pyvalue {
namespace {

struct PrintableSet {
    int minor;
    int unicode_major, unicode_minor;
    std::uint32_t printable_count;
    std::uint32_t run_count;
    std::uint64_t runs_digest;
};

#include "pyvalue_printable_sets.inc"

// The same digest as tools/gen-printable-table: FNV-1a 64 over each run's first and last code
// point, 4 bytes little-endian each.
struct RunDigest {
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    void add(std::uint32_t value) {
        for (int i = 0; i < 4; ++i) {
            hash ^= (value >> (8 * i)) & 0xFF;
            hash *= 0x100000001B3ULL;
        }
    }
};

TEST(PyvaluePrintable, EveryCodePointOfEveryVersionAsTheInterpreters) {
    ASSERT_EQ(std::size(kPrintableSets), 10u);  // 3.6 to 3.15
    for (const PrintableSet& expected : kPrintableSets) {
        const Version v{3, static_cast<std::uint8_t>(expected.minor)};
        SCOPED_TRACE("3." + std::to_string(expected.minor));
        UnicodeVersion uv = unicode_version(v);
        EXPECT_EQ(uv.major, expected.unicode_major);
        EXPECT_EQ(uv.minor, expected.unicode_minor);
        RunDigest digest;
        std::uint32_t count = 0, runs = 0;
        bool in_run = false;
        for (char32_t cp = 0; cp <= 0x110000; ++cp) {
            const bool p = cp <= 0x10FFFF && is_printable(cp, v);
            count += p;
            if (p && !in_run) {
                digest.add(cp);
                ++runs;
            } else if (!p && in_run) {
                digest.add(cp - 1);
            }
            in_run = p;
        }
        EXPECT_EQ(count, expected.printable_count);
        EXPECT_EQ(runs, expected.run_count);
        EXPECT_EQ(digest.hash, expected.runs_digest);
    }
}

// Characters of each Unicode version, as the interpreters print them (checked by hand against
// 3.6.15 ... 3.15.0rc1): one string per character, one '0'/'1' per version 3.6 ... 3.15.
TEST(PyvaluePrintable, CharactersOfEachUnicodeVersion) {
    const std::vector<std::pair<char32_t, const char*>> cases = {
        {0x1F6D5, "0011111111"},  // HINDU TEMPLE, Unicode 12.0
        {0x32FF, "0011111111"},   // SQUARE ERA NAME REIWA, 12.1
        {0x8BE, "0001111111"},    // ARABIC LETTER PEH WITH SMALL V, 13.0
        {0xA7C0, "0000011111"},   // LATIN CAPITAL LETTER OLD POLISH O, 14.0
        {0x1FAE8, "0000001111"},  // SHAKING FACE, 15.0
        {0x2FFC, "0000000111"},   // IDEOGRAPHIC DESCRIPTION CHARACTER SURROUND FROM RIGHT, 15.1
        {0x897, "0000000011"},    // ARABIC PEPET, 16.0
        {0x1CEBA, "0000000001"},  // Unicode 17.0
        {0x1F97F, "0111111111"},  // HIKING BOOT, 11.0
        {0x10D40, "0000000011"},  // GARAY DIGIT ZERO, 16.0
        {0x180E, "0000000000"},   // MONGOLIAN VOWEL SEPARATOR: Zs until 6.2, then Cf
    };
    for (const auto& [cp, per_version] : cases)
        for (int minor = 6; minor <= 15; ++minor)
            EXPECT_EQ(is_printable(cp, Version{3, static_cast<std::uint8_t>(minor)}),
                      per_version[minor - 6] == '1')
                << std::hex << "U+" << static_cast<unsigned>(cp) << std::dec << " in 3." << minor;
}

TEST(PyvaluePrintable, FixedCharacters) {
    for (int minor = 0; minor <= 15; ++minor) {
        const Version v{3, static_cast<std::uint8_t>(minor)};
        EXPECT_TRUE(is_printable(' ', v));
        EXPECT_FALSE(is_printable(0x7F, v));
        EXPECT_FALSE(is_printable(0xA0, v));      // NBSP (Zs)
        EXPECT_FALSE(is_printable(0xAD, v));      // SOFT HYPHEN (Cf)
        EXPECT_TRUE(is_printable(0xE9, v));
        EXPECT_FALSE(is_printable(0x378, v));     // unassigned
        EXPECT_EQ(is_printable(0x1F600, v), minor >= 3);  // Unicode 6.1 = 3.3
        EXPECT_FALSE(is_printable(0xD800, v));    // surrogate
        EXPECT_FALSE(is_printable(0x10FFFF, v));  // private use
    }
}

TEST(PyvaluePrintable, ReprFollowsTheVersion) {
    const std::string s = "a\xE0\xA2\x97\xF0\x9C\xBA\xBA";  // 'a\u0897\U0001ceba'
    EXPECT_EQ(repr_str(s, Version{3, 13}), "'a\\u0897\\U0001ceba'");
    EXPECT_EQ(repr_str(s, Version{3, 14}), "'a\xE0\xA2\x97\\U0001ceba'");  // 3.14.2's repr
    EXPECT_EQ(repr_str(s, Version{3, 15}), "'a" + s.substr(1) + "'");     // 3.15.0rc1's repr
    // Without a version: 3.14's, the repr of pyfront's dumps (ast.dump of 3.14).
    EXPECT_EQ(repr_str(s), repr_str(s, Version{3, 14}));
}

}  // namespace
}  // namespace pyfront::pyvalue
