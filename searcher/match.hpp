#pragma once
// Running a query: ranking (BM25) or date order, paging, collapsing by thread, facet counts,
// spelling suggestions and a snippet per hit.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/core/post.hpp"
#include "searcher/index.hpp"
#include "searcher/nearest_names.hpp"
#include "searcher/snippet.hpp"

namespace forum {

enum class SortOrder { kRelevance, kNewest, kOldest };

struct SearchRequest {
    std::string query;
    std::string since, until;  // --since / --until (date forms, see date_range.hpp)
    SortOrder sort = SortOrder::kRelevance;
    unsigned offset = 0;
    unsigned limit = 10;
    size_t snippet_length = 200;
    unsigned fragments = 2;           // snippet passages, joined by "…"
    unsigned per_thread = 0;          // 0: no collapsing; N: at most N hits per thread
    std::vector<std::string> facets;  // facet field names (schema::facet_fields)
    bool count_only = false;
    bool suggest = true;   // "Did you mean" when few posts match
    std::int64_t now = 0;  // for relative dates
};

struct Hit {
    unsigned rank;  // 1-based, across pages
    double score;
    Post post;
    Snippet snippet;
    std::optional<Xapian::doccount> more_in_thread;  // with --per-thread: hits left out
};

struct FacetValue {
    std::string value;
    Xapian::doccount count;
};

struct SearchResult {
    std::string query;
    Xapian::doccount total_estimate = 0;  // hits (threads' hits when collapsing); exact up to
                                          // the check limit, always exact with facets/collapse
    Xapian::doccount total_posts = 0;     // matching posts, before collapsing
    unsigned offset = 0;
    std::vector<Hit> hits;
    std::vector<std::pair<std::string, std::vector<FacetValue>>> facets;  // in request order
    std::string did_you_mean;  // "" when there is no better spelling (never over remote shards)
    // When no post matched: each name filter that matches nobody, with the nearest names.
    std::vector<NameSuggestion> unmatched_names;
    std::vector<std::string> missing_shards;  // shards left out (OpenOptions::allow_partial)
};

// Hits in the same order over any number of shards: ties (equal scores; by date, the same
// second) break by the post's unique id (schema.hpp, kTieKey), never by Xapian's document ids,
// which differ between one index and several.
// Throws Xapian::QueryParserError for a malformed query or an unreadable date.
SearchResult search(SearchIndex& index, const SearchRequest& request);

// The exact number of posts matching.
Xapian::doccount count(SearchIndex& index, const SearchRequest& request);

}  // namespace forum
