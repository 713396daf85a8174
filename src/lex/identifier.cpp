#include "lex/identifier.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

namespace pyfront::lex {

bool is_identifier_start(char32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    if (cp > 0x10FFFF) return false;
    return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_XID_START);
}

bool is_identifier_continue(char32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
               cp == '_';
    if (cp > 0x10FFFF) return false;
    return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_XID_CONTINUE);
}

std::string nfkc_normalize(std::string_view utf8) {
    bool ascii = true;
    for (unsigned char c : utf8)
        if (c >= 0x80) { ascii = false; break; }
    if (ascii) return std::string(utf8);
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(st);
    if (U_FAILURE(st)) return std::string(utf8);
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
    nfkc->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink,
                        nullptr, st);
    if (U_FAILURE(st)) return std::string(utf8);
    return out;
}

char32_t decode_utf8(std::string_view s, std::size_t& i) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    unsigned char c = p[i];
    if (c < 0x80) { ++i; return c; }
    auto cont = [&](std::size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c < 0xE0 && cont(1)) {
        char32_t cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
        i += 2;
        return cp;
    }
    if (c >= 0xE0 && c < 0xF0 && cont(1) && cont(2)) {
        char32_t cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) { i += 3; return cp; }
    } else if (c >= 0xF0 && c < 0xF5 && cont(1) && cont(2) && cont(3)) {
        char32_t cp = ((c & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) |
                      ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
        if (cp >= 0x10000 && cp <= 0x10FFFF) { i += 4; return cp; }
    }
    ++i;
    return kInvalidCodePoint;
}

bool is_identifier(std::string_view utf8) {
    if (utf8.empty()) return false;
    std::size_t i = 0;
    char32_t cp = decode_utf8(utf8, i);
    if (!is_identifier_start(cp)) return false;
    while (i < utf8.size())
        if (!is_identifier_continue(decode_utf8(utf8, i))) return false;
    return true;
}

}  // namespace pyfront::lex
