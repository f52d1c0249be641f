#pragma once
// Query text → Xapian::Query.
//
//   free text, "phrases", AND OR NOT XOR, +must -mustnot, wild*, a NEAR/n b, a ADJ/n b
//   FIELD:VALUE for each query field of the field table (common/schema/fields.cpp), its name in
//   any case, an unknown one an error (searcher/field_names.hpp): exact filters (country:X),
//   names folded (poster:dang = poster:Đặng; poster:thud* for a prefix), free text under a
//   prefix (title:WORDS), in:first, and date:/before:/after: (searcher/date_range.hpp: UTC days)

#include <cstdint>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/schema/fields.hpp"

namespace forum {

// Longer queries are refused (Xapian::QueryParserError): see QueryBuilder::parse.
constexpr size_t kMaxQueryBytes = 65536;
constexpr size_t kMaxQueryTerms = 1000;

// One field:value the query holds, and what it became (for `explain`).
struct FieldUse {
    std::string field;  // the field table's name for it ("poster")
    std::string typed;  // the name as typed ("Author")
    std::string value, meaning;
};

// A name filter (poster:, quoted:) of the query, with the query it became: when it matches no
// post, the searcher names the nearest names the index holds.
struct NameFilter {
    const schema::Field* field;
    std::string typed, value;  // as typed: Author, Thudasel*
    Xapian::Query query;
    bool folded;  // matched against folded names (an index of schema 3 or later)
};

class QueryBuilder {
public:
    // `now` is the instant relative dates are read against. `languages`: the index's (codes,
    // SearchIndex::languages); with two or more a word is stemmed in each (query_stems.hpp),
    // else with `stemmer`. lang: is an error on an index without (one of schema 3 or older).
    QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer, std::int64_t now,
                 const std::vector<std::string>& languages = {});

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
    const std::vector<NameFilter>& names() const { return names_; }
    // Whether the index has folded names (else poster: and quoted: match exact names only).
    bool folded_names() const { return folded_names_; }

private:
    Xapian::Stem stemmer_;
    std::vector<std::string> languages_;
    bool has_languages_ = true;
    Xapian::QueryParser parser_;
    std::int64_t now_;
    bool folded_names_ = true;
    std::vector<FieldUse> fields_;
    std::vector<NameFilter> names_;
    std::string error_;  // what a field processor could not read (see query.cpp)
};

}  // namespace forum
