#pragma once
// How far apart two words are, for "did you mean" answers (an unknown field, a poster name that
// matches nobody).

#include <cstddef>
#include <string_view>

namespace forum {

// The edit distance in characters (UTF-8 code points): insertions, deletions, substitutions and
// swaps of two neighbours (Damerau-Levenshtein's optimal string alignment), the typos people make.
size_t edit_distance(std::string_view a, std::string_view b);

// How many characters two texts share at their start.
size_t common_prefix_length(std::string_view a, std::string_view b);

}  // namespace forum
