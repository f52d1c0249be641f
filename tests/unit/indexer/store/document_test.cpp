#include "indexer/store/document.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "common/schema/schema.hpp"
#include "common/schema/word_pairs.hpp"

namespace forum {
namespace {

Post sample_post(int position) {
    Post p;
    p.post_id = "14856201";
    p.position = position;
    p.poster = "Pinterest Mom";
    p.country = "United States";
    p.location = "Seattle, WA";
    p.forum = "China & Far East";
    p.site = "defence.pk";
    p.thread_id = "745123";
    p.thread_title = "Stabilize Relations";
    p.date = 1696129500;  // 2023-10-01T03:05:00Z
    p.text = "Running shoes";
    p.quotes = {{"beijingwalker", "paper tiger"}};
    return p;
}

std::vector<std::string> terms_of(const Xapian::Document& doc) {
    std::vector<std::string> out;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
        out.push_back(*it);
    return out;
}

bool has(const std::vector<std::string>& terms, const std::string& t) {
    return std::find(terms.begin(), terms.end(), t) != terms.end();
}

// Documents are handed from parser threads to the writer thread; their reference counts are not
// atomic, so the generator that built one must not keep it (forum-index crashed at ~700k posts).
TEST(Document, TheGeneratorKeepsNoHandleOnTheDocumentItBuilt) {
    auto tg = make_term_generator(Xapian::Stem("english"));
    Xapian::Document doc = make_document(sample_post(2), tg);
    EXPECT_GT(doc.termlist_count(), 0u);
    EXPECT_EQ(tg.get_document().termlist_count(), 0u);
    doc.add_boolean_term("Xprobe");
    EXPECT_EQ(tg.get_document().termlist_count(), 0u);
}

TEST(Document, TermsFollowTheSchema) {
    auto tg = make_term_generator(Xapian::Stem("english"));
    Xapian::Document doc = make_document(sample_post(2), tg);
    auto terms = terms_of(doc);
    EXPECT_TRUE(has(terms, "running"));
    EXPECT_TRUE(has(terms, "Zrun"));
    EXPECT_TRUE(has(terms, "Sstabil") || has(terms, "ZSstabil"));
    EXPECT_TRUE(has(terms, "XQpaper"));
    EXPECT_FALSE(has(terms, "paper"));      // quoted words are not the poster's
    EXPECT_FALSE(has(terms, "stabilize"));  // the title is free text on the first post only
    EXPECT_TRUE(has(terms, "Apinterest mom"));
    EXPECT_TRUE(has(terms, "XCOUNTRYunited states"));
    EXPECT_TRUE(has(terms, "XLOCseattle, wa"));
    EXPECT_TRUE(has(terms, "Gchina & far east"));
    EXPECT_TRUE(has(terms, "Hdefence.pk"));
    EXPECT_TRUE(has(terms, "XTHREAD745123"));
    EXPECT_TRUE(has(terms, "Qdefence.pk/14856201"));
    EXPECT_EQ(doc.get_value(schema::kDateDay), "20231001");
    EXPECT_TRUE(has(terms, "XQAbeijingwalker"));
    EXPECT_TRUE(has(terms, "XPID14856201"));
    EXPECT_TRUE(has(terms, "XTKEYdefence.pk/745123"));
    EXPECT_FALSE(has(terms, "XINfirst"));  // position 2
    EXPECT_EQ(doc.get_value(schema::kThreadKey), "defence.pk/745123");
    EXPECT_EQ(doc.get_value(schema::kCountryName), "United States");  // as shown, for facets
    EXPECT_EQ(doc.get_value(schema::kPosterName), "Pinterest Mom");
    EXPECT_EQ(doc.get_value(schema::kForumName), "China & Far East");
    EXPECT_EQ(doc.get_value(schema::kSiteName), "defence.pk");
    EXPECT_EQ(doc.get_value(schema::kYear), "2023");
    EXPECT_EQ(doc.get_value(schema::kMonth), "2023-10");
    EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::kPosition)), 2.0);
    EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(schema::kDateSortable)), 1696129500.0);
    Post back = schema::post_from_document(doc);
    EXPECT_EQ(to_json(back), to_json(sample_post(2)));
}

TEST(Document, FirstPostCarriesTheTitleAsText) {
    auto tg = make_term_generator(Xapian::Stem("english"));
    Xapian::Document doc = make_document(sample_post(1), tg);
    auto terms = terms_of(doc);
    ASSERT_TRUE(has(terms, "stabilize"));
    EXPECT_TRUE(has(terms, "XINfirst"));
    auto it = doc.termlist_begin();
    it.skip_to("stabilize");
    EXPECT_EQ(it.get_wdf(), schema::kFirstPostTitleWdf);
}

// Two common words side by side are one term (word_pairs.hpp), read from the positions the
// generator gave them; words apart, a common word beside a rare one, or quoted words are not.
TEST(Document, AdjacentCommonWordsArePairs) {
    Post p = sample_post(2);
    p.text = "Most of the fleet. It is in port, and THE navy is not of it.";
    p.quotes = {{"someone", "out of the blue"}};
    auto tg = make_term_generator(Xapian::Stem("english"));
    auto terms = terms_of(make_document(p, tg));
    for (const char* pair : {"XWPmost of", "XWPof the", "XWPit is", "XWPis in", "XWPand the",
                             "XWPis not", "XWPnot of", "XWPof it"})
        EXPECT_TRUE(has(terms, pair)) << pair;
    // "fleet. It": fleet is no common word; "the fleet", "the navy": likewise.
    for (const char* pair :
         {"XWPthe fleet", "XWPfleet it", "XWPport and", "XWPin port", "XWPthe navy", "XWPout of"})
        EXPECT_FALSE(has(terms, pair)) << pair;
    EXPECT_TRUE(has(terms, std::string(schema::kWordPairsMarker)));
}

TEST(Document, NoPairAcrossTheEndOfTheTextAndTheTitle) {
    Post p = sample_post(1);
    p.text = "the end of it";
    p.thread_title = "It is the title";
    auto tg = make_term_generator(Xapian::Stem("english"));
    auto terms = terms_of(make_document(p, tg));
    EXPECT_TRUE(has(terms, "XWPof it"));
    EXPECT_TRUE(has(terms, "XWPit is"));  // inside the title
    EXPECT_FALSE(has(terms, "XWPit it"));
}

TEST(Schema, BooleanTermsAreLowerCasedAndBounded) {
    EXPECT_EQ(schema::boolean_term("A", "Đặng Văn Minh"), "Ađặng văn minh");
    EXPECT_EQ(schema::boolean_term("G", ":colon"), "G::colon");
    std::string long_value(400, 'x');
    std::string t = schema::boolean_term("XLOC", long_value);
    EXPECT_LE(t.size(), 245u);
    EXPECT_EQ(t, schema::boolean_term("XLOC", std::string(400, 'X')));
    EXPECT_NE(t, schema::boolean_term("XLOC", std::string(399, 'x')));
}

TEST(Schema, UniqueTermFallsBackToThreadUrlAndPosition) {
    Post p;
    EXPECT_EQ(schema::unique_term(p), "");
    p.thread_url = "https://f.example/t/1/";
    p.position = 3;
    EXPECT_EQ(schema::unique_term(p), "Qhttps://f.example/t/1/#3");
    p.site = "f.example";
    p.post_id = "77";
    EXPECT_EQ(schema::unique_term(p), "Qf.example/77");
}

TEST(PostJson, FieldNamesAndNulls) {
    Post p;
    p.text = "x";
    auto j = to_json(p);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it)
        keys.push_back(it.key());
    EXPECT_EQ(keys, (std::vector<std::string>{
                        "post_id",  "position",       "poster",     "user_title", "joined",
                        "messages", "reaction_score", "country",    "location",   "date",
                        "edited",   "text",           "quotes",     "thread_id",  "thread_title",
                        "forum",    "site",           "thread_url", "url",        "page",
                        "engine",   "source"}));
    EXPECT_TRUE(j["poster"].is_null());
    EXPECT_TRUE(j["date"].is_null());
}

}  // namespace
}  // namespace forum
