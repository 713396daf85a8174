// SyntaxError.text as CPython takes it from its tokenizer's buffers, rebuilt from the source
// and the Diagnostic's notes on that buffer (Diagnostic::text_without_break, text_first_lineno,
// text). Used by the `_pyfront` extension and by the f-string sub-parser's errors.
#pragma once
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace pyfront::diag {

// Sets `out` to d's text in `source` (the decoded text d's positions refer to): d.text when
// set, else line d.lineno (after lines d.text_first_lineno.. for a multi-line token) with its
// break unless d.text_without_break. `exec_input`: CPython's tokenizer read the source with
// a final newline added when missing (mode 'exec', and the f-string sub-parser from 3.9), so
// the last line has a break too. False (CPython's None) when the source has no such line.
bool syntax_error_text(std::string_view source, const Diagnostic& d, bool exec_input, std::string& out);

}  // namespace pyfront::diag
