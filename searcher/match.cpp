#include "searcher/match.hpp"

#include <algorithm>
#include <memory>

#include "common/schema/fields.hpp"
#include "common/schema/schema.hpp"
#include "searcher/query.hpp"

namespace forum {
namespace {

// Enough to make small result counts exact and large ones a good estimate.
constexpr Xapian::doccount kCheckAtLeast = 1000;
// "Did you mean" is offered when fewer posts than this match.
constexpr Xapian::doccount kFewHits = 5;

// Throws Xapian::QueryParserError for a name that is not a facet.
Xapian::valueno facet_slot(const std::string& name) {
    const schema::Field* f = schema::find_facet(name);
    if (!f) throw Xapian::QueryParserError("unknown facet " + name);
    return f->slot;
}

Xapian::Query full_query(QueryBuilder& builder, const SearchRequest& request) {
    Xapian::Query q = builder.parse(request.query);
    Xapian::Query dates = builder.date_filter(request.since, request.until);
    if (!request.since.empty() || !request.until.empty()) {
        q = Xapian::Query(Xapian::Query::OP_FILTER, q, dates);
    }
    return q;
}

Xapian::doccount exact_count(Xapian::Database& db, const Xapian::Query& q) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

SearchResult run(SearchIndex& index, const SearchRequest& request) {
    QueryBuilder builder(index.db, index.stemmer, request.now);
    Xapian::Query query = full_query(builder, request);
    Xapian::Enquire enquire(index.db);
    enquire.set_query(query);
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
    Xapian::doccount check = std::max(kCheckAtLeast, request.offset + request.limit);
    if (request.per_thread > 0) {
        enquire.set_collapse_key(schema::kThreadKey, request.per_thread);
        check = std::max(check, index.db.get_doccount());  // exact "more in thread"
    }
    // Facets count every matching post, collapsed or not: a spy on a pass of their own.
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
    SearchResult result;
    if (!request.facets.empty()) {
        Xapian::Enquire facet_enquire(index.db);
        facet_enquire.set_query(query);
        facet_enquire.set_weighting_scheme(Xapian::BoolWeight());
        for (const auto& name : request.facets) {
            spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(facet_slot(name)));
            facet_enquire.add_matchspy(spies.back().get());
        }
        facet_enquire.get_mset(0, 0, index.db.get_doccount());
        for (size_t i = 0; i < spies.size(); ++i) {
            std::vector<FacetValue> values;
            for (auto it = spies[i]->values_begin(); it != spies[i]->values_end(); ++it)
                values.push_back({*it, it.get_termfreq()});
            std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) {
                return a.count != b.count ? a.count > b.count : a.value < b.value;
            });
            result.facets.emplace_back(request.facets[i], std::move(values));
        }
    }
    Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, check);
    result.query = request.query;
    result.offset = request.offset;
    result.total_estimate = mset.get_matches_estimated();
    result.total_posts =
        request.per_thread > 0 ? mset.get_uncollapsed_matches_estimated() : result.total_estimate;
    unsigned rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Post post = schema::post_from_document(it.get_document());
        Snippet snippet =
            make_snippet(mset, post.text, request.snippet_length, index.stemmer, request.fragments);
        Hit hit{++rank, it.get_weight(), std::move(post), std::move(snippet), std::nullopt};
        if (request.per_thread > 0) hit.more_in_thread = it.get_collapse_count();
        result.hits.push_back(std::move(hit));
    }
    if (result.total_posts == 0) {
        for (const NameFilter& name : builder.names()) {
            if (exact_count(index.db, name.query) == 0) {
                result.unmatched_names.push_back(nearest_names(index.db, name));
            }
        }
    }
    if (request.suggest && result.total_posts < kFewHits) {
        std::string corrected = builder.spelling_suggestion(request.query);
        if (!corrected.empty() && corrected != request.query) {
            SearchRequest other = request;
            other.query = corrected;
            QueryBuilder again(index.db, index.stemmer, request.now);
            if (exact_count(index.db, full_query(again, other)) > result.total_posts) {
                result.did_you_mean = corrected;
            }
        }
    }
    return result;
}

}  // namespace

SearchResult search(SearchIndex& index, const SearchRequest& request) {
    return with_retry(index, [&](SearchIndex& i) { return run(i, request); });
}

Xapian::doccount count(SearchIndex& index, const SearchRequest& request) {
    return with_retry(index, [&](SearchIndex& i) {
        QueryBuilder builder(i.db, i.stemmer, request.now);
        return exact_count(i.db, full_query(builder, request));
    });
}

}  // namespace forum
