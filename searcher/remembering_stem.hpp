#pragma once
// A stemmer that remembers the words it stemmed. Xapian's MSet::snippet stems every word of a
// post to find the query's stems in it, which took a third of a two-word query's time (Snowball
// on each word; issue 16). Posts repeat their words, and a searcher's stemmer lives as long as its
// index is open, so most words are looked up instead.
//
// Like Xapian's own stemmers, one must not be used by two threads at once.

#include <xapian.h>

namespace forum {

// `inner`, remembering up to `capacity` words (rounded up to a power of two): a word whose place
// a later word took is stemmed again. 65,536 places hold about 5 MB.
Xapian::Stem remembering_stem(const Xapian::Stem& inner, size_t capacity = 65536);

}  // namespace forum
