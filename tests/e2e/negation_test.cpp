// A query of negations only means every post but those (`-in:first`: the replies), and such a
// query can be typed as README shows it, without `--`: a word starting with '-' that is not an
// option of forum-search is a query word.

#include <gtest/gtest.h>

#include "golden.hpp"

namespace e2e {
namespace {

class Negation : public FixtureIndex {
protected:
    static std::set<std::string> ids_of(const Result& r) {
        std::set<std::string> ids;
        std::istringstream lines(r.out);
        for (std::string line; std::getline(lines, line);)
            ids.insert(line);
        return ids;
    }
    // Searched as a user types it: the query words as separate arguments, no "--".
    static Result typed(std::vector<std::string> args) {
        args.insert(args.begin(), {"--format", "ids", "--limit", "1000"});
        return search(args);
    }
};

bool is_first(const nlohmann::json& p) { return p["position"] == 1; }
bool by_beijingwalker(const nlohmann::json& p) { return same_text(p["poster"], "beijingwalker"); }

TEST_F(Negation, NegationsAloneMatchEveryPostButThose) {
    auto replies = golden_ids([](auto& p) { return !is_first(p); });
    ASSERT_FALSE(replies.empty());
    EXPECT_EQ(hit_ids("-in:first"), replies);
    EXPECT_EQ(hit_ids("NOT in:first"), replies);
    EXPECT_EQ(hit_ids("-poster:beijingwalker"),
              golden_ids([](auto& p) { return !by_beijingwalker(p); }));
    EXPECT_EQ(hit_ids("-in:first -poster:beijingwalker"),
              golden_ids([](auto& p) { return !is_first(p) && !by_beijingwalker(p); }));
    EXPECT_EQ(hit_ids("-in:first AND -poster:beijingwalker"),
              golden_ids([](auto& p) { return !is_first(p) && !by_beijingwalker(p); }));
    EXPECT_EQ(hit_ids("-in:first OR poster:beijingwalker"),
              golden_ids([](auto& p) { return !is_first(p) || by_beijingwalker(p); }));
    // With a positive part, a negation subtracts from it, as before.
    EXPECT_EQ(hit_ids("-in:first site:defence.pk"), golden_ids([](auto& p) {
                  return !is_first(p) && same_text(p["site"], "defence.pk");
              }));
}

TEST_F(Negation, ANegatedWordIsTheComplementOfTheWord) {
    auto all = golden_ids([](auto&) { return true; });
    for (const char* word : {"summit", "tsushima"}) {
        SCOPED_TRACE(word);
        auto with = hit_ids(word);
        auto without = hit_ids(std::string("-") + word);
        ASSERT_FALSE(with.empty());
        std::set<std::string> both;
        both.insert(with.begin(), with.end());
        both.insert(without.begin(), without.end());
        EXPECT_EQ(both, all);
        EXPECT_EQ(with.size() + without.size(), all.size());  // no post in both
        EXPECT_EQ(hit_ids(std::string("NOT ") + word), without);
    }
}

TEST_F(Negation, ExplainShowsEveryPostButThose) {
    Result r = search({"explain", "--", "-in:first"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("xapian:  Query((<alldocuments> AND_NOT XINfirst))"), std::string::npos)
        << r.out;
    Result json = search({"explain", "--format", "json", "--", "-summit"});
    ASSERT_EQ(json.code, 0) << json.err;
    std::string xapian = nlohmann::json::parse(json.out)["xapian"];
    EXPECT_TRUE(xapian.starts_with("Query((<alldocuments> AND_NOT Zsummit@")) << xapian;
}

TEST_F(Negation, ADashWordNeedsNoDoubleDash) {
    auto replies = golden_ids([](auto& p) { return !is_first(p); });
    EXPECT_EQ(ids_of(typed({"-in:first"})), replies);
    EXPECT_EQ(ids_of(typed({"--sort", "newest", "-in:first"})), replies);
    EXPECT_EQ(ids_of(typed({"-in:first", "--sort", "oldest"})), replies);
    EXPECT_EQ(ids_of(typed({"--", "-in:first"})), replies);
    Result count = search({"--count", "-in:first"});
    EXPECT_EQ(count.code, 0) << count.err;
    EXPECT_EQ(count.out, std::to_string(replies.size()) + "\n");
    // Words and dash words mix, in order.
    EXPECT_EQ(ids_of(typed({"site:defence.pk", "-in:first"})), golden_ids([](auto& p) {
                  return !is_first(p) && same_text(p["site"], "defence.pk");
              }));
    // Subcommands take them too.
    Result explain = search({"explain", "-in:first"});
    EXPECT_EQ(explain.code, 0) << explain.err;
    EXPECT_NE(explain.out.find("AND_NOT XINfirst"), std::string::npos) << explain.out;
    EXPECT_EQ(search({"explain", "--format", "json", "-in:first"}).code, 0);
}

TEST_F(Negation, OptionsStillWinOverDashWords) {
    Result version = search({"-V"});
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.starts_with("forum-search ")) << version.out;
    Result help = search({"-h"});
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("Usage:"), std::string::npos) << help.out;
    Result show_help = search({"show", "-h"});
    EXPECT_EQ(show_help.code, 0);
    EXPECT_NE(show_help.out.find("POST_ID"), std::string::npos) << show_help.out;
    // Only exactly -V is the version flag: -Vietnam is a word (the complement of "vietnam").
    Result vietnam = search({"--count", "-Vietnam"});
    EXPECT_EQ(vietnam.code, 0) << vietnam.err;
    size_t all = golden_ids([](auto&) { return true; }).size();
    EXPECT_EQ(vietnam.out, std::to_string(all - hit_ids("vietnam").size()) + "\n");
    // A mistyped long option is an error, not a search for "--lmit".
    Result typo = search({"--lmit", "3", "summit"});
    EXPECT_EQ(typo.code, 2);
    EXPECT_NE(typo.err.find("--lmit"), std::string::npos) << typo.err;
    // An option's value is its value, even when a dash word follows.
    Result limited = search({"--limit", "2", "--format", "ids", "-in:first"});
    EXPECT_EQ(ids_of(limited).size(), 2u);
    // A subcommand that takes no words still refuses one when insisted on (without `--`, words
    // after stats are a search: tests/e2e/command_words_test.cpp).
    EXPECT_EQ(search({"stats", "--", "-in:first"}).code, 2);
}

}  // namespace
}  // namespace e2e
