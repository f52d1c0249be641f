#pragma once
// Looking a post or a thread up by what forum-search prints for it: the post id, SITE/POST_ID,
// the unique identity of a post the page shows no id for (THREAD_URL#POSITION), or the URL of
// the post or its thread. Ids are the engine's, unique per site only: an id several sites use is
// ambiguous, and the answer names each candidate.

#include <string>
#include <vector>

#include <xapian.h>

#include "common/core/post.hpp"
#include "searcher/index.hpp"

namespace forum {

enum class LookupStatus { kFound, kNotFound, kAmbiguous };

// How the text named what was looked up.
enum class LookupKey { kId, kUrl };

// A post or thread the text could mean: how to name it alone (SITE/POST_ID, SITE/THREAD_ID) and
// how many posts it holds.
struct Candidate {
    std::string name;
    Xapian::doccount posts = 1;
};

struct Lookup {
    LookupStatus status = LookupStatus::kNotFound;
    LookupKey key = LookupKey::kId;
    std::vector<Post> posts;            // found: the post, or the thread's posts by position
    std::vector<Candidate> candidates;  // ambiguous
};

// Throws Xapian errors (the index).
Lookup find_post(SearchIndex& index, const std::string& text);
Lookup find_thread(SearchIndex& index, const std::string& text);

// The id `--format ids` prints and `show` accepts: the post id, else the unique identity.
std::string display_id(const Post& post);

}  // namespace forum
