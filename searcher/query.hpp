#pragma once
// Query text → Xapian::Query.
//
//   free text, "phrases", AND OR NOT XOR, +must -mustnot, wild*, a NEAR/n b, a ADJ/n b
//   FIELD:VALUE for each query field of the field table (common/schema/fields.cpp): exact
//   filters (poster:NAME), free text under a prefix (title:WORDS), in:first, and date:... (see
//   searcher/date_range.hpp: UTC days, inclusive)

#include <cstdint>
#include <string>
#include <vector>

#include <xapian.h>

namespace forum {

// Longer queries are refused (Xapian::QueryParserError): see QueryBuilder::parse.
constexpr size_t kMaxQueryBytes = 65536;
constexpr size_t kMaxQueryTerms = 1000;

// One field:value the parser met, and what it became (for `explain`).
struct FieldUse {
    std::string field, value, meaning;
};

class QueryBuilder {
public:
    // `now` is the instant relative dates are read against.
    QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer, std::int64_t now);

    // Throws Xapian::QueryParserError with the parser's message on a malformed query, for a date
    // that cannot be read, and for a query over kMaxQueryBytes or kMaxQueryTerms. A query of
    // negations only (`-in:first`, `NOT summit`) matches every post but those.
    Xapian::Query parse(const std::string& text);
    // Parses with spelling correction too; the corrected query string, or "" when none.
    std::string spelling_suggestion(const std::string& text);
    // A --since/--until bound as a date filter (throws like parse).
    Xapian::Query date_filter(const std::string& since, const std::string& until);

    const Xapian::Stem& stemmer() const { return stemmer_; }
    const std::vector<FieldUse>& fields() const { return fields_; }

private:
    Xapian::Stem stemmer_;
    Xapian::QueryParser parser_;
    std::int64_t now_;
    std::vector<FieldUse> fields_;
    std::string error_;  // what a field processor could not read (see query.cpp)
};

}  // namespace forum
