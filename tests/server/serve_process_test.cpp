// The real `sitrep serve` process: --port 0 prints the port it took, it
// answers, refuses a short token file, and SIGTERM stops it with exit 0.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <regex>
#include <thread>

#include "server_fixture.hpp"

extern char** environ;

namespace sitrep::testing {
namespace {

pid_t spawn_sitrep(const std::vector<std::string>& args, const std::string& stderr_file) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv;
    std::string binary = SITREP_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
}

int exit_status(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST(ServeProcess, ListensAnswersAndStopsOnSigterm) {
    TempDir dir;
    const std::string db = make_seed_store(dir);
    const std::string err = dir.path("serve.err");
    const pid_t pid = spawn_sitrep({"serve", "--db", db, "--port", "0"}, err);
    ASSERT_GT(pid, 0);
    int port = 0;
    const std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+)/)");
    for (int i = 0; i < 300 && port == 0; ++i) {
        std::smatch m;
        const std::string text = slurp(err);
        if (std::regex_search(text, m, listening))
            port = std::stoi(m[1]);
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_GT(port, 0) << slurp(err);
    httplib::Client c("127.0.0.1", port);
    auto r = c.Get("/healthz");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    r = c.Post("/api/code", bearer(kToken), "Police arrested a man.", "text/plain");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403);  // no --token-file
    kill(pid, SIGTERM);
    EXPECT_EQ(exit_status(pid), 0) << slurp(err);
}

TEST(ServeProcess, RefusesAShortTokenAndAMissingStore) {
    TempDir dir;
    const std::string db = make_seed_store(dir);
    const std::string token = dir.write("token", "short\n");
    RunResult r = run_sitrep(dir, "serve --db " + quoted(db) + " --port 0 --token-file " + quoted(token));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("shorter than 16"), std::string::npos) << r.err;
    r = run_sitrep(dir, "serve --db " + quoted(dir.path("missing.db")) + " --port 0");
    EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace sitrep::testing
