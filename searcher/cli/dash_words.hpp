#pragma once
// Query words that start with '-' on the command line: `forum-search -in:first`, `-summit`.
// CLI11 takes any argument starting with '-' for an option and refuses the ones it does not know,
// so before it sees argv, each argument that starts with '-' but is not an option of forum-search
// (or of the subcommand it follows) is marked as a word: a leading space, which CLI11 does not
// read as an option and the query parser ignores. Options keep working (`-V`, `-h`, `--db X`,
// a subcommand's `--format`), `--` still ends the options, and an unknown `--long-option` stays
// an error, since a mistyped option must not quietly become a search.
//
// Subcommand names are query words too, but for the first word: `forum-search summit stats`
// searches both words. `forum-search search WORDS` searches WORDS, whatever the first is
// (`search` itself is dropped, the subcommand names after it marked as words), as does
// `forum-search -- WORDS`. Whether `show X` / `thread X` is the command is the caller's to decide
// (searcher/cli/main.cpp); `show -- X` (a `--` after the subcommand) insists on the command.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace forum {

struct MarkedArgs {
    std::vector<std::string> args;  // argv, each query word marked
    bool insist_command = false;    // a `--` after the subcommand's name
};

// argv with each such word marked; options, their values and the subcommand named first as they
// were.
MarkedArgs mark_dash_words(const CLI::App& app, int argc, const char* const* argv);

// A positional argument as it was typed (the mark, a leading space, removed).
std::string unmark_dash_word(const std::string& arg);
void unmark_dash_words(std::vector<std::string>& args);

}  // namespace forum
