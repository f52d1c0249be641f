// The SMF 2 extractor on its fixture page.

#include <gtest/gtest.h>

#include "tests/unit/engine_fixture.hpp"

namespace forum {
namespace {

using test::extract_fixture;
using test::extract_html;
using test::iso;

TEST(Smf2, FieldsKarmaAndQuoteHeaders) {
    Extraction ex = extract_fixture("www.minewarfare.example/index.php@topic=618.0");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "smf2");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "9120");
    EXPECT_EQ(p.position, 1);  // "« on: …" without a reply number
    EXPECT_EQ(p.poster, "Kapitan Lindqvist");
    EXPECT_EQ(p.user_title, "Global Moderator");
    EXPECT_EQ(p.messages, 4382);
    EXPECT_EQ(p.reaction_score, 215);  // Karma
    EXPECT_EQ(p.location, "Karlskrona");
    EXPECT_EQ(iso(p.date), "2023-09-30T19:05:00Z");
    EXPECT_EQ(iso(p.edited), "2023-09-30T20:12:45Z");
    EXPECT_EQ(p.thread_id, "618");
    EXPECT_EQ(p.thread_title, "Baltic mine clearance after the Nord Stream incidents");
    EXPECT_EQ(p.forum, "Baltic & North Sea");
    EXPECT_EQ(p.thread_url, "https://www.minewarfare.example/index.php?topic=618.0");
    EXPECT_EQ(p.url, "https://www.minewarfare.example/index.php?topic=618.msg9120#msg9120");
    const Post& reply = ex.posts[1];
    EXPECT_EQ(reply.position, 2);                // "Reply #1"
    EXPECT_EQ(reply.user_title, "Full Member");  // empty membergroup: the post group
    EXPECT_FALSE(reply.reaction_score);          // "+12/-3" is not one score
    const Post& nested = ex.posts[2];
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "tallinn_diver");
    EXPECT_EQ(nested.quotes[1].author, "Kapitan Lindqvist");
    EXPECT_EQ(nested.text.find("Clear the channel"), std::string::npos);  // signature
}

TEST(Smf2, TodayIsReadAgainstTheCrawlTime) {
    const std::string html =
        "<html><body><div id='forumposts'><div class='post_wrapper'><div class='poster'>"
        "<h4>guest_diver</h4></div><div class='postarea'><div class='keyinfo'>"
        "<div class='smalltext'>&#171; <strong>Reply #4 on:</strong> <strong>Today</strong> at "
        "07:05:00 PM &#187;</div></div><div class='post'><div class='inner' id='msg_77'>Text"
        "</div></div></div></div></div></body></html>";
    // 2023-09-30 12:00 UTC
    Extraction ex = extract_html("smf.html", html, 1696075200);
    ASSERT_EQ(ex.posts.size(), 1u);
    EXPECT_EQ(iso(ex.posts[0].date), "2023-09-30T19:05:00Z");
    EXPECT_EQ(ex.posts[0].position, 5);
    EXPECT_EQ(ex.posts[0].poster, "guest_diver");
}

}  // namespace
}  // namespace forum
