#include "searcher/date_range.hpp"

#include <cstdlib>

#include <gtest/gtest.h>

#include "common/core/dates.hpp"

namespace forum {
namespace {

// Thursday 2023-10-05 12:00 UTC.
const std::int64_t kNow = *parse_iso8601("2023-10-05T12:00:00Z");

std::pair<std::string, std::string> range(const std::string& text) {
    DayRange r = parse_date_range(text, kNow);
    return {r.from, r.to};
}

using P = std::pair<std::string, std::string>;

TEST(DateRange, AbsoluteSpans) {
    EXPECT_EQ(range("2023"), P("20230101", "20231231"));
    EXPECT_EQ(range("2023-10"), P("20231001", "20231031"));
    EXPECT_EQ(range("2024-02"), P("20240201", "20240229"));
    EXPECT_EQ(range("2023-10-05"), P("20231005", "20231005"));
    EXPECT_EQ(range("20231005"), P("20231005", "20231005"));
}

TEST(DateRange, RangesRunFromTheFirstDayOfOneToTheLastOfTheOther) {
    EXPECT_EQ(range("2023-09-01..2023-10-31"), P("20230901", "20231031"));
    EXPECT_EQ(range("2023-09..2023-10"), P("20230901", "20231031"));
    EXPECT_EQ(range("2022..2023"), P("20220101", "20231231"));
    EXPECT_EQ(range("2023-09-01.."), P("20230901", ""));
    EXPECT_EQ(range("..2023-10-31"), P("", "20231031"));
    EXPECT_EQ(range("..2023-10"), P("", "20231031"));
}

TEST(DateRange, RelativeToNow) {
    EXPECT_EQ(range("today"), P("20231005", "20231005"));
    EXPECT_EQ(range("yesterday"), P("20231004", "20231004"));
    EXPECT_EQ(range("7d.."), P("20230928", ""));
    EXPECT_EQ(range("7d"), P("20230928", ""));  // alone: since then
    EXPECT_EQ(range("2w.."), P("20230921", ""));
    EXPECT_EQ(range("1m.."), P("20230905", ""));
    EXPECT_EQ(range("1y.."), P("20221005", ""));
    EXPECT_EQ(range("7d..yesterday"), P("20230928", "20231004"));
    EXPECT_EQ(range("last week"), P("20230925", "20231001"));  // Monday to Sunday
    EXPECT_EQ(range("this week"), P("20231002", "20231005"));
    EXPECT_EQ(range("last month"), P("20230901", "20230930"));
    EXPECT_EQ(range("this month"), P("20231001", "20231005"));
    EXPECT_EQ(range("Last  Year"), P("20220101", "20221231"));
    // January's last month is December of the year before; March 31st one month back is Feb 28th.
    DayRange jan = parse_date_range("last month", *parse_iso8601("2024-01-15T00:00:00Z"));
    EXPECT_EQ(P(jan.from, jan.to), P("20231201", "20231231"));
    DayRange m31 = parse_date_range("1m..", *parse_iso8601("2023-03-31T00:00:00Z"));
    EXPECT_EQ(m31.from, "20230228");
}

TEST(DateRange, RelativeFormsStopAtYearOne) {
    // Found by fuzzing: 21001y went back to year -18978, printed as "-18978..." (no YYYYMMDD),
    // and further back std::chrono's year (a short) wrapped: 42000y.. meant "since year 25559",
    // no post at all. Before year 1 there is nothing to find, so the bound stops there.
    EXPECT_EQ(range("42000y.."), P("00010101", ""));
    EXPECT_EQ(range("21001y"), P("00010101", ""));
    EXPECT_EQ(range("999999d.."), P("00010101", ""));
    EXPECT_EQ(range("999999w.."), P("00010101", ""));
    EXPECT_EQ(range("99999m..1y"), P("00010101", "20221005"));
    EXPECT_EQ(range("2022y.."), P("00011005", ""));  // still in year 1
}

TEST(DateRange, WhatCannotBeReadIsNamed) {
    for (const char* bad : {"garbage", "2023-13", "2023-02-30", "..", "", "2023-10-05..soon",
                            "yesterweek", "10/05/2023"}) {
        SCOPED_TRACE(bad);
        try {
            parse_date_range(bad, kNow);
            ADD_FAILURE() << "accepted";
        } catch (const DateError& e) {
            std::string what = e.what();
            if (std::string(bad) == "2023-10-05..soon") {
                EXPECT_NE(what.find("\"soon\""), std::string::npos) << what;
            }
        }
    }
    EXPECT_THROW(parse_date_range("2023-10-31..2023-09-01", kNow), DateError);  // backwards
}

TEST(DateRange, NowCanBeFixedForTests) {
    setenv("FORUM_SEARCH_NOW", "2023-10-05T12:00:00Z", 1);
    EXPECT_EQ(search_now(), kNow);
    setenv("FORUM_SEARCH_NOW", "someday", 1);
    EXPECT_THROW(search_now(), DateError);
    unsetenv("FORUM_SEARCH_NOW");
    EXPECT_GT(search_now(), kNow);
}

}  // namespace
}  // namespace forum
