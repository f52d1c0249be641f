#pragma once
// Small UTF-8 text utilities shared by the indexer and the searcher.

#include <string>
#include <string_view>

namespace forum {

std::string_view trim(std::string_view s);

// Trims, and turns every run of whitespace (ASCII, NBSP and the Unicode spaces) into one space.
std::string collapse_whitespace(std::string_view s);

// Unicode-aware lower case; this is what makes filter terms case-insensitive.
std::string utf8_lower(std::string_view s);

bool is_valid_utf8(std::string_view s);

bool iequals_ascii(std::string_view a, std::string_view b);
bool istarts_with_ascii(std::string_view s, std::string_view prefix);

}  // namespace forum
