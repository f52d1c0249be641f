#pragma once
// Output formats: each is a renderer over the same SearchResult.
//
// text   for people: title and #position, who/when/where, snippet, URL; facets; "Did you mean"
// json   one object {format_version, query, total_estimate, total_posts, offset, hits: [...],
//        facets, did_you_mean}
// jsonl  one hit per line, each with format_version
// csv    a header row of the hit fields, then one row per hit (RFC 4180, CRLF line ends)
// ids    one post id per line (the unique identity when the page shows no post id)
// A hit's JSON: rank, score, the post's fields (common/post.hpp) except text and quotes, snippet,
// highlights (byte offsets of the matches in the unmarked snippet), more_in_thread (--per-thread).

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "searcher/match.hpp"

namespace forum {

// Bumped when a field is renamed or removed, or changes meaning (never for a new field).
inline constexpr int kFormatVersion = 1;

enum class Format { kText, kJson, kJsonl, kCsv, kIds };

struct Markers {
    std::string start, end;  // empty: no marking
};

struct RenderOptions {
    Format format = Format::kText;
    Markers highlight;
    bool color = false;       // terminal escapes in text output
    bool per_thread = false;  // hits carry more_in_thread (a CSV column even without hits)
};

nlohmann::ordered_json hit_json(const Hit& hit, const Markers& highlight);
void render(const SearchResult& result, const RenderOptions& options, std::ostream& out);

// RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled.
std::string csv_field(const std::string& s);

// The id `ids` prints and `show` accepts: the post id, else the unique identity.
std::string display_id(const Post& post);

}  // namespace forum
