// The `sitrep dict check` and `sitrep actors` commands, run as a user would.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

struct Result {
    int code = -1;
    std::string out;
};

Result run(const std::string& args) {
    Result r;
    const std::string cmd = std::string(SITREP_BINARY) + " " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string temp_file(const std::string& name, const std::string& content) {
    const auto path = std::filesystem::temp_directory_path() / ("sitrep_actors_cli_" + name);
    std::ofstream(path) << content;
    return path.string();
}

TEST(DictCheckCommand, CleanFileExitsZero) {
    const auto f = temp_file("ok.actors", "#! sitrep actors 1\n[Iraq]\nnames: Iraqi\ncode: IRQ\n");
    const Result r = run("dict check " + f);
    EXPECT_EQ(r.code, 0) << r.out;
}

TEST(DictCheckCommand, BadLineExitsTwoAndNamesFileAndLine) {  // as `code --dictionary` does
    const auto f = temp_file("bad.actors", "#! sitrep actors 1\n[Iraq]\ncode: IRQ 2022-02-30..\n");
    const Result r = run("dict check " + f);
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find(f + ":3: error:"), std::string::npos) << r.out;
}

TEST(ActorsCommand, PrintsMentionWithCodeAndRule) {
    const auto dict = temp_file("user.actors", "#! sitrep actors 1\n[Gondor]\nnames: Gondor\ncode: GON\n");
    const auto text = temp_file("text.txt", "The king of Gondor spoke.\n");
    const Result r = run("actors --no-builtin --dictionary " + dict + " --date 2024-01-27 " + text);
    EXPECT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find("\"text\":\"Gondor\",\"code\":\"GON\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(dict + ":3"), std::string::npos) << r.out;
}

}  // namespace
