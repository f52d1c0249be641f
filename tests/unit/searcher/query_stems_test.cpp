#include "searcher/query_stems.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

// The query the parser makes of `text` with the marking stemmer, then stemmed in `languages`.
std::string stemmed(const std::string& text, const std::vector<std::string>& languages) {
    Xapian::QueryParser parser;
    parser.set_stemmer(marking_stemmer());
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    parser.add_prefix("title", "S");
    return stemmed_in_each(parser.parse_query(text), languages).get_description();
}

TEST(QueryStems, AWordIsTheSynonymOfItsStemsInEachLanguage) {
    EXPECT_EQ(stemmed("summits", {"en", "ru"}), "Query((Zsummit SYNONYM Zsummits))");
    EXPECT_EQ(stemmed("мясом", {"en", "ru"}), "Query((Zмясом SYNONYM Zмяс))");
    // Stemmed alike in each: one term, as in an index of one language.
    EXPECT_EQ(stemmed("and", {"en", "ru"}), "Query(Zand)");
}

TEST(QueryStems, ALanguageWithoutAStemmerIsStemmedAsTheDefault) {
    // Its posts were indexed with the default's stemmer: nothing to add to the query.
    EXPECT_EQ(stemmed("summits", {"en", "ja"}), "Query(Zsummit)");
    EXPECT_EQ(stemmed("summits", {"gd", "ja"}), "Query(Zsummit)");
}

TEST(QueryStems, PrefixesPhrasesAndOperatorsAreKept) {
    EXPECT_EQ(stemmed("title:summits", {"en", "ru"}), "Query((ZSsummit SYNONYM ZSsummits))");
    EXPECT_EQ(stemmed("summits -мясо", {"en", "ru"}),
              "Query(((Zsummit SYNONYM Zsummits) AND_NOT (Zмясо SYNONYM Zмяс)))");
    // Capitalised words and phrases are not stemmed (Xapian's STEM_SOME): left as they are.
    EXPECT_EQ(stemmed("\"summit meetings\" Geneva", {"en", "ru"}),
              "Query(((summit@1 PHRASE 2 meetings@2) AND geneva@3))");
}

}  // namespace
}  // namespace forum
