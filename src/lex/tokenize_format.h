// Writing a token stream exactly as `python -m tokenize -e FILE` prints it
// (CPython 3.12+ format: ENCODING first, exact operator names, character columns, repr'd text).
#pragma once
#include <ostream>
#include <string>

#include "lex/tokenizer.h"

namespace pyfront::lex {

// Prints the token lines of `result` to `out`. If result.error is set, also prints
// "FILE:LINE:COL: error: MESSAGE" to `err` the way tokenize's main() reports it.
void print_tokenize_module_format(const source::DecodedSource& source, const LexResult& result,
                                  const std::string& filename, std::ostream& out,
                                  std::ostream& err);

}  // namespace pyfront::lex
