// Options shared by every subcommand that reads Python source.
#pragma once
#include <boost/program_options.hpp>
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

// Parses `args` against `visible` options plus positional FILE arguments. Prints the error
// and returns false on bad usage. `help` is set when --help was given.
bool parse_command_line(const std::vector<std::string>& args, const char* command,
                        const po::options_description& visible, std::vector<std::string>& files,
                        bool& help);

// Prints "usage: pyfront COMMAND ..." plus the option table.
void print_command_help(const char* usage, const char* description,
                        const po::options_description& visible);

// "pyfront COMMAND: MESSAGE" on stderr; returns kExitUsage.
int usage_error(const char* command, const std::string& message);

}  // namespace pyfront::cli
