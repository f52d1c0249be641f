#include "bench/fts5_search.hpp"

namespace bench {
namespace {

// Column 0 is the post's text, which forum-search's snippets show too; 32 tokens are about
// forum-search's 200 bytes. The markers are the ones EngineAnswer's snippets carry.
const std::string kHit = "SELECT snippet(posts_fts, 0, '[', ']', '…', 32), p.key, p.hit";
// Any column (the title too) and shorter: what made a post match, for the examples of differences.
const std::string kWhy = "SELECT snippet(posts_fts, -1, '[', ']', '…', 16), p.key, p.hit";
// FTS5 is the outer loop (CROSS JOIN keeps it there); each match finds its row of posts by id.
const std::string kFrom =
    " FROM posts_fts CROSS JOIN posts p ON p.id = posts_fts.rowid WHERE posts_fts MATCH ?1";

Connection open_read_only(const std::string& path) {
    Connection db = open_database(path, SQLITE_OPEN_READONLY);
    // Reads through the OS page cache, as Xapian's do, instead of copying into SQLite's own.
    exec(db.get(), "PRAGMA mmap_size = 2147418112");
    return db;
}

}  // namespace

Fts5Search::Fts5Search(const std::string& path)
    : db_(open_read_only(path)),
      by_rank_(db_.get(), kHit + kFrom + " ORDER BY rank LIMIT ?2"),
      by_rank_in_country_(db_.get(), kHit + kFrom + " AND p.country = ?3 ORDER BY rank LIMIT ?2"),
      newest_ids_(db_.get(),
                  "SELECT posts_fts.rowid" + kFrom + " ORDER BY p.date DESC, rank LIMIT ?2"),
      one_hit_(db_.get(), kHit + kFrom + " AND posts_fts.rowid = ?2"),
      country_facet_(db_.get(), "SELECT p.country, count(*)" + kFrom +
                                    " AND p.country <> '' GROUP BY p.country ORDER BY 2 DESC, 1"),
      count_(db_.get(), "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH ?1"),
      count_in_country_(db_.get(), "SELECT count(*)" + kFrom + " AND p.country = ?2"),
      all_(db_.get(), kWhy + kFrom),
      all_in_country_(db_.get(), kWhy + kFrom + " AND p.country = ?2") {}

void Fts5Search::read_hits(Statement& s, EngineAnswer& out) {
    while (s.step()) {
        out.snippets.emplace_back(s.text(0));
        out.keys.emplace_back(s.text(1));
        out.bytes += out.snippets.back().size() + s.text(2).size();
    }
}

EngineAnswer Fts5Search::run(const QuerySpec& q, unsigned limit) {
    EngineAnswer out;
    if (q.newest) {
        newest_ids_.reset();
        newest_ids_.bind(1, q.match);
        newest_ids_.bind(2, static_cast<sqlite3_int64>(limit));
        std::vector<sqlite3_int64> ids;
        while (newest_ids_.step())
            ids.push_back(newest_ids_.integer(0));
        for (sqlite3_int64 id : ids) {
            one_hit_.reset();
            one_hit_.bind(1, q.match);
            one_hit_.bind(2, id);
            read_hits(one_hit_, out);
        }
    } else {
        Statement& s = q.country ? by_rank_in_country_ : by_rank_;
        s.reset();
        s.bind(1, q.match);
        s.bind(2, static_cast<sqlite3_int64>(limit));
        if (q.country) s.bind(3, *q.country);
        read_hits(s, out);
    }
    if (q.country_facet) {
        country_facet_.reset();
        country_facet_.bind(1, q.match);
        while (country_facet_.step())
            out.country_facet.emplace_back(std::string(country_facet_.text(0)),
                                           country_facet_.integer(1));
    }
    return out;
}

std::uint64_t Fts5Search::count(const QuerySpec& q) {
    Statement& s = q.country ? count_in_country_ : count_;
    s.reset();
    s.bind(1, q.match);
    if (q.country) s.bind(2, *q.country);
    s.step();
    return static_cast<std::uint64_t>(s.integer(0));
}

EngineAnswer Fts5Search::all_matches(const QuerySpec& q) {
    Statement& s = q.country ? all_in_country_ : all_;
    s.reset();
    s.bind(1, q.match);
    if (q.country) s.bind(2, *q.country);
    EngineAnswer out;
    read_hits(s, out);
    return out;
}

std::uint64_t Fts5Search::posts() {
    Statement s(db_.get(), "SELECT count(*) FROM posts");
    s.step();
    return static_cast<std::uint64_t>(s.integer(0));
}

}  // namespace bench
