// --timezone from the command line: IANA names are accepted and applied per date, unknown ones
// are a usage error, and changing the zone re-extracts pages whose times it moves.

#include <gtest/gtest.h>

#include "harness.hpp"

namespace e2e {
namespace {

const std::string kVb3 = "forum.coldwarhistory.example/showthread.php@t=5120&page=3";

bool have_tzdata() { return std::filesystem::exists("/usr/share/zoneinfo/Europe/Moscow"); }

TEST(Timezone, AnIanaNameMovesVisibleTimes) {
    if (!have_tzdata()) GTEST_SKIP() << "tzdata is not installed";
    Result r = forum_index({"extract", "--timezone", "Europe/Moscow", kVb3}, kFixtures);
    ASSERT_EQ(r.code, 0) << r.err;
    auto posts = json_lines(r.out);
    ASSERT_EQ(posts.size(), 3u);
    EXPECT_EQ(posts[0]["date"], "2009-03-14T18:05:00Z");  // 21:05 MSK (+3, winter)
}

TEST(Timezone, AnUnknownNameIsAUsageError) {
    Result r = forum_index({"extract", "--timezone", "Mars/Olympus_Mons", kVb3}, kFixtures);
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("Mars/Olympus_Mons"), std::string::npos) << r.err;
}

TEST(Timezone, ChangingItReExtractsEveryPage) {
    if (!have_tzdata()) GTEST_SKIP() << "tzdata is not installed";
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    auto run = [&](const std::string& zone) {
        Result r = forum_index({"--db", db, "--json", "--timezone", zone, "."}, kFixtures);
        EXPECT_TRUE(r.code == 0 || r.code == 1) << r.err;
        return nlohmann::json::parse(r.out);
    };
    run("UTC");
    auto same = run("UTC");
    EXPECT_EQ(same["replaced"], 0);
    auto moved = run("Europe/Moscow");
    // Every post with a visible-only time moved: XF1 #21 (title-only date), vB3 #21-#23,
    // vB4 #11-#13, vB5 #11 (its edit note) and #13 (zoneless datetime), SA #41-#43, and the three
    // posts each of phpBB prosilver ("» Sat Sep 30, 2023 7:05 pm"), phpBB subsilver2 ("Posted:"),
    // MyBB (dates in a span's title) and SMF ("« on: …»").
    EXPECT_EQ(moved["replaced"], 24);
}

}  // namespace
}  // namespace e2e
