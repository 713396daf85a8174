// The subcommands of the pyfront CLI, each a small file with one job (cmd_*.cpp).
#pragma once
#include <string>
#include <vector>

namespace pyfront::cli {

// Exit statuses shared by every subcommand.
enum ExitStatus : int {
    kExitOk = 0,
    kExitSyntaxErrors = 1,  // the input was read but has syntax errors
    kExitUsage = 2,         // bad command line, unreadable file, other I/O errors
};

struct Command {
    const char* name;
    const char* summary;  // one line for `pyfront --help`
    // args: everything after the command name.
    int (*run)(const std::vector<std::string>& args);
};

// All subcommands, in the order `pyfront --help` lists them.
const std::vector<Command>& commands();

int run_tokenize(const std::vector<std::string>& args);
int run_parse(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_minversion(const std::vector<std::string>& args);
// compile and cache need the host CPython: they run in pyfront-host, and `pyfront` hands them
// over (host_handoff.cpp).
int run_compile(const std::vector<std::string>& args);
int run_cache(const std::vector<std::string>& args);
// `pyfront run`: a script on the embedded host interpreter with the import hook (cmd_run.cpp,
// in pyfront-host; handed over like compile and cache).
int run_run(const std::vector<std::string>& args);

// `pyfront --version` (version_host.cpp; handed over to pyfront-host by `pyfront`).
int print_version();

}  // namespace pyfront::cli
