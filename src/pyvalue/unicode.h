// Unicode facts as CPython uses them for values: how a Python str is held in C++, which
// characters repr() prints as they are, and which names \N{...} accepts in each version.
//
// How pyfront holds a Python str: "generalized UTF-8", i.e. exactly the bytes of
// `s.encode('utf-8', 'surrogatepass')`. Every code point, surrogates included, is written as
// UTF-8 would write it, one code point at a time: '\ud83d\ude00' (two code points in Python)
// is the 6 bytes ED A0 BD ED B8 80, never the 4-byte form of U+1F600, so the C++ string maps
// 1:1 to Python's sequence of code points and the bridge decodes it with 'surrogatepass'.
// Text from the source file is valid UTF-8 and is therefore already in this form; only
// escapes (\ud800, \U0000dc00, \N{...} cannot name a surrogate) add lone surrogates.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "version/version.h"

namespace pyfront::pyvalue {

// Appends cp (0..0x10FFFF, surrogates allowed) in generalized UTF-8.
void append_utf8(std::string& out, char32_t cp);

// Reads the code point starting at s[pos] (generalized UTF-8, assumed well-formed) and
// advances pos past it.
char32_t next_code_point(std::string_view s, std::size_t& pos);

// True when s has a code point in D800..DFFF (bytes ED A0..BF xx).
bool has_surrogates(std::string_view s);

// str.isprintable() of CPython `v` for one code point, in that version's Unicode: false for the
// general categories Cc Cf Cs Co Cn Zl Zp Zs except the space U+0020, and for characters that
// Unicode version does not have yet. repr() and the tokenizer's "invalid non-printable
// character" error ask it. Categories and ages from ICU, plus the table that
// tools/gen-printable-table generates from the real interpreters 3.6-3.15 (printable.cpp).
bool is_printable(char32_t cp, Version v);

// The Unicode version of a CPython's unicodedata (3.6 -> 9.0, 3.13 -> 15.1, 3.14 -> 16.0).
struct UnicodeVersion {
    int major = 0;
    int minor = 0;
};
UnicodeVersion unicode_version(Version v);

// The character that `\N{name}` denotes in a str literal read by CPython `v`, or nothing when
// that version reports "unknown Unicode character name". What is accepted:
// - character names of that version's Unicode database, case-insensitively (3.14 and older
//   want the algorithmic "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE X" in capitals;
//   3.15 also accepts "TANGUT IDEOGRAPH-XXXXX" and any case);
// - from 3.3, the aliases of NameAliases.txt (corrections, control names such as "LINE FEED"
//   and "LF", "BYTE ORDER MARK", "NBSP", ...), case-insensitively;
// - never named sequences, never a name with leading, trailing or doubled spaces.
std::optional<char32_t> lookup_name(std::string_view name, Version v);

}  // namespace pyfront::pyvalue
