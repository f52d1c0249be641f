// Real pages of the phpBB, MyBB, NodeBB and Discourse engines saved by others
// (../shared/corpus/real, not part of this repository). Post counts were found by reading the
// markup, not from the extractor:
//   phpBB prosilver:   25 × <div id="pN" class="post bg1|bg2">
//   phpBB subsilver2:  10 × <b class="postauthor"> (one table.tablebg per post)
//   MyBB:              10 × <div class="post classic …" id="post_N"> on each page
//   NodeBB:            13 × <li component="post">
//   Discourse:         20 × div.crawler-post[itemtype=DiscussionForumPosting] (the 21st
//                      crawler-post is a SiteNavigationElement)
// Posts whose own words are empty on the page: on the prosilver page, p2729894 is a quote and
// four images.

#include <filesystem>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

struct RealPage {
    const char* path;
    const char* engine;
    size_t posts;
    size_t without_own_text = 0;
};

class RealCorpusMore : public ::testing::TestWithParam<RealPage> {};

TEST_P(RealCorpusMore, EveryPostIsWhole) {
    fs::path page = fs::path(kRealCorpus) / GetParam().path;
    if (!fs::exists(page)) GTEST_SKIP() << page << " is absent";
    Result r = forum_index({"extract", page.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    auto posts = json_lines(r.out);
    EXPECT_EQ(posts.size(), GetParam().posts);
    size_t without_text = 0;
    for (const auto& p : posts) {
        SCOPED_TRACE(p.dump().substr(0, 200));
        EXPECT_EQ(p["engine"], GetParam().engine);
        EXPECT_TRUE(p["post_id"].is_string() || p["position"].is_number_integer());
        EXPECT_TRUE(p["poster"].is_string());
        EXPECT_TRUE(p["date"].is_string());
        if (p["text"].get<std::string>().empty()) {
            ++without_text;
            EXPECT_FALSE(p["quotes"].empty());
        }
    }
    EXPECT_EQ(without_text, GetParam().without_own_text);
}

INSTANTIATE_TEST_SUITE_P(
    Pages, RealCorpusMore,
    ::testing::Values(
        RealPage{"phpbb3/nettally-ilovephilosophy-biological-will.html", "phpbb3", 25, 1},
        RealPage{"phpbb3/dildano-subsilver2-artwork-p2.html", "phpbb3-subsilver2", 10},
        RealPage{"mybb/sinisterly-html-css-help-p3.html", "mybb", 10},
        RealPage{"mybb/sinisterly-xbox-one-failed-p2.html", "mybb", 10},
        RealPage{"nodebb/nettally-nodebb-new-chat-design.html", "nodebb", 13},
        RealPage{"discourse/ionic-forum-capacitor-apk.html", "discourse", 20}),
    [](const ::testing::TestParamInfo<RealPage>& info) {
        std::string name = std::filesystem::path(info.param.path).stem().string();
        for (char& c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        }
        return name;
    });

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
