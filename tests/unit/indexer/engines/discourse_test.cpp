// The Discourse extractor on its fixture page (the crawler view).

#include <gtest/gtest.h>

#include "tests/unit/indexer/engines/engine_fixture.hpp"

namespace forum {
namespace {

using test::extract_fixture;
using test::iso;

TEST(Discourse, CrawlerViewFieldsLikesAndQuotes) {
    Extraction ex = extract_fixture("discuss.arcticsecurity.example/t/icebreaker-fleet-gap/3307");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "discourse");
    ASSERT_EQ(ex.posts.size(), 3u);  // not the SiteNavigationElement crawler-post
    const Post& p = ex.posts[0];
    EXPECT_FALSE(p.post_id);  // div#post_1 is the post's number, not its id
    EXPECT_EQ(p.position, 1);
    EXPECT_EQ(p.poster, "nordkapp");
    EXPECT_EQ(p.reaction_score, 1024);  // likes
    EXPECT_EQ(iso(p.date), "2023-11-02T08:14:00Z");
    EXPECT_EQ(iso(p.edited), "2023-11-02T09:01:30Z");
    EXPECT_EQ(p.thread_id, "3307");
    EXPECT_EQ(p.thread_title, "The icebreaker fleet gap");
    EXPECT_EQ(p.forum, "Policy & Strategy");
    EXPECT_EQ(p.url, "https://discuss.arcticsecurity.example/t/icebreaker-fleet-gap/3307/1");
    EXPECT_FALSE(ex.posts[1].edited);  // dateModified == datePublished
    const Post& nested = ex.posts[2];
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "qaanaaq_watch");
    EXPECT_EQ(nested.quotes[0].text, "That is the real bottleneck.");
    EXPECT_EQ(nested.quotes[1].author, "nordkapp");
    EXPECT_EQ(nested.text.find("nordkapp"), std::string::npos);
}

}  // namespace
}  // namespace forum
