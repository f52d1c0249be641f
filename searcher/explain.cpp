#include "searcher/explain.hpp"

namespace forum {

Explanation explain(SearchIndex& index, const std::string& query, const std::string& since,
                    const std::string& until, std::int64_t now) {
    QueryBuilder builder(index.db, index.stemmer, now, index.languages);
    Xapian::Query q = builder.parse(query);
    if (!since.empty() || !until.empty()) {
        q = Xapian::Query(Xapian::Query::OP_FILTER, q, builder.date_filter(since, until));
    }
    Explanation out{query, builder.fields(), {}, q.get_description()};
    for (auto it = q.get_unique_terms_begin(); it != q.get_unique_terms_end(); ++it)
        out.terms.push_back(*it);
    return out;
}

}  // namespace forum
