#pragma once
// The renderers: every result the searcher library returns, in each output format it has.
// They print and do nothing else; the command lines (searcher/cli/) pick one.
//
// Search results (hits.cpp, csv.cpp)
//   text   for people: title and #position, who/when/where, snippet, URL; facets; "Did you mean"
//   json   one object {format_version, query, total_estimate, total_posts, offset, hits: [...],
//          facets, did_you_mean, and missing_shards when --allow-partial left shards out}
//   jsonl  one hit per line, each with format_version
//   csv    a header row of the hit fields, then one row per hit (RFC 4180, CRLF line ends)
//   ids    one post id per line (the unique identity when the page shows no post id)
//   A hit's JSON: rank, score, the post's fields (common/core/post.hpp) except text and quotes,
//   snippet, highlights (byte offsets of the matches in the unmarked snippet), more_in_thread.
// A post, a thread (post.cpp): text, or JSON (a thread: an array with json, a post a line with
//   jsonl), each post with format_version.
// Explain, stats (explain.cpp, stats.cpp): text or one JSON object.

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "searcher/explain.hpp"
#include "searcher/match.hpp"
#include "searcher/render/format.hpp"
#include "searcher/stats.hpp"

namespace forum {

struct Markers {
    std::string start, end;  // empty: no marking
};

struct RenderOptions {
    Format format = Format::kText;
    Markers highlight;
    bool color = false;       // terminal escapes in text output
    bool per_thread = false;  // hits carry more_in_thread (a CSV column even without hits)
};

void render_hits(const SearchResult& result, const RenderOptions& options, std::ostream& out);
void render_count(Xapian::doccount posts, std::ostream& out);
// One line on `err` per name filter that matched nobody, with the nearest names.
void render_unmatched_names(const SearchResult& result, std::ostream& err);
// Formats other than text print JSON.
void render_post(const Post& post, Format format, std::ostream& out);
void render_thread(const std::vector<Post>& posts, Format format, std::ostream& out);
void render_explain(const Explanation& explanation, Format format, std::ostream& out);
void render_stats(const IndexStats& stats, Format format, std::ostream& out);

// Shared by the renderers of hits.
nlohmann::ordered_json hit_json(const Hit& hit, const Markers& highlight);
void render_csv(const SearchResult& result, const Markers& highlight, bool per_thread,
                std::ostream& out);

}  // namespace forum
