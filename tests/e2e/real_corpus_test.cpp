// Real pages saved by others (../shared/corpus/real, not part of this repository).

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
};

// One row per real page. The post counts were found by reading each page's markup (grep for the
// per-post element), not from the extractor:
//   XenForo 2: <article class="message message--post">; the tophope theme prints each poster's
//     name twice, which must not double anything.
//   XenForo 1: <li id="post-N" class="message">. vBulletin 3: <!-- post #N --> comments.
//   vBulletin 4: <li class="postbitlegacy ..." id="post_N">. vBulletin 5: <li class="b-post"
//     data-node-id>. Something Awful: <table class="post" id="postN">.
//   phpBB prosilver: <div id="pN" class="post bg1|bg2">. phpBB subsilver2: <b class="postauthor">
//     (one table.tablebg per post). MyBB: <div class="post classic …" id="post_N">. NodeBB:
//     <li component="post">. Discourse: div.crawler-post[itemtype=DiscussionForumPosting] (the
//     21st crawler-post is a SiteNavigationElement).
// clang-format off
const RealPage kRealPages[] = {
    {"xenforo2/nettally-xenforo-community-dark-theme-option.html", "xenforo2", 8},
    {"xenforo2/tophope-ru-artificial-hamburger.html", "xenforo2", 20},
    {"xenforo2/tophope-ru-flash-beginner-mistakes-single-post.html", "xenforo2", 1},
    {"xenforo2/tophope-ru-portal-missing.html", "xenforo2", 20},
    {"xenforo2/tophope-ru-qa-p18.html", "xenforo2", 20},
    {"xenforo1/nettally-sufficientvelocity-renascence-p54.html", "xenforo1", 25},
    {"vbulletin3/nettally-animesuki-hibike-euphonium-p152.html", "vbulletin3", 20},
    {"vbulletin4/nettally-militarytimes-bob-dorr.html", "vbulletin4", 10},
    {"vbulletin5/nettally-fandompost-isekai-quartet.html", "vbulletin5", 15},
    {"vbulletin3-somethingawful/awful-sa-canadian-politics.html", "somethingawful", 40},
    {"vbulletin3-somethingawful/awful-sa-coding-horrors.html", "somethingawful", 40},
    {"phpbb3/nettally-ilovephilosophy-biological-will.html", "phpbb3", 25},
    {"phpbb3/dildano-subsilver2-artwork-p2.html", "phpbb3-subsilver2", 10},
    {"mybb/sinisterly-html-css-help-p3.html", "mybb", 10},
    {"mybb/sinisterly-xbox-one-failed-p2.html", "mybb", 10},
    {"nodebb/nettally-nodebb-new-chat-design.html", "nodebb", 13},
    {"discourse/ionic-forum-capacitor-apk.html", "discourse", 20},
};
// clang-format on

class RealPages : public ::testing::TestWithParam<RealPage> {};

TEST_P(RealPages, EveryPostIsWhole) {
    fs::path page = fs::path(kRealCorpus) / GetParam().path;
    if (!fs::exists(page)) GTEST_SKIP() << page << " is absent";
    Result r = forum_index({"extract", page.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    auto posts = json_lines(r.out);
    EXPECT_EQ(posts.size(), GetParam().posts);
    for (const auto& p : posts) {
        SCOPED_TRACE(p.dump().substr(0, 200));
        EXPECT_EQ(p["engine"], GetParam().engine);
        EXPECT_TRUE(p["post_id"].is_string() || p["position"].is_number_integer());
        EXPECT_TRUE(p["poster"].is_string());
        EXPECT_TRUE(p["date"].is_string());
        // A post may be nothing but quotes (Something Awful #48597 quotes two posts, says nothing;
        // phpBB p2729894 is a quote and four images).
        EXPECT_TRUE(!p["text"].get<std::string>().empty() || !p["quotes"].empty());
        EXPECT_TRUE(p["thread_id"].is_string());
    }
}

INSTANTIATE_TEST_SUITE_P(Pages, RealPages, ::testing::ValuesIn(kRealPages),
                         [](const ::testing::TestParamInfo<RealPage>& info) {
                             std::string name = fs::path(info.param.path).stem().string();
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             }
                             return name;
                         });

TEST(RealXenForo2Fields, RussianLabelsAndQuotes) {
    fs::path page = fs::path(kRealCorpus) / "xenforo2/tophope-ru-qa-p18.html";
    if (!fs::exists(page)) GTEST_SKIP() << page << " is absent";
    auto posts = json_lines(forum_index({"extract", page.string()}).out);
    ASSERT_FALSE(posts.empty());
    // <article data-author="Dmitro" data-content="post-30629">, #341, Сообщения 14, Реакции 3,
    // 2014-07-14T14:08:22+0400, quoting nemo125.
    const auto& p = posts[0];
    EXPECT_EQ(p["post_id"], "30629");
    EXPECT_EQ(p["position"], 341);
    EXPECT_EQ(p["poster"], "Dmitro");
    EXPECT_EQ(p["messages"], 14);
    EXPECT_EQ(p["reaction_score"], 3);
    EXPECT_EQ(p["date"], "2014-07-14T10:08:22Z");
    EXPECT_EQ(p["page"], 18);
    EXPECT_EQ(p["site"], "tophope.ru");
    ASSERT_EQ(p["quotes"].size(), 1u);
    EXPECT_EQ(p["quotes"][0]["author"], "nemo125");
    EXPECT_EQ(p["text"].get<std::string>().find("Нажмите"), std::string::npos);
}

}  // namespace
}  // namespace e2e

namespace e2e {
namespace {

// Fields read by hand from the real pages of XenForo 1, vBulletin 3/4/5 and Something Awful.
std::vector<nlohmann::json> real_posts(const char* rel) {
    fs::path page = fs::path(kRealCorpus) / rel;
    if (!fs::exists(page)) return {};
    return json_lines(forum_index({"extract", page.string()}).out);
}

TEST(RealVBulletinFamily, FieldsAsThePagesShowThem) {
    auto xf1 = real_posts("xenforo1/nettally-sufficientvelocity-renascence-p54.html");
    if (xf1.empty()) GTEST_SKIP() << "real corpus absent";
    // li#post-2146297 (Crow, #1327) quotes Higure and TheBleachDoctor; span.DateTime title
    // "Oct 30, 2014 at 10:49 PM", read in UTC (no --timezone).
    EXPECT_EQ(xf1[1]["position"], 1327);
    EXPECT_EQ(xf1[1]["date"], "2014-10-30T22:49:00Z");
    ASSERT_EQ(xf1[1]["quotes"].size(), 2u);
    EXPECT_EQ(xf1[1]["quotes"][0]["author"], "Higure");
    EXPECT_EQ(xf1[0]["location"], "The Plane of Infinite Kittens");
    EXPECT_EQ(xf1[0]["page"], 54);

    // vB3 #3024 "Last edited by Shirohige; 2016-02-01 at 03:31."; quotes without a name.
    auto vb3 = real_posts("vbulletin3/nettally-animesuki-hibike-euphonium-p152.html");
    ASSERT_EQ(vb3.size(), 20u);
    EXPECT_EQ(vb3[0]["quotes"][0]["author"], "TinyRedLeaf");
    EXPECT_TRUE(vb3[0]["quotes"][1]["author"].is_null());
    EXPECT_EQ(vb3[3]["edited"], "2016-02-01T03:31:00Z");
    EXPECT_EQ(vb3[0]["thread_id"], "128882");
    EXPECT_EQ(vb3[0]["page"], 152);

    // vB4 #2: Mjölnir, Administrator, Posts 2,964, Location Norfolk, VA, "06-15-2016, 05:21 PM".
    auto vb4 = real_posts("vbulletin4/nettally-militarytimes-bob-dorr.html");
    ASSERT_EQ(vb4.size(), 10u);
    EXPECT_EQ(vb4[1]["poster"], "Mjölnir");
    EXPECT_EQ(vb4[1]["messages"], 2964);
    EXPECT_EQ(vb4[1]["location"], "Norfolk, VA");
    EXPECT_EQ(vb4[1]["date"], "2016-06-15T17:21:00Z");
    EXPECT_EQ(vb4[1]["text"].get<std::string>().find("six inches"),
              std::string::npos);  // signature

    // vB5 #2: data-node-publishdate="1554828939", not the zoneless datetime.
    auto vb5 = real_posts("vbulletin5/nettally-fandompost-isekai-quartet.html");
    ASSERT_EQ(vb5.size(), 15u);
    EXPECT_EQ(vb5[1]["date"], "2019-04-09T16:55:39Z");
    EXPECT_EQ(vb5[1]["post_id"], "727754");
    EXPECT_EQ(vb5[1]["messages"], 29036);

    // SA data-idx="164", THC "fucked around with this message at Sep 20, 2012 around 15:09".
    auto sa = real_posts("vbulletin3-somethingawful/awful-sa-canadian-politics.html");
    ASSERT_EQ(sa.size(), 40u);
    EXPECT_EQ(sa[3]["position"], 164);
    EXPECT_EQ(sa[3]["edited"], "2012-09-20T15:09:00Z");
    EXPECT_EQ(sa[1]["joined"], "2009-06-08");
    EXPECT_EQ(sa[1]["quotes"][0]["author"], "JohnnyCanuck");
    EXPECT_EQ(sa[0]["page"], 5);
}

}  // namespace
}  // namespace e2e
