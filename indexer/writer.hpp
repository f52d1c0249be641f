#pragma once
// The only part of forum-index that writes to Xapian: one document per post, identified by its
// unique term, replaced when met again.

#include <string>

#include <xapian.h>

#include "common/post.hpp"

namespace forum {

class IndexWriter {
public:
    // Opens the index at `path`, creating it if needed. `language` is the stemmer's (empty: the
    // index's own, else english); an index keeps the language it was built with. Throws
    // Xapian::DatabaseLockError when another writer holds it, std::invalid_argument for a
    // language Xapian has no stemmer for or that differs from the index's, other Xapian errors
    // when it cannot be opened.
    IndexWriter(const std::string& path, const std::string& language);

    void add(const Post& post);
    void commit();
    const std::string& language() const { return language_; }

private:
    Xapian::WritableDatabase db_;
    std::string language_;
    Xapian::TermGenerator terms_;
};

}  // namespace forum
