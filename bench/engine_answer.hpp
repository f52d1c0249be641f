#pragma once
// What one engine answered to one query of the comparison with SQLite FTS5: enough to compare
// the two engines' answers, and to keep the work of making them observable.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/core/post.hpp"
#include "common/schema/schema.hpp"

namespace bench {

// A post's identity in both engines: forum-search's unique term without its prefix
// (site/post id, else thread URL#position).
inline std::string post_key(const forum::Post& post) {
    std::string term = forum::schema::unique_term(post);
    return term.empty() ? term : term.substr(forum::schema::kUnique.size());
}

struct EngineAnswer {
    std::vector<std::string> keys;      // the hits' posts (post_key), in rank order
    std::vector<std::string> snippets;  // the hits' snippets, matches marked [like this]
    std::vector<std::pair<std::string, std::uint64_t>> country_facet;  // most first, then value
    size_t bytes = 0;  // bytes read per hit: snippets and the post's data
};

}  // namespace bench
