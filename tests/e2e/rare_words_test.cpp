// One crawl holding every engine's fixture pages: each page is recognised by its own engine, and
// a word found on only one engine's page finds only posts of that page, with that engine. (The
// engines-b branch has the same check for its engines in mixed_crawl_test.cpp; these rows can
// join its table when both are merged.)

#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

struct RareWord {
    const char* word;
    const char* engine;
    const char* site;
};

// clang-format off
const RareWord kRareWords[] = {
    {"Severomorskaya", "xenforo1", "forum.navalhistory.example"},
    {"Kalashnikovgrad", "vbulletin3", "forum.coldwarhistory.example"},
    {"Bayraktarovo", "vbulletin4", "www.airpowerforum.example"},
    {"Gripenholm", "vbulletin5", "community.strategypage.example"},
    {"Leopardstadt", "somethingawful", "forums.awfulwargames.example"},
};
// clang-format on

class RareWords : public ::testing::TestWithParam<RareWord> {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        forum_index({"--db", db(), "--quiet", "."}, kFixtures);
    }
    static void TearDownTestSuite() { delete dir_; }
    static std::string db() { return (dir_->path() / "forum.db").string(); }
    static TempDir* dir_;
};
TempDir* RareWords::dir_ = nullptr;

TEST_P(RareWords, ARareWordFindsOnlyItsEnginesPosts) {
    const RareWord& w = GetParam();
    // Expected: the golden posts whose own text or quotes hold the word.
    std::set<std::string> expected;
    for (const auto& entry : fs::recursive_directory_iterator(kGolden)) {
        if (entry.path().extension() != ".jsonl") continue;
        for (const auto& p : json_lines(read_file(entry.path()))) {
            std::string all = p["text"].get<std::string>();
            for (const auto& q : p["quotes"])
                all += " " + q["text"].get<std::string>();
            if (all.find(w.word) == std::string::npos) continue;
            EXPECT_EQ(p["engine"], w.engine) << entry.path();
            expected.insert(p["post_id"].get<std::string>());
        }
    }
    ASSERT_FALSE(expected.empty()) << w.word << " is in no golden post";
    Result r = forum_search({"--db", db(), "--format", "jsonl", "--limit", "100", w.word});
    std::set<std::string> got;
    for (const auto& h : json_lines(r.out)) {
        EXPECT_EQ(h["engine"], w.engine);
        EXPECT_EQ(h["site"], w.site);
        got.insert(h["post_id"].get<std::string>());
    }
    // Every hit is one of them (whether a post that only quotes the word is found is the
    // searcher's business, not this test's).
    EXPECT_TRUE(std::includes(expected.begin(), expected.end(), got.begin(), got.end()));
    EXPECT_FALSE(got.empty()) << r.err;
}

INSTANTIATE_TEST_SUITE_P(Words, RareWords, ::testing::ValuesIn(kRareWords),
                         [](const ::testing::TestParamInfo<RareWord>& info) {
                             return std::string(info.param.word);
                         });

}  // namespace
}  // namespace e2e
