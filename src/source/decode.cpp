// Source decoding as CPython's readers do it (see decode.h for the per-reader, per-version
// table).
#include "source/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace pyfront::source {
namespace {

// ---------------------------------------------------------------- UTF-8 checks

inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of a strictly well-formed sequence at s[i] (Unicode Table 3-7), 0 when ill-formed.
inline std::size_t strict_seq_len(const unsigned char* s, std::size_t i, std::size_t n) {
    unsigned char c = s[i];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return (i + 1 < n && is_cont(s[i + 1])) ? 2 : 0;
    if (c < 0xF0) {
        if (i + 2 >= n) return 0;
        unsigned char c1 = s[i + 1];
        if (c == 0xE0 && (c1 < 0xA0 || c1 > 0xBF)) return 0;
        if (c == 0xED && (c1 < 0x80 || c1 > 0x9F)) return 0;
        if (!is_cont(c1) || !is_cont(s[i + 2])) return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (i + 3 >= n) return 0;
        unsigned char c1 = s[i + 1];
        if (c == 0xF0 && (c1 < 0x90 || c1 > 0xBF)) return 0;
        if (c == 0xF4 && (c1 < 0x80 || c1 > 0x8F)) return 0;
        if (!is_cont(c1) || !is_cont(s[i + 2]) || !is_cont(s[i + 3])) return 0;
        return 4;
    }
    return 0;
}

// CPython <= 3.10 tokenizer's valid_utf8(): lead byte C0-F7 followed by the right number of
// continuation bytes; nothing else is checked.
inline std::size_t loose_seq_len(const unsigned char* s, std::size_t i, std::size_t n) {
    unsigned char c = s[i];
    if (c < 0x80) return 1;
    std::size_t len;
    if (c < 0xC0) return 0;
    else if (c < 0xE0) len = 2;
    else if (c < 0xF0) len = 3;
    else if (c < 0xF8) len = 4;
    else return 0;
    if (i + len > n) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if (!is_cont(s[i + k])) return 0;
    return len;
}

// One step of CPython's UTF-8 decoder (Objects/stringlib/codecs.h, utf8_decode, and the error
// cases of unicode_decode_utf8) at s[i]: the length of the valid sequence there, or 0 and the
// length and reason of the error range that UnicodeDecodeError reports (and that
// errors='replace' turns into one U+FFFD).
struct Utf8Step {
    std::size_t len = 0;
    std::size_t err_len = 0;
    const char* reason = nullptr;
};

inline Utf8Step python_utf8_step(const unsigned char* s, std::size_t i, std::size_t n) {
    static constexpr const char* kStart = "invalid start byte";
    static constexpr const char* kCont = "invalid continuation byte";
    static constexpr const char* kEnd = "unexpected end of data";
    const unsigned char c = s[i];
    const std::size_t rem = n - i;
    if (c < 0x80) return {1, 0, nullptr};
    if (c < 0xC2) return {0, 1, kStart};
    if (c < 0xE0) {
        if (rem < 2) return {0, rem, kEnd};
        if (!is_cont(s[i + 1])) return {0, 1, kCont};
        return {2, 0, nullptr};
    }
    if (c < 0xF0) {
        if (rem < 2) return {0, rem, kEnd};
        const unsigned char c2 = s[i + 1];
        if (!is_cont(c2) || (c2 < 0xA0 ? c == 0xE0 : c == 0xED)) return {0, 1, kCont};
        if (rem < 3) return {0, rem, kEnd};
        if (!is_cont(s[i + 2])) return {0, 2, kCont};
        return {3, 0, nullptr};
    }
    if (c < 0xF5) {
        if (rem < 2) return {0, rem, kEnd};
        const unsigned char c2 = s[i + 1];
        if (!is_cont(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4)) return {0, 1, kCont};
        if (rem < 3) return {0, rem, kEnd};
        if (!is_cont(s[i + 2])) return {0, 2, kCont};
        if (rem < 4) return {0, rem, kEnd};
        if (!is_cont(s[i + 3])) return {0, 3, kCont};
        return {4, 0, nullptr};
    }
    return {0, 1, kStart};
}

// str(UnicodeDecodeError(codec, data, start, end, reason)).
std::string decode_error_text(const std::string& codec, std::string_view data, std::size_t start,
                              std::size_t end, const std::string& reason) {
    char buf[96];
    if (end == start + 1 && start < data.size())
        std::snprintf(buf, sizeof buf, "' codec can't decode byte 0x%02x in position %zu: ",
                      static_cast<unsigned char>(data[start]), start);
    else
        std::snprintf(buf, sizeof buf, "' codec can't decode bytes in position %zu-%zu: ", start,
                      end - 1);
    return "'" + codec + buf + reason;
}

template <std::size_t (*SeqLen)(const unsigned char*, std::size_t, std::size_t)>
std::size_t find_invalid(std::string_view sv) {
    const auto* s = reinterpret_cast<const unsigned char*>(sv.data());
    const std::size_t n = sv.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII fast path: 8 bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= n) break;
        if (s[i] < 0x80) { ++i; continue; }
        std::size_t len = SeqLen(s, i, n);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

// ---------------------------------------------------------------- lines

// 1-based line of byte `pos`; lines end at \n, \r\n or \r (CPython's reader uses universal
// newlines).
int line_of(std::string_view s, std::size_t pos) {
    int line = 1;
    for (std::size_t i = 0; i < pos && i < s.size(); ++i) {
        if (s[i] == '\n') ++line;
        else if (s[i] == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
            if (i < pos) ++line;
        }
    }
    return line;
}

// End of the line starting at `from`, including its terminator.
std::size_t line_end(std::string_view s, std::size_t from) {
    for (std::size_t i = from; i < s.size(); ++i) {
        if (s[i] == '\n') return i + 1;
        if (s[i] == '\r') return (i + 1 < s.size() && s[i + 1] == '\n') ? i + 2 : i + 1;
    }
    return s.size();
}

// Up to 3.10 the reader cuts a line at a NUL and loses the rest of it, newline included.
std::string strip_nul_lines(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const void* p = std::memchr(s.data() + i, '\0', s.size() - i);
        if (!p) { out.append(s.data() + i, s.size() - i); break; }
        std::size_t z = static_cast<const char*>(p) - s.data();
        out.append(s.data() + i, z - i);
        i = line_end(s, z);
    }
    return out;
}

// ---------------------------------------------------------------- PEP 263 cookie

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// CPython's get_coding_spec(): the line must start with [ \t\f]* '#'; then the first
// "coding" followed by ':' or '=', spaces/tabs, and a non-empty run of [A-Za-z0-9-_.].
bool find_cookie(std::string_view line, std::string& name) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
    if (i >= line.size() || line[i] != '#') return false;
    for (std::size_t p = line.find("coding", i); p != std::string_view::npos;
         p = line.find("coding", p + 1)) {
        std::size_t t = p + 6;
        if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
        do ++t; while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
        std::size_t b = t;
        while (t < line.size() && (is_ascii_alnum(line[t]) || line[t] == '-' || line[t] == '_' ||
                                   line[t] == '.'))
            ++t;
        if (t > b) { name.assign(line.substr(b, t - b)); return true; }
    }
    return false;
}

// Blank or comment-only line: CPython then also looks at line 2.
bool blank_or_comment(std::string_view line) {
    for (char c : line) {
        if (c == '#' || c == '\n' || c == '\r') return true;
        if (c != ' ' && c != '\t' && c != '\f') return false;
    }
    return true;
}

// CPython's get_normal_name() (tokenizer.c) = tokenize._get_normal_name().
std::string normal_name(const std::string& orig) {
    std::string e = orig.substr(0, 12);
    for (char& c : e) {
        if (c == '_') c = '-';
        else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    auto starts = [&](const char* p) { return e.compare(0, std::strlen(p), p) == 0; };
    if (e == "utf-8" || starts("utf-8-")) return "utf-8";
    if (e == "latin-1" || e == "iso-8859-1" || e == "iso-latin-1" || starts("latin-1-") ||
        starts("iso-8859-1-") || starts("iso-latin-1-"))
        return "iso-8859-1";
    return orig;
}

// ---------------------------------------------------------------- codec table

enum class CodecKind { Icu, Utf8, Utf16, NotText, Unsupported };

struct CodecRow {
    const char* module;
    CodecKind kind;
    const char* icu;
    const char* reject_mask;  // 64 hex digits, big-endian: bit b = byte b rejected by CPython
    const char* overrides;    // "BB:XXXX,..."
};

#define Icu CodecKind::Icu
#define Utf8 CodecKind::Utf8
#define Utf16 CodecKind::Utf16
#define NotText CodecKind::NotText
#define Unsupported CodecKind::Unsupported
const CodecRow kCodecs[] = {
#define PYCODEC(m, k, icu, mask, ovr) {m, k, icu, mask, ovr},
#define PYALIAS(a, m)
#include "source/python_codecs.inc"
#undef PYCODEC
#undef PYALIAS
};
#undef Icu
#undef Utf8
#undef Utf16
#undef NotText
#undef Unsupported

struct AliasRow {
    const char* alias;
    const char* module;
};
const AliasRow kAliases[] = {
#define PYCODEC(m, k, icu, mask, ovr)
#define PYALIAS(a, m) {a, m},
#include "source/python_codecs.inc"
#undef PYCODEC
#undef PYALIAS
};

// codecs.lookup(): lowercase, then encodings.normalize_encoding (runs of characters other
// than ASCII alphanumerics and '.' become one '_', none at the ends), then the alias table
// (also with '.' read as '_'), else the module of that name.
const CodecRow* lookup_codec(const std::string& name, Version v, bool* windows_only = nullptr) {
    std::string norm;
    bool punct = false;
    for (char c : name) {
        if (is_ascii_alnum(c) || c == '.') {
            if (punct && !norm.empty()) norm += '_';
            norm += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            punct = false;
        } else {
            punct = true;
        }
    }
    // cp65001 became a UTF-8 alias on every platform in 3.8.
    if (norm == "cp65001" && v < Version{3, 8}) {
        if (windows_only) *windows_only = true;
        return nullptr;
    }
    std::string module = norm;
    std::string dotted = norm;
    for (char& c : dotted)
        if (c == '.') c = '_';
    for (const auto& a : kAliases) {
        if (norm == a.alias || dotted == a.alias) { module = a.module; break; }
    }
    for (const auto& c : kCodecs)
        if (module == c.module) return &c;
    return nullptr;
}

// ---------------------------------------------------------------- ICU decoding

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 0;
}

// Decodes `bytes` with `row`. The `lenient_prefix` first bytes (the cookie lines, which
// CPython's file reader keeps raw and never decodes) get U+FFFD for what cannot be decoded.
// Returns false on the first undecodable byte after the prefix, whose offset goes to
// `bad_pos` (for multi-byte codecs: the first byte of the sequence ICU rejects), and
// `single_byte` says whether the converter is a single-byte code page.
bool icu_decode(const CodecRow& row, std::string_view bytes, std::size_t lenient_prefix,
                std::string& out, std::size_t* bad_pos = nullptr, bool* single_byte = nullptr) {
    UErrorCode st = U_ZERO_ERROR;
    ConverterPtr conv(ucnv_open(row.icu, &st));
    if (U_FAILURE(st)) {
        if (bad_pos) *bad_pos = 0;
        return false;
    }
    if (single_byte) *single_byte = ucnv_getMaxCharSize(conv.get()) == 1;
    out.clear();
    out.reserve(bytes.size() + bytes.size() / 2);

    if (ucnv_getMaxCharSize(conv.get()) == 1) {
        // Single-byte code page: one table of 256 code points built from ICU, corrected by
        // CPython's rejected bytes and overrides (generated; see python_codecs.inc).
        std::array<std::int32_t, 256> table{};
        for (int b = 0; b < 256; ++b) {
            st = U_ZERO_ERROR;
            ucnv_reset(conv.get());
            ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                                &st);
            char in = static_cast<char>(b);
            const char* src = &in;
            UChar buf[4];
            UChar* dst = buf;
            ucnv_toUnicode(conv.get(), &dst, buf + 4, &src, &in + 1, nullptr, true, &st);
            table[b] = (U_FAILURE(st) || dst != buf + 1) ? -1 : buf[0];
        }
        const std::size_t mlen = std::strlen(row.reject_mask);
        for (std::size_t k = 0; k < mlen; ++k) {
            int nib = hexval(row.reject_mask[mlen - 1 - k]);
            for (int bit = 0; bit < 4; ++bit)
                if (nib & (1 << bit)) table[k * 4 + bit] = -1;
        }
        for (const char* p = row.overrides; *p;) {
            int b = hexval(p[0]) * 16 + hexval(p[1]);
            std::int32_t cp = 0;
            for (int k = 3; k < 7; ++k) cp = cp * 16 + hexval(p[k]);
            table[b] = cp;
            p += 7;
            if (*p == ',') ++p;
        }
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            std::int32_t cp = table[static_cast<unsigned char>(bytes[i])];
            if (cp < 0) {
                if (i >= lenient_prefix) {
                    if (bad_pos) *bad_pos = i;
                    return false;
                }
                cp = 0xFFFD;
            }
            append_utf8(out, static_cast<char32_t>(cp));
        }
        return true;
    }

    // Multi-byte codecs: ICU as is.
    auto run = [&](std::string_view part, bool strict, std::size_t base) -> bool {
        UErrorCode e = U_ZERO_ERROR;
        ucnv_reset(conv.get());
        if (strict)
            ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                                &e);
        else
            ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr,
                                nullptr, &e);
        std::vector<UChar> u(part.size() * 2 + 16);
        UChar* dst = u.data();
        const char* src = part.data();
        ucnv_toUnicode(conv.get(), &dst, u.data() + u.size(), &src, part.data() + part.size(),
                       nullptr, true, &e);
        if (U_FAILURE(e)) {
            if (bad_pos) {
                char invalid[32];
                int8_t len = sizeof invalid;
                UErrorCode e3 = U_ZERO_ERROR;
                ucnv_getInvalidChars(conv.get(), invalid, &len, &e3);
                std::size_t consumed = static_cast<std::size_t>(src - part.data());
                if (U_FAILURE(e3) || len < 0 || static_cast<std::size_t>(len) > consumed) len = 0;
                *bad_pos = base + consumed - static_cast<std::size_t>(len);
            }
            return false;
        }
        int32_t need = 0;
        UErrorCode e2 = U_ZERO_ERROR;
        u_strToUTF8(nullptr, 0, &need, u.data(), static_cast<int32_t>(dst - u.data()), &e2);
        std::size_t at = out.size();
        out.resize(at + need);
        e2 = U_ZERO_ERROR;
        u_strToUTF8(&out[at], need, nullptr, u.data(), static_cast<int32_t>(dst - u.data()), &e2);
        return U_SUCCESS(e2) || e2 == U_STRING_NOT_TERMINATED_WARNING;
    };
    if (!run(bytes.substr(0, lenient_prefix), false, 0)) return false;
    return run(bytes.substr(lenient_prefix), true, lenient_prefix);
}

// ---------------------------------------------------------------- errors

void set_error(Diagnostic& d, ErrorKind kind, std::string msg, int lineno, int offset = 0) {
    d = Diagnostic{};
    d.kind = kind;
    d.message = std::move(msg);
    d.lineno = lineno;
    d.offset = offset;
}

void non_utf8_error(const DecodeOptions& o, std::string_view s, std::size_t pos, Diagnostic& d) {
    int line = line_of(s, pos);
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(s[pos]));
    const Version v = o.version;
    const char* url = v >= Version{3, 11}  ? "https://peps.python.org/pep-0263/"
                      : v >= Version{3, 9} ? "https://python.org/dev/peps/pep-0263/"
                                           : "http://python.org/dev/peps/pep-0263/";
    int shown = (v == Version{3, 10}) ? line + 1 : line;
    std::string msg = "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " +
                      o.filename + " on line " + std::to_string(shown) +
                      ", but no encoding declared; see " + url + " for details";
    set_error(d, ErrorKind::DecodeError, std::move(msg), v >= Version{3, 9} ? 0 : line);
}

void encoding_problem(const DecodeOptions& o, const std::string& what, int cookie_line,
                      Diagnostic& d) {
    set_error(d, ErrorKind::DecodeError, "encoding problem: " + what,
              o.version >= Version{3, 9} ? 0 : cookie_line);
}

// Start of the line holding `pos`.
std::size_t line_start(std::string_view s, std::size_t pos) {
    while (pos > 0 && s[pos - 1] != '\n' && s[pos - 1] != '\r') --pos;
    return pos;
}

// A line-by-line reader fails when the tokenizer reads the line holding `pos` of `s`: `text`
// keeps the lines before it (see DecodedSource::error_deferred).
void defer_error_at(DecodedSource& out, std::string_view s, std::size_t pos) {
    out.text.assign(s.data(), line_start(s, pos));
    out.error_deferred = true;
    out.first_invalid_utf8 = find_invalid_utf8(out.text);
    if (out.first_invalid_utf8 == std::string_view::npos) out.first_invalid_utf8 = DecodedSource::npos;
}

// The file reader's NUL handling, on out.text.
bool nul_check(const DecodeOptions& o, DecodedSource& out, Diagnostic& d) {
    std::string& text = out.text;
    const void* p = std::memchr(text.data(), '\0', text.size());
    if (!p) return true;
    if (o.version >= Version{3, 11}) {
        std::size_t z = static_cast<const char*>(p) - text.data();
        set_error(d, ErrorKind::SyntaxError, "source code cannot contain null bytes",
                  line_of(text, z), 0);
        const std::string all = std::move(text);
        defer_error_at(out, all, z);
        return false;
    }
    text = strip_nul_lines(text);
    return true;
}


// ---------------------------------------------------------------- the tokenize module's reader

// Length of the maximal prefix of a well-formed sequence at s[i] (Unicode's "maximal subpart"
// rule, which Python's UTF-8 decoder follows with errors='replace': one U+FFFD per subpart).
std::size_t maximal_subpart(const unsigned char* s, std::size_t i, std::size_t n) {
    unsigned char c = s[i];
    std::size_t need;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the first continuation byte
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 1;
    }
    std::size_t k = 1;
    for (; k <= need && i + k < n; ++k) {
        unsigned char b = s[i + k];
        bool ok = k == 1 ? (b >= lo && b <= hi) : is_cont(b);
        if (!ok) break;
    }
    return k;
}

std::string utf8_with_replacement(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    const auto* s = reinterpret_cast<const unsigned char*>(in.data());
    for (std::size_t i = 0; i < in.size();) {
        std::size_t len = strict_seq_len(s, i, in.size());
        if (len) {
            out.append(in.data() + i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            i += maximal_subpart(s, i, in.size());
        }
    }
    return out;
}

// tokenize.detect_encoding's find_cookie() for one line (lines end at b'\n' only, as binary
// readline splits them). Returns false with `error` set when tokenize raises.
bool tokenize_find_cookie(std::string_view line, const std::string& quoted_name, bool bom,
                          Version v, std::string& encoding, Diagnostic& error) {
    if (find_invalid_utf8(line) != std::string_view::npos) {
        set_error(error, ErrorKind::DecodeError,
                  "invalid or missing encoding declaration for " + quoted_name, 0);
        return false;
    }
    std::string cookie;
    if (!find_cookie(line, cookie)) return true;
    const std::string name = normal_name(cookie);
    if (!lookup_codec(name, v)) {
        set_error(error, ErrorKind::DecodeError,
                  "unknown encoding for " + quoted_name + ": " + name, 0);
        return false;
    }
    if (bom && name != "utf-8") {
        set_error(error, ErrorKind::DecodeError, "encoding problem for " + quoted_name + ": utf-8",
                  0);
        return false;
    }
    encoding = name;
    return true;
}

// Python's repr() of a file name, as tokenize formats it with {!r} (ASCII names only need
// the quotes; a name holding a single quote switches to double quotes).
std::string python_repr(const std::string& s) {
    const char q = s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
    std::string out(1, q);
    for (char c : s) {
        if (c == q || c == '\\') out += '\\';
        out += c;
    }
    out += q;
    return out;
}

bool decode_like_tokenize_module(std::string_view bytes, const DecodeOptions& options,
                                 DecodedSource& out, Diagnostic& error) {
    const std::string quoted_name = python_repr(options.filename);
    std::string_view body = bytes;
    if (body.size() >= 3 && body.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        out.had_bom = true;
        body.remove_prefix(3);
    }
    auto binary_line_end = [&](std::size_t from) {
        std::size_t nl = body.find('\n', from);
        return nl == std::string_view::npos ? body.size() : nl + 1;
    };
    std::string encoding;
    const std::size_t end1 = binary_line_end(0);
    const std::string_view first = body.substr(0, end1);
    if (!first.empty()) {
        if (!tokenize_find_cookie(first, quoted_name, out.had_bom, options.version, encoding, error))
            return false;
        if (!encoding.empty()) out.cookie_line = 1;
        if (encoding.empty() && blank_or_comment(first)) {
            const std::string_view second = body.substr(end1, binary_line_end(end1) - end1);
            if (!tokenize_find_cookie(second, quoted_name, out.had_bom, options.version, encoding,
                                      error))
                return false;
            if (!encoding.empty()) out.cookie_line = 2;
        }
    }
    out.had_cookie = out.cookie_line != 0;
    out.encoding = encoding.empty() ? "utf-8" : encoding;

    const CodecRow* row = out.had_cookie ? lookup_codec(encoding, options.version) : nullptr;
    if (!row || row->kind == CodecKind::Utf8) {
        out.text = utf8_with_replacement(body);
    } else if (row->kind != CodecKind::Icu || !icu_decode(*row, body, body.size(), out.text)) {
        set_error(error, ErrorKind::DecodeError,
                  "encoding '" + encoding + "' (CPython codec " + row->module +
                      ") is not supported by pyfront: no ICU converter decodes it as CPython does",
                  0);
        return false;
    }
    if (const void* p = std::memchr(out.text.data(), '\0', out.text.size())) {
        // The C tokenizer (3.12+) checks each line as it reads it.
        const std::size_t z = static_cast<const char*>(p) - out.text.data();
        set_error(error, ErrorKind::SyntaxError, "source code cannot contain null bytes",
                  line_of(out.text, z), 0);
        const std::string all = std::move(out.text);
        defer_error_at(out, all, z);
        return false;
    }
    return true;
}

// ---------------------------------------------------------------- compile(bytes)'s reader

// "no location": SyntaxError lineno None/0, offset 0 up to 3.8 and -1 from 3.9.
void unlocated_error(const DecodeOptions& o, std::string msg, Diagnostic& d) {
    set_error(d, ErrorKind::DecodeError, std::move(msg), 0, o.version >= Version{3, 9} ? -1 : 0);
}

// CPython's translate_newlines() for exec input: \r\n and \r become \n, and a final \n is
// added when missing. Codec errors count their positions in this buffer.
std::string translate_newlines(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 1);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            out += s[i];
        }
    }
    if (out.empty() || out.back() != '\n') out += '\n';
    return out;
}

// The name a codec's UnicodeDecodeError carries.
std::string codec_error_name(const CodecRow& row, bool single_byte) {
    const std::string m = row.module;
    if (m == "ascii") return "ascii";
    if (m == "latin_1") return "latin-1";
    if (m == "utf_7") return "utf7";
    if (single_byte) return "charmap";  // every other 8-bit codec is a charmap codec
    return m;                            // CJK codecs: 'euc_jp', 'shift_jis', 'cp932', ...
}

// CPython's UTF-16 / UTF-32 decoders over the (newline-translated) buffer: `unit` 2 or 4,
// `big` for big-endian. utf_16 and utf_32 without a BOM read little-endian (the byte order of
// every platform CPython was checked on; a BOM cannot start a file whose cookie was found).
bool decode_utf16_32(std::string_view in, int unit, bool big, std::string& out,
                     std::string& message) {
    const std::string codec = std::string(unit == 2 ? "utf-16-" : "utf-32-") + (big ? "be" : "le");
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    const std::size_t n = in.size();
    auto read = [&](std::size_t i) -> std::uint32_t {
        std::uint32_t v = 0;
        for (int k = 0; k < unit; ++k) {
            const unsigned char b = p[i + (big ? k : unit - 1 - k)];
            v = (v << 8) | b;
        }
        return v;
    };
    out.clear();
    std::size_t i = 0;
    for (; i + unit <= n; i += unit) {
        std::uint32_t cp = read(i);
        if (unit == 4) {
            if (cp > 0x10FFFF) {
                message = decode_error_text(codec, in, i, i + 4, "code point not in range(0x110000)");
                return false;
            }
            if (cp >= 0xD800 && cp < 0xE000) {
                message = decode_error_text(codec, in, i, i + 4,
                                            "code point in surrogate code point range(0xd800, 0xe000)");
                return false;
            }
        } else if (cp >= 0xD800 && cp < 0xE000) {
            if (cp >= 0xDC00) {
                message = decode_error_text(codec, in, i, i + 2, "illegal encoding");
                return false;
            }
            if (i + 4 > n) {
                message = decode_error_text(codec, in, i, n, "unexpected end of data");
                return false;
            }
            const std::uint32_t lo = read(i + 2);
            if (lo < 0xDC00 || lo > 0xDFFF) {
                message = decode_error_text(codec, in, i, i + 2, "illegal UTF-16 surrogate");
                return false;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 2;
        }
        append_utf8(out, static_cast<char32_t>(cp));
    }
    if (i < n) {
        message = decode_error_text(codec, in, i, n, "truncated data");
        return false;
    }
    return true;
}

// The whole buffer through the declared codec `name` (not normalized to "utf-8"), as
// decode_str()'s translate_into_utf8() does. `body` is the file after the BOM (there is none
// here: a BOM with such a cookie failed earlier).
bool compile_bytes_codec(std::string_view body, const std::string& name,
                         const DecodeOptions& o, DecodedSource& out, Diagnostic& error) {
    const Version v = o.version;
    bool windows_only = false;
    const CodecRow* row = lookup_codec(name, v, &windows_only);
    if (!row) {
        unlocated_error(o, windows_only ? "cp65001 encoding is only available on Windows"
                                        : "unknown encoding: " + name,
                        error);
        return false;
    }
    const std::string module = row->module;
    if (row->kind == CodecKind::NotText) {
        unlocated_error(o, "'" + name + "' is not a text encoding; use codecs.decode() to handle "
                           "arbitrary codecs", error);
        return false;
    }
    if (row->kind == CodecKind::Utf8) {
        const std::string translated = translate_newlines(body);
        const std::string why = utf8_decode_error(translated);
        if (!why.empty()) {
            unlocated_error(o, why, error);
            return false;
        }
        out.text.assign(body.data(), body.size());
        return true;
    }
    if (row->kind == CodecKind::Utf16) {
        const int unit = module.compare(0, 6, "utf_16") == 0 ? 2 : 4;
        const bool big = module.size() > 3 && module.compare(module.size() - 3, 3, "_be") == 0;
        std::string message;
        if (!decode_utf16_32(translate_newlines(body), unit, big, out.text, message)) {
            unlocated_error(o, message, error);
            return false;
        }
        return true;
    }
    const CodecRow* use = row;
    if (row->kind == CodecKind::Unsupported) {
        if (module == "undefined") {
            unlocated_error(o, v >= Version{3, 12}
                                   ? "undefined encoding"
                                   : "decoding with 'undefined' codec failed (UnicodeError: "
                                     "undefined encoding)",
                            error);
            return false;
        }
        bool ascii = true;
        for (char c : body) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (module == "charmap") {
            // codecs.charmap_decode without a table is latin-1.
            use = lookup_codec("latin_1", v);
        } else if (module == "idna" && ascii && body.find("xn--") == std::string_view::npos) {
            // encodings.idna's fast path: ASCII input without an ACE prefix comes back as is.
            out.text.assign(body.data(), body.size());
            return true;
        } else {
            unlocated_error(o, "encoding '" + name + "' (CPython codec " + module +
                                   ") is not supported by pyfront: no ICU converter decodes it "
                                   "as CPython does",
                            error);
            return false;
        }
    }
    bool single_byte = true;
    if (icu_decode(*use, body, 0, out.text, nullptr, &single_byte)) return true;
    // Report the error where CPython's decoder meets it: in the newline-translated buffer.
    const std::string translated = translate_newlines(body);
    std::string scratch;
    std::size_t bad = 0;
    if (icu_decode(*use, translated, 0, scratch, &bad, &single_byte)) {
        // Only newline translation made it decodable (a \r inside a multi-byte sequence?):
        // CPython decodes the translated buffer, so that is the text.
        if (body.empty() || (body.back() != '\n' && body.back() != '\r')) scratch.pop_back();
        out.text = std::move(scratch);
        return true;
    }
    const std::string codec = codec_error_name(*row, single_byte);
    const char* reason = codec == "ascii"     ? "ordinal not in range(128)"
                         : codec == "charmap" ? "character maps to <undefined>"
                         : codec == "utf7"    ? "unexpected special character"
                                              : "illegal multibyte sequence";
    unlocated_error(o, decode_error_text(codec, translated, bad, bad + 1, reason), error);
    return false;
}

bool decode_compile_bytes_text(std::string_view bytes, const DecodeOptions& o,
                               DecodedSource& out, Diagnostic& error);

// translate_newlines() of 3.0-3.11 on exec input ending in \r\n: one more (empty) line.
bool decode_compile_str_text(std::string_view bytes, const DecodeOptions& o,
                             DecodedSource& out, Diagnostic& error);

bool decode_compile_bytes(std::string_view bytes, const DecodeOptions& o, DecodedSource& out,
                          Diagnostic& error) {
    const bool decoded = o.reader == Reader::CompileStr ? decode_compile_str_text(bytes, o, out, error)
                                                        : decode_compile_bytes_text(bytes, o, out, error);
    if (!decoded) return false;
    const std::string_view crlf = "\r\n";
    if (o.exec_input && o.version < Version{3, 12} && bytes.size() >= 2 &&
        bytes.substr(bytes.size() - 2) == crlf && out.text.size() >= 2 &&
        std::string_view(out.text).substr(out.text.size() - 2) == crlf)
        out.text += '\n';
    return true;
}

// builtin compile()'s source_as_string(), before any decoding (str and bytes alike).
bool reject_null_bytes(std::string_view bytes, const DecodeOptions& o, Diagnostic& error) {
    if (!std::memchr(bytes.data(), '\0', bytes.size())) return false;
    set_error(error, o.version >= Version{3, 11} ? ErrorKind::SyntaxError : ErrorKind::ValueError,
              "source code string cannot contain null bytes", 0, 0);
    return true;
}

bool decode_compile_str_text(std::string_view bytes, const DecodeOptions& o,
                             DecodedSource& out, Diagnostic& error) {
    if (reject_null_bytes(bytes, o, error)) return false;
    out.text.assign(bytes.data(), bytes.size());
    out.encoding = "utf-8";
    out.had_cookie = true;  // tok->encoding = "utf-8" (see Reader::CompileStr)
    return true;
}

bool decode_compile_bytes_text(std::string_view bytes, const DecodeOptions& o,
                               DecodedSource& out, Diagnostic& error) {
    const Version v = o.version;
    if (reject_null_bytes(bytes, o, error)) return false;
    std::string_view body = bytes;
    if (body.size() >= 3 && body.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        out.had_bom = true;
        body.remove_prefix(3);
    }
    // decode_str(): check_coding_spec() on line 1, and on line 2 when line 1 is blank or a
    // comment.
    std::string cookie;
    const std::size_t end1 = line_end(body, 0);
    std::size_t end2 = end1;
    if (find_cookie(body.substr(0, end1), cookie)) {
        out.cookie_line = 1;
    } else if (blank_or_comment(body.substr(0, end1))) {
        end2 = line_end(body, end1);
        if (find_cookie(body.substr(end1, end2 - end1), cookie)) out.cookie_line = 2;
    }
    out.had_cookie = out.cookie_line != 0;
    const std::string name = out.had_cookie ? normal_name(cookie) : std::string("utf-8");
    out.encoding = name;

    if (out.had_bom && out.had_cookie && name != "utf-8") {
        if (v >= Version{3, 14}) {
            // 3.14+ point at the cookie line: offset 0, end after the line (one more on line 2).
            const std::size_t from = out.cookie_line == 1 ? 0 : end1;
            const std::size_t to = out.cookie_line == 1 ? end1 : end2;
            std::string_view line = body.substr(from, to - from);
            while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
                line.remove_suffix(1);
            set_error(error, ErrorKind::DecodeError, "encoding problem: " + name + " with BOM",
                      out.cookie_line, 0);
            error.end_lineno = out.cookie_line;
            error.end_offset = static_cast<int>(utf8_replace_length(line)) +
                               (out.cookie_line == 2 ? 1 : 0);
        } else {
            unlocated_error(o, "encoding problem: " + name + " with BOM", error);
        }
        return false;
    }

    if (out.had_cookie && name != "utf-8") {
        if (!compile_bytes_codec(body, name, o, out, error)) return false;
        // A codec can produce U+0000 (utf-7 "+AAA-"): CPython's tokenizer reads a C string.
        if (const void* z = std::memchr(out.text.data(), '\0', out.text.size()))
            out.text.resize(static_cast<const char*>(z) - out.text.data());
        return true;
    }

    // UTF-8 (no cookie, a utf-8 cookie, a BOM): not checked until 3.13; 3.14+ check it all.
    const std::size_t bad = find_invalid_utf8(body);
    if (bad != std::string_view::npos && v >= Version{3, 14}) {
        const int line = line_of(body, bad);
        std::size_t start = bad;
        while (start > 0 && body[start - 1] != '\n' && body[start - 1] != '\r') --start;
        const int col = static_cast<int>(utf8_replace_length(body.substr(start, bad - start))) + 1;
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(body[bad]));
        set_error(error, ErrorKind::DecodeError,
                  "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' on line " +
                      std::to_string(line) +
                      ", but no encoding declared; see https://peps.python.org/pep-0263/ for "
                      "details",
                  line, col);
        error.end_lineno = line;
        error.end_offset = col;
        return false;
    }
    out.text.assign(body.data(), body.size());
    out.first_invalid_utf8 = bad == std::string_view::npos ? DecodedSource::npos : bad;
    return true;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) { return find_invalid<strict_seq_len>(s); }

std::string utf8_decode_error(std::string_view s, std::size_t* error_start) {
    if (error_start) *error_start = DecodedSource::npos;
    const std::size_t from = find_invalid_utf8(s);
    if (from == std::string_view::npos) return std::string();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const Utf8Step step = python_utf8_step(p, from, s.size());
    if (error_start) *error_start = from;
    return decode_error_text("utf-8", s, from, from + step.err_len, step.reason);
}

std::size_t utf8_replace_length(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++count) {
        const Utf8Step step = python_utf8_step(p, i, s.size());
        i += step.len ? step.len : step.err_len;
    }
    return count;
}

std::size_t utf8_replaced_prefix_length(std::string_view s, std::size_t nbytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t count = 0;
    std::size_t i = 0;
    while (nbytes > 0 && i < s.size()) {
        const Utf8Step step = python_utf8_step(p, i, s.size());
        const std::size_t encoded = step.len ? step.len : 3;  // U+FFFD is 3 bytes
        ++count;  // the whole sequence, or what the limit leaves of it (one U+FFFD)
        if (nbytes < encoded) return count;
        nbytes -= encoded;
        i += step.len ? step.len : step.err_len;
    }
    return count + (nbytes > 0 ? 1 : 0);  // the NUL after the line
}

bool decode(std::string_view bytes, const DecodeOptions& options, DecodedSource& out,
            Diagnostic& error) {
    out = DecodedSource{};
    if (options.reader == Reader::CompileBytes || options.reader == Reader::CompileStr)
        return decode_compile_bytes(bytes, options, out, error);
    if (options.reader == Reader::TokenizeModule)
        return decode_like_tokenize_module(bytes, options, out, error);
    const Version v = options.version;
    std::string_view body = bytes;
    if (body.size() >= 3 && body.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        out.had_bom = true;
        body.remove_prefix(3);
    }

    // PEP 263: line 1, or line 2 when line 1 is blank or a comment.
    std::string cookie;
    std::size_t end1 = line_end(body, 0);
    std::size_t cookie_end = 0;
    if (find_cookie(body.substr(0, end1), cookie)) {
        out.cookie_line = 1;
        cookie_end = end1;
    } else if (blank_or_comment(body.substr(0, end1))) {
        std::size_t end2 = line_end(body, end1);
        if (find_cookie(body.substr(end1, end2 - end1), cookie)) {
            out.cookie_line = 2;
            cookie_end = end2;
        }
    }
    out.had_cookie = out.cookie_line != 0;
    const std::string name = out.had_cookie ? normal_name(cookie) : std::string("utf-8");
    out.encoding = name;

    if (out.had_bom && out.had_cookie && name != "utf-8") {
        encoding_problem(options, name + " with BOM", out.cookie_line, error);
        return false;
    }

    const bool declared_utf8 = out.had_bom || (out.had_cookie && name == "utf-8");
    if (declared_utf8) {
        // CPython's reader checks nothing here; later stages meet the bad bytes.
        out.text.assign(body.data(), body.size());
        if (!nul_check(options, out, error)) return false;
        std::size_t bad = find_invalid_utf8(out.text);
        if (bad != std::string_view::npos) out.first_invalid_utf8 = bad;
        return true;
    }

    if (!out.had_cookie || out.cookie_line == 2) {
        // No declaration (or line 1 read before the line-2 cookie): the reader's UTF-8 check.
        std::string_view checked = out.had_cookie ? body.substr(0, end1) : body;
        std::string stripped;
        if (v >= Version{3, 11}) {
            std::size_t bad = find_invalid<strict_seq_len>(checked);
            const void* z = std::memchr(checked.data(), '\0', checked.size());
            std::size_t zpos = z ? static_cast<const char*>(z) - checked.data()
                                 : std::string_view::npos;
            if (zpos != std::string_view::npos && (bad == std::string_view::npos || zpos < bad)) {
                set_error(error, ErrorKind::SyntaxError, "source code cannot contain null bytes",
                          line_of(checked, zpos), 0);
                defer_error_at(out, checked, zpos);
                return false;
            }
            if (bad != std::string_view::npos) {
                non_utf8_error(options, checked, bad, error);
                defer_error_at(out, checked, bad);
                return false;
            }
        } else {
            // The reader stops at a NUL: check what remains once NUL..end-of-line is dropped.
            // Line numbers in the message still count the file's lines.
            std::size_t i = 0;
            while (i < checked.size()) {
                std::size_t e = line_end(checked, i);
                std::string_view line = checked.substr(i, e - i);
                std::size_t z = line.find('\0');
                std::string_view part = z == std::string_view::npos ? line : line.substr(0, z);
                std::size_t bad = find_invalid<loose_seq_len>(part);
                if (bad != std::string_view::npos) {
                    non_utf8_error(options, checked, i + bad, error);
                    defer_error_at(out, checked, i + bad);
                    out.text = strip_nul_lines(out.text);
                    out.first_invalid_utf8 = find_invalid_utf8(out.text);
                    if (out.first_invalid_utf8 == std::string_view::npos)
                        out.first_invalid_utf8 = DecodedSource::npos;
                    return false;
                }
                i = e;
            }
        }
        if (!out.had_cookie) {
            out.text.assign(body.data(), body.size());
            if (!nul_check(options, out, error)) return false;
            std::size_t bad = find_invalid_utf8(out.text);
            if (bad != std::string_view::npos) out.first_invalid_utf8 = bad;
            return true;
        }
    }

    // A declared codec other than the normalized "utf-8".
    const CodecRow* row = lookup_codec(name, v);  // the normalized name, as CPython
    if (!row || row->kind == CodecKind::NotText || row->kind == CodecKind::Utf16) {
        encoding_problem(options, name, out.cookie_line, error);
        return false;
    }
    if (row->kind == CodecKind::Unsupported) {
        set_error(error, ErrorKind::DecodeError,
                  "encoding '" + name + "' (CPython codec " + row->module +
                      ") is not supported by pyfront: no ICU converter decodes it as CPython does",
                  options.version >= Version{3, 9} ? 0 : out.cookie_line);
        return false;
    }
    if (row->kind == CodecKind::Utf8) {
        // "utf8", "u8", "cp65001"...: CPython decodes strictly through its codec.
        std::string_view rest = body.substr(cookie_end);
        if (find_invalid_utf8(rest) != std::string_view::npos) {
            encoding_problem(options, name, out.cookie_line, error);
            return false;
        }
        std::string_view head = body.substr(0, cookie_end);
        out.text.assign(head.data(), head.size());
        out.text.append(rest.data(), rest.size());
        if (find_invalid_utf8(head) != std::string_view::npos) {
            // Raw cookie-line bytes (a comment): CPython never decodes them.
            out.first_invalid_utf8 = find_invalid_utf8(head);
        }
        return nul_check(options, out, error);
    }
    if (!icu_decode(*row, body, cookie_end, out.text)) {
        encoding_problem(options, name, out.cookie_line, error);
        return false;
    }
    return nul_check(options, out, error);
}

bool read_file(const std::string& path, std::string& bytes, std::string& error_text) {
    bytes.clear();
    const bool is_stdin = path == "-";
    const std::string shown = is_stdin ? std::string("<stdin>") : "'" + path + "'";
    std::FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) {
        error_text = "cannot open " + shown + ": " + std::strerror(errno);
        return false;
    }
    char buf[1 << 16];
    for (;;) {
        std::size_t n = std::fread(buf, 1, sizeof buf, f);
        bytes.append(buf, n);
        if (n < sizeof buf) break;
    }
    const bool failed = std::ferror(f) != 0;
    const int err = errno;
    if (!is_stdin) std::fclose(f);
    if (failed) {
        error_text = "cannot read " + shown + ": " + std::strerror(err ? err : EIO);
        bytes.clear();
        return false;
    }
    return true;
}

}  // namespace pyfront::source
