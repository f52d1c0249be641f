#pragma once
// Phrases of common words read from the index's word pairs (common/schema/word_pairs.hpp): each
// exact phrase of unprefixed words gets its adjacent common pairs as a filter, which matches the
// same posts with the same weights and lets Xapian check positions only where the pairs are.

#include <optional>

#include <xapian.h>

namespace forum {

// `query` with each exact phrase's common pairs added; nothing when no phrase has any (the query
// is run as it is). Only for an index whose every post holds schema::kWordPairsMarker
// (has_word_pairs).
std::optional<Xapian::Query> with_word_pairs(const Xapian::Query& query);

// Whether every post of `db` (every shard's) was indexed with the word pairs.
bool has_word_pairs(const Xapian::Database& db);

}  // namespace forum
