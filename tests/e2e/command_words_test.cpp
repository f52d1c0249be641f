// Issue 14, queries never collide with the command line: a query whose first word names a
// subcommand is searched unless what follows is what the subcommand takes (a post or thread the
// index has; nothing for stats); a query that starts with '-' is searched; `search` and `--`
// force a search, `--` after a subcommand forces the command.

#include <gtest/gtest.h>

#include "golden.hpp"

namespace e2e {
namespace {

class CommandWords : public FixtureIndex {
protected:
    // The query a search ran (it prints it in JSON), or why there was none.
    static std::string query_searched(std::vector<std::string> args) {
        args.insert(args.begin(), {"--format", "json"});
        Result r = search(args);
        if (r.code != 0 && r.code != 1) return "exit " + std::to_string(r.code) + ": " + r.err;
        return nlohmann::json::parse(r.out).value("query", "(not a search)");
    }
};

TEST_F(CommandWords, ASubcommandNameFollowedByWordsIsSearched) {
    EXPECT_EQ(query_searched({"thread", "safety"}), "thread safety");
    EXPECT_EQ(query_searched({"show", "me", "the", "money"}), "show me the money");
    EXPECT_EQ(query_searched({"stats", "of", "china"}), "stats of china");
    EXPECT_EQ(query_searched({"summit", "show", "thread"}), "summit show thread");
    // Options of the subcommand's name go with the search: thread's --format is the search's.
    Result r = search({"thread", "safety", "--format", "json"});
    EXPECT_EQ(nlohmann::json::parse(r.out)["query"], "thread safety") << r.err;
    // The words are searched: `show` with `summit` finds what both words find.
    auto summit = hit_ids("summit");
    ASSERT_FALSE(summit.empty());
    Result count = search({"--count", "summit", "summit"});
    EXPECT_EQ(count.out, std::to_string(summit.size()) + "\n");
}

TEST_F(CommandWords, AnIdOrUrlTheIndexHasIsTheSubcommand) {
    auto golden = golden_by_key();
    const nlohmann::json& post = golden.begin()->second;
    std::string id = post["post_id"];
    Result show = search({"show", "--format", "json", id});
    ASSERT_EQ(show.code, 0) << show.err;
    EXPECT_EQ(nlohmann::json::parse(show.out)["post_id"], id);
    Result by_url = search({"show", post["url"].get<std::string>(), "--format", "json"});
    ASSERT_EQ(by_url.code, 0) << by_url.err;
    EXPECT_EQ(nlohmann::json::parse(by_url.out)["post_id"], id);
    Result thread = search({"thread", "--format", "jsonl", post["thread_id"].get<std::string>()});
    ASSERT_EQ(thread.code, 0) << thread.err;
    for (const auto& p : json_lines(thread.out))
        EXPECT_EQ(p["thread_id"], post["thread_id"]);
    EXPECT_EQ(search({"stats", "--format", "json"}).code, 0);
}

TEST_F(CommandWords, AnIdTheIndexLacksIsSearchedAndSaysWhy) {
    Result r = search({"show", "999999999"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "0 posts matched\n");
    EXPECT_EQ(r.err,
              "forum-search: searched for \"show 999999999\", since the index has no post "
              "999999999 (forum-search show -- 999999999 insists on the command)\n");
    Result count = search({"--count", "thread", "safety"});
    EXPECT_EQ(count.out, "0\n");
    EXPECT_NE(count.err.find("the index has no thread safety"), std::string::npos) << count.err;
}

TEST_F(CommandWords, DoubleDashAndSearchForceEitherReading) {
    // `--` after the subcommand: the command, even for an id the index does not have.
    Result no_thread = search({"thread", "--", "safety"});
    EXPECT_EQ(no_thread.code, 1);
    EXPECT_NE(no_thread.err.find("no thread safety"), std::string::npos) << no_thread.err;
    EXPECT_EQ(
        search({"show", "--", "999999999"}).err.find("no post 999999999") != std::string::npos,
        true);
    // `search` first, or `--` before: a search, whatever the words.
    auto golden = golden_by_key();
    std::string id = golden.begin()->second["post_id"];
    EXPECT_EQ(query_searched({"search", "show", id}), "show " + id);
    EXPECT_EQ(query_searched({"search", "stats"}), "stats");
    EXPECT_EQ(query_searched({"--", "explain", "stats"}), "explain stats");
    EXPECT_EQ(query_searched({"search", "search"}), "search");
}

TEST_F(CommandWords, AQueryStartingWithADashIsSearched) {
    auto missile = hit_ids("missile");
    ASSERT_FALSE(missile.empty());
    auto by_walker = golden_ids([](auto& p) { return same_text(p["poster"], "beijingwalker"); });
    std::set<std::string> expected;
    for (const auto& id : missile)
        if (!by_walker.count(id)) expected.insert(id);
    ASSERT_NE(expected, missile);  // beijingwalker wrote of missiles: the filter does something
    Result r = search({"--format", "jsonl", "--limit", "1000", "-poster:beijingwalker missile"});
    ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
    std::set<std::string> got;
    for (const auto& h : json_lines(r.out))
        got.insert(h["post_id"]);
    EXPECT_EQ(got, expected);
    EXPECT_EQ(query_searched({"-poster:beijingwalker missile"}), "-poster:beijingwalker missile");
}

}  // namespace
}  // namespace e2e
