// The whole fixtures/ crawl, every engine at once: each engine's fixture has a word no other
// fixture has, and a search for it must find posts read by that engine only. Rows for more
// engines (xenforo1, vbulletin3/4/5, somethingawful) are added as their fixtures arrive.

#include <gtest/gtest.h>

#include "harness.hpp"

namespace e2e {
namespace {

struct EngineWord {
    const char* engine;
    const char* word;
};

class MixedCrawl : public ::testing::TestWithParam<EngineWord> {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        Result r = forum_index({"--db", db(), "--json", "."}, kFixtures);
        // 1: the XenForo fixtures include a truncated page on purpose.
        EXPECT_EQ(r.code, 1) << r.err;
        auto report = nlohmann::json::parse(r.out);
        // Every engine's page is read; only robots.txt and the XenForo forum index are not
        // thread pages.
        EXPECT_EQ(report["skipped"], (nlohmann::json{{"not_html", 1}, {"not_thread_page", 1}}));
        EXPECT_EQ(report["thread_pages"], 15);
    }
    static void TearDownTestSuite() { delete dir_; }
    static std::string db() { return (dir_->path() / "forum.db").string(); }
    static TempDir* dir_;
};
TempDir* MixedCrawl::dir_ = nullptr;

TEST_P(MixedCrawl, TheEnginesWordFindsOnlyItsPosts) {
    Result r = forum_search({"--db", db(), "--format", "jsonl", "--limit", "100", GetParam().word});
    ASSERT_EQ(r.code, 0) << GetParam().word << ": " << r.err;
    auto hits = json_lines(r.out);
    ASSERT_FALSE(hits.empty());
    for (const auto& h : hits)
        EXPECT_EQ(h["engine"], GetParam().engine) << h.dump().substr(0, 200);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, MixedCrawl,
    ::testing::Values(EngineWord{"xenforo2", "tsushima"}, EngineWord{"phpbb3", "zumwaltesque"},
                      EngineWord{"phpbb3-subsilver2", "flakvierling"},
                      EngineWord{"mybb", "schnorchel"}, EngineWord{"nodebb", "dronewarden"},
                      EngineWord{"discourse", "hypersonique"}, EngineWord{"smf2", "minesweepery"},
                      EngineWord{"ips4", "corvettiere"}, EngineWord{"schemaorg", "frigatebird"}),
    [](const ::testing::TestParamInfo<EngineWord>& info) {
        std::string name = info.param.engine;
        for (char& c : name) {
            if (c == '-') c = '_';
        }
        return name;
    });

// --engine names a registered engine; the usage error lists them.
TEST(EngineOption, ListsTheRegisteredEngines) {
    Result r = forum_index({"extract", "--engine", "nope", "."}, kFixtures);
    EXPECT_EQ(r.code, 2);
    for (const char* name : {"xenforo2", "phpbb3", "phpbb3-subsilver2", "mybb", "nodebb",
                             "discourse", "smf2", "ips4", "schemaorg"})
        EXPECT_NE(r.err.find(name), std::string::npos) << name << " in " << r.err;
    Result forced = forum_index(
        {"extract", "--engine", "mybb", "community.sealift.example/showthread.php@tid=2301&page=2"},
        kFixtures);
    EXPECT_EQ(json_lines(forced.out).size(), 3u);
}

}  // namespace
}  // namespace e2e
