// Options shared by every subcommand that reads Python source.
#pragma once
#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

#include "version/version.h"

namespace pyfront::cli {

namespace po = boost::program_options;

// Adds --feature-version to `desc`, storing its text in `text`.
void add_feature_version_option(po::options_description& desc, std::string& text);

// Validates the --feature-version text. Returns false after printing a usage error that
// names the valid range.
bool resolve_feature_version(const std::string& text, Version& out);

// Parses `args` against `visible` options plus positional FILE arguments into `files`.
// Nothing when the command goes on; otherwise the exit status to return now: kExitUsage after
// printing a usage error, kExitOk after printing --help ("usage: pyfront COMMAND ..." with
// `usage`, `description` and the option table).
std::optional<int> read_command_line(const std::vector<std::string>& args, const char* command, const char* usage,
                                     const char* description, const po::options_description& visible,
                                     std::vector<std::string>& files);

// "pyfront COMMAND: MESSAGE" on stderr; returns kExitUsage.
int usage_error(const char* command, const std::string& message);

}  // namespace pyfront::cli
