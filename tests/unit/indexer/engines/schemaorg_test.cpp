// The schema.org fallback: JSON-LD on its fixture page, microdata inline, and pages it must
// not claim.

#include <gtest/gtest.h>

#include "tests/unit/indexer/engines/engine_fixture.hpp"

namespace forum {
namespace {

using test::extract_fixture;
using test::extract_html;
using test::iso;

TEST(SchemaOrg, JsonLdPostingWithNestedComments) {
    Extraction ex =
        extract_fixture("debate.strategicaffairs.example/threads/baltic-cable-sabotage/index.html");
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "schemaorg");
    ASSERT_EQ(ex.posts.size(), 3u);
    const Post& p = ex.posts[0];
    EXPECT_EQ(p.post_id, "7701");
    EXPECT_EQ(p.poster, "Aino Virtanen");
    EXPECT_EQ(iso(p.date), "2023-10-11T04:20:00Z");
    EXPECT_EQ(iso(p.edited), "2023-10-11T05:05:00Z");
    EXPECT_EQ(p.reaction_score, 2318);  // LikeAction count
    EXPECT_NE(p.text.find("fluke.\n\nThe frigatebird"), std::string::npos);
    EXPECT_EQ(p.thread_title, "Who cut the Balticconnector?");
    EXPECT_EQ(p.forum, "Northern Europe");
    EXPECT_FALSE(p.thread_id);
    EXPECT_EQ(ex.posts[1].reaction_score, 41);           // interactionType as an object
    EXPECT_EQ(ex.posts[2].poster, "harbourmaster_tll");  // author as a plain string
    EXPECT_FALSE(ex.posts[2].reaction_score);
}

TEST(SchemaOrg, MicrodataPostingsAndQuotes) {
    const std::string html = R"(<html><body>
<div itemscope itemtype="https://schema.org/DiscussionForumPosting">
  <h1 itemprop="headline">Arctic patrol ships</h1>
  <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">kari</span></span>
  <time itemprop="datePublished" datetime="2023-05-01T10:00:00Z">1 May</time>
  <meta itemprop="identifier" content="11">
  <div itemprop="text"><p>Norway ordered three.</p></div>
  <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
    <span itemprop="author">ole</span>
    <meta itemprop="datePublished" content="2023-05-01T11:00:00Z">
    <meta itemprop="identifier" content="12">
    <div itemprop="text"><blockquote><cite>kari wrote:</cite>Norway ordered three.</blockquote><p>Four, with the option.</p></div>
  </div>
</div></body></html>)";
    Extraction ex = extract_html("micro.html", html);
    ASSERT_NE(ex.engine, nullptr);
    EXPECT_EQ(ex.engine->name, "schemaorg");
    ASSERT_EQ(ex.posts.size(), 2u);
    EXPECT_EQ(ex.posts[0].post_id, "11");
    EXPECT_EQ(ex.posts[0].poster, "kari");
    EXPECT_EQ(ex.posts[0].text, "Norway ordered three.");  // not the comment's words
    EXPECT_EQ(ex.posts[0].thread_title, "Arctic patrol ships");
    EXPECT_EQ(ex.posts[1].poster, "ole");
    EXPECT_EQ(iso(ex.posts[1].date), "2023-05-01T11:00:00Z");
    EXPECT_EQ(ex.posts[1].text, "Four, with the option.");
    ASSERT_EQ(ex.posts[1].quotes.size(), 1u);
    EXPECT_EQ(ex.posts[1].quotes[0].author, "kari");
}

TEST(SchemaOrg, ArticlesAndWebPagesAreNotThreads) {
    const std::string article = R"(<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Home"},
 {"@type":"Article","headline":"News","comment":[{"@type":"Comment","text":"hi"}]}]}
</script></head><body><div itemscope itemtype="https://schema.org/Comment">
<span itemprop="text">A blog comment</span></div></body></html>)";
    EXPECT_EQ(extract_html("article.html", article).engine, nullptr);
}

// JSON-LD nested far deeper than a call stack holds: reading replies recursively, or copying a
// value (nlohmann's copy recurses), overflowed the stack.
TEST(SchemaOrg, JsonLdNestedFarDeeperThanTheStack) {
    const int replies = 100000;
    const int arrays = 1000000;
    std::string ld = R"({"@type":"DiscussionForumPosting","headline":"Deep","text":"r0",)";
    ld += R"("author":)" + std::string(arrays, '[') + std::string(arrays, ']');
    for (int i = 1; i < replies; ++i)
        ld += R"(,"comment":{"@type":"Comment","text":"r)" + std::to_string(i) + '"';
    ld += std::string(replies, '}');
    Extraction ex = extract_html("deep.html", "<html><head><script type=\"application/ld+json\">" +
                                                  ld + "</script></head></html>");
    ASSERT_NE(ex.engine, nullptr);
    ASSERT_EQ(ex.posts.size(), static_cast<size_t>(replies));
    EXPECT_EQ(ex.posts[0].text, "r0");
    EXPECT_FALSE(ex.posts[0].poster);
    EXPECT_EQ(ex.posts[replies - 1].text, "r" + std::to_string(replies - 1));
    EXPECT_EQ(ex.posts[0].thread_title, "Deep");
}

}  // namespace
}  // namespace forum
