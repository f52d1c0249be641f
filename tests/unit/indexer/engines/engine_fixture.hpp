#pragma once
// Extraction of one fixture page, or of a page given inline, for the engine unit tests.

#include <fstream>
#include <sstream>
#include <string>

#include "indexer/engines/extract.hpp"

namespace forum::test {

inline Extraction extract_html(const std::string& source, const std::string& html,
                               std::int64_t crawl_time = 0) {
    Page page = Page::parse({source, html, crawl_time, {}, {}});
    return extract_posts(page);
}

// `rel` is a path under fixtures/; its host/path layout gives the page its URL.
inline Extraction extract_fixture(const std::string& rel) {
    std::ifstream in(std::string(FIXTURES_DIR) + "/" + rel, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return extract_html(rel, ss.str());
}

inline std::string iso(const std::optional<std::int64_t>& t) {
    return t ? format_iso_utc(*t) : "null";
}

}  // namespace forum::test
