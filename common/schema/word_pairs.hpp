#pragma once
// Pairs of common words (as Lucene's CommonGrams and Nutch index them), so that a phrase of
// frequent words reads one short posting list before it checks positions (issue 16).
//
// Every two words of a post's text that stand next to each other (positions p and p+1 of its
// unprefixed terms) and are both in the list below are indexed as one boolean term, kWordPair +
// first + " " + second: no positions, no wdf, no effect on the post's length or weight. A phrase
// "w1 w2 …" can only match a post that holds each of its adjacent common pairs, so the searcher
// adds them as a filter: the same posts, weighed the same, found from shorter lists. Each post
// built this way also holds kWordPairsMarker; the searcher uses pairs only when every post of
// the index (or of every shard) holds it, so an index part-way through an upgrade answers exactly.

#include <string>
#include <string_view>

namespace forum::schema {

inline constexpr std::string_view kWordPair = "XWP";
// Names this list: a different list is a different marker, and pairs of the old list are not used.
inline constexpr std::string_view kWordPairsMarker = "XWPv1";

// Whether a word (an unprefixed term, lower case as indexed) is one of the common words.
bool is_common_word(std::string_view word);

// The term of two adjacent common words.
std::string word_pair_term(std::string_view first, std::string_view second);

}  // namespace forum::schema
