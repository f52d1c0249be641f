#include "searcher/query_pairs.hpp"

#include <gtest/gtest.h>

#include "common/schema/word_pairs.hpp"
#include "indexer/store/document.hpp"

namespace forum {
namespace {

Xapian::Query parsed(const std::string& text) {
    Xapian::QueryParser parser;
    parser.set_stemmer(Xapian::Stem("english"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    parser.add_prefix("title", "S");
    return parser.parse_query(text);
}

std::string rewritten(const std::string& text) {
    Xapian::Query q = parsed(text);
    return with_word_pairs(q).value_or(q).get_description();
}

TEST(QueryPairs, ATwoWordPhraseOfCommonWordsIsItsPair) {
    EXPECT_EQ(rewritten("\"of the\""), "Query(((of@1 AND the@2) FILTER XWPof the))");
}

TEST(QueryPairs, ALongerPhraseKeepsItsPositionsAndGainsItsPairs) {
    EXPECT_EQ(rewritten("\"one of the navy\""),
              "Query(((one@1 PHRASE 4 of@2 PHRASE 4 the@3 PHRASE 4 navy@4) FILTER XWPof the))");
    EXPECT_EQ(rewritten("\"it is of the\""),
              "Query(((it@1 PHRASE 4 is@2 PHRASE 4 of@3 PHRASE 4 the@4) FILTER "
              "(XWPit is AND XWPis of AND XWPof the)))");
}

TEST(QueryPairs, WhatHasNoPairIsLeftAsItIs) {
    for (const char* query : {"\"navy summit\"", "\"the navy\"", "\"of navy the\"", "of the",
                              "title:\"of the\"", "of ADJ/3 the", "of NEAR the"}) {
        EXPECT_EQ(rewritten(query), parsed(query).get_description()) << query;
        EXPECT_FALSE(with_word_pairs(parsed(query)).has_value()) << query;  // run as parsed
    }
}

TEST(QueryPairs, PhrasesInsideOperatorsAreRewritten) {
    EXPECT_EQ(rewritten("navy OR \"of the\" -\"it is\""),
              "Query((Znavi@1 OR (((of@2 AND the@3) FILTER XWPof the) AND_NOT "
              "((it@4 AND is@5) FILTER XWPit is))))");
}

// The same posts with the same weights, pairs or positions: read from a real index of posts whose
// common words stand together, apart, across a sentence and across the title.
TEST(QueryPairs, PairsFindWhatPositionsFindWeighedAlike) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const char* texts[] = {
        "Most of the fleet is in port.",
        "The fleet of the north. The rest of it is not.",
        "Of. The end. It is what it is, of the people.",
        "the the the of of of",
        "It was not the fleet of ours that is in port and it is not the one.",
        "Navy summit of the week: it is on, and the summit is of the navy.",
        "of navy the",
        "nothing common here",
    };
    auto tg = make_term_generator(Xapian::Stem("english"));
    int position = 0;
    for (const char* text : texts) {
        Post p;
        p.text = text;
        p.position = ++position;
        p.thread_title = "Of the fleet it is";
        db.add_document(make_document(p, tg));
    }
    ASSERT_TRUE(has_word_pairs(db));
    for (const char* text :
         {"\"of the\"", "\"it is\"", "\"is in port\"", "\"of the fleet\"", "\"it is not the\"",
          "\"the the\"", "\"of of of\"", "\"of. the\"", "\"is of the navy\"", "\"fleet it is\"",
          "summit \"of the\"", "\"it is\" OR \"is in\""}) {
        Xapian::Query positions = parsed(text);
        std::optional<Xapian::Query> with_pairs = with_word_pairs(positions);
        ASSERT_TRUE(with_pairs.has_value()) << text;
        Xapian::Query pairs = *with_pairs;
        ASSERT_NE(pairs.get_description(), positions.get_description()) << text;
        Xapian::Enquire by_positions(db), by_pairs(db);
        by_positions.set_query(positions);
        by_pairs.set_query(pairs);
        Xapian::MSet a = by_positions.get_mset(0, 20), b = by_pairs.get_mset(0, 20);
        ASSERT_EQ(a.size(), b.size()) << text;
        for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
            EXPECT_EQ(*i, *j) << text;
            EXPECT_DOUBLE_EQ(i.get_weight(), j.get_weight()) << text;
        }
    }
}

TEST(QueryPairs, AnIndexWithAPostWithoutPairsHasNone) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    EXPECT_FALSE(has_word_pairs(db));  // empty
    auto tg = make_term_generator(Xapian::Stem("english"));
    Post p;
    p.text = "of the";
    db.add_document(make_document(p, tg));
    EXPECT_TRUE(has_word_pairs(db));
    Xapian::Document older;  // as an index of schema 4 holds it
    older.add_term("of");
    db.add_document(older);
    EXPECT_FALSE(has_word_pairs(db));
}

}  // namespace
}  // namespace forum
