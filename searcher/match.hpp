#pragma once
// Running a query: ranking (BM25) or date order, paging, collapsing by thread, facet counts, a
// histogram of dates, spelling suggestions and a snippet per hit; every hit, page by page.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/core/post.hpp"
#include "searcher/facet.hpp"
#include "searcher/histogram.hpp"
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
    std::vector<std::string> facets;  // facet specs: FIELD[:N|:all][:period] (facet.hpp)
    unsigned facet_top = 0;           // values per facet when its spec names no N (0: all)
    std::optional<Period> histogram;  // matches per period (histogram.hpp)
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

struct SearchResult {
    std::string query;
    Xapian::doccount total_estimate = 0;  // hits (threads' hits when collapsing); exact up to
                                          // the check limit, always exact with facets/collapse
    Xapian::doccount total_posts = 0;     // matching posts, before collapsing
    unsigned offset = 0;
    std::vector<Hit> hits;
    std::vector<Facet> facets;  // in request order
    std::optional<Histogram> histogram;
    std::string did_you_mean;  // "" when there is no better spelling (never over remote shards)
    // When no post matched: each name filter that matches nobody, with the nearest names.
    std::vector<NameSuggestion> unmatched_names;
    std::vector<std::string> missing_shards;  // shards left out (OpenOptions::allow_partial)
};

// Hits in the same order over any number of shards: ties (equal scores; by date, the same
// second) break by the post's unique id (schema.hpp, kTieKey), never by Xapian's document ids,
// which differ between one index and several.
// Throws Xapian::QueryParserError for a malformed query, an unreadable date or facet spec.
SearchResult search(SearchIndex& index, const SearchRequest& request);

// Every hit from request.offset on (request.limit is not read), in pages of `page_size` hits,
// each handed to `on_page` and then dropped: what is held does not grow with the hits (but see
// README: Xapian ranks offset + page_size hits for each page). The first page carries the totals,
// facets, histogram and spelling suggestion; the later ones only their hits and offset. A page
// short of page_size is the last; none is empty but a first page when nothing matches.
void search_all(SearchIndex& index, const SearchRequest& request, unsigned page_size,
                const std::function<void(const SearchResult&)>& on_page);

struct Counts {
    Xapian::doccount posts = 0;  // exact
    std::vector<Facet> facets;
    std::optional<Histogram> histogram;
};

// The exact number of posts matching, with the facets and histogram the request asks for.
Counts count(SearchIndex& index, const SearchRequest& request);

}  // namespace forum
