// The whole fixtures/ crawl, every engine at once: each page is recognised by its own engine, and
// a word that only one engine's fixture has finds only posts of that fixture, with that engine.

#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

struct RareWord {
    const char* engine;
    const char* word;
    const char* site;
};

// clang-format off
const RareWord kRareWords[] = {
    {"xenforo2", "tsushima", "defence.pk"},
    {"xenforo1", "Severomorskaya", "forum.navalhistory.example"},
    {"vbulletin3", "Kalashnikovgrad", "forum.coldwarhistory.example"},
    {"vbulletin4", "Bayraktarovo", "www.airpowerforum.example"},
    {"vbulletin5", "Gripenholm", "community.strategypage.example"},
    {"somethingawful", "Leopardstadt", "forums.awfulwargames.example"},
    {"phpbb3", "zumwaltesque", "forum.navalwatch.example"},
    {"phpbb3-subsilver2", "flakvierling", "archive.airpower-club.example"},
    {"mybb", "schnorchel", "community.sealift.example"},
    {"nodebb", "dronewarden", "talk.dronewatch.example"},
    {"discourse", "hypersonique", "discuss.arcticsecurity.example"},
    {"smf2", "minesweepery", "www.minewarfare.example"},
    {"ips4", "corvettiere", "forums.airdefence.example"},
    {"schemaorg", "frigatebird", "debate.strategicaffairs.example"},
};
// clang-format on

// A post as the golden files and the JSON hits both name it (Discourse posts have no id).
std::string key_of(const nlohmann::json& p) {
    std::string id =
        p["post_id"].is_string() ? p["post_id"].get<std::string>() : "#" + p["position"].dump();
    return p["site"].get<std::string>() + "/" + p["thread_id"].dump() + "/" + id;
}

bool contains_ci(std::string text, std::string word) {
    for (auto* s : {&text, &word}) {
        for (char& c : *s)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text.find(word) != std::string::npos;
}

class MixedCrawl : public ::testing::TestWithParam<RareWord> {
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
        EXPECT_EQ(report["thread_pages"], 20);
    }
    static void TearDownTestSuite() { delete dir_; }
    static std::string db() { return (dir_->path() / "forum.db").string(); }
    static TempDir* dir_;
};
TempDir* MixedCrawl::dir_ = nullptr;

TEST_P(MixedCrawl, ARareWordFindsOnlyItsEnginesPosts) {
    const RareWord& w = GetParam();
    // Expected: the golden posts whose text, quotes or (first post) thread title hold the word.
    std::set<std::string> expected;
    for (const auto& entry : fs::recursive_directory_iterator(kGolden)) {
        if (entry.path().extension() != ".jsonl") continue;
        for (const auto& p : json_lines(read_file(entry.path()))) {
            std::string all = p["text"].get<std::string>();
            for (const auto& q : p["quotes"])
                all += " " + q["text"].get<std::string>();
            if (p["position"] == 1 && p["thread_title"].is_string())
                all += " " + p["thread_title"].get<std::string>();
            if (!contains_ci(all, w.word)) continue;
            EXPECT_EQ(p["engine"], w.engine) << entry.path();
            expected.insert(key_of(p));
        }
    }
    ASSERT_FALSE(expected.empty()) << w.word << " is in no golden post";
    Result r = forum_search({"--db", db(), "--format", "jsonl", "--limit", "100", w.word});
    ASSERT_EQ(r.code, 0) << w.word << ": " << r.err;
    std::set<std::string> got;
    for (const auto& h : json_lines(r.out)) {
        EXPECT_EQ(h["engine"], w.engine);
        EXPECT_EQ(h["site"], w.site);
        got.insert(key_of(h));
    }
    // Every hit is one of them (whether a post that only quotes the word is found is the
    // searcher's business, not this test's).
    EXPECT_TRUE(std::includes(expected.begin(), expected.end(), got.begin(), got.end()));
    EXPECT_FALSE(got.empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, MixedCrawl, ::testing::ValuesIn(kRareWords),
                         [](const ::testing::TestParamInfo<RareWord>& info) {
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
    for (const auto& w : kRareWords)
        EXPECT_NE(r.err.find(w.engine), std::string::npos) << w.engine << " in " << r.err;
    Result forced = forum_index(
        {"extract", "--engine", "mybb", "community.sealift.example/showthread.php@tid=2301&page=2"},
        kFixtures);
    EXPECT_EQ(json_lines(forced.out).size(), 3u);
}

}  // namespace
}  // namespace e2e
