// The phpBB 3 extractors (prosilver and subsilver2) on their fixture pages.

#include <gtest/gtest.h>

#include "tests/unit/indexer/engines/engine_fixture.hpp"

namespace forum {
namespace {

using test::extract_fixture;
using test::iso;

TEST(Phpbb3, ProsilverFieldsQuotesAndEdits) {
    Extraction ex = extract_fixture("forum.navalwatch.example/viewtopic.php@f=12&t=4411&start=20");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "phpbb3");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "88231");
    EXPECT_FALSE(p.position);  // phpBB shows no post number
    EXPECT_EQ(p.poster, "Commodore_Hale");
    EXPECT_EQ(p.user_title, "Fleet Analyst");
    EXPECT_EQ(p.joined, "2017-03-14");
    EXPECT_EQ(p.messages, 12408);
    EXPECT_FALSE(p.reaction_score);
    EXPECT_EQ(p.location, "Portsmouth, UK");
    EXPECT_EQ(iso(p.date), "2023-09-30T19:05:00Z");           // "» Sat Sep 30, 2023 7:05 pm"
    EXPECT_EQ(iso(p.edited), "2023-09-30T20:12:00Z");         // "Last edited by … on …"
    EXPECT_EQ(p.text.find("Fair winds"), std::string::npos);  // signature
    EXPECT_EQ(p.thread_id, "4411");
    EXPECT_EQ(p.thread_title, "Type 26 frigate export prospects");
    EXPECT_EQ(p.forum, "Frigates & Destroyers");
    EXPECT_EQ(p.thread_url, "https://forum.navalwatch.example/viewtopic.php?t=4411");
    EXPECT_EQ(p.url, "https://forum.navalwatch.example/viewtopic.php?p=88231#p88231");
    EXPECT_EQ(p.page, 2);

    const Post& reply = ex.posts[1];
    EXPECT_FALSE(reply.user_title);  // no rank
    ASSERT_EQ(reply.quotes.size(), 2u);
    EXPECT_EQ(reply.quotes[0].author, "Commodore_Hale");
    EXPECT_EQ(reply.quotes[0].text.find("wrote"), std::string::npos);
    EXPECT_FALSE(reply.quotes[1].author);  // blockquote.uncited
    EXPECT_EQ(reply.text.find("FREMM"), std::string::npos);

    const Post& nested = ex.posts[2];
    ASSERT_EQ(nested.quotes.size(), 2u);
    EXPECT_EQ(nested.quotes[0].author, "Ingrid Solberg");
    EXPECT_EQ(nested.quotes[1].author, "Commodore_Hale");
    EXPECT_EQ(nested.quotes[1].text, "the hull now has three foreign customers.");
}

TEST(Phpbb3, Subsilver2TablesWithoutCanonicalLink) {
    Extraction ex = extract_fixture("archive.airpower-club.example/viewtopic.php@f=4&t=907");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "phpbb3-subsilver2");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "15510");
    EXPECT_EQ(p.poster, "Oberst_Falk");
    EXPECT_EQ(p.user_title, "Veteran Gunner");
    EXPECT_EQ(p.joined, "2004-06-02");
    EXPECT_EQ(p.messages, 3918);
    EXPECT_EQ(p.location, "Kassel");
    EXPECT_EQ(iso(p.date), "2023-11-14T10:15:00Z");
    EXPECT_EQ(p.text.find("_____"), std::string::npos);  // the signature's own div.postbody
    EXPECT_EQ(p.thread_id, "907");
    EXPECT_EQ(p.forum, "Gun Systems");
    EXPECT_EQ(p.page, 1);
    const Post& last = ex.posts[2];
    EXPECT_EQ(iso(last.edited), "2023-11-14T16:20:00Z");
    ASSERT_EQ(last.quotes.size(), 2u);
    EXPECT_EQ(last.quotes[0].author, "mariupol_radar");
    EXPECT_EQ(last.quotes[1].author, "Oberst_Falk");
    EXPECT_EQ(last.text,
              "And it now makes shells for Qatar as well, which is how the Brazilian gap closed.");
}

// phpBB 3.3 puts the date in <time datetime>, the quote's date in its <cite>, and Russian boards
// label the profile "Сообщения:", "Зарегистрирован:", "Откуда:".
TEST(Phpbb3, Version33TimeElementsAndRussianLabels) {
    const std::string html = R"(<html><body id="phpbb"><div id="page-body">
<h2 class="topic-title"><a href="./viewtopic.php?t=12">Т-90М</a></h2>
<div id="p501" class="post has-profile bg2"><div class="inner">
<dl class="postprofile"><dt><a class="username">Пётр</a></dt>
<dd class="profile-rank">Эксперт</dd>
<dd class="profile-posts"><strong>Сообщения:</strong> <a>1 204</a></dd>
<dd class="profile-joined"><strong>Зарегистрирован:</strong> 3 марта 2020</dd>
<dd class="profile-custom-field"><strong>Откуда:</strong> Тула</dd></dl>
<div class="postbody"><p class="author"><a class="unread" href="./viewtopic.php?p=501#p501">Сообщение</a>
<span class="responsive-hide"><strong><a class="username">Пётр</a></strong> &raquo; </span>
<time datetime="2023-09-30T16:05:00+00:00">30 сен 2023, 19:05</time></p>
<div class="content"><blockquote cite="./viewtopic.php?p=500#p500"><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=7">Иван</a> писал(а): <a href="./viewtopic.php?p=500#p500" data-post-id="500">↑</a><span class="responsive-hide">30 сен 2023, 18:00</span></cite>Цитата</div></blockquote>Ответ</div>
</div></div></div></div></body></html>)";
    Extraction ex = test::extract_html("forum.example.ru/viewtopic.php@t=12", html);
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "phpbb3");
    ASSERT_EQ(ex.posts.size(), 1u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.poster, "Пётр");
    EXPECT_EQ(iso(p.date), "2023-09-30T16:05:00Z");
    EXPECT_EQ(p.user_title, "Эксперт");
    EXPECT_EQ(p.messages, 1204);
    EXPECT_EQ(p.joined, "2020-03-03");
    EXPECT_EQ(p.location, "Тула");
    EXPECT_EQ(p.text, "Ответ");
    ASSERT_EQ(p.quotes.size(), 1u);
    EXPECT_EQ(p.quotes[0].author, "Иван");
    EXPECT_EQ(p.quotes[0].text, "Цитата");
}

}  // namespace
}  // namespace forum
