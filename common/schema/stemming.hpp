#pragma once
// The stemmer a post's words are indexed with, and a query word is stemmed with, by its language.

#include <string_view>

#include <xapian.h>

namespace forum::schema {

// Xapian's stemmer for a language code ("en", "ru"); for a language Xapian has none for ("ja",
// "") the empty stemmer: its words are indexed unstemmed only.
Xapian::Stem stemmer_of(std::string_view code);

}  // namespace forum::schema
