#pragma once
// RAII for the SQLite C API as the FTS5 peer of the benchmark uses it: a connection, prepared
// statements, and errors as exceptions naming what failed.

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <sqlite3.h>

namespace bench {

struct SqliteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using Connection = std::unique_ptr<sqlite3, int (*)(sqlite3*)>;
Connection open_database(const std::string& path, int flags);

// Runs SQL that returns no rows (several statements allowed).
void exec(sqlite3* db, const std::string& sql);

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    sqlite3_stmt* get() const { return stmt_.get(); }
    // Rewinds for another run and forgets the bound values.
    void reset();
    void bind(int index, std::string_view text);
    void bind(int index, sqlite3_int64 number);
    void bind_null(int index);
    // True while there is a row; throws on an error.
    bool step();
    sqlite3_int64 integer(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
    bool is_null(int column) const {
        return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
    }
    std::string_view text(int column) const;

private:
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt_;
};

}  // namespace bench
