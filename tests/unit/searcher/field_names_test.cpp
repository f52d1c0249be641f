#include "searcher/field_names.hpp"

#include <xapian.h>

#include <gtest/gtest.h>

namespace forum {
namespace {

std::string parser_text(std::string_view query) { return read_field_names(query).text; }

std::string error_of(std::string_view query) {
    try {
        read_field_names(query);
    } catch (const Xapian::QueryParserError& e) {
        return e.get_msg();
    }
    return "(no error)";
}

TEST(FieldNames, NamesAreReadInAnyCaseAndSpelledForTheParser) {
    EXPECT_EQ(parser_text("Poster:x summit"), "poster:x summit");
    EXPECT_EQ(parser_text("AUTHOR:x"), "author:x");
    EXPECT_EQ(parser_text("User-Title:\"elite member\""), "user_title:\"elite member\"");
    EXPECT_EQ(parser_text("(a OR Title:b) -IN:first +Country:x"),
              "(a OR title:b) -in:first +country:x");
}

TEST(FieldNames, EachFieldIsListedWithItsValueAsTyped) {
    FieldNames f = read_field_names("Author:\"Pinterest Mom\" summit title:(a b) before:2023");
    ASSERT_EQ(f.fields.size(), 3u);
    EXPECT_EQ(f.fields[0].spelling->field->name, "poster");
    EXPECT_EQ(f.fields[0].typed, "Author");
    EXPECT_EQ(f.fields[0].value, "\"Pinterest Mom\"");
    EXPECT_EQ(f.fields[1].typed, "title");
    EXPECT_EQ(f.fields[1].value, "(a b)");
    EXPECT_EQ(f.fields[2].spelling->bound, schema::DateBound::kBefore);
    EXPECT_EQ(f.fields[2].value, "2023");
}

TEST(FieldNames, AnUnknownNameIsAnErrorNamingTheNearestField) {
    EXPECT_EQ(error_of("postr:beijingwalker"),
              "unknown field 'postr:' — did you mean 'poster:'? (quote text that is not a "
              "field: \"postr:beijingwalker\")");
    EXPECT_EQ(error_of("summit Countyr:\"south korea\""),
              "unknown field 'Countyr:' — did you mean 'country:'? (quote text that is not a "
              "field: \"Countyr:\"south korea\"\")");
    EXPECT_NE(error_of("a -tilte:x").find("'title:'"), std::string::npos);
    EXPECT_NE(error_of("(nope:x)").find("unknown field 'nope:'"), std::string::npos);
}

TEST(FieldNames, TextThatLooksLikeAFieldStaysText) {
    for (std::string q : {"https://www.voanews.com/a/x.html", "at 10:30 sharp", "Note: the summit",
                          "\"postr:beijingwalker\"", "\u201cpostr:x\u201d", "std::string",
                          "a\"b postr:x\"", "word:", "ftp://host/x", "x-ray:", "9am:x"}) {
        SCOPED_TRACE(q);
        EXPECT_EQ(error_of(q), "(no error)");
        EXPECT_EQ(parser_text(q), q);
        EXPECT_TRUE(read_field_names(q).fields.empty());
    }
}

TEST(FieldNames, ParserSpellingsGoBackToTheUsers) {
    EXPECT_EQ(user_field_names("user_title:x poster:y"), "user-title:x poster:y");
    EXPECT_EQ(user_field_names("the_user_title:x"), "the_user_title:x");
}

}  // namespace
}  // namespace forum
