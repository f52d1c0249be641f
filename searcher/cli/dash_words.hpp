#pragma once
// Query words that start with '-' on the command line: `forum-search -in:first`, `-summit`.
// CLI11 takes any argument starting with '-' for an option and refuses the ones it does not know,
// so before it sees argv, each argument that starts with '-' but is not an option of forum-search
// (or of the subcommand it follows) is marked as a word: a leading space, which CLI11 does not
// read as an option and the query parser ignores. Options keep working (`-V`, `-h`, `--db X`,
// a subcommand's `--format`), `--` still ends the options, and an unknown `--long-option` stays
// an error, since a mistyped option must not quietly become a search.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace forum {

// argv with each such word marked; options, their values and subcommand names as they were.
std::vector<std::string> mark_dash_words(const CLI::App& app, int argc, const char* const* argv);

// A positional argument as it was typed (the mark removed).
std::string unmark_dash_word(const std::string& arg);
void unmark_dash_words(std::vector<std::string>& args);

}  // namespace forum
