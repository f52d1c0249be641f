#pragma once
// A stemmer that remembers the words it stemmed. Xapian's MSet::snippet stems every word of a
// post to find the query's stems in it, which took a third of a two-word query's time (Snowball
// on each word; issue 16). Posts repeat their words, and a searcher's stemmer lives as long as its
// index is open, so most words are looked up instead.
//
// Like Xapian's own stemmers, one must not be used by two threads at once.

#include <xapian.h>

namespace forum {

// `inner`, remembering up to `capacity` words (then it forgets them all and starts again).
Xapian::Stem remembering_stem(const Xapian::Stem& inner, size_t capacity = 200000);

}  // namespace forum
