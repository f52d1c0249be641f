// forum-fts5-load: the SQLite FTS5 peer's indexer (issue 16). Reads the posts `forum-index
// extract` prints (JSON lines) and loads them into a new database laid out as fts5_schema.hpp
// says, then merges FTS5's segments into one ('optimize'), as a bulk load is finished before it
// serves queries.
//
//   forum-index extract crawl > posts.jsonl
//   forum-fts5-load --posts posts.jsonl --db fts5.db      (--posts - reads standard input)
//
// Prints one JSON object: posts loaded, duplicates left out, wall and CPU seconds (all of it, and
// the optimize step alone), the database's size and what each part of it weighs (SQLite's dbstat).
//
// Settings are those of a careful bulk loader, not a tuned-to-the-bone one: WAL with
// synchronous=NORMAL and a commit every 20,000 posts (forum-index's default --commit-every), so a
// crash loses at most the last batch, and a 128 MB page cache while loading. The finished database
// is one file in rollback-journal mode, so that readers need not create WAL's shared memory.

#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/engine_answer.hpp"
#include "bench/fts5_schema.hpp"
#include "bench/sqlite_handle.hpp"
#include "common/core/post.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

std::string joined_quotes(const forum::Post& post) {
    std::string out;
    for (const auto& q : post.quotes)
        out += (out.empty() ? "" : "\n\n") + q.text;
    return out;
}

struct Loaded {
    size_t posts = 0, duplicates = 0;
};

Loaded load(sqlite3* db, std::istream& in, const std::string& name) {
    constexpr size_t kCommitEvery = 20000;
    bench::Statement add_post(db,
                              "INSERT OR IGNORE INTO posts(key, date, country, hit) "
                              "VALUES (?1, ?2, ?3, ?4)");
    bench::Statement add_text(db, "INSERT INTO posts_fts(rowid, text, title) VALUES (?1, ?2, ?3)");
    bench::Statement add_quotes(db, "INSERT INTO quotes_fts(rowid, text) VALUES (?1, ?2)");
    Loaded n;
    std::string line;
    bench::exec(db, "BEGIN");
    for (size_t line_no = 1; std::getline(in, line); ++line_no) {
        if (line.empty()) continue;
        forum::Post post;
        try {
            post = forum::post_from_json(nlohmann::json::parse(line));
        } catch (const nlohmann::json::exception& e) {
            throw std::runtime_error(name + ":" + std::to_string(line_no) + ": " + e.what());
        }
        std::string key = bench::post_key(post);
        if (key.empty()) key = "#" + std::to_string(line_no);  // unidentifiable: kept, once
        nlohmann::ordered_json hit = forum::to_json(post);
        hit.erase("text");
        add_post.reset();
        add_post.bind(1, key);
        if (post.date) {
            add_post.bind(2, static_cast<sqlite3_int64>(*post.date));
        } else {
            add_post.bind_null(2);
        }
        if (post.country) {
            add_post.bind(3, *post.country);
        } else {
            add_post.bind_null(3);
        }
        add_post.bind(4, hit.dump());
        add_post.step();
        if (sqlite3_changes(db) == 0) {
            ++n.duplicates;
            continue;
        }
        sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        add_text.reset();
        add_text.bind(1, id);
        add_text.bind(2, post.text);
        if (post.position == 1 && post.thread_title) {
            add_text.bind(3, *post.thread_title);
        } else {
            add_text.bind_null(3);
        }
        add_text.step();
        if (!post.quotes.empty()) {
            add_quotes.reset();
            add_quotes.bind(1, id);
            add_quotes.bind(2, joined_quotes(post));
            add_quotes.step();
        }
        if (++n.posts % kCommitEvery == 0) bench::exec(db, "COMMIT; BEGIN");
    }
    bench::exec(db, "COMMIT");
    return n;
}

// Bytes of each part of the database: FTS5's index (the inverted lists), the text FTS5 keeps for
// snippets, the quotes' table, and the rest (posts and its key index, the schema).
nlohmann::ordered_json sizes(sqlite3* db) {
    std::map<std::string, sqlite3_int64> parts;
    bench::Statement pages(db, "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name");
    while (pages.step()) {
        std::string name(pages.text(0));
        std::string part = "posts and key index";
        if (name == "posts_fts_data" || name == "posts_fts_idx" || name == "posts_fts_config")
            part = "posts_fts index";
        else if (name.starts_with("posts_fts_"))
            part = "posts_fts stored text";
        else if (name.starts_with("quotes_fts_"))
            part = "quotes_fts (index and text)";
        parts[part] += pages.integer(1);
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [part, bytes] : parts)
        out[part] = bytes;
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Loads `forum-index extract` output into an SQLite FTS5 database."};
    std::string posts_path, db_path;
    app.add_option("--posts", posts_path, "JSON lines from `forum-index extract` (- for stdin)")
        ->required();
    app.add_option("--db", db_path, "the database to create (must not exist)")->required();
    CLI11_PARSE(app, argc, argv);
    try {
        if (std::filesystem::exists(db_path)) throw std::runtime_error(db_path + " exists");
        std::ifstream file;
        if (posts_path != "-") {
            file.open(posts_path);
            if (!file) throw std::runtime_error("cannot read " + posts_path);
        }
        std::istream& in = posts_path == "-" ? std::cin : file;
        auto start = Clock::now();
        bench::Connection db =
            bench::open_database(db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        bench::exec(db.get(),
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                    "PRAGMA cache_size = -131072;");
        bench::exec(db.get(), bench::fts5::kCreateSchema);
        Loaded n = load(db.get(), in, posts_path);
        double cpu_before_optimize = cpu_seconds();
        auto optimize_start = Clock::now();
        bench::exec(db.get(),
                    "INSERT INTO posts_fts(posts_fts) VALUES('optimize'); "
                    "INSERT INTO quotes_fts(quotes_fts) VALUES('optimize'); "
                    "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
        auto end = Clock::now();
        double cpu = cpu_seconds();
        nlohmann::ordered_json parts = sizes(db.get());
        db.reset();
        auto secs = [](auto d) { return std::chrono::duration<double>(d).count(); };
        nlohmann::ordered_json out = {
            {"posts", n.posts},
            {"duplicates", n.duplicates},
            {"wall_seconds", secs(end - start)},
            {"cpu_seconds", cpu},
            {"optimize_wall_seconds", secs(end - optimize_start)},
            {"optimize_cpu_seconds", cpu - cpu_before_optimize},
            {"bytes", std::filesystem::file_size(db_path)},
            {"parts", parts},
        };
        std::cout << out.dump() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "forum-fts5-load: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
