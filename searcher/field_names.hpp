#pragma once
// Field names in query text. Names are case-insensitive and may be aliases (Poster:x, by:x,
// user-title:x); Xapian's parser knows each spelling in lower case with '_' for '-', so the text
// is given to it so spelled. A NAME: that is no field is an error naming the nearest field, never
// a phrase of words that quietly matches nothing.
//
// NAME:VALUE is a field when NAME starts a word (the query's start, after white space or one of
// `(` `+` `-`), is an ASCII letter followed by letters, digits, `_` or `-`, and VALUE follows the
// colon at once. Text, not a field: anything inside "double quotes" (a phrase: "note:this"), a
// colon followed by white space or the end (`Note: the summit`), a URL (`https://…`: NAME:// ),
// `std::string` (NAME::), and words that start with a digit (`10:30`).

#include <string>
#include <string_view>
#include <vector>

#include "common/schema/fields.hpp"

namespace forum {

// One NAME:VALUE the text holds.
struct FieldToken {
    const schema::Spelling* spelling;
    std::string typed;  // the name as typed ("Poster")
    std::string value;  // as typed after the colon: a word, a "phrase" or a (group)
};

struct FieldNames {
    std::string text;                // the query with each field name as the parser knows it
    std::vector<FieldToken> fields;  // in query order
};

// Throws Xapian::QueryParserError for a NAME: that is no field:
// "unknown field 'postr:' — did you mean 'poster:'? (quote text that is not a field:
// "postr:x")".
FieldNames read_field_names(std::string_view query);

// Parser spellings in `text` (the parser's corrected query) as users write them: user_title: →
// user-title:.
std::string user_field_names(std::string_view text);

}  // namespace forum
