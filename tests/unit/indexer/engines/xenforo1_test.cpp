// The XenForo 1 extractor on its fixture page (tests/golden/forum.navalhistory.example/...).

#include <gtest/gtest.h>

#include "common/core/dates.hpp"
#include "fixture_page.hpp"

namespace forum {
namespace {

const std::string kPage =
    "forum.navalhistory.example/threads/kirov-class-refit-and-the-northern-fleet.4821/page-2";

TEST(XenForo1, UserBlockDatesAndThread) {
    Extraction ex = test::extract_fixture(kPage);
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "xenforo1");
    ASSERT_EQ(ex.posts.size(), 4u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "90211");
    EXPECT_EQ(p.position, 21);
    EXPECT_EQ(p.poster, "Admiral Gorshkov");
    EXPECT_EQ(p.user_title, "Fleet Historian");
    EXPECT_EQ(p.messages, 12408);
    EXPECT_EQ(p.reaction_score, 3517);  // "Likes Received"
    EXPECT_EQ(p.location, "Severomorsk");
    // span.DateTime title only (an old post): read in the --timezone zone, UTC here.
    EXPECT_EQ(format_iso_utc(*p.date), "2016-03-03T17:02:00Z");
    EXPECT_EQ(format_iso_utc(*p.edited), "2016-03-03T18:40:00Z");
    EXPECT_EQ(p.text.find("fleets in decades"), std::string::npos);  // signature
    EXPECT_EQ(p.thread_id, "4821");
    EXPECT_EQ(p.thread_title, "Kirov class refit and the Northern Fleet");  // prefix dropped
    EXPECT_EQ(p.forum, "Modern Navies");
    EXPECT_EQ(p.page, 2);
    EXPECT_EQ(p.thread_url,
              "https://forum.navalhistory.example/threads/"
              "kirov-class-refit-and-the-northern-fleet.4821/");
}

TEST(XenForo1, EpochQuotesAndGuest) {
    Extraction ex = test::extract_fixture(kPage);
    ASSERT_EQ(ex.posts.size(), 4u);
    EXPECT_EQ(*ex.posts[1].date, 1489427100);  // abbr data-time
    const Post& nested = ex.posts[2];
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "baltic_sonar");
    EXPECT_EQ(nested.quotes[0].text, "Eighty cells, not thirty.");
    EXPECT_EQ(nested.quotes[1].author, "Admiral Gorshkov");
    EXPECT_EQ(nested.text.find("Click to expand"), std::string::npos);
    const Post& guest = ex.posts[3];
    EXPECT_EQ(guest.poster, "Kapitan Nemo");
    EXPECT_FALSE(guest.messages);
}

TEST(XenForo1, TimezoneMovesTitleOnlyDatesNotEpochs) {
    ParseOptions moscow;
    moscow.zone = TimeZone::load("Europe/Moscow");
    if (!moscow.zone) GTEST_SKIP() << "tzdata is not installed";
    Extraction ex = test::extract_fixture_with(kPage, moscow);
    ASSERT_EQ(ex.posts.size(), 4u);
    EXPECT_EQ(format_iso_utc(*ex.posts[0].date), "2016-03-03T14:02:00Z");  // +3 in 2016
    EXPECT_EQ(*ex.posts[1].date, 1489427100);
}

}  // namespace
}  // namespace forum
