#pragma once
// "No poster is named that": when a name filter (poster:, quoted:) matches no post, the names the
// index holds that are nearest to what was typed, so that a misspelt or half-remembered name is
// not read as "nobody said it".

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/query.hpp"

namespace forum {

struct NameSuggestion {
    std::string field;                 // the field table's name: poster, quoted
    std::string value;                 // as typed
    std::vector<std::string> nearest;  // names as the pages show them, nearest first
};

// The `limit` names of the filter's field nearest to its value: by edit distance on the folded
// form (the exact lower-cased one on an index older than folded names; for NAME*, against as many
// characters of each name), then by the length of the prefix they share, then in byte order.
NameSuggestion nearest_names(const Xapian::Database& db, const NameFilter& filter,
                             size_t limit = 5);

}  // namespace forum
