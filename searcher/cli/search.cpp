// forum-search [search] QUERY: ranked posts with snippets; every hit, streamed, with --limit 0.

#include <algorithm>
#include <iostream>
#include <map>

#include "common/core/exit_codes.hpp"
#include "common/schema/fields.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/date_range.hpp"

namespace forum::commands {
namespace {

// Hits fetched at a time when every hit is printed (--limit 0, --all).
constexpr unsigned kStreamPage = 1000;
// Values a facet shows in text output when its spec names no count (--facet poster:N).
constexpr unsigned kTextFacetTop = 10;

std::vector<std::string> facet_choices_of() {
    std::vector<std::string> names;
    for (const schema::Field* f : schema::facet_fields())
        names.emplace_back(f->name);
    return names;
}

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
    // The facets, from the field table, in slot order.
    std::string facet_list;
    const std::vector<std::string> facets = facet_choices_of();
    for (size_t i = 0; i < facets.size(); ++i)
        facet_list += (i == 0 ? "" : i + 1 == facets.size() ? " or " : ", ") + facets[i];

    SearchRequest& request = o.request;
    app.add_option("QUERY", o.words, "Query words; they are joined with spaces");
    app.add_option("--sort", request.sort, "relevance, newest or oldest")
        ->transform(CLI::CheckedTransformer(sorts))
        ->option_text("relevance|newest|oldest (relevance)");
    app.add_option("--limit", request.limit, "Hits to show (0: every hit, streamed)")
        ->capture_default_str();
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
                   "Count all matching posts by " + facet_list +
                       " (repeatable). FIELD:N keeps the N values with most posts (text shows " +
                       std::to_string(kTextFacetTop) +
                       " unless told, JSON all), FIELD:all every value; year:period and "
                       "month:period order by period (month:period:12: the latest 12)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check(CLI::Validator(
            [](std::string& spec) -> std::string {
                try {
                    parse_facet_spec(spec);
                    return {};
                } catch (const Xapian::QueryParserError& e) {
                    return e.get_msg() + " (facets: " + join_words(facet_choices_of()) + ")";
                }
            },
            "FIELD[:N|:all][:period]"));
    std::vector<std::string> periods;
    for (const auto& [name, period] : period_names())
        periods.push_back(name);
    app.add_option("--histogram", o.histogram,
                   "Matching posts per day, week (ISO 8601, 2023-W41), month or year over the "
                   "matched dates, empty periods included: a bar chart (text) or JSON")
        ->check(CLI::IsMember(periods))
        ->option_text("day|week|month|year");
    app.add_flag("--all", o.all, "Every hit, streamed page by page (as --limit 0)");
    app.add_flag("--with-text", o.render.with_text,
                 "The post's full text and quotes in each hit (json, jsonl, csv; text shows the "
                 "text in place of the snippet)");
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
    if (!o.histogram.empty()) o.request.histogram = parse_period(o.histogram);
    const Format format = o.render.format;
    bool color = use_color(o.color) && format == Format::kText;
    o.render.color = color;
    o.render.per_thread = o.request.per_thread > 0;
    if (!o.highlight.empty()) {
        o.render.highlight = parse_markers(o.highlight);
    } else if (color) {
        o.render.highlight = {"\x1b[1m", "\x1b[0m"};
    }
    // Facets and histograms print in text and JSON objects only: refused rather than dropped.
    bool object = format == Format::kText || format == Format::kJson ||
                  (o.request.count_only && format == Format::kJsonl);
    if (o.request.histogram && !object) {
        std::cerr << "forum-search: --histogram prints with --format text or json (or jsonl with "
                     "--count)\n";
        return exit_code::kUsage;
    }
    if (format == Format::kText && o.request.facet_top == 0) o.request.facet_top = kTextFacetTop;
    return report_errors(o.db, [&] {
        o.request.now = search_now();
        int failed = 0;
        std::optional<SearchIndex> index = open_or_report(o.db, failed);
        if (!index) return failed;
        if (o.request.count_only) {
            Counts counts = count(*index, o.request);
            render_count(counts, format, std::cout);
            if (counts.posts == 0 && !o.searched_because.empty()) {
                std::cerr << o.searched_because << '\n';
            }
            return partial_or(*index, counts.posts > 0 ? exit_code::kHits : exit_code::kNoHits);
        }
        HitPrinter printer(o.render, std::cout);
        SearchResult first;  // the first page's totals and unmatched names (not its hits)
        auto print = [&](const SearchResult& page) {
            if (page.offset == o.request.offset) {
                first.total_posts = page.total_posts;
                first.unmatched_names = page.unmatched_names;
            }
            printer.page(page);
        };
        if (o.all || o.request.limit == 0) {
            search_all(*index, o.request, kStreamPage, print);
        } else {
            print(search(*index, o.request));
        }
        printer.finish();
        render_unmatched_names(first, std::cerr);
        if (first.total_posts == 0 && !o.searched_because.empty()) {
            std::cerr << o.searched_because << '\n';
        }
        return partial_or(*index, first.total_posts == 0 ? exit_code::kNoHits : exit_code::kHits);
    });
}

}  // namespace forum::commands
