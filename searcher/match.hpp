#pragma once
// Running a query: ranking (BM25) or date order, paging, and a snippet per hit.

#include <string>
#include <vector>

#include <xapian.h>

#include "common/post.hpp"
#include "searcher/snippet.hpp"

namespace forum {

enum class SortOrder { kRelevance, kNewest, kOldest };

struct SearchRequest {
    std::string query;
    SortOrder sort = SortOrder::kRelevance;
    unsigned offset = 0;
    unsigned limit = 10;
    size_t snippet_length = 200;
};

struct Hit {
    unsigned rank;  // 1-based, across pages
    double score;
    Post post;
    Snippet snippet;
};

struct SearchResult {
    std::string query;
    Xapian::doccount total_estimate = 0;
    unsigned offset = 0;
    std::vector<Hit> hits;
};

// Opens the index read-only, with the stemmer it was built with. Throws Xapian errors.
struct SearchIndex {
    Xapian::Database db;
    Xapian::Stem stemmer;
    std::string path;
};
SearchIndex open_index(const std::string& path);

// Throws Xapian::QueryParserError for a malformed query.
SearchResult search(SearchIndex& index, const SearchRequest& request);

}  // namespace forum
