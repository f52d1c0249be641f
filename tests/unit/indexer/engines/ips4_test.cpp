// The Invision Community 4 extractor on its fixture page.

#include <gtest/gtest.h>

#include "tests/unit/indexer/engines/engine_fixture.hpp"

namespace forum {
namespace {

using test::extract_fixture;
using test::iso;

TEST(Ips4, FieldsReputationEditsAndQuotes) {
    Extraction ex = extract_fixture(
        "forums.airdefence.example/topic/2288-patriot-and-samp-t-in-ukraine/page/2/index.html");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "ips4");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "31877");
    EXPECT_EQ(p.poster, "ramstein_ops");
    EXPECT_EQ(p.user_title, "Senior Analyst");
    EXPECT_EQ(p.messages, 6203);
    EXPECT_EQ(p.reaction_score, 3517);  // reputation badge
    EXPECT_EQ(p.location, "Kaiserslautern");
    EXPECT_EQ(iso(p.date), "2023-09-30T19:05:00Z");
    EXPECT_EQ(iso(p.edited), "2023-09-30T19:25:00Z");
    EXPECT_EQ(p.text.find("Edited"), std::string::npos);
    EXPECT_EQ(p.text.find("not a wall"), std::string::npos);  // signature
    EXPECT_EQ(p.thread_id, "2288");
    EXPECT_EQ(p.forum, "Surface-to-Air Missiles");
    EXPECT_EQ(p.thread_url,
              "https://forums.airdefence.example/topic/2288-patriot-and-samp-t-in-ukraine/");
    EXPECT_EQ(p.page, 2);
    EXPECT_EQ(ex.posts[1].reaction_score, -8);
    const Post& nested = ex.posts[2];
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "Lviv Sky");
    EXPECT_EQ(nested.quotes[0].text, "about $4 million each.");
    EXPECT_EQ(nested.quotes[1].author, "ramstein_ops");
}

}  // namespace
}  // namespace forum
