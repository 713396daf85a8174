// The tokenizer's "invalid character" error names the character only when the version prints
// it (pyvalue::is_printable in that version's Unicode). Expected texts: compile() of CPython
// 3.12.1, 3.13.0, 3.14.2 and 3.15.0rc1 on the same bytes.
#include <gtest/gtest.h>

#include "lex_test_support.h"

namespace pyfront::lex {
namespace {

TEST(LexNonPrintableError, FollowsTheVersionsUnicode) {
    // U+2427 (a control picture, category So) is new in Unicode 16.0: unassigned before 3.14.
    const char* source = "x = a\xE2\x90\xA7\n";
    const struct {
        Version version;
        const char* message;
    } cases[] = {
        {{3, 12}, "invalid non-printable character U+2427"},
        {{3, 13}, "invalid non-printable character U+2427"},
        {{3, 14}, "invalid character '\xE2\x90\xA7' (U+2427)"},
        {{3, 15}, "invalid character '\xE2\x90\xA7' (U+2427)"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(to_string(c.version));
        LexResult r = testing::lex(source, c.version);
        ASSERT_TRUE(r.error.has_value());
        EXPECT_EQ(r.error->message, c.message);
        EXPECT_EQ(r.error->lineno, 1);
        EXPECT_EQ(r.error->offset, 6);
    }
}

}  // namespace
}  // namespace pyfront::lex
