// forum-search [search] QUERY: ranked posts with snippets.

#include <algorithm>
#include <iostream>
#include <map>

#include "common/core/exit_codes.hpp"
#include "common/schema/fields.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/date_range.hpp"

namespace forum::commands {
namespace {

Markers parse_markers(const std::string& spec) {
    if (spec == "none") return Markers{};
    size_t comma = spec.find(',');
    if (comma == std::string::npos) return Markers{spec, spec};
    return Markers{spec.substr(0, comma), spec.substr(comma + 1)};
}

}  // namespace

void add_search(CLI::App& app, SearchOptions& o) {
    const std::map<std::string, SortOrder> sorts = {{"relevance", SortOrder::kRelevance},
                                                    {"newest", SortOrder::kNewest},
                                                    {"oldest", SortOrder::kOldest}};
    const std::map<std::string, Color> colors = {
        {"auto", Color::kAuto}, {"always", Color::kAlways}, {"never", Color::kNever}};
    // The facets, from the field table: named in slot order, offered in CLI11's (sorted).
    std::vector<std::string> facet_choices;
    std::string facet_list;
    const std::vector<const schema::Field*> facets = schema::facet_fields();
    for (size_t i = 0; i < facets.size(); ++i) {
        facet_choices.emplace_back(facets[i]->name);
        facet_list += (i == 0 ? "" : i + 1 == facets.size() ? " or " : ", ") + facet_choices[i];
    }
    std::sort(facet_choices.begin(), facet_choices.end());

    SearchRequest& request = o.request;
    app.add_option("QUERY", o.words, "Query words; they are joined with spaces");
    app.add_option("--sort", request.sort, "relevance, newest or oldest")
        ->transform(CLI::CheckedTransformer(sorts))
        ->option_text("relevance|newest|oldest (relevance)");
    app.add_option("--limit", request.limit, "Hits to show")->capture_default_str();
    app.add_option("--offset", request.offset, "Hits to pass over first (for paging)")
        ->capture_default_str();
    app.add_option("--format", o.render.format, "text, json, jsonl, csv or ids")
        ->transform(CLI::CheckedTransformer(format_names()))
        ->option_text("text|json|jsonl|csv|ids (text)");
    app.add_option("--since", request.since, "Posts from this day on (any date: form)");
    app.add_option("--until", request.until, "Posts up to this day (any date: form)");
    app.add_option("--per-thread", request.per_thread,
                   "At most N hits per thread; each says how many more its thread has");
    app.add_option("--facet", request.facets,
                   "Count all matching posts by " + facet_list + " (repeatable)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check(CLI::IsMember(facet_choices));
    app.add_flag("--count", request.count_only, "Print only the number of matching posts");
    app.add_option("--highlight", o.highlight,
                   "Markers around matched words in snippets: START,END (or one marker for both, "
                   "or none). Default: bold when colour is on, none otherwise");
    app.add_option("--color,--colour", o.color,
                   "auto (a terminal, unless NO_COLOR is set), always or never")
        ->transform(CLI::CheckedTransformer(colors))
        ->option_text("auto|always|never (auto)");
    app.add_option("--snippet-length", request.snippet_length, "Snippet length in bytes")
        ->capture_default_str();
    app.add_option("--fragments", request.fragments,
                   "Passages per snippet, joined by \"…\" (1 = one passage)")
        ->capture_default_str();
}

int run_search(SearchOptions& o) {
    o.request.query = join_words(o.words);
    bool color = use_color(o.color) && o.render.format == Format::kText;
    o.render.color = color;
    o.render.per_thread = o.request.per_thread > 0;
    if (!o.highlight.empty()) {
        o.render.highlight = parse_markers(o.highlight);
    } else if (color) {
        o.render.highlight = {"\x1b[1m", "\x1b[0m"};
    }
    return report_errors(o.db, [&] {
        o.request.now = search_now();
        int failed = 0;
        std::optional<SearchIndex> index = open_or_report(o.db, failed);
        if (!index) return failed;
        if (o.request.count_only) {
            Xapian::doccount n = count(*index, o.request);
            render_count(n, std::cout);
            if (n == 0 && !o.searched_because.empty()) std::cerr << o.searched_because << '\n';
            return partial_or(*index, n > 0 ? exit_code::kHits : exit_code::kNoHits);
        }
        SearchResult result = search(*index, o.request);
        render_hits(result, o.render, std::cout);
        render_unmatched_names(result, std::cerr);
        if (result.total_posts == 0 && !o.searched_because.empty()) {
            std::cerr << o.searched_because << '\n';
        }
        return partial_or(*index, result.total_posts == 0 ? exit_code::kNoHits : exit_code::kHits);
    });
}

}  // namespace forum::commands
