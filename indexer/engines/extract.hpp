#pragma once
// Page → posts: finds the engine, runs it, and gives every post what the page knows (thread,
// site, page number, source). Posts cut off by an interrupted download are left out and counted.

#include <vector>

#include "common/core/post.hpp"
#include "indexer/extract/engine.hpp"
#include "indexer/html/page.hpp"

namespace forum {

struct Extraction {
    const Engine* engine = nullptr;  // null: not a forum thread page
    std::vector<Post> posts;
    int cut_posts = 0;  // posts dropped because the page ends inside them
};

// `forced`: use this engine without detection (--engine).
Extraction extract_posts(const Page& page, const Engine* forced = nullptr);

}  // namespace forum
