#pragma once
// A forum engine's knowledge of its own markup. Each engine is one file in indexer/engines/ that
// fills an Engine; indexer/engines/engine_list.cpp lists them in detection order. Everything
// engines share (selectors, body text, quotes, user extras, dates) is in indexer/extract/ and
// indexer/html/. An engine knows nothing of Xapian: the build refuses it (docs/extending.md).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

#include "common/core/post.hpp"
#include "indexer/html/page.hpp"

namespace forum {

// What a thread page says about its thread; copied into every post of the page.
struct ThreadInfo {
    std::optional<std::string> thread_id;
    std::optional<std::string> title;
    std::optional<std::string> forum;
    std::optional<std::string> thread_url;  // the thread's first page
    std::optional<int> page;
};

struct Engine {
    std::string_view name;
    bool (*detect)(const Page&) = nullptr;  // is this a thread page of this engine?
    ThreadInfo (*thread)(const Page&) = nullptr;
    std::vector<xmlNode*> (*posts)(const Page&) = nullptr;  // one node per post, in page order
    Post (*post)(const Page&, xmlNode* node) = nullptr;     // the post's own fields
    // Instead of posts/post, for engines whose posts are data on the page rather than elements
    // (JSON-LD): every post of the page, in page order, with its own fields.
    std::vector<Post> (*page_posts)(const Page&) = nullptr;
};

}  // namespace forum
