#include "searcher/match.hpp"

#include <algorithm>
#include <memory>

#include "common/schema/fields.hpp"
#include "common/schema/schema.hpp"
#include "common/schema/stemming.hpp"
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

// The posts of the hit's thread that match but were collapsed away. Xapian's remote backend
// answers 0 for the collapse count (seen with 1.4.22), so over remote shards they are counted:
// one count query per hit shown.
Xapian::doccount thread_rest(Xapian::Database& db, const Xapian::Query& query, const Post& post,
                             unsigned per_thread) {
    std::string thread = schema::thread_key(post);
    if (thread.empty()) return 0;
    Xapian::Query in_thread(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(schema::boolean_term(schema::kThreadTerm, thread)));
    Xapian::doccount matches = exact_count(db, in_thread);
    return matches > per_thread ? matches - per_thread : 0;
}

SearchResult run(SearchIndex& index, const SearchRequest& request) {
    QueryBuilder builder(index.db, index.stemmer, request.now, index.languages);
    Xapian::Query query = full_query(builder, request);
    Xapian::Enquire enquire(index.db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    // Xapian breaks the remaining ties by document id, which differs between one index and
    // shards of it: the tie keys leave none (a KeyMaker would be simpler, but the remote
    // backend does not take one). By date, posts of the same second go by the key, not by score
    // (Xapian has no third level). An index written before schema 3 has no tie keys until
    // forum-index rewrites it: the old order then, document ids and all.
    bool tie_keys = index.db.get_doccount() > 0 &&
                    index.db.get_value_freq(schema::kDateTieKey) == index.db.get_doccount();
    switch (request.sort) {
        case SortOrder::kRelevance:
            if (tie_keys) {
                enquire.set_sort_by_relevance_then_value(schema::kTieKey, false);
            } else {
                enquire.set_sort_by_relevance();
            }
            break;
        case SortOrder::kNewest:
        case SortOrder::kOldest: {
            bool newest = request.sort == SortOrder::kNewest;
            enquire.set_sort_by_value_then_relevance(
                tie_keys ? schema::kDateTieKey : schema::kDateSortable, newest);
            break;
        }
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
    // Over remote shards the uncollapsed count comes back collapsed (1.4.22): counted instead.
    if (request.per_thread > 0 && index.has_remote())
        result.total_posts = exact_count(index.db, query);
    unsigned rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Post post = schema::post_from_document(it.get_document());
        // Highlighted as the post's words were stemmed: in its own language.
        const Xapian::Stem stemmer = index.languages.size() > 1 && post.lang
                                         ? schema::stemmer_of(*post.lang)
                                         : index.stemmer;
        Snippet snippet =
            make_snippet(mset, post.text, request.snippet_length, stemmer, request.fragments);
        Hit hit{++rank, it.get_weight(), std::move(post), std::move(snippet), std::nullopt};
        if (request.per_thread > 0) {
            hit.more_in_thread = index.has_remote()
                                     ? thread_rest(index.db, query, hit.post, request.per_thread)
                                     : it.get_collapse_count();
        }
        result.hits.push_back(std::move(hit));
    }
    if (result.total_posts == 0) {
        for (const NameFilter& name : builder.names()) {
            if (exact_count(index.db, name.query) == 0) {
                result.unmatched_names.push_back(nearest_names(index.db, name));
            }
        }
    }
    for (const MissingShard& m : index.missing)
        result.missing_shards.push_back(m.name);
    // Xapian's remote backend has no spelling table (it answers "" without an error), and over
    // a mix a suggestion would come from the local shards' words only: none at all instead.
    if (request.suggest && !index.has_remote() && result.total_posts < kFewHits) {
        std::string corrected = builder.spelling_suggestion(request.query);
        if (!corrected.empty() && corrected != request.query) {
            SearchRequest other = request;
            other.query = corrected;
            QueryBuilder again(index.db, index.stemmer, request.now, index.languages);
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
        QueryBuilder builder(i.db, i.stemmer, request.now, i.languages);
        return exact_count(i.db, full_query(builder, request));
    });
}

}  // namespace forum
