// The MyBB extractor on its fixture page.

#include <gtest/gtest.h>

#include "tests/unit/indexer/engines/engine_fixture.hpp"

namespace forum {
namespace {

using test::extract_fixture;
using test::iso;

TEST(Mybb, FieldsReputationAndRelativeDays) {
    Extraction ex = extract_fixture("community.sealift.example/showthread.php@tid=2301&page=2");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "mybb");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "40117");
    EXPECT_EQ(p.position, 11);
    EXPECT_EQ(p.poster, "Bosun_Okafor");
    EXPECT_EQ(p.user_title, "Senior Member");
    EXPECT_FALSE(p.joined);  // "Jun 2016" names no day
    EXPECT_EQ(p.messages, 2716);
    EXPECT_EQ(p.reaction_score, 1204);  // Reputation
    EXPECT_EQ(iso(p.date), "2023-09-30T19:05:00Z");
    EXPECT_EQ(iso(p.edited), "2023-09-30T19:25:00Z");
    EXPECT_EQ(p.text.find("minesweeper"), std::string::npos);  // signature
    EXPECT_EQ(p.thread_id, "2301");
    EXPECT_EQ(p.thread_title, "Red Sea shipping and convoy escorts");
    EXPECT_EQ(p.forum, "Red Sea & Gulf of Aden");
    EXPECT_EQ(p.thread_url, "https://community.sealift.example/showthread.php?tid=2301");
    EXPECT_EQ(p.page, 2);
    // "<span title="10-01-2023">Yesterday</span>, 11:40 PM": the date from the title.
    EXPECT_EQ(iso(ex.posts[1].date), "2023-10-01T23:40:00Z");
    EXPECT_EQ(ex.posts[1].reaction_score, 0);
    const Post& nested = ex.posts[2];
    EXPECT_EQ(iso(nested.date), "2023-10-02T08:15:00Z");
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "Leila H.");
    EXPECT_EQ(nested.quotes[1].author, "Bosun_Okafor");
    EXPECT_EQ(nested.text, "Separate flag, same shortage of hulls.");
}

}  // namespace
}  // namespace forum
