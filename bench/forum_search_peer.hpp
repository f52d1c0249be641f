#pragma once
// forum-search's side of the comparison with SQLite FTS5 (issue 16): the query classes of
// bench/query_set.hpp through the searcher library (searcher/match.hpp: the real query parser,
// BM25 or date order, facets and snippets), as `forum-search` runs them. This is the only
// place the benchmark calls searcher/: adapt it here when that API changes.

#include <cstdint>
#include <string>

#include "bench/engine_answer.hpp"
#include "bench/query_set.hpp"
#include "searcher/match.hpp"

namespace bench {

class ForumSearchPeer {
public:
    explicit ForumSearchPeer(const std::string& path);
    // The top `limit` hits with snippets; `limit` = 0 asks for every match (for explaining
    // differences: slow on a query with many).
    EngineAnswer run(const QuerySpec& q, unsigned limit);
    // Every matching post, counted exactly.
    std::uint64_t count(const QuerySpec& q);
    std::uint64_t posts() const { return index_.db.get_doccount(); }

private:
    forum::SearchRequest request(const QuerySpec& q, unsigned limit) const;
    forum::SearchIndex index_;
};

}  // namespace bench
