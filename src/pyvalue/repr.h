// repr() of the constant types an AST holds, exactly as CPython 3.14 prints them. The append_*
// forms write into a caller's buffer (the dumper's), the others return a new string.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "version/version.h"

namespace pyfront::pyvalue {

// The version whose repr() the forms without a Version follow: pyfront's dumps are CPython 3.14's
// ast.dump, whatever the version parsed (tools/oracle prints the same under every interpreter).
constexpr Version kDumpReprVersion{3, 14};

// repr(str) as CPython `v` writes it. `s` is generalized UTF-8 (see unicode.h). Quote: ' unless
// the text has a ' and no ", then ". Escapes: \\, the chosen quote, \t \n \r, other C0 and DEL
// as \xNN; non-ASCII characters that are not printable in v's Unicode (is_printable) as \xNN,
// \uNNNN or \UNNNNNNNN (lowercase hex); lone surrogates are never printable.
void append_repr_str(std::string& out, std::string_view s, Version v);
std::string repr_str(std::string_view s, Version v);
inline void append_repr_str(std::string& out, std::string_view s) {
    append_repr_str(out, s, kDumpReprVersion);
}
inline std::string repr_str(std::string_view s) { return repr_str(s, kDumpReprVersion); }

// repr(bytes): b'...' with the same quote rule, \\ \t \n \r, printable ASCII as is, the rest
// as \xNN.
void append_repr_bytes(std::string& out, std::string_view b);
std::string repr_bytes(std::string_view b);

// repr(float): the shortest digits that read back to the same double, written with Python's
// rules: exponent notation when the decimal exponent is < -4 or >= 16 ('1e-05', '1e+16',
// '1.5e-07': sign always, two digits at least), otherwise positional with '.0' added to whole
// numbers ('1.0', '1000000000000000.0'); 'inf', '-inf', 'nan'; '-0.0'.
void append_repr_float(std::string& out, double v);
std::string repr_float(double v);

// repr(complex): '1j', '1.5e-07j', '-0j' (real part +0.0), otherwise '(re+imj)' with both parts
// written as floats without the added '.0': '(1+2j)', '(-0-0j)', '(inf+nanj)', '(1e+20-1j)'.
void append_repr_complex(std::string& out, double real, double imag);
std::string repr_complex(double real, double imag);

// repr(int) of a value that fits in 64 bits.
void append_repr_int(std::string& out, std::int64_t v);

}  // namespace pyfront::pyvalue
