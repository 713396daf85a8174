#include "diag/json_string.h"

namespace pyfront::diag {

namespace {

void append_u_escape(std::string& out, unsigned cp) {
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out.push_back(hex[(cp >> shift) & 0xF]);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out.push_back('"');
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            // A surrogate encoded as UTF-8 (ED A0..BF xx; Python's surrogateescape text can hold
            // one) is not valid UTF-8 in JSON: escape it.
            if (c == 0xED && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xA0) {
                const unsigned cp = ((c & 0x0Fu) << 12) |
                                    ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                                    (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
                append_u_escape(out, cp);
                i += 3;
                continue;
            }
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        ++i;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) append_u_escape(out, c);
                else out.push_back(static_cast<char>(c));
        }
    }
    out.push_back('"');
}

void append_json_int_or_null(std::string& out, int v, bool present) {
    if (present) out += std::to_string(v);
    else out += "null";
}

}  // namespace pyfront::diag
