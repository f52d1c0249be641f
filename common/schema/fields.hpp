#pragma once
// The query fields, defined once (as notmuch's prefix_table): each row says how users spell the
// field, which term prefix or value slot holds it, which post member it reads, whether --facet
// counts it and what --help says of it. The indexer writes a document's field terms and values
// by walking this table (indexer/document.cpp), the searcher registers its query parser's
// prefixes from it (searcher/query.cpp), --facet and --help list its rows, and `explain` names
// fields as it spells them. Adding a filter on an existing post field is one row here; the unit
// test tests/unit/common/schema/fields_test.cpp then checks the new row end to end.
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

struct Field {
    std::string_view name;                  // as users type it; also the --facet name
    std::vector<std::string_view> aliases;  // other spellings of the same field (by: = poster:)
    std::string_view prefix;                // term prefix (kText, kFilter, kSpecial)
    FieldKind kind;
    // The values a post has for the field, as the page shows them (a filter term lower-cases
    // them). Several for a repeated field (each quote, each quoted author); empty values of a
    // filter are not indexed.
    std::vector<std::string> (*values)(const Post& post);
    bool repeated = false;  // kText: each value starts after a position gap (no phrase across two)
    Xapian::valueno slot = Xapian::BAD_VALUENO;  // the value slot it writes (kDate, facets)
    bool facet = false;                          // --facet NAME counts the slot's values
    std::string_view help;                       // its entry in forum-search --help ("" for none)
};

// Every field, in the order --help lists them. Free-text rows are indexed in this order, so
// moving one changes term positions (and so the index).
const std::vector<Field>& fields();

// The field a user spelling names (a name or an alias); nullptr if none.
const Field* find_field(std::string_view spelling);

// The rows --facet accepts, in slot order.
std::vector<const Field*> facet_fields();
const Field* find_facet(std::string_view name);

// The name the query parser knows the field by: Xapian's field names are word characters only,
// so user-title: is read as user_title:.
std::string parser_name(std::string_view spelling);

}  // namespace forum::schema
