// forum-search: ranked posts with snippets from a forum-index index, and the subcommands that
// look into it (show, thread, explain, stats): one file each in searcher/cli/.

#include <iostream>
#include <new>

#include <CLI/CLI.hpp>

#include "common/cli/cli.hpp"
#include "common/cli/db_location.hpp"
#include "common/core/exit_codes.hpp"
#include "common/schema/fields.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/cli/dash_words.hpp"

namespace {

// The query fields' help lines, from the field table, as many to a line as fit.
std::string field_help() {
    constexpr size_t kWidth = 90;
    std::string out, line;
    for (const forum::schema::Field& f : forum::schema::fields()) {
        if (f.help.empty()) continue;
        if (!line.empty() && line.size() + 2 + f.help.size() > kWidth) {
            out += line + "\n";
            line.clear();
        }
        line += "  ";
        line += f.help;
    }
    return out + line + "\n";
}

constexpr const char* kFooterStart =
    "Query syntax (forum-search explain QUERY shows how a query is read):\n"
    "  words \"a phrase\" AND OR NOT +must -not wild*  a NEAR/3 b   (words are ANDed)\n"
    "  -word / NOT word alone: every post but those (forum-search -in:first: the replies)\n";

constexpr const char* kFooterEnd =
    "  Quote values with spaces: poster:\"Pinterest Mom\"  country:\"South Korea\"\n"
    "  date:2023  date:2023-10  date:2023-09-01..2023-10-31  date:2023-09-01..  date:..2023-10-31\n"
    "  date:today  date:yesterday  date:7d..  date:2w..  date:\"last week\"  date:\"last month\"\n"
    "  (UTC days, inclusive; FORUM_SEARCH_NOW=2023-10-05T12:00:00Z fixes \"now\" for tests)\n\n"
    "Subcommands: show POST_ID | SITE/POST_ID | URL, thread THREAD_ID | SITE/THREAD_ID | URL\n"
    "  [--offset N --limit N | --around POST --context N], explain QUERY, stats. Text output\n"
    "  names each hit's post and thread in these forms. show X and thread X are searches unless\n"
    "  the index has X (thread safety searches both words), stats WORDS a search: forum-search\n"
    "  search WORDS or forum-search -- WORDS always searches, forum-search show -- X is always\n"
    "  the command\n\n"
    "Exit codes:\n"
    "  0  posts found (show/thread: found; explain/stats: done)\n"
    "  1  no posts found (show/thread: no such post or thread)\n"
    "  2  usage or query error, an unreadable date, an id several sites share or a URL several\n"
    "     posts have (reason on stderr)\n"
    "  3  the index is missing or unreadable, or memory ran out\n"
    "  4  a remote shard is down, too slow (--timeout) or not a Xapian server (named on stderr)\n"
    "  5  --allow-partial: an answer without the shards named on stderr (and in JSON)\n\n"
    "Several indexes: --db A --db B, a Xapian stub file, or tcp://HOST:PORT for xapian-tcpsrv\n"
    "  (docs/scale-out.md). Did you mean is not offered when a shard is remote.";

int search_main(int argc, char** argv) {
    namespace cmd = forum::commands;
    CLI::App app{"forum-search: search forum posts indexed by forum-index"};
    app.name("forum-search");
    app.set_version_flag("-V,--version", std::string("forum-search ") + FORUM_SEARCH_VERSION);
    app.footer(kFooterStart + field_help() + kFooterEnd);
    app.require_subcommand(0, 1);

    cmd::IndexChoice db;
    app.add_option("--db", db.entries,
                   "Index directory, stub file or tcp://HOST:PORT (xapian-tcpsrv); repeat it to "
                   "search several as one (default: $FORUM_SEARCH_DB, else ./forum.db)")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--timeout", db.open.timeout_ms,
                   "Milliseconds to wait for a remote shard, to connect and per operation")
        ->capture_default_str();
    app.add_flag("--allow-partial", db.open.allow_partial,
                 "Answer from the remote shards that are up; name the others (exit code 5)");
    cmd::SearchOptions search;
    cmd::add_search(app, search);
    cmd::LookupOptions show;
    cmd::ThreadOptions thread;
    cmd::ExplainOptions explain;
    cmd::StatsOptions stats;
    CLI::App* show_cmd = cmd::add_show(app, show);
    CLI::App* thread_cmd = cmd::add_thread(app, thread);
    CLI::App* explain_cmd = cmd::add_explain(app, explain);
    CLI::App* stats_cmd = cmd::add_stats(app, stats);
    for (CLI::App* sub : {show_cmd, thread_cmd, explain_cmd, stats_cmd})
        sub->fallthrough();

    forum::MarkedArgs marked = forum::mark_dash_words(app, argc, argv);
    std::vector<char*> marked_argv;
    for (auto& a : marked.args)
        marked_argv.push_back(a.data());
    if (auto rc = forum::parse_command_line(app, static_cast<int>(marked_argv.size()),
                                            marked_argv.data())) {
        return *rc;
    }
    forum::unmark_dash_words(search.words);
    forum::unmark_dash_words(explain.words);
    show.id = forum::unmark_dash_word(show.id);
    thread.id = forum::unmark_dash_word(thread.id);

    if (db.entries.empty()) db.entries.push_back(forum::default_db_path());

    // A query whose first word names a subcommand: the command only when what follows is what
    // it takes (one post or thread the index has for show and thread, nothing for stats; thread
    // with no id is `thread --around POST`), or when `--` after the name insists; else the words
    // are searched, the name among them.
    auto search_instead = [&](CLI::App* sub, const std::string& id, const std::string& format) {
        std::vector<std::string> words = {sub->get_name()};
        if (!id.empty()) words.push_back(id);
        words.insert(words.end(), search.words.begin(), search.words.end());
        search.words = std::move(words);
        std::string query = cmd::join_words(search.words);
        if (sub != stats_cmd && search.words.size() == 2) {
            std::string what = sub == show_cmd ? "post" : "thread";
            search.searched_because = "forum-search: searched for \"" + query +
                                      "\", since the index has no " + what + " " + id +
                                      " (forum-search " + sub->get_name() + " -- " + id +
                                      " insists on the command)";
        }
        if (sub->count("--format") > 0) search.render.format = cmd::format_named(format);
        search.db = db;
        return cmd::run_search(search);
    };
    if (!marked.insist_command) {
        if (show_cmd->parsed() && (!search.words.empty() || !cmd::index_has_post(db, show.id))) {
            return search_instead(show_cmd, show.id, show.format);
        }
        if (thread_cmd->parsed() &&
            (!search.words.empty() ||
             (!thread.id.empty() && !cmd::index_has_thread(db, thread.id)))) {
            return search_instead(thread_cmd, thread.id, thread.format);
        }
        if (stats_cmd->parsed() && !search.words.empty()) {
            return search_instead(stats_cmd, "", stats.format);
        }
    }
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
