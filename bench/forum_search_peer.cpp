#include "bench/forum_search_peer.hpp"

#include "searcher/snippet.hpp"

namespace bench {

ForumSearchPeer::ForumSearchPeer(const std::string& path) : index_(forum::open_index(path)) {}

forum::SearchRequest ForumSearchPeer::request(const QuerySpec& q, unsigned limit) const {
    forum::SearchRequest r;  // forum-search's defaults: 200-byte snippets of up to 2 passages
    r.query = q.query;       // the country filter is in the text, as country:"NAME"
    r.sort = q.newest ? forum::SortOrder::kNewest : forum::SortOrder::kRelevance;
    r.limit = limit > 0 ? limit : static_cast<unsigned>(index_.db.get_doccount());
    if (q.country_facet) r.facets = {"country"};
    // "Did you mean" has no FTS5 counterpart; every query here is drawn from real text.
    r.suggest = false;
    return r;
}

EngineAnswer ForumSearchPeer::run(const QuerySpec& q, unsigned limit) {
    forum::SearchResult result = forum::search(index_, request(q, limit));
    EngineAnswer out;
    for (const auto& hit : result.hits) {
        out.keys.push_back(post_key(hit.post));
        out.snippets.push_back(forum::mark(hit.snippet, "[", "]"));
        out.bytes += out.snippets.back().size() + hit.post.text.size();
    }
    for (const forum::Facet& facet : result.facets)
        for (const auto& v : facet.values)
            out.country_facet.emplace_back(v.value, v.count);
    return out;
}

std::uint64_t ForumSearchPeer::count(const QuerySpec& q) {
    return forum::count(index_, request(q, 0)).posts;
}

}  // namespace bench
