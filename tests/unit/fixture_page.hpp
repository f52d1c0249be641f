#pragma once
// Extraction of one fixture page (or of inline markup) for the engine unit tests.

#include <fstream>
#include <sstream>
#include <string>

#include "indexer/extract.hpp"
#include "indexer/page.hpp"

namespace forum::test {

inline std::string fixture_bytes(const std::string& rel) {
    std::ifstream in(std::string(FIXTURES_DIR) + "/" + rel, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// `rel` is also the page's source path, from which a mirror's URL is derived.
inline Extraction extract_html(const std::string& rel, std::string bytes,
                               std::int64_t crawl_time = 0, ParseOptions options = {}) {
    Page page = Page::parse({rel, std::move(bytes), crawl_time, {}, {}, {}}, options);
    return extract_posts(page);
}

inline Extraction extract_fixture(const std::string& rel, ParseOptions options = {}) {
    return extract_html(rel, fixture_bytes(rel), 0, std::move(options));
}

}  // namespace forum::test
