// forum-search: ranked posts with snippets from a forum-index index.

#include <unistd.h>

#include <iostream>
#include <map>

#include <xapian.h>
#include <CLI/CLI.hpp>

#include "common/cli.hpp"
#include "common/db_location.hpp"
#include "common/exit_codes.hpp"
#include "searcher/match.hpp"
#include "searcher/render.hpp"

namespace {

constexpr const char* kFooter =
    "Query syntax:\n"
    "  words \"a phrase\" AND OR NOT +must -not wild*   (words are ANDed by default)\n"
    "  poster:NAME (or by:)  country:  location:  forum:  site:  thread:ID\n"
    "  title:WORD  quote:WORD (words inside quotes)   date:2023-09-01..2023-10-31  "
    "date:2023-09-01..\n"
    "  Quote values with spaces: poster:\"Pinterest Mom\"\n\n"
    "Exit codes:\n"
    "  0  posts found\n"
    "  1  no posts found\n"
    "  2  usage or query error (the reason is on stderr)\n"
    "  3  the index is missing or unreadable";

std::optional<forum::Markers> parse_markers(const std::string& spec) {
    if (spec == "none") return forum::Markers{};
    size_t comma = spec.find(',');
    if (comma == std::string::npos) return forum::Markers{spec, spec};
    return forum::Markers{spec.substr(0, comma), spec.substr(comma + 1)};
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"forum-search: search forum posts indexed by forum-index"};
    app.name("forum-search");
    app.set_version_flag("-V,--version", std::string("forum-search ") + FORUM_SEARCH_VERSION);
    app.footer(kFooter);

    std::string db = forum::default_db_path();
    std::vector<std::string> words;
    forum::SearchRequest request;
    forum::RenderOptions render;
    std::string highlight;
    const std::map<std::string, forum::SortOrder> sorts = {
        {"relevance", forum::SortOrder::kRelevance},
        {"newest", forum::SortOrder::kNewest},
        {"oldest", forum::SortOrder::kOldest}};
    const std::map<std::string, forum::Format> formats = {{"text", forum::Format::kText},
                                                          {"json", forum::Format::kJson},
                                                          {"jsonl", forum::Format::kJsonl}};

    app.add_option("QUERY", words, "Query words; they are joined with spaces");
    app.add_option("--db", db, "Index directory (default: $FORUM_SEARCH_DB, else ./forum.db)");
    app.add_option("--sort", request.sort, "relevance, newest or oldest")
        ->transform(CLI::CheckedTransformer(sorts))
        ->default_str("relevance");
    app.add_option("--limit", request.limit, "Hits to show")->capture_default_str();
    app.add_option("--offset", request.offset, "Hits to pass over first (for paging)")
        ->capture_default_str();
    app.add_option("--format", render.format, "text, json or jsonl")
        ->transform(CLI::CheckedTransformer(formats))
        ->default_str("text");
    app.add_option("--highlight", highlight,
                   "Markers around matched words in snippets: START,END (or one marker for both, "
                   "or none). Default: bold on a terminal, none otherwise");
    app.add_option("--snippet-length", request.snippet_length, "Snippet length in bytes")
        ->capture_default_str();
    if (auto rc = forum::parse_command_line(app, argc, argv)) return *rc;

    for (const auto& w : words)
        request.query += (request.query.empty() ? "" : " ") + w;
    if (!highlight.empty()) {
        render.highlight = *parse_markers(highlight);
    } else if (render.format == forum::Format::kText && isatty(STDOUT_FILENO)) {
        render.highlight = {"\x1b[1m", "\x1b[0m"};
    }

    forum::SearchIndex index;
    try {
        index = forum::open_index(db);
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: cannot open the index at " << db << ": " << e.get_msg()
                  << " (build one with forum-index --db " << db << " PATH)\n";
        return forum::exit_code::kIndexError;
    }
    try {
        forum::SearchResult result = forum::search(index, request);
        forum::render(result, render, std::cout);
        return result.hits.empty() && result.total_estimate == 0 ? forum::exit_code::kNoHits
                                                                 : forum::exit_code::kHits;
    } catch (const Xapian::QueryParserError& e) {
        std::cerr << "forum-search: bad query: " << e.get_msg() << '\n';
        return forum::exit_code::kUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: " << db << ": " << e.get_description() << '\n';
        return forum::exit_code::kIndexError;
    }
}
