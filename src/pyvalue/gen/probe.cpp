// Prints what the system ICU knows about every code point, one line each:
//   HEX printable AGE NAME
// printable is Python's str.isprintable rule computed from ICU's general category; AGE is
// u_charAge as MAJOR.MINOR; NAME is ICU's U_UNICODE_CHAR_NAME ("" when none). gen.py compares
// this with a CPython's unicodedata. Not part of the build.
#include <unicode/uchar.h>

#include <cstdio>

static bool printable(UChar32 cp) {
    if (cp < 128) return cp >= 32 && cp < 127;
    switch (u_charType(cp)) {
        case U_CONTROL_CHAR: case U_FORMAT_CHAR: case U_SURROGATE: case U_PRIVATE_USE_CHAR:
        case U_UNASSIGNED: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
        case U_SPACE_SEPARATOR:
            return false;
        default:
            return true;
    }
}

int main() {
    char name[256];
    for (UChar32 cp = 0; cp <= 0x10FFFF; ++cp) {
        UErrorCode err = U_ZERO_ERROR;
        int32_t n = u_charName(cp, U_UNICODE_CHAR_NAME, name, sizeof name, &err);
        if (U_FAILURE(err)) n = 0;
        name[n] = 0;
        UVersionInfo age;
        u_charAge(cp, age);
        std::printf("%X %d %d.%d %s\n", (unsigned)cp, printable(cp) ? 1 : 0, age[0], age[1], name);
    }
    std::printf("ICU %s\n", U_UNICODE_VERSION);
}
