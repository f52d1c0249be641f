#include "indexer/problem.hpp"

namespace forum {

const ProblemKind& describe(Problem p) {
    static const ProblemKind kinds[] = {
        {"not_html", "not HTML", false},
        {"not_thread_page", "not a forum thread page", false},
        {"unreadable", "cannot be read", true},
        {"empty", "empty file", true},
        {"bad_gzip", "corrupt or truncated gzip", true},
        {"too_large", "too large", true},
        {"truncated_page", "truncated page", true},
        {"no_posts", "thread page without posts", true},
    };
    return kinds[static_cast<int>(p)];
}

}  // namespace forum
