// The ranking's pages on an in-memory index where many posts weigh the same: every page is the
// slice of the one ranking (weight, then tie key), whether the match ranked by weight and ordered
// a few ties itself or a tie ran past what it fetched and Xapian ranked by key.

#include "searcher/match.hpp"

#include <gtest/gtest.h>

#include "common/schema/schema.hpp"
#include "indexer/store/document.hpp"

namespace forum {
namespace {

class Ranking : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
        auto terms = make_term_generator(Xapian::Stem("english"));
        for (int i = 0; i < 260; ++i) {
            Post p;
            p.site = "a.example";
            // Ids out of document order: the tie keys order ties otherwise than Xapian would.
            p.post_id = std::to_string((i * 7919) % 1009);
            p.thread_id = std::to_string(i % 13);
            p.position = i / 13 + 1;
            // 160 short posts of one word weigh the same (BM25 treats short posts alike); the
            // others weigh by how often and in how long a post the word is.
            p.text = i % 13 < 8 ? "summit"
                                : "summit " + std::string(i % 3 ? "summit " : "") +
                                      std::string(static_cast<size_t>(i % 29), 'x') + " talks";
            Xapian::Document doc = make_document(p, terms);
            schema::add_tie_keys(doc, p, schema::unique_term(p));
            db.add_document(doc);
        }
        index_ = SearchIndex{db, Xapian::Stem("english")};
        // The whole ranking, as Xapian gives it sorting by weight then key.
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query("Zsummit"));
        enquire.set_sort_by_relevance_then_value(schema::kTieKey, false);
        Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
        for (auto it = all.begin(); it != all.end(); ++it)
            ranking_.push_back(schema::post_from_document(it.get_document()).post_id.value());
    }
    SearchIndex index_;
    std::vector<std::string> ranking_;
};

TEST_F(Ranking, EveryPageIsASliceOfTheOneRanking) {
    ASSERT_EQ(ranking_.size(), 260u);
    for (auto [offset, limit] : std::vector<std::pair<unsigned, unsigned>>{{0, 10},
                                                                           {0, 3},
                                                                           {7, 5},
                                                                           {40, 10},
                                                                           {95, 10},
                                                                           {100, 1},
                                                                           {150, 20},
                                                                           {190, 10},
                                                                           {195, 10},
                                                                           {230, 40},
                                                                           {255, 10}}) {
        SearchRequest request;
        request.query = "summit";
        request.offset = offset;
        request.limit = limit;
        request.suggest = false;
        SearchResult result = search(index_, request);
        EXPECT_EQ(result.total_posts, 260u);
        std::vector<std::string> got, want;
        for (const Hit& hit : result.hits)
            got.push_back(hit.post.post_id.value());
        for (unsigned r = offset; r < std::min<size_t>(offset + limit, ranking_.size()); ++r)
            want.push_back(ranking_[r]);
        EXPECT_EQ(got, want) << "offset " << offset << " limit " << limit;
        ASSERT_FALSE(result.hits.empty());
        EXPECT_EQ(result.hits.front().rank, offset + 1);
    }
}

// A phrase of common words is matched from its word pairs (query_pairs.hpp) but still marked as a
// phrase: its words elsewhere in the post are not.
TEST(Snippets, APhraseOfCommonWordsIsMarkedAsAPhrase) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    auto terms = make_term_generator(Xapian::Stem("english"));
    for (const char* text : {"The end of the line. Of course, the rest of it.", "of it the"}) {
        Post p;
        p.site = "a.example";
        p.post_id = text;
        p.text = text;
        db.add_document(make_document(p, terms));
    }
    SearchIndex index{db, Xapian::Stem("english")};
    SearchRequest request;
    request.query = "\"of the\"";
    SearchResult result = search(index, request);
    ASSERT_EQ(result.hits.size(), 1u);
    EXPECT_EQ(mark(result.hits[0].snippet, "[", "]"),
              "The end [of the] line. Of course, the rest of it.");
}

}  // namespace
}  // namespace forum
