#pragma once
// The renderers: every result the searcher library returns, in each output format it has.
// They print and do nothing else; the command lines (searcher/cli/) pick one.
//
// Search results (hits.cpp, csv.cpp), printed as they come (HitPrinter) so that every hit can
// be streamed page by page:
//   text   for people: title and #position, who/when/where, snippet (the full text with
//          --with-text), the URL percent-decoded, "show POST · thread THREAD" (names those
//          commands accept); then the totals, facets, histogram, "Did you mean"
//   json   one object {format_version, query, total_estimate, total_posts, offset, hits: [...],
//          facets, [facet_values_left_out], [histogram, undated_posts], did_you_mean,
//          and missing_shards when --allow-partial left shards out}
//   jsonl  one hit per line, each with format_version
//   csv    a header row of the hit fields, then one row per hit (RFC 4180, CRLF line ends)
//   ids    one post id per line (the unique identity when the page shows no post id)
//   A hit's JSON: rank, score, the post's fields (common/core/post.hpp) except text and quotes
//   (with them under --with-text), snippet, highlights (byte offsets of the matches in the
//   unmarked snippet), more_in_thread. URLs in JSON and CSV are exactly as the page gave them.
// Counts (count.cpp): the number (text), {format_version, count, ...} (json, jsonl), a column.
// Facets (facets.cpp): a value a line with its count; histograms (histogram.cpp): a bar chart.
// A post, a thread (post.cpp): text, or JSON (a thread: an array with json, a post a line with
//   jsonl), each post with format_version.
// Explain, stats (explain.cpp, stats.cpp): text or one JSON object.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "searcher/explain.hpp"
#include "searcher/lookup.hpp"
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
    bool with_text = false;   // hits carry the post's text and quotes
};

// Prints search results page by page (search_all): page() each page in order, then finish().
class HitPrinter {
public:
    HitPrinter(const RenderOptions& options, std::ostream& out);
    void page(const SearchResult& page);
    void finish();

private:
    void begin();

    RenderOptions options_;
    std::ostream& out_;
    std::optional<SearchResult> first_;  // the first page's totals, facets... (not its hits)
    size_t shown_ = 0;
};

// One page of results, whole.
void render_hits(const SearchResult& result, const RenderOptions& options, std::ostream& out);
void render_count(const Counts& counts, Format format, std::ostream& out);
// One line on `err` per name filter that matched nobody, with the nearest names.
void render_unmatched_names(const SearchResult& result, std::ostream& err);
// Formats other than text print JSON.
void render_post(const Post& post, Format format, std::ostream& out);
// A thread or a slice of it (lookup.hpp); `marked` is the index of the --around post in it,
// which text output marks ">> " and JSON with "around": true.
void render_thread(const Lookup& thread, std::optional<size_t> marked, Format format,
                   std::ostream& out);
void render_explain(const Explanation& explanation, Format format, std::ostream& out);
void render_stats(const IndexStats& stats, Format format, std::ostream& out);

// Shared by the renderers of hits and counts.
nlohmann::ordered_json hit_json(const Hit& hit, const Markers& highlight, bool with_text);
void csv_header(const RenderOptions& options, std::ostream& out);
void csv_row(const nlohmann::ordered_json& hit, std::ostream& out);
void render_facets_text(const std::vector<Facet>& facets, std::ostream& out);
nlohmann::ordered_json facets_json(const std::vector<Facet>& facets);
void add_facets_left_out(const std::vector<Facet>& facets, nlohmann::ordered_json& j);
void render_histogram_text(const Histogram& histogram, std::ostream& out);
void add_histogram_json(const Histogram& histogram, nlohmann::ordered_json& j);

}  // namespace forum
