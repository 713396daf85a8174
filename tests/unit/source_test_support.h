// What the source/ decoding tests share: one decode() call and its three results.
#pragma once
#include <string>
#include <string_view>

#include "source/decode.h"

namespace pyfront::source::test {

struct DecodeResult {
    bool ok = false;
    DecodedSource src;
    Diagnostic err;
};

inline DecodeResult decode_with(std::string_view bytes, Reader reader, Version v, std::string filename) {
    DecodeResult r;
    DecodeOptions o;
    o.version = v;
    o.reader = reader;
    o.filename = std::move(filename);
    r.ok = decode(bytes, o, r.src, r.err);
    return r;
}

}  // namespace pyfront::source::test
