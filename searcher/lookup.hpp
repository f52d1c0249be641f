#pragma once
// Looking a post or a thread up by what forum-search prints for it: the post id, SITE/POST_ID,
// the unique identity of a post the page shows no id for (THREAD_URL#POSITION), or the URL of
// the post or its thread, exact or percent-decoded as text output prints it (display_url.hpp).
// Ids are the engine's, unique per site only: an id several sites use is ambiguous, and the
// answer names each candidate. A thread can be read in slices: a page of it, or the posts around
// one of its posts.

#include <optional>
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
    // A thread: how many posts it holds, and where the posts returned start among them.
    Xapian::doccount thread_posts = 0;
    Xapian::doccount first = 0;
};

// Which of a thread's posts to return, in position order.
struct ThreadSlice {
    Xapian::doccount offset = 0;
    std::optional<Xapian::doccount> limit;  // none: to the end
    // A post of the thread (as find_post reads it): the `context` posts before it, itself and
    // the `context` after it, in place of offset and limit.
    std::optional<std::string> around;
    Xapian::doccount context = 3;
};

struct ThreadLookup {
    Lookup thread;
    std::optional<Lookup> around;  // the --around post as find_post found it (or did not)
    // Found both, but the post is not in the thread.
    bool around_elsewhere = false;
    std::optional<size_t> marked;  // the around post's index in thread.posts
};

// Throws Xapian errors (the index).
Lookup find_post(SearchIndex& index, const std::string& text);
Lookup find_thread(SearchIndex& index, const std::string& text);
// With `thread_text` empty, the thread of the slice's `around` post. The thread is looked up
// only when the around post (if any) is found.
ThreadLookup find_thread(SearchIndex& index, const std::string& thread_text,
                         const ThreadSlice& slice);

// The id `--format ids` prints and `show` accepts: the post id, else the unique identity.
std::string display_id(const Post& post);
// The names text output prints, which name one post or thread in the whole index: SITE/POST_ID
// (else the unique identity) for `show`, SITE/THREAD_ID (else the thread URL) for `thread`.
std::string post_name(const Post& post);
std::string thread_name(const Post& post);

}  // namespace forum
