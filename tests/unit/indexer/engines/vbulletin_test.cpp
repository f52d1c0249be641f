// The vBulletin 3, 4 and 5 extractors on their fixture pages (tests/golden/...), "Today" and
// "Yesterday" against the crawl time, and the shared vBulletin URL and edit-note readers.

#include <gtest/gtest.h>

#include "common/core/dates.hpp"
#include "fixture_page.hpp"
#include "indexer/engines/vbulletin_markup.hpp"
#include "indexer/extract/url_parts.hpp"

namespace forum {
namespace {

const std::string kVb3 = "forum.coldwarhistory.example/showthread.php@t=5120&page=3";
const std::string kVb4 =
    "www.airpowerforum.example/showthread.php/7734-Bayraktar-TB2-over-Nagorno-Karabakh/page2";
const std::string kVb5 =
    "community.strategypage.example/forum/geopolitics/nordic-defence/"
    "88123-gripen-e-for-the-baltic-air-policing/page2";

TEST(VBulletin3, PostsQuotesAndEditNote) {
    Extraction ex = test::extract_fixture(kVb3);
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "vbulletin3");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "81452");
    EXPECT_EQ(p.position, 21);
    EXPECT_EQ(p.poster, "Oberst Lindqvist");
    EXPECT_EQ(p.user_title, "Senior Member");
    EXPECT_EQ(p.messages, 12345);
    EXPECT_EQ(p.location, "Izhevsk, Udmurtia");
    EXPECT_FALSE(p.joined);  // "Mar 2006" has no day: not guessed
    EXPECT_EQ(format_iso_utc(*p.date), "2009-03-14T21:05:00Z");
    EXPECT_EQ(format_iso_utc(*p.edited), "2009-03-15T09:12:00Z");
    EXPECT_EQ(p.text.find("archivists"), std::string::npos);  // signature
    EXPECT_EQ(p.thread_id, "5120");
    EXPECT_EQ(p.thread_title, "Able Archer 83: how close was it?");
    EXPECT_EQ(p.forum, "Nuclear Strategy");
    EXPECT_EQ(p.page, 3);
    EXPECT_EQ(p.thread_url, "http://forum.coldwarhistory.example/showthread.php?t=5120");
    ASSERT_EQ(ex.posts[1].quotes.size(), 2u);
    EXPECT_FALSE(ex.posts[1].quotes[1].author);  // a quote without a name
    const Post& guest = ex.posts[2];
    EXPECT_EQ(guest.poster, "Stasi_Archivist");
    ASSERT_EQ(guest.quotes.size(), 2u);
    EXPECT_EQ(guest.quotes[0].author, "Fulda_Gap_88");
    EXPECT_EQ(guest.quotes[1].author, "Oberst Lindqvist");
}

TEST(VBulletin3, VisibleTimesFollowTheZoneAndItsSummerTime) {
    ParseOptions moscow;
    moscow.zone = TimeZone::load("Europe/Moscow");
    if (!moscow.zone) GTEST_SKIP() << "tzdata is not installed";
    Extraction ex = test::extract_fixture_with(kVb3, moscow);
    ASSERT_EQ(ex.posts.size(), 3u);
    // 2009-03-14 is winter time in Moscow (+3); summer time began on 2009-03-29.
    EXPECT_EQ(format_iso_utc(*ex.posts[0].date), "2009-03-14T18:05:00Z");
}

TEST(VBulletin4, PostsQuotesAndEditNote) {
    Extraction ex = test::extract_fixture(kVb4);
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "vbulletin4");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "204311");
    EXPECT_EQ(p.position, 11);
    EXPECT_EQ(p.poster, "Sky_Shepherd");
    EXPECT_EQ(p.user_title, "Moderator");
    EXPECT_EQ(p.messages, 4321);
    EXPECT_EQ(p.location, "Ankara");
    EXPECT_EQ(format_iso_utc(*p.date), "2020-10-04T21:17:00Z");
    EXPECT_EQ(format_iso_utc(*p.edited), "2020-10-05T07:02:00Z");  // "Reason: ..." ignored
    EXPECT_EQ(p.text.find("earned every morning"), std::string::npos);
    EXPECT_EQ(p.thread_id, "7734");
    EXPECT_EQ(p.forum, "Unmanned Systems");
    EXPECT_EQ(p.page, 2);
    EXPECT_EQ(
        p.thread_url,
        "http://www.airpowerforum.example/showthread.php/7734-Bayraktar-TB2-over-Nagorno-Karabakh");
    EXPECT_EQ(ex.posts[2].poster, "Caspian Observer");  // a guest's <span class="username guest">
    ASSERT_EQ(ex.posts[2].quotes.size(), 2u);
    EXPECT_EQ(ex.posts[2].quotes[0].text, "The old Soviet systems were sitting ducks.");
}

TEST(VBulletin4, TodayAndYesterdayAreReadAgainstTheCrawlTime) {
    std::string html = test::fixture_bytes(kVb4);
    auto replace = [&](const std::string& from, const std::string& to) {
        html.replace(html.find(from), from.size(), to);
    };
    replace("10-05-2020,&nbsp;<span class=\"time\">11:30 AM",
            "Yesterday,&nbsp;<span class=\"time\">11:30 PM");
    replace("10-05-2020,&nbsp;<span class=\"time\">02:48 PM",
            "Today,&nbsp;<span class=\"time\">12:10 AM");
    std::int64_t crawl = to_epoch({2020, 10, 6, 9, 0, 0});
    Extraction ex = test::extract_html(kVb4, html, crawl);
    ASSERT_EQ(ex.posts.size(), 3u);
    EXPECT_EQ(format_iso_utc(*ex.posts[1].date), "2020-10-05T23:30:00Z");
    EXPECT_EQ(format_iso_utc(*ex.posts[2].date), "2020-10-06T00:10:00Z");
}

TEST(VBulletin5, PublishEpochFirstThenZonelessDatetime) {
    Extraction ex = test::extract_fixture(kVb5);
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "vbulletin5");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "88190");
    EXPECT_EQ(p.position, 11);
    EXPECT_EQ(p.poster, "Nordic_Hawk");
    EXPECT_EQ(p.user_title, "Senior Analyst");
    EXPECT_EQ(p.messages, 7806);
    EXPECT_EQ(p.location, "Linköping");
    EXPECT_EQ(*p.date, 1617184800);  // data-node-publishdate
    EXPECT_EQ(format_iso_utc(*p.edited), "2021-03-31T11:15:00Z");
    EXPECT_EQ(p.text.find("para bellum"), std::string::npos);
    EXPECT_EQ(p.thread_id, "88123");
    EXPECT_EQ(p.thread_title, "Gripen E for the Baltic air policing");
    EXPECT_EQ(p.forum, "Nordic Defence");
    EXPECT_EQ(p.page, 2);
    // No publish epoch: <time datetime="2021-04-01T08:20:00"> has no zone, read in --timezone.
    EXPECT_EQ(format_iso_utc(*ex.posts[2].date), "2021-04-01T08:20:00Z");
    EXPECT_EQ(ex.posts[2].poster, "Guest_Kaliningrad");
    ASSERT_EQ(ex.posts[2].quotes.size(), 2u);
    EXPECT_EQ(ex.posts[2].quotes[0].author, "VilniusWatch");
}

TEST(VBulletinUrls, ThreadIdsPagesAndFirstPages) {
    EXPECT_EQ(vb_thread_id("http://f.example/showthread.php?t=5120&page=3"), "5120");
    EXPECT_EQ(vb_thread_id("http://f.example/showthread.php?s=ab12&amp;threadid=77"), "77");
    EXPECT_EQ(vb_thread_id("http://f.example/showthread.php/7734-Some-Title/page2"), "7734");
    EXPECT_EQ(vb_thread_id("https://f.example/forum/a/b/88123-some-thread/page2"), "88123");
    EXPECT_EQ(vb_thread_id("https://f.example/forum/a/b"), std::nullopt);
    EXPECT_EQ(path_page("https://f.example/forum/88123-x/page2", "/page"), 2);
    EXPECT_EQ(path_page("https://f.example/threads/x.4821/page-54/", "/page"), 54);
    EXPECT_EQ(path_page("https://f.example/threads/pages-of-history.12/", "/page"), std::nullopt);
    EXPECT_EQ(drop_page("http://f.example/showthread.php?t=5&page=3", "page", ""),
              "http://f.example/showthread.php?t=5");
    EXPECT_EQ(drop_page("http://f.example/showthread.php/7-x/page2", "page", "/page"),
              "http://f.example/showthread.php/7-x");
    EXPECT_EQ(url_param("a.php?x=1&amp;t=9#post3", "t"), "9");
    EXPECT_EQ(slug_id("https://f.example/threads/kirov.4821/page-2", "/threads/"), "4821");
}

}  // namespace
}  // namespace forum
