#include "searcher/match.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

#include "common/schema.hpp"
#include "searcher/query.hpp"

namespace forum {
namespace {

// Enough to make small result counts exact and large ones a good estimate.
constexpr Xapian::doccount kCheckAtLeast = 1000;
constexpr int kReopenAttempts = 5;
constexpr std::chrono::milliseconds kRetryPause{50};

SearchResult run(SearchIndex& index, const SearchRequest& request) {
    QueryBuilder builder(index.db, index.stemmer);
    Xapian::Enquire enquire(index.db);
    enquire.set_query(builder.parse(request.query));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    switch (request.sort) {
        case SortOrder::kRelevance:
            enquire.set_sort_by_relevance();
            break;
        case SortOrder::kNewest:
            enquire.set_sort_by_value_then_relevance(schema::kDateSortable, true);
            break;
        case SortOrder::kOldest:
            enquire.set_sort_by_value_then_relevance(schema::kDateSortable, false);
            break;
    }
    Xapian::MSet mset = enquire.get_mset(request.offset, request.limit,
                                         std::max(kCheckAtLeast, request.offset + request.limit));
    SearchResult result;
    result.query = request.query;
    result.offset = request.offset;
    result.total_estimate = mset.get_matches_estimated();
    unsigned rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Post post = schema::post_from_document(it.get_document());
        Snippet snippet = make_snippet(mset, post.text, request.snippet_length, index.stemmer);
        result.hits.push_back({++rank, it.get_weight(), std::move(post), std::move(snippet)});
    }
    return result;
}

}  // namespace

SearchIndex open_index(const std::string& path) {
    // `forum-index --full` swaps a fresh index in under the same name; a reader opening at that
    // moment can see half of each. Such a failure is retried; a missing index is not.
    for (int attempt = 1;; ++attempt) {
        try {
            SearchIndex index{Xapian::Database(path), Xapian::Stem(), path};
            std::string language = index.db.get_metadata(std::string(schema::kMetaLanguage));
            index.stemmer =
                Xapian::Stem(language.empty() ? std::string(schema::kDefaultLanguage) : language);
            return index;
        } catch (const Xapian::DatabaseNotFoundError&) {
            throw;
        } catch (const Xapian::DatabaseError&) {
            if (attempt == kReopenAttempts) throw;
            std::this_thread::sleep_for(kRetryPause);
        }
    }
}

SearchResult search(SearchIndex& index, const SearchRequest& request) {
    // A writer committing twice while we read invalidates our revision: reopen and run again.
    // An index swapped in by --full under us: open it afresh.
    for (int attempt = 1;; ++attempt) {
        try {
            return run(index, request);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == kReopenAttempts) throw;
            index.db.reopen();
        } catch (const Xapian::DatabaseError&) {
            if (attempt == kReopenAttempts) throw;
            std::this_thread::sleep_for(kRetryPause);
            index = open_index(index.path);
        }
    }
}

}  // namespace forum
