// The SMF 2 extractor on its fixture page.

#include <gtest/gtest.h>

#include "tests/unit/indexer/engines/engine_fixture.hpp"

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

// SMF 2.1: the date in a.smalltext without "on:", the number in span.page_number, quotes with
// a <cite> inside the blockquote, custom fields as li.custom.
TEST(Smf2, Version21Markup) {
    const std::string html = R"(<html><body><div id="forumposts"><form>
<div class="windowbg" id="msg9131"><div class="post_wrapper">
 <div class="poster"><h4><span class="off" title="Offline"></span><a href="/index.php?action=profile;u=2207">tallinn_diver</a></h4>
  <ul class="user_info"><li class="membergroup"></li><li class="postgroup">Full Member</li>
  <li class="postcount">Posts: 1,187</li><li class="custom cust_loca">Location: Tallinn</li></ul></div>
 <div class="postarea"><div class="keyinfo">
  <div id="subject_9131" class="subject_title"><a href="https://smf.example/index.php?topic=618.msg9131#msg9131">Re: Mines</a></div>
  <span class="page_number floatright">#2</span>
  <div class="postinfo"><a href="https://smf.example/index.php?topic=618.msg9131#msg9131" title="Reply #1 - Re: Mines" class="smalltext">October 01, 2023, 09:47:10 AM &#187;</a>
  <span class="smalltext modified floatright" id="modified_9131"><span class="lastedit">Last Edit</span>: October 01, 2023, 10:00:00 AM by tallinn_diver</span></div></div>
  <div class="post"><div class="inner" data-msgid="9131" id="msg_9131"><blockquote class="bbc_standard_quote"><cite><a href="https://smf.example/index.php?topic=618.msg9120#msg9120">Quote from: Kapitan Lindqvist on September 30, 2023, 07:05:00 PM</a></cite>Divers instead.</blockquote>Drones find them.</div></div>
 </div>
 <div class="moderatorbar"><div class="signature" id="msg_9131_signature">Sig</div></div>
</div></div></form></div></body></html>)";
    Extraction ex = extract_html("smf21.html", html);
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "smf2");
    ASSERT_EQ(ex.posts.size(), 1u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "9131");
    EXPECT_EQ(p.position, 2);
    EXPECT_EQ(p.poster, "tallinn_diver");
    EXPECT_EQ(p.user_title, "Full Member");
    EXPECT_EQ(p.messages, 1187);
    EXPECT_EQ(p.location, "Tallinn");
    EXPECT_EQ(iso(p.date), "2023-10-01T09:47:10Z");
    EXPECT_EQ(iso(p.edited), "2023-10-01T10:00:00Z");
    EXPECT_EQ(p.url, "https://smf.example/index.php?topic=618.msg9131#msg9131");
    EXPECT_EQ(p.text, "Drones find them.");
    ASSERT_EQ(p.quotes.size(), 1u);
    EXPECT_EQ(p.quotes[0].author, "Kapitan Lindqvist");
    EXPECT_EQ(p.quotes[0].text, "Divers instead.");
}

}  // namespace
}  // namespace forum
