// forum-search: ranked posts with snippets from a forum-index index, and the subcommands that
// look into it (show, thread, explain, stats; searcher/commands/).

#include <iostream>
#include <map>
#include <new>

#include <CLI/CLI.hpp>

#include "common/cli/cli.hpp"
#include "common/cli/db_location.hpp"
#include "common/core/exit_codes.hpp"
#include "searcher/commands/commands.hpp"
#include "searcher/dash_words.hpp"

namespace {

constexpr const char* kFooter =
    "Query syntax (forum-search explain QUERY shows how a query is read):\n"
    "  words \"a phrase\" AND OR NOT +must -not wild*  a NEAR/3 b   (words are ANDed)\n"
    "  -word / NOT word alone: every post but those (forum-search -in:first: the replies)\n"
    "  poster:NAME (or by:)  country:  location:  forum:  site:  thread:ID  user-title:\n"
    "  title:WORDS  quote:WORDS (inside quotes)  quoted:NAME (posts quoting NAME)  in:first\n"
    "  Quote values with spaces: poster:\"Pinterest Mom\"  country:\"South Korea\"\n"
    "  date:2023  date:2023-10  date:2023-09-01..2023-10-31  date:2023-09-01..  date:..2023-10-31\n"
    "  date:today  date:yesterday  date:7d..  date:2w..  date:\"last week\"  date:\"last month\"\n"
    "  (UTC days, inclusive; FORUM_SEARCH_NOW=2023-10-05T12:00:00Z fixes \"now\" for tests)\n\n"
    "Subcommands: show POST_ID | SITE/POST_ID, thread THREAD_ID | SITE/THREAD_ID,\n"
    "  explain QUERY, stats. To search for one of these words: forum-search -- stats\n\n"
    "Exit codes:\n"
    "  0  posts found (show/thread: found; explain/stats: done)\n"
    "  1  no posts found (show/thread: no such post or thread)\n"
    "  2  usage or query error, an unreadable date, an id several sites share (reason on stderr)\n"
    "  3  the index is missing or unreadable, or memory ran out";

int search_main(int argc, char** argv) {
    namespace cmd = forum::commands;
    CLI::App app{"forum-search: search forum posts indexed by forum-index"};
    app.name("forum-search");
    app.set_version_flag("-V,--version", std::string("forum-search ") + FORUM_SEARCH_VERSION);
    app.footer(kFooter);
    app.require_subcommand(0, 1);

    std::string db = forum::default_db_path();
    cmd::SearchOptions search;
    const std::map<std::string, forum::SortOrder> sorts = {
        {"relevance", forum::SortOrder::kRelevance},
        {"newest", forum::SortOrder::kNewest},
        {"oldest", forum::SortOrder::kOldest}};
    const std::map<std::string, forum::Format> formats = {{"text", forum::Format::kText},
                                                          {"json", forum::Format::kJson},
                                                          {"jsonl", forum::Format::kJsonl},
                                                          {"csv", forum::Format::kCsv},
                                                          {"ids", forum::Format::kIds}};
    const std::map<std::string, cmd::Color> colors = {{"auto", cmd::Color::kAuto},
                                                      {"always", cmd::Color::kAlways},
                                                      {"never", cmd::Color::kNever}};
    std::vector<std::string> facet_choices;
    for (const auto& [name, f] : forum::facet_names())
        facet_choices.push_back(name);

    forum::SearchRequest& request = search.request;
    app.add_option("QUERY", search.words, "Query words; they are joined with spaces");
    app.add_option("--db", db, "Index directory (default: $FORUM_SEARCH_DB, else ./forum.db)");
    app.add_option("--sort", request.sort, "relevance, newest or oldest")
        ->transform(CLI::CheckedTransformer(sorts))
        ->option_text("relevance|newest|oldest (relevance)");
    app.add_option("--limit", request.limit, "Hits to show")->capture_default_str();
    app.add_option("--offset", request.offset, "Hits to pass over first (for paging)")
        ->capture_default_str();
    app.add_option("--format", search.render.format, "text, json, jsonl, csv or ids")
        ->transform(CLI::CheckedTransformer(formats))
        ->option_text("text|json|jsonl|csv|ids (text)");
    app.add_option("--since", request.since, "Posts from this day on (any date: form)");
    app.add_option("--until", request.until, "Posts up to this day (any date: form)");
    app.add_option("--per-thread", request.per_thread,
                   "At most N hits per thread; each says how many more its thread has");
    app.add_option("--facet", request.facets,
                   "Count all matching posts by country, poster, forum, site, year or month "
                   "(repeatable)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check(CLI::IsMember(facet_choices));
    app.add_flag("--count", request.count_only, "Print only the number of matching posts");
    app.add_option("--highlight", search.highlight,
                   "Markers around matched words in snippets: START,END (or one marker for both, "
                   "or none). Default: bold when colour is on, none otherwise");
    app.add_option("--color,--colour", search.color,
                   "auto (a terminal, unless NO_COLOR is set), always or never")
        ->transform(CLI::CheckedTransformer(colors))
        ->option_text("auto|always|never (auto)");
    app.add_option("--snippet-length", request.snippet_length, "Snippet length in bytes")
        ->capture_default_str();
    app.add_option("--fragments", request.fragments,
                   "Passages per snippet, joined by \"…\" (1 = one passage)")
        ->capture_default_str();

    cmd::LookupOptions show, thread;
    cmd::ExplainOptions explain;
    cmd::StatsOptions stats;
    auto* show_cmd = app.add_subcommand("show", "One post in full: metadata, text, quotes");
    show_cmd->add_option("POST_ID", show.id, "The post id, or SITE/POST_ID")->required();
    show_cmd->add_option("--format", show.format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    auto* thread_cmd =
        app.add_subcommand("thread", "A thread's posts in order (by position), from the index");
    thread_cmd->add_option("THREAD_ID", thread.id, "The thread id, or SITE/THREAD_ID")->required();
    thread_cmd->add_option("--format", thread.format, "text, json or jsonl")
        ->check(CLI::IsMember({"text", "json", "jsonl"}));
    auto* explain_cmd = app.add_subcommand(
        "explain", "How a query is read: fields, terms, date ranges, Xapian's query");
    explain_cmd->add_option("QUERY", explain.words, "Query words");
    explain_cmd->add_option("--since", explain.since, "As for a search");
    explain_cmd->add_option("--until", explain.until, "As for a search");
    explain_cmd->add_option("--format", explain.format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    auto* stats_cmd = app.add_subcommand(
        "stats", "What the index holds: posts, threads, sites, forums, posters, dates, size");
    stats_cmd->add_option("--format", stats.format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    for (CLI::App* sub : {show_cmd, thread_cmd, explain_cmd, stats_cmd})
        sub->fallthrough();

    std::vector<std::string> args = forum::mark_dash_words(app, argc, argv);
    std::vector<char*> marked_argv;
    for (auto& a : args)
        marked_argv.push_back(a.data());
    if (auto rc = forum::parse_command_line(app, argc, marked_argv.data())) return *rc;
    forum::unmark_dash_words(search.words);
    forum::unmark_dash_words(explain.words);
    show.id = forum::unmark_dash_word(show.id);
    thread.id = forum::unmark_dash_word(thread.id);

    for (CLI::App* sub : {show_cmd, thread_cmd, explain_cmd, stats_cmd}) {
        if (sub->parsed() && !search.words.empty()) {
            std::cerr << "forum-search " << sub->get_name() << ": unexpected argument \""
                      << search.words.front() << "\"\nRun with --help for more information.\n";
            return forum::exit_code::kUsage;
        }
    }
    if (show_cmd->parsed()) return show.db = db, cmd::run_show(show);
    if (thread_cmd->parsed()) return thread.db = db, cmd::run_thread(thread);
    if (explain_cmd->parsed()) return explain.db = db, cmd::run_explain(explain);
    if (stats_cmd->parsed()) return stats.db = db, cmd::run_stats(stats);
    search.db = db;
    return cmd::run_search(search);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return search_main(argc, argv);
    } catch (const std::bad_alloc&) {
        std::cerr << "forum-search: out of memory\n";
        return forum::exit_code::kIndexError;
    }
}
