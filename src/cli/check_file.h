// One file of `pyfront check`: read, parse at the feature version, render its error.
#pragma once
#include <string>

#include "cli/check_walk.h"
#include "cli/check_workers.h"
#include "diag/render.h"
#include "version/version.h"

namespace pyfront::cli {

struct CheckSettings {
    Version version = kDefaultVersion;
    diag::ErrorFormat error_format = diag::ErrorFormat::CPython;
};

// Ok with no report, SyntaxError with its rendered report, IoError with a rendered I/O error.
FileResult check_one_file(const CheckFile& file, const CheckSettings& settings);

}  // namespace pyfront::cli
