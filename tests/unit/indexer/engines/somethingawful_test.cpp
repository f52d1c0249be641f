// The Something Awful extractor on its fixture page (tests/golden/forums.awfulwargames.example/).

#include <gtest/gtest.h>

#include "common/core/dates.hpp"
#include "fixture_page.hpp"

namespace forum {
namespace {

const std::string kPage =
    "forums.awfulwargames.example/showthread.php@threadid=3901234&pagenumber=2";

TEST(SomethingAwful, PostsQuotesAndEdits) {
    Extraction ex = test::extract_fixture(kPage);
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "somethingawful");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "530011245");
    EXPECT_EQ(p.position, 41);  // data-idx
    EXPECT_EQ(p.poster, "Panzer Grenadier Dad");
    EXPECT_EQ(p.user_title, "Tracks, not wheels.");
    EXPECT_EQ(p.joined, "2011-03-14");
    EXPECT_EQ(format_iso_utc(*p.date), "2023-01-26T14:05:00Z");
    EXPECT_EQ(format_iso_utc(*p.edited), "2023-01-26T16:40:00Z");
    EXPECT_EQ(p.text.find("gas turbine"), std::string::npos);    // signature
    EXPECT_EQ(p.text.find("fucked around"), std::string::npos);  // edit note
    EXPECT_EQ(p.thread_id, "3901234");
    EXPECT_EQ(p.thread_title, "Ukraine War Megathread: Leopards, Abrams and the long winter");
    EXPECT_EQ(p.forum, "General Bullshit Warfare");
    EXPECT_EQ(p.page, 2);
    const Post& code = ex.posts[1];
    EXPECT_EQ(code.joined, "2004-09-02");  // "Sep  2, 2004"
    EXPECT_FALSE(code.user_title);
    ASSERT_EQ(code.quotes.size(), 1u);  // the code block is not a quote
    EXPECT_NE(code.text.find("fuel_per_km"), std::string::npos);
    const Post& nested = ex.posts[2];
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "Kharkiv Logistics Guy");
    EXPECT_EQ(nested.quotes[1].author, "Panzer Grenadier Dad");
}

}  // namespace
}  // namespace forum
