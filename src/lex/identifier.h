// PEP 3131 identifiers through ICU: character classes, NFKC, and UTF-8 decoding for the lexer.
// CPython accepts an identifier when its first code point is '_' or XID_Start and the rest are
// XID_Continue (checked on the text as written), then stores the NFKC form of non-ASCII names.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace pyfront::lex {

// '_' or XID_Start (u_hasBinaryProperty(cp, UCHAR_XID_START)); XID_Start already contains
// Other_ID_Start (U+2118 '℘', U+212E '℮'). ASCII is answered without calling ICU.
bool is_identifier_start(char32_t cp);

// XID_Continue ('_', digits, U+00B7 '·', combining marks, ...).
bool is_identifier_continue(char32_t cp);

// NFKC normalization of an identifier, UTF-8 in and out ("ℕ" -> "N", "ﬁ" -> "fi").
// ASCII input is returned unchanged without calling ICU. Ill-formed UTF-8 is replaced by
// U+FFFD by ICU.
std::string nfkc_normalize(std::string_view utf8);

// True when `utf8` is a valid identifier in CPython's sense (str.isidentifier()).
bool is_identifier(std::string_view utf8);

// Decodes one UTF-8 code point at s[i]; returns the code point and advances i past it.
// An ill-formed sequence (overlong, surrogate, above U+10FFFF, truncated) returns
// kInvalidCodePoint and advances i by one byte. Precondition: i < s.size().
constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;
char32_t decode_utf8(std::string_view s, std::size_t& i);

}  // namespace pyfront::lex
