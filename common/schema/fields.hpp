#pragma once
// The query fields, defined once (as notmuch's prefix_table): each row says how users spell the
// field, which term prefix or value slot holds it, which post member it reads, whether --facet
// counts it and what --help says of it. The indexer writes a document's field terms and values
// by walking this table (indexer/document.cpp), the searcher registers its query parser's
// prefixes from it (searcher/query.cpp), --facet and --help list its rows, and `explain` names
// fields as it spells them. Field names are case-insensitive (Poster: = poster:); a NAME: in a
// query that is no spelling here is an error (searcher/field_names.hpp). Adding a filter on an
// existing post field is one row here; the unit test tests/unit/common/schema/fields_test.cpp then
// checks the new row end to end.
//
// What is not a field stays in schema.hpp and document.cpp: the post's own words, the identity
// terms (Q, XPID, XTKEY, XSRC) and the values for sorting, collapsing and thread order.

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/core/post.hpp"

namespace forum::schema {

enum class FieldKind {
    kText,     // free text with positions, stemmed, under a prefix (title:WORDS)
    kFilter,   // exact, case-insensitive boolean term per value (poster:NAME)
    kDate,     // a value slot of YYYYMMDD days, queried as a range (date:2023-10)
    kSpecial,  // a boolean term whose query value the searcher reads its own way (in:first)
    kValue,    // a value slot only, for facets; no query field (year, month)
};

// How a spelling of a kDate field reads its date D: date:D is D's days, before:D the days
// strictly before D's first, after:D the days from D's first on (so after:A before:B is [A, B)).
enum class DateBound { kWithin, kBefore, kAfter };

// Another spelling of a field: `by` for poster, `before` for date (with its bound).
struct Alias {
    constexpr Alias(const char* s, DateBound b = DateBound::kWithin) : spelling(s), bound(b) {}
    std::string_view spelling;
    DateBound bound;
};

struct Field {
    std::string_view name;       // as users type it (in any case); also the --facet name
    std::vector<Alias> aliases;  // other spellings of the same field (by: = poster:)
    std::string_view prefix;     // term prefix (kText, kFilter, kSpecial)
    FieldKind kind;
    // The values a post has for the field, as the page shows them (a filter term lower-cases
    // them). Several for a repeated field (each quote, each quoted author); empty values of a
    // filter are not indexed.
    std::vector<std::string> (*values)(const Post& post);
    bool repeated = false;  // kText: each value starts after a position gap (no phrase across two)
    Xapian::valueno slot = Xapian::BAD_VALUENO;  // the value slot it writes (kDate, facets)
    bool facet = false;                          // --facet NAME counts the slot's values
    std::string_view help;                       // its entry in forum-search --help ("" for none)
    // kFilter names: a second term per value, under this prefix, of the value folded
    // (common/core/name_folding.hpp), so that poster:dang finds "Đặng" and poster:thud* works.
    std::string_view folded_prefix = {};
};

// One way to type a field: its name or an alias, lower case as the table has it.
struct Spelling {
    const Field* field;
    std::string_view name;
    DateBound bound = DateBound::kWithin;
};

// Every field, in the order --help lists them. Free-text rows are indexed in this order, so
// moving one changes term positions (and so the index).
const std::vector<Field>& fields();

// Every spelling of every query field (no kValue rows), in table order.
const std::vector<Spelling>& spellings();

// The spelling a user typed (a name or an alias, in any case); nullptr if none.
const Spelling* find_spelling(std::string_view typed);
// The field a spelling names; nullptr if none.
const Field* find_field(std::string_view typed);
// The spelling nearest to one that is none (by edit distance, ignoring case): for "did you mean".
const Spelling& nearest_spelling(std::string_view typed);

// The rows --facet accepts, in slot order.
std::vector<const Field*> facet_fields();
const Field* find_facet(std::string_view name);

// The name the query parser knows the field by: Xapian's field names are word characters only,
// so user-title: is read as user_title:.
std::string parser_name(std::string_view spelling);

}  // namespace forum::schema
