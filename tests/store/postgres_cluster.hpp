// A throwaway PostgreSQL 15 cluster for the store tests: initdb into a fresh
// temporary directory, pg_ctl start with the server's Unix socket in that
// directory (no TCP port, no system service), one new database per test, and
// pg_ctl stop plus removal when the test process exits. As root, initdb and
// pg_ctl run as the `postgres` user (runuser): the server refuses root.
// The binaries come from SITREP_PG_BIN or /usr/lib/postgresql/15/bin; without
// them available() is false and the PostgreSQL cases skip, saying why.
#pragma once
#include <pwd.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "store/sqlite.hpp"

namespace sitrep::testing {

class PostgresCluster {
public:
    // The cluster of this process, started on first use; nullptr with
    // `why` set when it cannot be, and `missing` true when that is because
    // the server binaries are not installed (the only reason to skip).
    static PostgresCluster* get(std::string& why, bool& missing) {
        static std::string reason;
        static bool not_installed = false;
        static std::unique_ptr<PostgresCluster> cluster = [] {
            auto c = std::unique_ptr<PostgresCluster>(new PostgresCluster());
            if (!c->start(reason, not_installed)) c.reset();
            return c;
        }();
        why = reason;
        missing = not_installed;
        return cluster.get();
    }

    ~PostgresCluster() {
        if (started_) run(pg_ctl() + " -D " + data() + " -m immediate stop >/dev/null 2>&1");
        std::error_code ec;
        if (!dir_.empty() && started_) std::filesystem::remove_all(dir_, ec);  // kept for its logs otherwise
    }
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // The URL of a database `name` on this cluster.
    std::string url(const std::string& name) const { return "postgresql://sitrep@/" + name + "?host=" + dir_; }

    // A new, empty database; its URL.
    std::string new_database() {
        const std::string name = "t" + std::to_string(++databases_);
        store::Database admin(url("postgres"));
        admin.exec("CREATE DATABASE " + name);
        return url(name);
    }

private:
    PostgresCluster() = default;

    static std::string bin() {
        const char* env = std::getenv("SITREP_PG_BIN");
        return env && *env ? env : "/usr/lib/postgresql/15/bin";
    }
    std::string pg_ctl() const { return as_user_ + bin() + "/pg_ctl"; }
    std::string data() const { return dir_ + "/data"; }
    static int run(const std::string& command) { return std::system(command.c_str()); }

    bool start(std::string& why, bool& missing) {
        missing = !std::filesystem::exists(bin() + "/initdb") || !std::filesystem::exists(bin() + "/pg_ctl");
        if (missing) {
            why = "PostgreSQL server binaries not found in " + bin() +
                  " (install postgresql-15, scripts/setup.sh does, or set SITREP_PG_BIN)";
            return false;
        }
        char pattern[] = "/tmp/sitrep-pg-XXXXXX";
        if (!mkdtemp(pattern)) {
            why = "cannot make a temporary directory";
            return false;
        }
        dir_ = pattern;
        if (::geteuid() == 0) {
            const passwd* pg = ::getpwnam("postgres");
            if (!pg || ::chown(dir_.c_str(), pg->pw_uid, pg->pw_gid) != 0) {
                why = "running as root and there is no 'postgres' user to run the server as";
                return false;
            }
            as_user_ = "runuser -u postgres -- ";
        }
        // Two logs: initdb's written by this process, the server's by the server's user.
        const std::string log = dir_ + "/initdb.log", server_log = dir_ + "/server.log";
        // Trust on the private socket only; fsync off: a throwaway cluster.
        if (run(as_user_ + bin() + "/initdb -D " + data() + " -U sitrep -A trust -E UTF8 --locale=C --no-sync >" + log +
                " 2>&1") != 0) {
            why = "initdb failed (see " + log + ")";
            return false;
        }
        if (run(pg_ctl() + " -D " + data() + " -l " + server_log + " -w -o \"-k " + dir_ +
                " -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start "
                ">/dev/null 2>&1") != 0) {
            why = "pg_ctl start failed (see " + server_log + ")";
            return false;
        }
        started_ = true;
        return true;
    }

    std::string dir_, as_user_;
    bool started_ = false;
    int databases_ = 0;
};

}  // namespace sitrep::testing
