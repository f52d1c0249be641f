// Real XenForo 2 pages saved by others (../shared/corpus/real, not part of this repository).
// The post counts were found by reading the pages: one <article class="message message--post"> per
// post; the tophope theme prints each poster's name twice, which must not double anything.

#include <filesystem>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

struct RealPage {
    const char* path;
    size_t posts;
};

class RealXenForo2 : public ::testing::TestWithParam<RealPage> {};

TEST_P(RealXenForo2, EveryPostIsWhole) {
    fs::path page = fs::path(kRealCorpus) / GetParam().path;
    if (!fs::exists(page)) GTEST_SKIP() << page << " is absent";
    Result r = forum_index({"extract", page.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    auto posts = json_lines(r.out);
    EXPECT_EQ(posts.size(), GetParam().posts);
    for (const auto& p : posts) {
        SCOPED_TRACE(p.dump().substr(0, 200));
        EXPECT_EQ(p["engine"], "xenforo2");
        EXPECT_TRUE(p["post_id"].is_string());
        EXPECT_TRUE(p["poster"].is_string());
        EXPECT_TRUE(p["date"].is_string());
        EXPECT_FALSE(p["text"].get<std::string>().empty());
        EXPECT_TRUE(p["thread_id"].is_string());
        EXPECT_TRUE(p["position"].is_number_integer());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Pages, RealXenForo2,
    ::testing::Values(RealPage{"xenforo2/nettally-xenforo-community-dark-theme-option.html", 8},
                      RealPage{"xenforo2/tophope-ru-artificial-hamburger.html", 20},
                      RealPage{"xenforo2/tophope-ru-flash-beginner-mistakes-single-post.html", 1},
                      RealPage{"xenforo2/tophope-ru-portal-missing.html", 20},
                      RealPage{"xenforo2/tophope-ru-qa-p18.html", 20}),
    [](const ::testing::TestParamInfo<RealPage>& info) {
        std::string name = std::filesystem::path(info.param.path).stem().string();
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
