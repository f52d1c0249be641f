#pragma once
// Query text → Xapian::Query, with the fields of the schema (common/schema.hpp).
//
//   free text, "phrases", AND OR NOT, +must -mustnot, wild*   (default operator AND)
//   poster:NAME by:NAME country: location: forum: site: thread:ID   exact, case-insensitive filters
//   title:WORDS quote:WORDS                                           words in the title / in
//   quotes date:2023-09-01..2023-10-31  date:2023-09-01..  date:..2023-10-31 (UTC, inclusive)

#include <string>

#include <xapian.h>

namespace forum {

class QueryBuilder {
public:
    QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer);

    // Throws Xapian::QueryParserError with the parser's message on a malformed query.
    Xapian::Query parse(const std::string& text);
    const Xapian::Stem& stemmer() const { return stemmer_; }

private:
    Xapian::Stem stemmer_;
    Xapian::QueryParser parser_;
};

}  // namespace forum
