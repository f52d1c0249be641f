// Every query field and date form, end to end on the fixture crawl, against the golden files.

#include <cstdlib>

#include <gtest/gtest.h>

#include "golden.hpp"

namespace e2e {
namespace {

class QueryFields : public FixtureIndex {};

TEST_F(QueryFields, EachFieldFindsExactlyItsPosts) {
    struct Case {
        std::string query;
        std::function<bool(const nlohmann::json&)> expected;
    };
    const Case cases[] = {
        {"poster:\"Pinterest Mom\"",
         [](auto& p) { return same_text(p["poster"], "Pinterest Mom"); }},
        {"country:\"United States\"",
         [](auto& p) { return same_text(p["country"], "united states"); }},
        {"location:\"Seattle, WA\"",
         [](auto& p) { return same_text(p["location"], "Seattle, WA"); }},
        {"forum:\"China & Far East\"",
         [](auto& p) { return same_text(p["forum"], "China & Far East"); }},
        {"site:defence.pk", [](auto& p) { return same_text(p["site"], "defence.pk"); }},
        {"thread:3141", [](auto& p) { return same_text(p["thread_id"], "3141"); }},
        {"user-title:\"elite member\"",
         [](auto& p) { return same_text(p["user_title"], "ELITE MEMBER"); }},
        {"user-title:member", [](auto& p) { return same_text(p["user_title"], "member"); }},
        {"quoted:beijingwalker",
         [](auto& p) {
             for (const auto& q : p["quotes"])
                 if (same_text(q["author"], "beijingwalker")) return true;
             return false;
         }},
        {"quoted:\"Jürgen Müller\"",
         [](auto& p) {
             for (const auto& q : p["quotes"])
                 if (same_text(q["author"], "Jürgen Müller")) return true;
             return false;
         }},
        {"in:first", [](auto& p) { return p["position"] == 1; }},
        {"in:first site:defence.pk",
         [](auto& p) { return p["position"] == 1 && same_text(p["site"], "defence.pk"); }},
        {"-in:first thread:745890",
         [](auto& p) { return p["position"] != 1 && same_text(p["thread_id"], "745890"); }},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        auto expected = golden_ids(c.expected);
        EXPECT_FALSE(expected.empty());
        EXPECT_EQ(hit_ids(c.query), expected);
    }
}

TEST_F(QueryFields, TitleAndQuoteWords) {
    EXPECT_EQ(hit_ids("title:rheinmetall"),
              golden_ids([](auto& p) { return same_text(p["thread_id"], "3141"); }));
    EXPECT_EQ(hit_ids("quote:\"paper tiger alliance\""), std::set<std::string>{"14856410"});
}

// Words of a text as the index sees them (lower case, split at anything but letters and digits).
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::string w;
    for (char c : forum::utf8_lower(text)) {
        if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
            w += c;
        } else if (!w.empty()) {
            out.push_back(w);
            w.clear();
        }
    }
    if (!w.empty()) out.push_back(w);
    return out;
}

TEST_F(QueryFields, NearFindsWordsWithinTheWindow) {
    auto near = [](const std::string& a, const std::string& b, size_t n) {
        return golden_ids([&](const nlohmann::json& p) {
            auto w = words(p["text"].get<std::string>());
            for (size_t i = 0; i < w.size(); ++i) {
                if (w[i] != a) continue;
                for (size_t j = 0; j < w.size(); ++j) {
                    if (w[j] == b && i != j && (i > j ? i - j : j - i) <= n) return true;
                }
            }
            return false;
        });
    };
    auto xi = near("xi", "jinping", 1);
    EXPECT_FALSE(xi.empty());
    EXPECT_EQ(hit_ids("xi NEAR/1 jinping"), xi);
    EXPECT_EQ(hit_ids("jinping NEAR/1 xi"), xi);  // either order
    EXPECT_EQ(hit_ids("xi ADJ/1 jinping"), xi);   // in this order
    EXPECT_TRUE(hit_ids("jinping ADJ/1 xi").empty());
    EXPECT_EQ(hit_ids("trilateral NEAR/3 summit"), near("trilateral", "summit", 3));
    // Far apart in the same post: found by AND, not by a tight NEAR.
    EXPECT_FALSE(hit_ids("washington summit").empty());
    EXPECT_EQ(hit_ids("washington NEAR/1 summit"), near("washington", "summit", 1));
}

std::set<std::string> days_between(const std::string& from, const std::string& to) {
    return golden_ids([&](const nlohmann::json& p) {
        std::string d = day_of(p);
        return d >= from && d <= to;
    });
}

TEST_F(QueryFields, AbsoluteDates) {
    EXPECT_EQ(hit_ids("date:2023"), days_between("2023-01-01", "2023-12-31"));
    EXPECT_EQ(hit_ids("date:2023-09"), days_between("2023-09-01", "2023-09-30"));
    EXPECT_EQ(hit_ids("date:2023-10-05"), days_between("2023-10-05", "2023-10-05"));
    EXPECT_EQ(hit_ids("date:2023-09-01..2023-10-01"), days_between("2023-09-01", "2023-10-01"));
    EXPECT_EQ(hit_ids("date:2023-10-06.."), days_between("2023-10-06", "9999"));
    EXPECT_EQ(hit_ids("date:..2023-10-01"), days_between("0000", "2023-10-01"));
    EXPECT_EQ(hit_ids("date:2023-09..2023-10"), days_between("2023-09-01", "2023-10-31"));
    EXPECT_TRUE(hit_ids("date:2022").empty());
    // --since / --until mean the same, and combine with date:.
    EXPECT_EQ(hit_ids("", {"--since", "2023-10-05", "--until", "2023-10-06"}),
              days_between("2023-10-05", "2023-10-06"));
    EXPECT_EQ(hit_ids("", {"--until", "2023-09"}), days_between("0000", "2023-09-30"));
    EXPECT_EQ(hit_ids("date:2023-10", {"--since", "2023-10-12"}),
              days_between("2023-10-12", "2023-10-31"));
}

TEST_F(QueryFields, RelativeDatesAgainstAFixedNow) {
    setenv("FORUM_SEARCH_NOW", "2023-10-05T12:00:00Z", 1);  // a Thursday
    EXPECT_EQ(hit_ids("date:today"), days_between("2023-10-05", "2023-10-05"));
    EXPECT_EQ(hit_ids("date:yesterday"), days_between("2023-10-04", "2023-10-04"));
    EXPECT_EQ(hit_ids("date:7d.."), days_between("2023-09-28", "9999"));
    EXPECT_EQ(hit_ids("date:2w.."), days_between("2023-09-21", "9999"));
    EXPECT_EQ(hit_ids("date:\"last week\""), days_between("2023-09-25", "2023-10-01"));
    EXPECT_EQ(hit_ids("date:\"last month\""), days_between("2023-09-01", "2023-09-30"));
    EXPECT_EQ(hit_ids("date:7d..yesterday"), days_between("2023-09-28", "2023-10-04"));
    EXPECT_EQ(hit_ids("", {"--since", "yesterday"}), days_between("2023-10-04", "9999"));
    EXPECT_EQ(hit_ids("", {"--since", "last month", "--until", "last month"}),
              days_between("2023-09-01", "2023-09-30"));
    unsetenv("FORUM_SEARCH_NOW");
}

TEST_F(QueryFields, UnreadableDatesAndQueriesExit2WithTheReason) {
    for (const char* q : {"date:garbage", "date:2023-13", "summit date:2023-10-01..soon",
                          "date:2023-10-31..2023-09-01"}) {
        SCOPED_TRACE(q);
        Result r = search({q});
        EXPECT_EQ(r.code, 2);
        EXPECT_TRUE(r.out.empty());
    }
    EXPECT_NE(search({"summit date:2023-10-01..soon"}).err.find("\"soon\""), std::string::npos);
    Result since = search({"--since", "someday", "summit"});
    EXPECT_EQ(since.code, 2);
    EXPECT_NE(since.err.find("someday"), std::string::npos) << since.err;
    Result bad = search({"summit AND"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("bad query: Syntax"), std::string::npos) << bad.err;
    EXPECT_EQ(search({"in:last"}).code, 2);
    setenv("FORUM_SEARCH_NOW", "tomorrow-ish", 1);
    Result now = search({"date:today"});
    unsetenv("FORUM_SEARCH_NOW");
    EXPECT_EQ(now.code, 2);
    EXPECT_NE(now.err.find("FORUM_SEARCH_NOW"), std::string::npos) << now.err;
}

}  // namespace
}  // namespace e2e
