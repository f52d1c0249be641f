#pragma once
// Counts as forums print them: "65,191", "1 207", "1.207", "-55", "−55", "12.5K", "3,4 тыс.".

#include <cstdint>
#include <optional>
#include <string_view>

namespace forum {

// Without a K/M suffix every separator is a thousands separator (counts are whole numbers).
// Text that is not a count ("n/a", "12 posts and more") gives nothing rather than a guess.
std::optional<std::int64_t> parse_count(std::string_view text);

}  // namespace forum
