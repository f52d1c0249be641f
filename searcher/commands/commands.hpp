#pragma once
// The subcommands of forum-search, one file each; main.cpp parses the command line into these
// options and calls run_*. Each returns the process exit code (common/exit_codes.hpp).

#include <string>
#include <vector>

#include "searcher/match.hpp"
#include "searcher/render.hpp"

namespace forum::commands {

enum class Color { kAuto, kAlways, kNever };

struct SearchOptions {
    std::string db;
    std::vector<std::string> words;
    SearchRequest request;
    RenderOptions render;
    std::string highlight;  // "" = default
    Color color = Color::kAuto;
};
int run_search(SearchOptions& o);

// show, thread: text for people, json/jsonl for scripts.
struct LookupOptions {
    std::string db;
    std::string id;
    std::string format = "text";
};
int run_show(const LookupOptions& o);
int run_thread(const LookupOptions& o);

struct ExplainOptions {
    std::string db;
    std::vector<std::string> words;
    std::string since, until;
    std::string format = "text";
};
int run_explain(const ExplainOptions& o);

struct StatsOptions {
    std::string db;
    std::string format = "text";
};
int run_stats(const StatsOptions& o);

// Shared by the commands: opening the index (prints the reason and returns false on failure).
bool open_or_report(const std::string& db, SearchIndex& index);
// Whether terminal colours are wanted on stdout: --color, then NO_COLOR, then isatty.
bool use_color(Color c);
// The words of a query joined with spaces.
std::string join_words(const std::vector<std::string>& words);

}  // namespace forum::commands
