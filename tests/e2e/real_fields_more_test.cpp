// Fields of real phpBB, MyBB, NodeBB and Discourse pages (../shared/corpus/real, not part of this
// repository), checked by hand against the pages; real_corpus_test.cpp counts their posts.

#include <filesystem>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

// A few fields checked by hand against the pages.
TEST(RealCorpusMoreFields, PhpbbProsilver30) {
    fs::path page = fs::path(kRealCorpus) / "phpbb3/nettally-ilovephilosophy-biological-will.html";
    if (!fs::exists(page)) GTEST_SKIP() << page << " is absent";
    auto posts = json_lines(forum_index({"extract", page.string()}).out);
    ASSERT_FALSE(posts.empty());
    // <div id="p2729870">, "by Jakob » Sun May 26, 2019 4:34 pm", ILP Legend, Posts: 6962,
    // Joined: Sun Sep 03, 2006 9:23 pm, Location: look at my suit; topic t=194998, page 2.
    const auto& p = posts[0];
    EXPECT_EQ(p["post_id"], "2729870");
    EXPECT_EQ(p["poster"], "Jakob");
    EXPECT_EQ(p["user_title"], "ILP Legend");
    EXPECT_EQ(p["messages"], 6962);
    EXPECT_EQ(p["joined"], "2006-09-03");
    EXPECT_EQ(p["location"], "look at my suit");
    EXPECT_EQ(p["date"], "2019-05-26T16:34:00Z");
    EXPECT_EQ(p["thread_id"], "194998");
    EXPECT_EQ(p["forum"], "Philosophy");
    EXPECT_EQ(p["page"], 2);
    EXPECT_EQ(p["text"].get<std::string>().find("For behold"), std::string::npos);  // signature
}

TEST(RealCorpusMoreFields, MybbNestedQuotes) {
    fs::path page = fs::path(kRealCorpus) / "mybb/sinisterly-html-css-help-p3.html";
    if (!fs::exists(page)) GTEST_SKIP() << page << " is absent";
    auto posts = json_lines(forum_index({"extract", page.string()}).out);
    ASSERT_FALSE(posts.empty());
    // post_595784, #21, $ninja, Member, Posts 106, Reputation 0, 08-06-2015, 05:27 AM; three
    // nested quotes: Dijkstra, $ninja, Dijkstra.
    const auto& p = posts[0];
    EXPECT_EQ(p["post_id"], "595784");
    EXPECT_EQ(p["position"], 21);
    EXPECT_EQ(p["poster"], "$ninja");
    EXPECT_EQ(p["messages"], 106);
    EXPECT_EQ(p["reaction_score"], 0);
    EXPECT_EQ(p["date"], "2015-08-06T05:27:00Z");
    ASSERT_EQ(p["quotes"].size(), 3u);
    EXPECT_EQ(p["quotes"][0]["author"], "Dijkstra");
    EXPECT_EQ(p["quotes"][1]["author"], "$ninja");
    EXPECT_EQ(p["text"], "Fair enough. Just pointing out tha bad grammar =/= bad at coding.");
}

}  // namespace
}  // namespace e2e
