// The XenForo 2 extractor's fields on the fixture pages (whose contents are listed in
// tests/golden/ and described in tests/README.md).

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "common/core/dates.hpp"
#include "indexer/engines/extract.hpp"
#include "indexer/input/gzip.hpp"

namespace forum {
namespace {

const std::string kSeed =
    "defence.pk/pdf/threads/"
    "south-korea-japan-aim-to-stabilize-china-relations-despite-us-partnership.745123/";

Extraction extract_fixture(const std::string& rel) {
    std::ifstream in(std::string(FIXTURES_DIR) + "/" + rel, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string bytes = ss.str();
    if (is_gzip(bytes)) {
        std::string plain, error;
        EXPECT_EQ(gunzip(bytes, 1 << 26, plain, error), Inflated::kOk) << error;
        bytes = plain;
    }
    // The Page must outlive nothing: posts are plain values.
    Page page = Page::parse({rel, bytes, 0, {}, {}});
    return extract_posts(page);
}

TEST(XenForo2, SeedPostHasEveryField) {
    Extraction ex = extract_fixture(kSeed + "index.html");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "xenforo2");
    ASSERT_EQ(ex.posts.size(), 8u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "14856201");
    EXPECT_EQ(p.position, 1);
    EXPECT_EQ(p.poster, "beijingwalker");
    EXPECT_EQ(p.user_title, "ELITE MEMBER");
    EXPECT_EQ(p.joined, "2011-11-04");
    EXPECT_EQ(p.messages, 65191);
    EXPECT_EQ(p.reaction_score, -55);
    EXPECT_EQ(p.country, "China");  // from the flag image's alt
    EXPECT_EQ(p.location, "China");
    ASSERT_TRUE(p.date);
    EXPECT_EQ(format_iso_utc(*p.date), "2023-10-01T03:05:00Z");
    EXPECT_FALSE(p.edited);
    EXPECT_EQ(p.thread_id, "745123");
    EXPECT_EQ(p.thread_title,
              "South Korea, Japan Aim to Stabilize China Relations Despite US Partnership");
    EXPECT_EQ(p.forum, "China & Far East");
    EXPECT_EQ(p.site, "defence.pk");
    EXPECT_EQ(p.thread_url, "https://" + kSeed);
    EXPECT_EQ(p.url, "https://" + kSeed + "post-14856201");
    EXPECT_EQ(p.page, 1);
    EXPECT_TRUE(p.quotes.empty());
    EXPECT_NE(p.text.find("an agreement to resume a trilateral leaders’ summit"),
              std::string::npos);
    EXPECT_TRUE(p.text.ends_with("7292271.html"));
    // The ad unit inside the post, with its script, is not the poster's words.
    EXPECT_EQ(p.text.find("VPN"), std::string::npos);
    EXPECT_EQ(p.text.find("sam-slot"), std::string::npos);
}

TEST(XenForo2, QuotesSignaturesEditsAndGuests) {
    Extraction ex = extract_fixture(kSeed + "index.html");
    ASSERT_EQ(ex.posts.size(), 8u);
    const Post& reply = ex.posts[1];
    EXPECT_EQ(reply.poster, "Pinterest Mom");
    ASSERT_EQ(reply.quotes.size(), 2u);
    EXPECT_EQ(reply.quotes[1].author, "beijingwalker");
    EXPECT_EQ(reply.quotes[1].text,
              "The trilateral summit could unblock lines of communication between Beijing, Seoul, "
              "and Tokyo");
    EXPECT_EQ(reply.text.find("trilateral"), std::string::npos);
    EXPECT_EQ(reply.text.find("Click to expand"), std::string::npos);

    const Post& signed_post = ex.posts[2];
    EXPECT_EQ(signed_post.text.find("Zindabad"), std::string::npos);

    const Post& edited = ex.posts[3];
    EXPECT_EQ(edited.poster, "Đặng Văn Minh");
    ASSERT_TRUE(edited.edited);
    EXPECT_EQ(format_iso_utc(*edited.edited), "2023-10-01T07:30:00Z");

    const Post& guest = ex.posts[6];
    EXPECT_EQ(guest.poster, "Nomad Researcher");
    EXPECT_EQ(guest.user_title, "Guest");
    EXPECT_FALSE(guest.joined);
    EXPECT_FALSE(guest.messages);
    EXPECT_FALSE(guest.country);
}

TEST(XenForo2, SecondPageAndNestedQuotes) {
    Extraction ex = extract_fixture(kSeed + "page-2");
    ASSERT_EQ(ex.posts.size(), 4u);
    EXPECT_EQ(ex.posts[0].page, 2);
    EXPECT_EQ(ex.posts[0].position, 9);
    EXPECT_EQ(ex.posts[0].thread_url, "https://" + kSeed);
    const Post& nested = ex.posts[1];
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "Falcon Eye");
    EXPECT_EQ(nested.quotes[0].text, "Beijing plays the long game.");
    EXPECT_EQ(nested.quotes[1].author, "beijingwalker");
    EXPECT_EQ(nested.text, "Long game or not, the export controls stay.");
}

TEST(XenForo2, Xf21MarkupInWindows1252WithDoubledUserDetails) {
    Extraction ex = extract_fixture(
        "forum.eurodefence.example/community/threads/"
        "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html");
    ASSERT_EQ(ex.posts.size(), 4u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.poster, "Jürgen Müller");  // once, though the theme prints it twice
    EXPECT_EQ(p.location, "München");
    EXPECT_EQ(p.site, "forum.eurodefence.example");
    EXPECT_EQ(p.forum, "Industry & Procurement");
    EXPECT_NE(p.text.find("“high three-digit” €300 million investment —"), std::string::npos);
    ASSERT_EQ(ex.posts[2].quotes.size(), 1u);
    EXPECT_EQ(ex.posts[2].quotes[0].author, "Jürgen Müller");
    EXPECT_NE(ex.posts[3].text.find("Lithuania’s"), std::string::npos);
}

TEST(XenForo2, GzipPage) {
    Extraction ex = extract_fixture(
        "defence.pk/pdf/threads/pakistan-navy-commissions-second-babur-class-corvette.746001/"
        "index.html.gz");
    ASSERT_EQ(ex.posts.size(), 3u);
    EXPECT_EQ(ex.posts[0].forum, "Pakistan Navy");
}

TEST(XenForo2, TruncatedPageKeepsOnlyWholePosts) {
    Extraction ex = extract_fixture(
        "defence.pk/pdf/threads/type-055-destroyer-spotted-near-tsushima-strait.745890/page-2");
    ASSERT_EQ(ex.posts.size(), 2u);
    EXPECT_EQ(ex.cut_posts, 1);
    EXPECT_EQ(ex.posts[1].post_id, "14860480");
}

TEST(XenForo2, ForumHomePageIsNotAThreadPage) {
    Extraction ex = extract_fixture("defence.pk/pdf/index.html");
    EXPECT_EQ(ex.engine, nullptr);
    EXPECT_TRUE(ex.posts.empty());
}

}  // namespace
}  // namespace forum
