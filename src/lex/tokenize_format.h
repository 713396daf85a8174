// Writing a token stream exactly as `python -m tokenize -e FILE` prints it
// (CPython 3.12+ format: ENCODING first, exact operator names, character columns, repr'd text).
#pragma once
#include <ostream>
#include <string>

#include "lex/tokenizer.h"

namespace pyfront::lex {

// Where tokenize's main() read the source from: it prints differently for each.
enum class TokenizeInput {
    // `python -m tokenize FILE`: an ENCODING line first; on an error nothing but the error
    // (main() collects every token before printing).
    File,
    // `python -m tokenize` reading standard input as text: no ENCODING line; the tokens
    // before an error are printed (main() prints as it goes).
    Stdin,
};

// Prints the token lines of `result` to `out`. If result.error is set, also prints
// "FILE:LINE:COL: error: MESSAGE" to `err` the way tokenize's main() reports it.
void print_tokenize_module_format(const source::DecodedSource& source, const LexResult& result,
                                  const std::string& filename, TokenizeInput input,
                                  std::ostream& out, std::ostream& err);

}  // namespace pyfront::lex
