// The NodeBB extractor on its fixture page.

#include <gtest/gtest.h>

#include "tests/unit/indexer/engines/engine_fixture.hpp"

namespace forum {
namespace {

using test::extract_fixture;
using test::iso;

TEST(Nodebb, FieldsVotesAndSaidInQuotes) {
    Extraction ex =
        extract_fixture("talk.dronewatch.example/topic/512/loitering-munitions-in-the-black-sea");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "nodebb");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "4180");
    EXPECT_EQ(p.position, 1);  // data-index 0
    EXPECT_EQ(p.poster, "sevastopol_obs");
    EXPECT_EQ(p.reaction_score, 1432);               // the post's votes
    EXPECT_EQ(iso(p.date), "2023-10-04T06:12:40Z");  // data-timestamp, milliseconds
    EXPECT_EQ(iso(p.edited), "2023-10-04T06:30:02Z");
    EXPECT_EQ(p.text.find("Watching the water"), std::string::npos);  // signature
    EXPECT_EQ(p.thread_id, "512");
    EXPECT_EQ(p.forum, "Unmanned Systems");
    EXPECT_EQ(p.url, "https://talk.dronewatch.example/post/4180");
    EXPECT_EQ(ex.posts[1].reaction_score, -3);
    EXPECT_FALSE(ex.posts[1].edited);  // an empty editor stamp
    const Post& nested = ex.posts[2];
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "Marta-K");
    EXPECT_EQ(nested.quotes[0].text, "Fewer targets in range now.");
    EXPECT_EQ(nested.quotes[1].author, "sevastopol_obs");
    // The "@NAME said in …:" lines are not the post's words.
    EXPECT_EQ(nested.text,
              "Novorossiysk was hit in August too. Range is not the limit people think.");
}

}  // namespace
}  // namespace forum
