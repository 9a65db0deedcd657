// A thin RAII layer over the two databases the store runs on: SQLite (a file)
// and PostgreSQL (a `postgresql://` URL, through libpq). A connection,
// prepared statements with positional binding (`?1`, `?2` ... in the SQL; for
// PostgreSQL they become `$1`, `$2`), and errors as exceptions (StoreError)
// carrying the database's message. Nothing here knows about events.
//
// PostgreSQL statements run when first stepped and their whole result is kept
// until reset(), so a second statement may run while a first one's rows are
// read, as with SQLite. Values travel as text; the server infers the types.
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace sitrep::store {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Backend { sqlite, postgresql };

// True for the locations PostgreSQL serves: postgresql:// or postgres:// URLs.
bool is_postgresql_url(std::string_view location);

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    Statement(pg_conn* conn, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept { *this = std::move(other); }
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, as in SQL's ?1.
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, uint32_t value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);  // copied
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    // Not copied by SQLite: `text` must stay unchanged until the statement
    // is reset (a document's text, an event's fields; saves a copy and an
    // allocation per value during ingest). PostgreSQL copies it anyway.
    Statement& bind_static(int index, std::string_view text);
    Statement& bind_static_or_null(int index, std::string_view text) {
        return text.empty() ? bind_null(index) : bind_static(index, text);
    }
    Statement& bind_null(int index);
    Statement& bind_blob(int index, const void* data, int size);  // SQLite only
    // Binds NULL for an empty string (optional text columns).
    Statement& bind_text_or_null(int index, std::string_view text) {
        return text.empty() ? bind_null(index) : bind(index, text);
    }

    // Advances; true while a row is available.
    bool step();
    // Runs to completion (INSERT / UPDATE / DELETE), then resets.
    void run();
    void reset();

    bool is_null(int column) const;
    int64_t int64(int column) const;  // PostgreSQL booleans read as 1 / 0
    double real(int column) const;
    std::string text(int column) const;
    std::string_view text_view(int column) const;  // valid until the next step
    int column_count() const;
    std::string column_name(int column) const;

private:
    void release();
    void pg_text(int index, std::string value);

    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    // PostgreSQL: the server-side prepared statement, its parameters and result.
    pg_conn* pg_ = nullptr;
    std::string name_, sql_;
    std::vector<std::string> values_;
    std::vector<char> set_;  // 0: NULL
    pg_result* result_ = nullptr;
    int row_ = -1, rows_ = 0;
};

class Database {
public:
    // Opens (creating when absent) the SQLite file at `location`, or connects
    // to the PostgreSQL database a postgresql:// URL names.
    explicit Database(const std::string& location, bool read_only = false);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const { return pg_ ? Backend::postgresql : Backend::sqlite; }
    void exec(std::string_view sql);  // one or more statements, no parameters, results ignored
    Statement prepare(std::string_view sql) { return pg_ ? Statement(pg_, sql) : Statement(db_, sql); }
    // PostgreSQL only: runs `copy_sql` (COPY ... FROM STDIN, text format) and
    // sends `rows`, COPY's text lines (tab-separated, \N for NULL, escaped
    // as pg_copy.hpp's CopyRows writes them).
    void copy_in(std::string_view copy_sql, std::string_view rows);
    int64_t last_insert_rowid() const;  // SQLite only (use RETURNING for both)
    int changes() const;                // SQLite only
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    pg_conn* pg_ = nullptr;
};

// One write transaction: SQLite's BEGIN IMMEDIATE (one writer at a time);
// PostgreSQL's BEGIN plus a transaction-level advisory lock that writers of
// the store take in turn, so that two concurrent ingests never decide on the
// same duplicate, document or rollup row at once. Rolls back when destroyed
// without commit().
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

}  // namespace sitrep::store
