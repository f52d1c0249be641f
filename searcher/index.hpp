#pragma once
// An index opened for searching: the database with the stemmer it was built with.

#include <string>

#include <xapian.h>

namespace forum {

struct SearchIndex {
    Xapian::Database db;
    Xapian::Stem stemmer;
    std::string path;
};

// Opens the index read-only. Throws Xapian errors (Xapian::DatabaseNotFoundError when there is
// none); an index being swapped in by `forum-index --full` is retried first.
SearchIndex open_index(const std::string& path);

// Runs `fn(index)`, reopening the index when a writer moved it on or --full swapped it.
template <typename Fn>
auto with_retry(SearchIndex& index, Fn fn) -> decltype(fn(index));

}  // namespace forum

#include "searcher/with_retry.hpp"
