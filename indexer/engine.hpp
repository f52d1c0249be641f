#pragma once
// A forum engine's knowledge of its own markup. Each engine is one file in engines/ that fills
// an Engine and registers it; everything engines share (selectors, body text, quotes, user
// extras, dates) lives outside them. An engine knows nothing of Xapian.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

#include "common/core/post.hpp"
#include "indexer/page.hpp"

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
    int detect_order = 100;  // engines are asked in this order; generic fallbacks come last
    bool (*detect)(const Page&) = nullptr;  // is this a thread page of this engine?
    ThreadInfo (*thread)(const Page&) = nullptr;
    std::vector<xmlNode*> (*posts)(const Page&) = nullptr;  // one node per post, in page order
    Post (*post)(const Page&, xmlNode* node) = nullptr;     // the post's own fields
    // Instead of posts/post, for engines whose posts are data on the page rather than elements
    // (JSON-LD): every post of the page, in page order, with its own fields.
    std::vector<Post> (*page_posts)(const Page&) = nullptr;
};

// Called from a static initialiser in each engine file.
bool register_engine(const Engine& engine);

// Registered engines in detection order.
const std::vector<Engine>& engines();
const Engine* find_engine(std::string_view name);

}  // namespace forum
