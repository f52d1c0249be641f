#pragma once
// The subcommands of forum-search, one file each: add_* declares a command's arguments on the
// command line, run_* calls the searcher library and picks a renderer. run_* returns the process
// exit code (common/core/exit_codes.hpp); the library's errors become exit codes here.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "searcher/lookup.hpp"
#include "searcher/match.hpp"
#include "searcher/render/render.hpp"

namespace forum::commands {

enum class Color { kAuto, kAlways, kNever };

// The index or indexes --db names (repeatable), and how to open remote ones.
struct IndexChoice {
    std::vector<std::string> entries;
    OpenOptions open;
    std::string name() const;  // the entries, for messages
};

struct SearchOptions {
    IndexChoice db;
    std::vector<std::string> words;
    SearchRequest request;
    RenderOptions render;
    std::string highlight;  // "" = default
    Color color = Color::kAuto;
    // Said on stderr when nothing matched: why words that name a subcommand were searched.
    std::string searched_because;
    bool all = false;       // --all: every hit, as --limit 0
    std::string histogram;  // --histogram PERIOD
};
// Search is the default command: its options are the main command line's.
void add_search(CLI::App& app, SearchOptions& o);
int run_search(SearchOptions& o);

// show, thread: text for people, json/jsonl for scripts.
struct LookupOptions {
    IndexChoice db;
    std::string id;  // an id, SITE/ID or a URL
    std::string format = "text";
};
CLI::App* add_show(CLI::App& app, LookupOptions& o);
int run_show(const LookupOptions& o);

// thread: a page of the thread (--offset, --limit) or the posts around one (--around, --context).
struct ThreadOptions : LookupOptions {
    ThreadSlice slice;
    unsigned limit = 0;  // 0: to the end
    std::string around;
};
CLI::App* add_thread(CLI::App& app, ThreadOptions& o);
int run_thread(const ThreadOptions& o);
// Whether the index at `db` has the post (thread) `id` names, or several (an ambiguous id):
// `forum-search show X` is the command then, else a search. An index that cannot be opened
// counts as having it, so that the command says why.
bool index_has_post(const IndexChoice& db, const std::string& id);
bool index_has_thread(const IndexChoice& db, const std::string& id);

struct ExplainOptions {
    IndexChoice db;
    std::vector<std::string> words;
    std::string since, until;
    std::string format = "text";
};
CLI::App* add_explain(CLI::App& app, ExplainOptions& o);
int run_explain(const ExplainOptions& o);

struct StatsOptions {
    IndexChoice db;
    std::string format = "text";
};
CLI::App* add_stats(CLI::App& app, StatsOptions& o);
int run_stats(const StatsOptions& o);

// Shared by the commands (common.cpp).
// Opens the index, or prints why not, sets `exit_code` and returns nullopt.
std::optional<SearchIndex> open_or_report(const IndexChoice& db, int& exit_code);
// Runs `fn` (which returns an exit code), turning the library's errors into their messages and
// exit codes: a query or date that cannot be read is a usage error, a remote shard that failed
// 4, anything else of the index's 3.
int report_errors(const IndexChoice& db, const std::function<int()>& fn);
// `code`, unless shards were left out (--allow-partial): then each is named on stderr and the
// exit code says the answer is partial.
int partial_or(const SearchIndex& index, int code);
// Whether terminal colours are wanted on stdout: --color, then NO_COLOR, then isatty.
bool use_color(Color c);
// The words of a query joined with spaces.
std::string join_words(const std::vector<std::string>& words);
// A --format value the command line accepted.
Format format_named(const std::string& name);

}  // namespace forum::commands
