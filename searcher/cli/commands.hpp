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

struct SearchOptions {
    std::string db;
    std::vector<std::string> words;
    SearchRequest request;
    RenderOptions render;
    std::string highlight;  // "" = default
    Color color = Color::kAuto;
    bool all = false;       // --all: every hit, as --limit 0
    std::string histogram;  // --histogram PERIOD
};
// Search is the default command: its options are the main command line's.
void add_search(CLI::App& app, SearchOptions& o);
int run_search(SearchOptions& o);

// show, thread: text for people, json/jsonl for scripts.
struct LookupOptions {
    std::string db;
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

struct ExplainOptions {
    std::string db;
    std::vector<std::string> words;
    std::string since, until;
    std::string format = "text";
};
CLI::App* add_explain(CLI::App& app, ExplainOptions& o);
int run_explain(const ExplainOptions& o);

struct StatsOptions {
    std::string db;
    std::string format = "text";
};
CLI::App* add_stats(CLI::App& app, StatsOptions& o);
int run_stats(const StatsOptions& o);

// Shared by the commands (common.cpp).
// Opens the index, or prints why not and returns nullopt.
std::optional<SearchIndex> open_or_report(const std::string& db);
// Runs `fn` (which returns an exit code), turning the library's errors into their messages and
// exit codes: a query or date that cannot be read is a usage error, anything of the index's 3.
int report_errors(const std::string& db, const std::function<int()>& fn);
// Whether terminal colours are wanted on stdout: --color, then NO_COLOR, then isatty.
bool use_color(Color c);
// The words of a query joined with spaces.
std::string join_words(const std::vector<std::string>& words);
// A --format value the command line accepted.
Format format_named(const std::string& name);

}  // namespace forum::commands
