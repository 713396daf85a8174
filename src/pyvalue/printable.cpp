// str.isprintable() of each CPython version, from the system ICU and a generated table of what
// ICU cannot say (tools/gen-printable-table explains the three rules and writes the table).
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "pyvalue/unicode.h"

namespace pyfront::pyvalue {

namespace {

// The 3.x minor versions first..last as a bit set (bit m = 3.m).
constexpr std::uint16_t minors(int first, int last) {
    return static_cast<std::uint16_t>(((1u << (last + 1)) - 1) & ~((1u << first) - 1));
}

struct PrintableException {
    char32_t first, last;
    std::uint16_t printable_in;    // versions that print these although ICU's answer is no
    std::uint16_t unprintable_in;  // versions that escape these although ICU's answer is yes
};

#include "pyvalue/printable_table.inc"

// ICU's answer by general category: the categories Python never prints.
bool icu_category_printable(char32_t cp) {
    switch (u_charType(static_cast<UChar32>(cp))) {
        case U_CONTROL_CHAR:
        case U_FORMAT_CHAR:
        case U_SURROGATE:
        case U_PRIVATE_USE_CHAR:
        case U_UNASSIGNED:
        case U_LINE_SEPARATOR:
        case U_PARAGRAPH_SEPARATOR:
        case U_SPACE_SEPARATOR:
            return false;
        default:
            return true;
    }
}

}  // namespace

bool is_printable(char32_t cp, Version v) {
    // ASCII and Latin-1 have not changed since Unicode 1.1 (the generated table has no entry
    // below U+0100 but the space, which this line answers).
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    if (cp < 0x100) return cp > 0xA0 && cp != 0xAD;  // C1 controls, NBSP (Zs), SHY (Cf)
    if (cp > 0x10FFFF) return false;
    const unsigned bit = 1u << std::min<unsigned>(v.minor, 15);
    const PrintableException* end = std::end(kPrintableExceptions);
    const PrintableException* it = std::upper_bound(
        std::begin(kPrintableExceptions), end, cp,
        [](char32_t c, const PrintableException& e) { return c < e.first; });
    if (it != std::begin(kPrintableExceptions) && cp <= (it - 1)->last) {
        if ((it - 1)->printable_in & bit) return true;
        if ((it - 1)->unprintable_in & bit) return false;
    }
    // A character newer than the version's Unicode is unassigned (Cn) there.
    const UnicodeVersion uv = unicode_version(v);
    UVersionInfo age;
    u_charAge(static_cast<UChar32>(cp), age);
    if (age[0] * 100 + age[1] > uv.major * 100 + uv.minor) return false;
    return icu_category_printable(cp);
}

}  // namespace pyfront::pyvalue
