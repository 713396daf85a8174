#include "cli/common_options.h"

#include <iostream>

#include "cli/command.h"

namespace pyfront::cli {

void add_feature_version_option(po::options_description& desc, std::string& text) {
    desc.add_options()(
        "feature-version",
        po::value<std::string>(&text)->value_name("X.Y")->default_value(to_string(kDefaultVersion)),
        ("read the source as Python X.Y would (" + supported_range_text() + "; default " +
         to_string(kDefaultVersion) + "); the tokens, the grammar and the errors are that "
                                      "version's")
            .c_str());
}

bool resolve_feature_version(const std::string& text, Version& out) {
    if (auto version = parse_version(text)) {
        out = *version;
        return true;
    }
    std::cerr << "pyfront: invalid --feature-version '" << text
              << "': pyfront reads Python " << supported_range_text()
              << ", written MAJOR.MINOR (for example 3.6)\n";
    return false;
}

std::optional<int> read_command_line(const std::vector<std::string>& args, const char* command, const char* usage,
                                     const char* description, const po::options_description& visible,
                                     std::vector<std::string>& files) {
    po::options_description all;
    all.add(visible);
    all.add_options()("help,h", "show this help")(
        "file", po::value<std::vector<std::string>>(&files));
    po::positional_options_description positional;
    positional.add("file", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        return usage_error(command, std::string(e.what()) + " (see 'pyfront " + command + " --help')");
    }
    if (vm.count("help") == 0) return std::nullopt;
    std::cout << "usage: " << usage << "\n\n" << description << "\n\n" << visible
              << "  -h [ --help ]                show this help\n";
    return kExitOk;
}

int usage_error(const char* command, const std::string& message) {
    std::cerr << "pyfront " << command << ": " << message << "\n";
    return kExitUsage;
}

}  // namespace pyfront::cli
