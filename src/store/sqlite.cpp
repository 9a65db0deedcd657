#include "store/sqlite.hpp"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdlib>
#include <utility>

namespace sitrep::store {

namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    throw StoreError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

[[noreturn]] void pg_fail(pg_conn* conn, pg_result* result, std::string_view what) {
    std::string why = result ? PQresultErrorMessage(result) : "";
    if (why.empty() && conn) why = PQerrorMessage(conn);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    if (result) PQclear(result);
    throw StoreError(std::string(what) + ": " + why);
}

// `?N` placeholders to PostgreSQL's `$N`, outside quoted text; also counts them.
std::string dollar_params(std::string_view sql, int& count) {
    std::string out;
    out.reserve(sql.size());
    char quote = 0;
    count = 0;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            out += '$';
            size_t j = i + 1;
            int n = 0;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') n = n * 10 + (sql[j++] - '0');
            if (n > count) count = n;
            out.append(sql.substr(i + 1, j - i - 1));
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

void ignore_notice(void*, const char*) {}

}  // namespace

bool is_postgresql_url(std::string_view location) {
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
        SQLITE_OK)
        fail(db, "cannot prepare \"" + std::string(sql.substr(0, 80)) + "\"");
}

Statement::Statement(pg_conn* conn, std::string_view sql) : pg_(conn) {
    static std::atomic<uint64_t> counter{0};
    int count = 0;
    sql_ = dollar_params(sql, count);
    name_ = "sitrep_" + std::to_string(++counter);
    values_.resize(static_cast<size_t>(count));
    set_.assign(static_cast<size_t>(count), 0);
    pg_result* r = PQprepare(conn, name_.c_str(), sql_.c_str(), count, nullptr);
    if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) pg_fail(conn, r, "cannot prepare \"" + sql_.substr(0, 80) + "\"");
    PQclear(r);
}

Statement::~Statement() {
    release();
}

void Statement::release() {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    if (result_) PQclear(result_);
    result_ = nullptr;
    if (pg_ && !name_.empty()) {
        // Fails harmlessly inside an aborted transaction (the name then lives
        // until the connection closes).
        if (pg_result* r = PQexec(pg_, ("DEALLOCATE " + name_).c_str())) PQclear(r);
    }
    pg_ = nullptr;
    name_.clear();
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        release();
        db_ = other.db_;
        stmt_ = std::exchange(other.stmt_, nullptr);
        pg_ = std::exchange(other.pg_, nullptr);
        name_ = std::move(other.name_);
        other.name_.clear();
        sql_ = std::move(other.sql_);
        values_ = std::move(other.values_);
        set_ = std::move(other.set_);
        result_ = std::exchange(other.result_, nullptr);
        row_ = other.row_;
        rows_ = other.rows_;
    }
    return *this;
}

void Statement::pg_text(int index, std::string value) {
    const auto i = static_cast<size_t>(index - 1);
    if (index < 1 || i >= values_.size())
        throw StoreError("bind: no parameter " + std::to_string(index) + " in \"" + sql_.substr(0, 80) + "\"");
    values_[i] = std::move(value);
    set_[i] = 1;
}

Statement& Statement::bind(int index, int64_t value) {
    if (pg_) {
        pg_text(index, std::to_string(value));
    } else if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) {
        fail(db_, "bind");
    }
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (pg_) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, value);  // shortest exact form
        pg_text(index, std::string(buf, r.ptr));
    } else if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) {
        fail(db_, "bind");
    }
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    if (pg_) {
        // PostgreSQL text cannot hold NUL bytes.
        std::string value(text);
        std::erase(value, '\0');
        pg_text(index, std::move(value));
    } else if (sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8) !=
               SQLITE_OK) {
        fail(db_, "bind");
    }
    return *this;
}

Statement& Statement::bind_static(int index, std::string_view text) {
    if (pg_) return bind(index, text);
    if (sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8) != SQLITE_OK)
        fail(db_, "bind");
    return *this;
}

Statement& Statement::bind_null(int index) {
    if (pg_) {
        pg_text(index, std::string());
        set_[static_cast<size_t>(index - 1)] = 0;
    } else if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) {
        fail(db_, "bind");
    }
    return *this;
}

Statement& Statement::bind_blob(int index, const void* data, int size) {
    if (pg_) throw StoreError("bind_blob: not supported on PostgreSQL");
    if (sqlite3_bind_blob(stmt_, index, data, size, SQLITE_TRANSIENT) != SQLITE_OK) fail(db_, "bind");
    return *this;
}

bool Statement::step() {
    if (pg_) {
        if (!result_) {
            std::vector<const char*> params(values_.size());
            for (size_t i = 0; i < values_.size(); ++i) params[i] = set_[i] ? values_[i].c_str() : nullptr;
            pg_result* r =
                PQexecPrepared(pg_, name_.c_str(), static_cast<int>(params.size()), params.data(), nullptr, nullptr, 0);
            const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
            if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
                pg_fail(pg_, r, "\"" + sql_.substr(0, 80) + "\"");
            result_ = r;
            row_ = -1;
            rows_ = PQntuples(r);
        }
        if (++row_ < rows_) return true;
        PQclear(result_);  // done: the next step runs the statement again, as SQLite's does
        result_ = nullptr;
        return false;
    }
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const std::string sql = sqlite3_sql(stmt_) ? sqlite3_sql(stmt_) : "";
    sqlite3_reset(stmt_);
    fail(db_, "\"" + sql.substr(0, 80) + "\"");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    if (pg_) {
        if (result_) PQclear(result_);
        result_ = nullptr;
        std::fill(set_.begin(), set_.end(), 0);
        return;
    }
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int column) const {
    if (pg_) return PQgetisnull(result_, row_, column) != 0;
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int64_t Statement::int64(int column) const {
    if (pg_) {
        const char* v = PQgetvalue(result_, row_, column);
        if (v[0] == 't') return 1;
        if (v[0] == 'f') return 0;
        return std::strtoll(v, nullptr, 10);
    }
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const {
    if (pg_) return std::strtod(PQgetvalue(result_, row_, column), nullptr);
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const {
    return std::string(text_view(column));
}

std::string_view Statement::text_view(int column) const {
    if (pg_)
        return std::string_view(PQgetvalue(result_, row_, column),
                                static_cast<size_t>(PQgetlength(result_, row_, column)));
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))) : std::string_view();
}

int Statement::column_count() const {
    if (pg_) return result_ ? PQnfields(result_) : 0;
    return sqlite3_column_count(stmt_);
}

std::string Statement::column_name(int column) const {
    if (pg_) return result_ ? PQfname(result_, column) : "";
    return sqlite3_column_name(stmt_, column);
}

Database::Database(const std::string& location, bool read_only) {
    if (is_postgresql_url(location)) {
        pg_ = PQconnectdb(location.c_str());
        if (!pg_ || PQstatus(pg_) != CONNECTION_OK) {
            std::string why = pg_ ? PQerrorMessage(pg_) : "out of memory";
            while (!why.empty() && why.back() == '\n') why.pop_back();
            PQfinish(pg_);
            pg_ = nullptr;
            throw StoreError("cannot connect to " + location + ": " + why);
        }
        PQsetNoticeProcessor(pg_, ignore_notice, nullptr);
        exec("SET client_encoding = 'UTF8'; SET client_min_messages = warning");
        if (read_only) exec("SET default_transaction_read_only = on");
        return;
    }
    // No memory statistics: they take a mutex on every allocation (a tenth of
    // an ingest). Only possible before SQLite initialises; later calls fail harmlessly.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
    const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(location.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError("cannot open " + location + ": " + why);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 10000);  // another process's ingest: wait for its batch
}

Database::~Database() {
    if (pg_) PQfinish(pg_);
    sqlite3_close_v2(db_);
}

void Database::exec(std::string_view sql) {
    const std::string s(sql);
    if (pg_) {
        pg_result* r = PQexec(pg_, s.c_str());
        const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) pg_fail(pg_, r, "\"" + s.substr(0, 80) + "\"");
        PQclear(r);
        return;
    }
    char* message = nullptr;
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string why = message ? message : sqlite3_errmsg(db_);
        sqlite3_free(message);
        throw StoreError(why + " (in \"" + s.substr(0, 80) + "\")");
    }
}

void Database::copy_in(std::string_view copy_sql, std::string_view rows) {
    if (!pg_) throw StoreError("copy_in: PostgreSQL only");
    const std::string s(copy_sql);
    pg_result* r = PQexec(pg_, s.c_str());
    if (!r || PQresultStatus(r) != PGRES_COPY_IN) pg_fail(pg_, r, "\"" + s.substr(0, 80) + "\"");
    PQclear(r);
    // In pieces of at most 1 MB (libpq buffers what it is given).
    constexpr size_t kPiece = size_t{1} << 20;
    bool sent = true;
    for (size_t at = 0; at < rows.size() && sent; at += kPiece) {
        const size_t n = std::min(kPiece, rows.size() - at);
        sent = PQputCopyData(pg_, rows.data() + at, static_cast<int>(n)) == 1;
    }
    if (PQputCopyEnd(pg_, sent ? nullptr : "sitrep: sending the rows failed") != 1)
        pg_fail(pg_, nullptr, "\"" + s.substr(0, 80) + "\"");
    std::string why;
    while (pg_result* end = PQgetResult(pg_)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK && why.empty()) {
            why = PQresultErrorMessage(end);
            while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
        }
        PQclear(end);
    }
    if (!why.empty() || !sent) throw StoreError("\"" + s.substr(0, 80) + "\": " + (why.empty() ? "send failed" : why));
}

int64_t Database::last_insert_rowid() const {
    if (pg_) throw StoreError("last_insert_rowid: use RETURNING on PostgreSQL");
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const {
    if (pg_) throw StoreError("changes: use RETURNING on PostgreSQL");
    return sqlite3_changes(db_);
}

// The advisory lock every writer of a PostgreSQL store takes for its transaction.
constexpr const char* kWriterLock = "SELECT pg_advisory_xact_lock(7336261017230485)";

Transaction::Transaction(Database& db) : db_(db) {
    if (db_.backend() == Backend::postgresql) {
        db_.exec("BEGIN");
        try {
            db_.exec(kWriterLock);
        } catch (...) {
            db_.exec("ROLLBACK");
            throw;
        }
    } else {
        db_.exec("BEGIN IMMEDIATE");
    }
}

Transaction::~Transaction() {
    if (open_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {  // the connection is gone; the server (or SQLite on open) rolls back
        }
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

}  // namespace sitrep::store
