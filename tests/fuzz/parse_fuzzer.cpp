// libFuzzer target over the whole front-end: decode -> tokenize -> parse -> build, then the
// consumers of the result (ast::dump of a tree, the error renderer of a diagnostic).
//
// Input: byte 0 chooses the run, the rest is the source file's bytes.
//   bits 0-3  the feature version, 3.0 + (bits)  (3.0 ... 3.15)
//   bits 4-5  the mode: exec, eval, single, func_type
//   bit  6    type_comments
//   bit  7    barry_as_flufl
// Any input must end in a tree or a Diagnostic: an exception, a sanitizer report, a stack
// overflow or a time-out (tools/fuzz runs with -timeout) is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ast/dump.h"
#include "builder/builder.h"
#include "diag/render.h"

using namespace pyfront;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const std::uint8_t control = data[0];
    builder::Options options;
    options.version = Version{3, static_cast<std::uint8_t>(control & 0x0F)};
    options.mode = static_cast<builder::Mode>((control >> 4) & 0x03);
    options.type_comments = (control & 0x40) != 0;
    options.barry_as_flufl = (control & 0x80) != 0;
    options.filename = "fuzz.py";
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

    const builder::Result r = builder::parse_source(bytes, options);
    std::string out;
    if (r.ok()) {
        ast::dump(r.tree, ast::DumpOptions{}, out);
    } else if (r.error) {
        diag::render_error(diag::ErrorFormat::CPython, "fuzz.py", *r.error, r.text(), out);
        diag::render_error(diag::ErrorFormat::Json, "fuzz.py", *r.error, r.text(), out);
    } else {
        __builtin_trap();  // neither a tree nor an error
    }
    return 0;
}
