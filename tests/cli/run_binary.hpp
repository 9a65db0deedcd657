// Runs the real `sitrep` binary (SITREP_BINARY) through the shell with
// stdout and stderr captured to files, as a user or a script would.
#pragma once
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "../io/test_files.hpp"

namespace sitrep::testing {

struct RunResult {
    int exit_code = -1;
    std::string out, err;
};

inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// `args` is appended to the binary's path as shell words; `stdin_file` is fed
// to standard input (empty: /dev/null).
inline RunResult run_sitrep(const TempDir& dir, const std::string& args, const std::string& stdin_file = "") {
    const std::string out = dir.path("stdout.txt"), err = dir.path("stderr.txt");
    const std::string command = std::string("'") + SITREP_BINARY + "' " + args + " <'" +
                                (stdin_file.empty() ? std::string("/dev/null") : stdin_file) + "' >'" + out + "' 2>'" +
                                err + "'";
    const int status = std::system(command.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

inline std::string quoted(const std::string& path) {
    return "'" + path + "'";
}

}  // namespace sitrep::testing
