// Python's notion of a printable character (Py_UNICODE_ISPRINTABLE): everything except the
// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, but the space itself is printable.
#include <unicode/uchar.h>

#include "lex/lexer.h"

namespace pyfront::lex::detail {

bool is_printable(char32_t cp) {
    if (cp < 128) return cp >= 32 && cp < 127;
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

}  // namespace pyfront::lex::detail
