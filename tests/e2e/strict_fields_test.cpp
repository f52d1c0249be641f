// Issue 14, fields strict and forgiving at once: names in any case, the aliases forum users type,
// before:/after:, and a NAME: that is no field an error (exit 2) naming the nearest, end to end
// on the fixture crawl against the golden files.

#include <gtest/gtest.h>

#include "golden.hpp"

namespace e2e {
namespace {

class StrictFields : public FixtureIndex {};

TEST_F(StrictFields, NamesInAnyCaseAndTheAliasesFindThePosters) {
    auto by_walker = golden_ids([](auto& p) { return same_text(p["poster"], "beijingwalker"); });
    ASSERT_FALSE(by_walker.empty());
    for (std::string q : {"poster:beijingwalker", "Poster:beijingwalker", "POSTER:BeijingWalker",
                          "author:beijingwalker", "Author:beijingwalker", "user:beijingwalker",
                          "by:beijingwalker"}) {
        SCOPED_TRACE(q);
        EXPECT_EQ(hit_ids(q), by_walker);
    }
    EXPECT_EQ(hit_ids("User-Title:\"elite member\" Country:China"), golden_ids([](auto& p) {
                  return same_text(p["user_title"], "elite member") &&
                         same_text(p["country"], "china");
              }));
    // Two spellings of one field are ORed, as two poster: are.
    EXPECT_EQ(hit_ids("author:beijingwalker user:\"Pinterest Mom\""), golden_ids([](auto& p) {
                  return same_text(p["poster"], "beijingwalker") ||
                         same_text(p["poster"], "Pinterest Mom");
              }));
}

TEST_F(StrictFields, BeforeIsStrictlyBeforeAfterIsOnOrAfter) {
    auto days = [](const std::string& from, const std::string& to_exclusive) {
        return golden_ids([&](auto& p) {
            std::string d = day_of(p);
            return d >= from && d < to_exclusive;
        });
    };
    // 2023-10-01 holds posts, and so do the days before and after it.
    ASSERT_FALSE(days("2023-10-01", "2023-10-02").empty());
    ASSERT_FALSE(days("0000", "2023-10-01").empty());
    EXPECT_EQ(hit_ids("before:2023-10-01"), days("0000", "2023-10-01"));
    EXPECT_EQ(hit_ids("after:2023-10-01"), days("2023-10-01", "9999"));
    EXPECT_EQ(hit_ids("after:2023-10-01 before:2023-10-05"), days("2023-10-01", "2023-10-05"));
    EXPECT_EQ(hit_ids("After:2023-10 Before:2023-11"), days("2023-10-01", "2023-11-01"));
    EXPECT_EQ(hit_ids("before:2023-10"), days("0000", "2023-10-01"));
    auto firsts_before = golden_ids(
        [](auto& p) { return p["position"] == 1 && day_of(p) < std::string("2023-10-01"); });
    EXPECT_EQ(hit_ids("in:first before:2023-10-01"), firsts_before);
    Result range = search({"--", "before:2023-09..2023-10"});
    EXPECT_EQ(range.code, 2);
    EXPECT_NE(range.err.find("before: takes one date, not a range"), std::string::npos)
        << range.err;
}

TEST_F(StrictFields, AnUnknownFieldIsAnErrorNamingTheNearest) {
    Result r = search({"postr:beijingwalker"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err,
              "forum-search: bad query: unknown field 'postr:' — did you mean 'poster:'? (quote "
              "text that is not a field: \"postr:beijingwalker\")\n");
    for (auto [query, nearest] :
         {std::pair{"summit countyr:china", "'country:'"}, std::pair{"Tilte:summit", "'title:'"},
          std::pair{"-befor:2023", "'before:'"}}) {
        SCOPED_TRACE(query);
        for (auto args : {std::vector<std::string>{"--", query},
                          std::vector<std::string>{"--count", "--", query},
                          std::vector<std::string>{"explain", query}}) {
            Result e = search(args);
            EXPECT_EQ(e.code, 2);
            EXPECT_NE(e.err.find(nearest), std::string::npos) << e.err;
        }
    }
}

TEST_F(StrictFields, UrlsTimesAndQuotedTextStayText) {
    const std::string url =
        "https://www.voanews.com/a/"
        "south-korea-japan-aim-to-stabilize-china-relations-despite-us-partnership/7292271.html";
    auto with_url = golden_ids([&](auto& p) {
        return p["text"].template get<std::string>().find(url) != std::string::npos;
    });
    ASSERT_FALSE(with_url.empty());
    EXPECT_EQ(hit_ids(url), with_url);
    for (std::string q : {"at 10:30", "Note: summit", "\"postr:beijingwalker\""}) {
        SCOPED_TRACE(q);
        EXPECT_NE(search({"--count", "--", q}).code, 2);
    }
    // "Note: summit" is the two words.
    EXPECT_EQ(hit_ids("Note: summit"), hit_ids("note summit"));
}

TEST_F(StrictFields, ExplainShowsWhichWordsBecameWhichField) {
    Result r = search({"explain", "--format", "json",
                       "Author:beijingwalker TITLE:summit after:2023-10 before:2023-11 summit"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["fields"].size(), 4u) << r.out;
    auto field = [&](size_t i) {
        const auto& f = j["fields"][i];
        return f["typed"].get<std::string>() + ":" + f["value"].get<std::string>() + " = " +
               f["field"].get<std::string>() + ": " + f["meaning"].get<std::string>();
    };
    EXPECT_EQ(field(0),
              "Author:beijingwalker = poster: term XFAbeijingwalker (the name folded: any case, "
              "no diacritics)");
    EXPECT_EQ(field(1), "TITLE:summit = title: words under prefix S (title text, stemmed)");
    EXPECT_EQ(field(2), "after:2023-10 = date: post date 2023-10-01 to … (UTC, inclusive)");
    EXPECT_EQ(field(3), "before:2023-11 = date: post date … to 2023-10-31 (UTC, inclusive)");
    Result text = search({"explain", "By:beijingwalker"});
    EXPECT_NE(text.out.find("field:   By:beijingwalker  →  poster: term XFAbeijingwalker"),
              std::string::npos)
        << text.out;
}

}  // namespace
}  // namespace e2e
