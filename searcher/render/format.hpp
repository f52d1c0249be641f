#pragma once
// The output formats, one type for every command: what each result can be printed as is said by
// the renderers (render.hpp) and offered by the command lines (searcher/cli/).

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace forum {

// Bumped when a JSON field is renamed or removed, or changes meaning (never for a new field).
inline constexpr int kFormatVersion = 1;

enum class Format { kText, kJson, kJsonl, kCsv, kIds };

// "text", "json", "jsonl", "csv", "ids".
const std::map<std::string, Format>& format_names();
std::optional<Format> parse_format(std::string_view name);

}  // namespace forum
