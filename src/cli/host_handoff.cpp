// The commands that need the host CPython (compile, cache, run, --version), in `pyfront` itself:
// they are handed over to pyfront-host, the same command line built with the CPython bridge,
// by exec of the program installed beside this one.
//
// Why two programs: loading libpython (~40,000 relocations) cost 1.5 ms of every start,
// a third of a fresh `pyfront parse` of a small file; parse, check, minversion and tokenize
// never use it. The commands handed over start an interpreter anyway (tens of ms).
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace pyfront::cli {
namespace {

std::string host_program() {
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return "pyfront-host";
    std::string path(self, static_cast<std::size_t>(n));
    return path.substr(0, path.rfind('/') + 1) + "pyfront-host";
}

int hand_over(const std::vector<std::string>& args) {
    const std::string program = host_program();
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::cout.flush();
    execv(program.c_str(), argv.data());
    std::cerr << "pyfront: cannot run " << program << " (the commands that use the host CPython live there): "
              << std::strerror(errno) << "\n";
    return kExitUsage;
}

std::vector<std::string> with_command(const char* command, const std::vector<std::string>& args) {
    std::vector<std::string> all{command};
    all.insert(all.end(), args.begin(), args.end());
    return all;
}

}  // namespace

int run_compile(const std::vector<std::string>& args) { return hand_over(with_command("compile", args)); }
int run_cache(const std::vector<std::string>& args) { return hand_over(with_command("cache", args)); }
int run_run(const std::vector<std::string>& args) { return hand_over(with_command("run", args)); }
int print_version() { return hand_over({"--version"}); }

}  // namespace pyfront::cli
