// Source decoding as CPython's file reader does it (see decode.h for the per-version table).
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
const CodecRow* lookup_codec(const std::string& name, Version v) {
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
    if (norm == "cp65001" && v < Version{3, 8}) return nullptr;
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
// CPython keeps raw and never decodes) get U+FFFD for what cannot be decoded. Returns false
// on the first undecodable byte after the prefix.
bool icu_decode(const CodecRow& row, std::string_view bytes, std::size_t lenient_prefix,
                std::string& out) {
    UErrorCode st = U_ZERO_ERROR;
    ConverterPtr conv(ucnv_open(row.icu, &st));
    if (U_FAILURE(st)) return false;
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
                if (i >= lenient_prefix) return false;
                cp = 0xFFFD;
            }
            append_utf8(out, static_cast<char32_t>(cp));
        }
        return true;
    }

    // Multi-byte codecs: ICU as is.
    auto run = [&](std::string_view part, bool strict) -> bool {
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
        if (U_FAILURE(e)) return false;
        int32_t need = 0;
        UErrorCode e2 = U_ZERO_ERROR;
        u_strToUTF8(nullptr, 0, &need, u.data(), static_cast<int32_t>(dst - u.data()), &e2);
        std::size_t at = out.size();
        out.resize(at + need);
        e2 = U_ZERO_ERROR;
        u_strToUTF8(&out[at], need, nullptr, u.data(), static_cast<int32_t>(dst - u.data()), &e2);
        return U_SUCCESS(e2) || e2 == U_STRING_NOT_TERMINATED_WARNING;
    };
    if (!run(bytes.substr(0, lenient_prefix), false)) return false;
    return run(bytes.substr(lenient_prefix), true);
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

bool nul_check(const DecodeOptions& o, std::string& text, Diagnostic& d) {
    const void* p = std::memchr(text.data(), '\0', text.size());
    if (!p) return true;
    if (o.version >= Version{3, 11}) {
        std::size_t z = static_cast<const char*>(p) - text.data();
        set_error(d, ErrorKind::SyntaxError, "source code cannot contain null bytes",
                  line_of(text, z), 0);
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
        const std::size_t z = static_cast<const char*>(p) - out.text.data();
        set_error(error, ErrorKind::SyntaxError, "source code cannot contain null bytes",
                  line_of(out.text, z), 0);
        return false;
    }
    return true;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) { return find_invalid<strict_seq_len>(s); }

bool decode(std::string_view bytes, const DecodeOptions& options, DecodedSource& out,
            Diagnostic& error) {
    out = DecodedSource{};
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
        if (!nul_check(options, out.text, error)) return false;
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
                return false;
            }
            if (bad != std::string_view::npos) {
                non_utf8_error(options, checked, bad, error);
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
                    return false;
                }
                i = e;
            }
        }
        if (!out.had_cookie) {
            out.text.assign(body.data(), body.size());
            if (!nul_check(options, out.text, error)) return false;
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
        return nul_check(options, out.text, error);
    }
    if (!icu_decode(*row, body, cookie_end, out.text)) {
        encoding_problem(options, name, out.cookie_line, error);
        return false;
    }
    return nul_check(options, out.text, error);
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
