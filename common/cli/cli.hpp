#pragma once
// Command-line parsing shared by both binaries, so that both keep the same exit-code contract.

#include <optional>

#include <CLI/CLI.hpp>

namespace forum {

// Parses argv. Returns the exit code when the program should stop here: 0 after --help or
// --version, exit_code::kUsage (2) after a usage error (already explained on stderr). An option
// given twice takes its last value, as in most tools, so scripts can append overrides;
// an option set to MultiOptionPolicy::TakeAll (a repeatable one) keeps every value.
std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv);

}  // namespace forum
