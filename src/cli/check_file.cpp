#include "cli/check_file.h"

#include <exception>

#include "builder/builder.h"
#include "source/decode.h"

namespace pyfront::cli {

FileResult check_one_file(const CheckFile& file, const CheckSettings& settings) {
    FileResult r;
    std::string bytes, io_error = file.error;
    if (io_error.empty() && !source::read_file(file.path, bytes, io_error)) {
        // read_file said why
    } else if (io_error.empty()) {
        builder::Options options;
        options.version = settings.version;
        options.filename = file.path;
        try {
            const builder::Result parsed = builder::parse_source(bytes, options);
            if (parsed.ok()) return r;
            r.status = FileResult::SyntaxError;
            diag::render_error(settings.error_format, file.path, *parsed.error, parsed.text(), r.report);
        } catch (const std::exception& e) {
            // A bug, not the file's fault: reported as such, and the run goes on.
            r.status = FileResult::Crashed;
            r.report = std::string("internal error: ") + e.what();
        }
        return r;
    }
    r.status = FileResult::IoError;
    diag::render_io_error(settings.error_format, "check", file.path, io_error, r.report);
    return r;
}

}  // namespace pyfront::cli
