#pragma once
// The SQLite FTS5 peer's searcher (issue 16): the query classes of bench/query_set.hpp run on a
// database forum-fts5-load made, with prepared statements as a server would keep them.
//
//   relevance   FTS5's own ORDER BY rank (bm25, title weighted 3) with LIMIT: FTS5 ranks every
//               match and SQLite stops after the top N; snippet() of the post text for those N
//               and the post's JSON (its row in posts) for each
//   + country   the same, joined to posts on the rowid with the country compared there (FTS5
//               stays the outer loop and still hands rows over in rank order)
//   newest      the top N ids by posts.date (then rank) first, then snippet() for those N only:
//               in one statement SQLite would make a snippet for every match before sorting
//   facets      a GROUP BY country over every match, most first, as forum-search orders them

#include <cstdint>
#include <string>

#include "bench/engine_answer.hpp"
#include "bench/query_set.hpp"
#include "bench/sqlite_handle.hpp"

namespace bench {

class Fts5Search {
public:
    explicit Fts5Search(const std::string& path);
    EngineAnswer run(const QuerySpec& q, unsigned limit);
    // Every matching post, counted exactly.
    std::uint64_t count(const QuerySpec& q);
    // Every matching post with a snippet of any column, for explaining differences.
    EngineAnswer all_matches(const QuerySpec& q);
    std::uint64_t posts();

private:
    void read_hits(Statement& s, EngineAnswer& out);
    Connection db_;
    Statement by_rank_, by_rank_in_country_, newest_ids_, one_hit_, country_facet_, count_,
        count_in_country_, all_, all_in_country_;
};

}  // namespace bench
