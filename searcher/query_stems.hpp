#pragma once
// A query word in an index of several languages: each post's words were stemmed in the post's
// language (common/schema/stemming.hpp), so a word of the query must match its stem in each of
// the index's languages. The query is parsed with a stemmer that only marks the words it would
// stem; each marked term then becomes the OP_SYNONYM of the word's stems, one per language (a
// language without a stemmer of its own is stemmed as the default). A synonym is ranked as one term
// whose frequency is that of its stems together, so a word that stems differently in two languages
// weighs as one word, not two; where every language stems it alike it is that one stem, as in
// an index of one language.

#include <string>
#include <vector>

#include <xapian.h>

namespace forum {

// The stemmer to parse with: "word" becomes the marked stem that stemmed_in_each replaces.
Xapian::Stem marking_stemmer();

// `query` with each marked term replaced by the word's stems in `languages` (codes). Throws
// Xapian::QueryParserError for a marked term under an operator whose parameters the Query API
// does not give back (the parser puts none there).
Xapian::Query stemmed_in_each(const Xapian::Query& query,
                              const std::vector<std::string>& languages);

}  // namespace forum
