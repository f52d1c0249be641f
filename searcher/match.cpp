#include "searcher/match.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "common/schema/fields.hpp"
#include "common/schema/schema.hpp"
#include "searcher/query.hpp"
#include "searcher/query_pairs.hpp"

namespace forum {
namespace {

// Enough to make small result counts exact and large ones a good estimate.
constexpr Xapian::doccount kCheckAtLeast = 1000;
// "Did you mean" is offered when fewer posts than this match.
constexpr Xapian::doccount kFewHits = 5;
// Ranked by weight alone, the match returns this many hits past the page, for their tie keys to
// order (by_tie_keys); pages deeper than kWeightFirstDepth are ranked by Xapian with the keys.
constexpr Xapian::doccount kTieWindow = 50;
constexpr Xapian::doccount kWeightFirstDepth = 200;

Xapian::Query full_query(QueryBuilder& builder, const SearchRequest& request) {
    Xapian::Query q = builder.parse(request.query);
    Xapian::Query dates = builder.date_filter(request.since, request.until);
    if (!request.since.empty() || !request.until.empty()) {
        q = Xapian::Query(Xapian::Query::OP_FILTER, q, dates);
    }
    return q;
}

// The parsed query with its phrases of common words read from the word pairs, where every post
// has them; nothing when it runs as parsed. The parsed query stays what the rest reads (its
// words, for "Did you mean"; its phrases, for snippets).
std::optional<Xapian::Query> with_pairs(const SearchIndex& index, const Xapian::Query& parsed) {
    if (!has_word_pairs(index.db)) return std::nullopt;
    return with_word_pairs(parsed);
}

// The query as it is run.
Xapian::Query as_run(const SearchIndex& index, const Xapian::Query& parsed) {
    return with_pairs(index, parsed).value_or(parsed);
}

std::vector<Xapian::MSetIterator> hits_of(const Xapian::MSet& mset) {
    std::vector<Xapian::MSetIterator> hits;
    for (auto it = mset.begin(); it != mset.end(); ++it)
        hits.push_back(it);
    return hits;
}

// The page [offset, offset + limit) of the ranking by weight, then tie key, from `mset`: a
// ranking by weight alone (Xapian's ties by document id) from the first hit, `deep` hits asked
// for. Xapian sorting by weight then value reads the value of every matching post (1.4 of a
// single word's 3.4 ms at 200,000 posts); here only the hits returned are read. Which posts make
// the page is decided by weight unless a tie runs across its end; the tie is then ordered by key
// when all of it was returned. Empty when it was not (a filter alone, whose posts all weigh 0).
std::optional<std::vector<Xapian::MSetIterator>> by_tie_keys(const Xapian::MSet& mset,
                                                             Xapian::doccount offset,
                                                             Xapian::doccount limit,
                                                             Xapian::doccount deep) {
    std::vector<Xapian::MSetIterator> ranked = hits_of(mset);
    bool every_match = ranked.size() < deep;
    size_t wanted = std::min<size_t>(offset + limit, ranked.size());
    size_t known = wanted;  // the hits whose place in the whole ranking is sure
    if (wanted > 0) {
        double last = ranked[wanted - 1].get_weight();
        while (known < ranked.size() && ranked[known].get_weight() == last)
            ++known;
        if (known == ranked.size() && !every_match) return std::nullopt;
    }
    ranked.resize(known);
    std::vector<std::pair<Xapian::MSetIterator, std::string>> keyed;
    for (const auto& it : ranked)
        keyed.emplace_back(it, it.get_document().get_value(schema::kTieKey));
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        if (a.first.get_weight() != b.first.get_weight())
            return a.first.get_weight() > b.first.get_weight();
        return a.second < b.second;
    });
    std::vector<Xapian::MSetIterator> page;
    for (size_t i = offset; i < wanted; ++i)
        page.push_back(keyed[i].first);
    return page;
}

Xapian::doccount exact_count(Xapian::Database& db, const Xapian::Query& q) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

// Whether a spelling suggestion can find more: nothing matched, or a word of the query is in no
// post (a word the index holds is taken as meant). The suggestion looks up every word's
// neighbours in the spelling table, which costs more than a small query's match (issue 16).
bool spelling_can_help(const Xapian::Database& db, const Xapian::Query& query,
                       Xapian::doccount matched) {
    if (matched == 0) return true;
    for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
        if (db.get_termfreq(*t) == 0) return true;
    }
    return false;
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

// The value-count spies a request's facets and histogram need, read after the match.
class Spies {
public:
    // `wanted` false: none (the later pages of search_all).
    Spies(const SearchRequest& request, bool wanted)
        : facet_top_(request.facet_top), period_(request.histogram) {
        if (!wanted) return;
        for (const std::string& text : request.facets) {
            FacetSpec spec = parse_facet_spec(text);
            const schema::Field* field = schema::find_facet(spec.name);
            facets_.emplace_back(std::move(spec),
                                 std::make_unique<Xapian::ValueCountMatchSpy>(field->slot));
        }
        if (period_) days_ = std::make_unique<Xapian::ValueCountMatchSpy>(schema::kDateDay);
    }
    bool any() const { return days_ || !facets_.empty(); }
    void attach(Xapian::Enquire& enquire) {
        for (auto& [spec, spy] : facets_)
            enquire.add_matchspy(spy.get());
        if (days_) enquire.add_matchspy(days_.get());
    }
    void read(std::vector<Facet>& facets, std::optional<Histogram>& histogram) const {
        for (const auto& [spec, spy] : facets_)
            facets.push_back(facet_counts(spec, *spy, facet_top_));
        if (!days_) return;
        std::map<std::string, Xapian::doccount> days;
        Xapian::doccount dated = 0;
        for (auto it = days_->values_begin(); it != days_->values_end(); ++it) {
            days[*it] = it.get_termfreq();
            dated += it.get_termfreq();
        }
        histogram = Histogram{*period_, counts_by_period(days, *period_),
                              static_cast<Xapian::doccount>(days_->get_total() - dated)};
    }

private:
    unsigned facet_top_;
    std::optional<Period> period_;
    std::vector<std::pair<FacetSpec, std::unique_ptr<Xapian::ValueCountMatchSpy>>> facets_;
    std::unique_ptr<Xapian::ValueCountMatchSpy> days_;
};

// A pass of its own that sees every matching post: the exact count, and the spies fed.
Xapian::doccount counting_pass(Xapian::Database& db, const Xapian::Query& q, Spies& spies) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    spies.attach(enquire);
    return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

// One page of hits; the first page also counts facets and the histogram and offers a spelling.
SearchResult run(SearchIndex& index, const SearchRequest& request, bool first_page) {
    QueryBuilder builder(index.db, index.stemmer, request.now, index.languages);
    Xapian::Query parsed = full_query(builder, request);
    std::optional<Xapian::Query> paired = with_pairs(index, parsed);
    Xapian::Query query = paired.value_or(parsed);
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
    SearchResult result;
    Spies spies(request, first_page);
    bool spies_in_match = false;
    if (spies.any()) {
        if (request.per_thread == 0 && !index.has_remote()) {
            // The spies watch the ranking match itself, made to look at every matching post.
            spies.attach(enquire);
            spies_in_match = true;
            check = std::max(check, index.db.get_doccount());
        } else {
            // Facets count every matching post, collapsed or not: a pass of their own. Over
            // remote shards too: there spies in the ranked pass gave counts above the posts that
            // match (seen with 1.4.22; Shards.* compare them with one index's).
            counting_pass(index.db, query, spies);
        }
    }
    if (request.time_limit > 0) enquire.set_time_limit(request.time_limit);
    auto started = std::chrono::steady_clock::now();
    Xapian::doccount deep = request.offset + request.limit + kTieWindow;
    // Ranked by weight first where a second match may follow: not with spies in the match (they
    // would count twice), nor collapsed (the best post of a thread is chosen by the keys too).
    bool weight_first = request.sort == SortOrder::kRelevance && tie_keys &&
                        request.per_thread == 0 && !spies_in_match &&
                        request.offset + request.limit <= kWeightFirstDepth;
    Xapian::MSet mset, hits_mset;
    std::optional<std::vector<Xapian::MSetIterator>> page;
    if (weight_first) {
        enquire.set_sort_by_relevance();
        mset = enquire.get_mset(0, deep, std::max(check, deep));
        page = by_tie_keys(mset, request.offset, request.limit, deep);
        hits_mset = mset;
        if (!page) {
            // A tie runs past the hits returned (short posts, whose length BM25 treats alike,
            // weigh the same): ranked by Xapian with the keys, among the posts that weigh as much
            // as the tie or more. Until it has checked `check` posts Xapian opens every one it
            // sorts by key; below the cutoff it opens none. The counts stay the first match's.
            enquire.set_sort_by_relevance_then_value(schema::kTieKey, false);
            enquire.set_cutoff(0, mset[mset.size() - 1].get_weight());
            hits_mset = enquire.get_mset(request.offset, request.limit);
            page = hits_of(hits_mset);
        }
    } else {
        mset = enquire.get_mset(request.offset, request.limit, check);
        hits_mset = mset;
        page = hits_of(mset);
    }
    // Xapian does not say whether it stopped early: a match that took the whole limit did.
    result.partial =
        request.time_limit > 0 &&
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() >=
            request.time_limit;
    spies.read(result.facets, result.histogram);
    result.query = request.query;
    result.offset = request.offset;
    result.total_estimate = mset.get_matches_estimated();
    result.total_posts =
        request.per_thread > 0 ? mset.get_uncollapsed_matches_estimated() : result.total_estimate;
    // Over remote shards the uncollapsed count comes back collapsed (1.4.22): counted instead.
    if (request.per_thread > 0 && index.has_remote())
        result.total_posts = exact_count(index.db, query);
    // Snippets mark the parsed query's matches: a phrase read from word pairs is an AND of its
    // words, which would mark each word wherever it stands. An MSet of no hits is only statistics.
    Xapian::MSet snippet_mset = hits_mset;
    if (paired) {
        Xapian::Enquire marking(index.db);
        marking.set_query(parsed);
        snippet_mset = marking.get_mset(0, 0);
    }
    unsigned rank = request.offset;
    for (const Xapian::MSetIterator& it : *page) {
        Post post = schema::post_from_document(it.get_document());
        // Highlighted as the post's words were stemmed: in its own language.
        const Xapian::Stem& stemmer = snippet_stemmer(index, post.lang);
        Snippet snippet = make_snippet(snippet_mset, post.text, request.snippet_length, stemmer,
                                       request.fragments);
        Hit hit{++rank, it.get_weight(), std::move(post), std::move(snippet), std::nullopt};
        if (request.per_thread > 0) {
            hit.more_in_thread = index.has_remote()
                                     ? thread_rest(index.db, query, hit.post, request.per_thread)
                                     : it.get_collapse_count();
        }
        result.hits.push_back(std::move(hit));
    }
    if (first_page && result.total_posts == 0) {
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
    if (first_page && request.suggest && !index.has_remote() && result.total_posts < kFewHits &&
        spelling_can_help(index.db, parsed, result.total_posts)) {
        std::string corrected = builder.spelling_suggestion(request.query);
        if (!corrected.empty() && corrected != request.query) {
            SearchRequest other = request;
            other.query = corrected;
            QueryBuilder again(index.db, index.stemmer, request.now, index.languages);
            if (exact_count(index.db, as_run(index, full_query(again, other))) >
                result.total_posts) {
                result.did_you_mean = corrected;
            }
        }
    }
    return result;
}

}  // namespace

SearchResult search(SearchIndex& index, const SearchRequest& request) {
    return with_retry(index, [&](SearchIndex& i) { return run(i, request, true); });
}

void search_all(SearchIndex& index, const SearchRequest& request, unsigned page_size,
                const std::function<void(const SearchResult&)>& on_page) {
    SearchRequest page = request;
    page.limit = std::max(1u, page_size);
    for (bool first = true;; first = false) {
        SearchResult result =
            with_retry(index, [&](SearchIndex& i) { return run(i, page, first); });
        on_page(result);
        if (result.hits.size() < page.limit) return;
        page.offset += page.limit;
    }
}

Counts count(SearchIndex& index, const SearchRequest& request) {
    return with_retry(index, [&](SearchIndex& i) {
        QueryBuilder builder(i.db, i.stemmer, request.now, i.languages);
        Spies spies(request, true);
        Counts counts;
        counts.posts = counting_pass(i.db, as_run(i, full_query(builder, request)), spies);
        spies.read(counts.facets, counts.histogram);
        return counts;
    });
}

}  // namespace forum
