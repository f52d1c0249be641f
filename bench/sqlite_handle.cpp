#include "bench/sqlite_handle.hpp"

namespace bench {

Connection open_database(const std::string& path, int flags) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Connection db(raw, sqlite3_close);
    if (rc != SQLITE_OK) {
        throw SqliteError(path + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    }
    return db;
}

void exec(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string what = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw SqliteError(what + " in: " + sql);
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) : stmt_(nullptr, sqlite3_finalize) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &raw, nullptr) != SQLITE_OK) {
        throw SqliteError(std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql));
    }
    stmt_.reset(raw);
}

void Statement::reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
}

void Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
}

void Statement::bind(int index, sqlite3_int64 number) {
    sqlite3_bind_int64(stmt_.get(), index, number);
}

void Statement::bind_null(int index) { sqlite3_bind_null(stmt_.get(), index); }

bool Statement::step() {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3* db = sqlite3_db_handle(stmt_.get());
    throw SqliteError(std::string(sqlite3_errmsg(db)) + " in: " + sqlite3_sql(stmt_.get()));
}

std::string_view Statement::text(int column) const {
    const unsigned char* p = sqlite3_column_text(stmt_.get(), column);
    if (!p) return {};
    return {reinterpret_cast<const char*>(p),
            static_cast<size_t>(sqlite3_column_bytes(stmt_.get(), column))};
}

}  // namespace bench
