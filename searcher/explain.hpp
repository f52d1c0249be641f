#pragma once
// `forum-search explain QUERY`: how a query is read — each field and what it became, the terms,
// and Xapian's description of the query that runs.

#include <cstdint>
#include <string>
#include <vector>

#include "searcher/index.hpp"
#include "searcher/query.hpp"

namespace forum {

struct Explanation {
    std::string query;
    std::vector<FieldUse> fields;
    std::vector<std::string> terms;
    std::string xapian;  // Xapian::Query::get_description()
};

// `since`/`until` as for a search ("" for none); `now` for relative dates. Throws
// Xapian::QueryParserError for a query or date that cannot be read.
Explanation explain(SearchIndex& index, const std::string& query, const std::string& since,
                    const std::string& until, std::int64_t now);

}  // namespace forum
