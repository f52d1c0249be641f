// forum-search [search] QUERY: ranked posts with snippets.

#include <iostream>

#include "common/core/exit_codes.hpp"
#include "searcher/commands/commands.hpp"
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
    try {
        o.request.now = search_now();
    } catch (const DateError& e) {
        std::cerr << "forum-search: " << e.what() << '\n';
        return exit_code::kUsage;
    }
    SearchIndex index;
    if (!open_or_report(o.db, index)) return exit_code::kIndexError;
    try {
        if (o.request.count_only) {
            Xapian::doccount n = count(index, o.request);
            std::cout << n << '\n';
            return n > 0 ? exit_code::kHits : exit_code::kNoHits;
        }
        SearchResult result = search(index, o.request);
        render(result, o.render, std::cout);
        return result.total_posts == 0 ? exit_code::kNoHits : exit_code::kHits;
    } catch (const Xapian::QueryParserError& e) {
        std::cerr << "forum-search: bad query: " << e.get_msg() << '\n';
        return exit_code::kUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: " << o.db << ": " << e.get_description() << '\n';
        return exit_code::kIndexError;
    }
}

}  // namespace forum::commands
