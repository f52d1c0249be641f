#pragma once
// The stemmer a post's words are indexed with, and a query word is stemmed with, by its language.

#include <string_view>

#include <xapian.h>

namespace forum::schema {

// Xapian's stemmer for a language code ("en", "ru"); for a language Xapian has none for ("ja",
// "gd", "") the default language's. Unstemmed, such a post would add its language's own form of
// every query word to every query: one post CLD2 reads as Scottish Gaelic in an English forum
// would change how each word is matched and weighed in the whole index.
Xapian::Stem stemmer_of(std::string_view code);

}  // namespace forum::schema
