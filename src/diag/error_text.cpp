// SyntaxError.text (error_text.h).
#include "diag/error_text.h"

#include "diag/render.h"

namespace pyfront::diag {

bool syntax_error_text(std::string_view source, const Diagnostic& d, bool exec_input, std::string& out) {
    if (!d.text.empty()) {
        out = d.text;
        return true;
    }
    std::string_view line;
    bool had_break = false;
    if (d.lineno <= 0 || !source_line(source, d.lineno, line, &had_break)) return false;
    out.clear();
    for (int earlier = d.text_first_lineno; earlier > 0 && earlier < d.lineno; ++earlier) {
        std::string_view l;
        if (source_line(source, earlier, l)) (out += l) += '\n';
    }
    out += line;
    if (!d.text_without_break && (had_break || exec_input)) out += '\n';
    return true;
}

}  // namespace pyfront::diag
