// Turning the bytes of a Python source file into UTF-8 text the way CPython does:
// UTF-8 BOM, PEP 263 coding declaration on line 1 or 2 (CPython's spellings and aliases,
// other codecs through ICU converters), strict checks for undecodable bytes, a BOM that
// contradicts the declaration, and NUL bytes as the chosen version reports them.
#pragma once
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "version/version.h"

namespace pyfront::source {

struct DecodeOptions {
    Version version = kDefaultVersion;
};

struct DecodedSource {
    // The whole file as UTF-8, BOM removed, newlines kept exactly as in the file
    // (\n, \r\n or \r): the tokenizer handles all three.
    std::string text;
    // The name `tokenize.detect_encoding` reports: "utf-8", "utf-8-sig" (BOM present),
    // "iso-8859-1" for latin-1 spellings, otherwise the declared name as written.
    std::string encoding;
    bool had_bom = false;
    bool had_cookie = false;
};

// Decodes `bytes`. On failure returns false and fills `error` with CPython's message and
// location (for example "(unicode error) 'utf-8' codec can't decode byte 0xff in position 3:
// invalid start byte", or "encoding problem: utf-8 with BOM").
bool decode(std::string_view bytes, const DecodeOptions& options, DecodedSource& out,
            Diagnostic& error);

// Reads a whole file ("-" = standard input). Returns false and sets `error_text` on I/O errors.
bool read_file(const std::string& path, std::string& bytes, std::string& error_text);

}  // namespace pyfront::source
