#pragma once
// What the engine tests need beyond engine_fixture.hpp: a fixture page's bytes (to edit them),
// and extraction with parse options (--timezone).

#include <fstream>
#include <sstream>
#include <string>

#include "engine_fixture.hpp"

namespace forum::test {

inline std::string fixture_bytes(const std::string& rel) {
    std::ifstream in(std::string(FIXTURES_DIR) + "/" + rel, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline Extraction extract_fixture_with(const std::string& rel, const ParseOptions& options) {
    Page page = Page::parse({rel, fixture_bytes(rel), 0, {}, {}}, options);
    return extract_posts(page);
}

}  // namespace forum::test
