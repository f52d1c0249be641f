// A query of negations only means every post but those (`-in:first`: the replies).

#include <gtest/gtest.h>

#include "golden.hpp"

namespace e2e {
namespace {

class Negation : public FixtureIndex {};

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

}  // namespace
}  // namespace e2e
