// pyfront: one command line with subcommands (`pyfront COMMAND --help` for each).
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "version/version.h"

namespace pyfront::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"tokenize", "print the token stream as `python -m tokenize -e` does", run_tokenize},
        {"parse", "print the AST as CPython X.Y's ast.parse builds it (ast.dump or JSON)", run_parse},
        {"check", "report the syntax errors of files and directories at a feature version", run_check},
        {"minversion", "print the exact set of Python versions that accept each file", run_minversion},
        {"compile", "byte-compile as compileall does, per compat level (cpython-311-36 tags)", run_compile},
        {"cache", "pyc caches: tag, list, clean, verify", run_cache},
        {"run", "run a script with its own modules parsed at a compat version (import hook)", run_run},
    };
    return table;
}

namespace {

void print_main_help() {
    std::cout << "usage: pyfront [--version] [--help] COMMAND [ARGS...]\n\n"
                 "pyfront reads Python source exactly as Python "
              << supported_range_text()
              << " would (--feature-version X.Y).\n\ncommands:\n";
    for (const Command& c : commands())
        std::cout << "  " << c.name << std::string(12 - std::string(c.name).size(), ' ')
                  << c.summary << "\n";
    std::cout << "\n'pyfront COMMAND --help' describes a command and its options.\n"
                 "Exit status: 0 ok, 1 syntax errors found, 2 usage or I/O errors.\n";
}

}  // namespace
}  // namespace pyfront::cli

int main(int argc, char** argv) {
    using namespace pyfront::cli;
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        print_main_help();
        return kExitUsage;
    }
    const std::string& first = args[0];
    if (first == "--help" || first == "-h" || first == "help") {
        print_main_help();
        return kExitOk;
    }
    if (first == "--version") return print_version();
    for (const Command& c : commands())
        if (first == c.name) {
            const int status = c.run({args.begin() + 1, args.end()});
            // Ends without running destructors: the ANTLR ATN and DFA cache and the last
            // tree are many small objects, and freeing them was ~10% of a small file's run.
            // Every command has closed its files; only the standard streams need flushing.
            std::cout.flush();
            std::cerr.flush();
            std::fflush(nullptr);
            std::_Exit(status);
        }
    std::cerr << "pyfront: unknown command '" << first << "' (see 'pyfront --help')\n";
    return kExitUsage;
}
