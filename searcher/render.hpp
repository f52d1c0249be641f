#pragma once
// Output formats: each is a renderer over the same SearchResult.
//
// text   for people: title and #position, who/when/where, snippet, URL
// json   one object {query, total_estimate, offset, hits: [...]}
// jsonl  one hit per line
// A hit's JSON: rank, score, the post's fields (common/post.hpp) except text and quotes, snippet.

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "searcher/match.hpp"

namespace forum {

enum class Format { kText, kJson, kJsonl };

struct Markers {
    std::string start, end;  // empty: no marking
};

struct RenderOptions {
    Format format = Format::kText;
    Markers highlight;
};

nlohmann::ordered_json hit_json(const Hit& hit, const Markers& highlight);
void render(const SearchResult& result, const RenderOptions& options, std::ostream& out);

}  // namespace forum
