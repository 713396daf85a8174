// The public entry point: runs the Lexer over a decoded source.
#include "lex/tokenizer.h"

#include <string>

#include "lex/lexer.h"

namespace pyfront::lex {

LexResult tokenize(const source::DecodedSource& source, const LexOptions& options) {
    LexResult result;
    result.version = options.version;
    detail::Lexer lexer(source.text, options, result.tokens);
    lexer.set_source(source);
    result.error = lexer.run();
    result.late_error = result.error && lexer.late_error();
    // A warning raised once per line and character, as Python's warning registry shows it.
    for (const auto& [line, ch] : lexer.escape_warnings) {
        std::string msg = std::string("invalid escape sequence '\\") + ch + "'";
        bool seen = false;
        for (const LexWarning& w : result.warnings)
            seen |= w.lineno == static_cast<int>(line) && w.message == msg;
        if (!seen) result.warnings.push_back({static_cast<int>(line), std::move(msg)});
    }
    return result;
}

}  // namespace pyfront::lex
