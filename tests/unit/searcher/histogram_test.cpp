// Periods of a timeline, and counts per period with the empty ones filled in.

#include "searcher/histogram.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(Histogram, PeriodNames) {
    EXPECT_EQ(period_of("20231005", Period::kDay), "2023-10-05");
    EXPECT_EQ(period_of("20231005", Period::kMonth), "2023-10");
    EXPECT_EQ(period_of("20231005", Period::kYear), "2023");
    EXPECT_EQ(period_of("20231005", Period::kWeek), "2023-W40");  // a Thursday
    EXPECT_EQ(period_of("20231002", Period::kWeek), "2023-W40");  // its Monday
    EXPECT_EQ(period_of("20231008", Period::kWeek), "2023-W40");  // its Sunday
    EXPECT_EQ(period_of("20231009", Period::kWeek), "2023-W41");
    // ISO weeks across new year: the week belongs to the year of its Thursday.
    EXPECT_EQ(period_of("20241230", Period::kWeek), "2025-W01");
    EXPECT_EQ(period_of("20210103", Period::kWeek), "2020-W53");
    EXPECT_EQ(period_of("20210104", Period::kWeek), "2021-W01");
    EXPECT_EQ(period_of("20230101", Period::kWeek), "2022-W52");
    EXPECT_EQ(period_of("19700101", Period::kWeek), "1970-W01");
    EXPECT_EQ(period_of("19691231", Period::kWeek), "1970-W01");
    EXPECT_EQ(period_of("2023100", Period::kDay), "");
    EXPECT_EQ(period_of("20231301", Period::kDay), "");
    EXPECT_EQ(period_of("2023-10-", Period::kDay), "");
}

TEST(Histogram, EmptyPeriodsBetweenTheFirstAndLastAreCounted) {
    std::map<std::string, Xapian::doccount> days = {
        {"20230930", 2}, {"20231001", 1}, {"20231003", 4}, {"20231215", 1}};
    auto months = counts_by_period(days, Period::kMonth);
    ASSERT_EQ(months.size(), 4u);
    EXPECT_EQ(months[0].period, "2023-09");
    EXPECT_EQ(months[0].count, 2u);
    EXPECT_EQ(months[1].period, "2023-10");
    EXPECT_EQ(months[1].count, 5u);
    EXPECT_EQ(months[2].period, "2023-11");
    EXPECT_EQ(months[2].count, 0u);
    EXPECT_EQ(months[3].period, "2023-12");
    EXPECT_EQ(months[3].count, 1u);

    auto d = counts_by_period(days, Period::kDay);
    ASSERT_EQ(d.size(), 77u);  // 30 Sep .. 15 Dec
    EXPECT_EQ(d[2].period, "2023-10-02");
    EXPECT_EQ(d[2].count, 0u);
    EXPECT_EQ(d.back().period, "2023-12-15");

    auto weeks = counts_by_period(days, Period::kWeek);
    ASSERT_EQ(weeks.size(), 12u);  // 2023-W39 .. 2023-W50
    EXPECT_EQ(weeks[0].period, "2023-W39");
    EXPECT_EQ(weeks[0].count, 3u);  // Sat 30 Sep, Sun 1 Oct
    EXPECT_EQ(weeks[1].period, "2023-W40");
    EXPECT_EQ(weeks[1].count, 4u);
    EXPECT_EQ(weeks.back().period, "2023-W50");

    auto years = counts_by_period({{"20211231", 1}, {"20240101", 3}}, Period::kYear);
    ASSERT_EQ(years.size(), 4u);
    EXPECT_EQ(years[1].period, "2022");
    EXPECT_EQ(years[1].count, 0u);
    EXPECT_EQ(years[3].count, 3u);
    // Weeks across a year with 53 of them.
    auto long_year = counts_by_period({{"20201228", 1}, {"20210111", 1}}, Period::kWeek);
    ASSERT_EQ(long_year.size(), 3u);
    EXPECT_EQ(long_year[0].period, "2020-W53");
    EXPECT_EQ(long_year[1].period, "2021-W01");
    EXPECT_EQ(long_year[2].period, "2021-W02");
}

TEST(Histogram, NothingToCount) {
    EXPECT_TRUE(counts_by_period({}, Period::kMonth).empty());
    EXPECT_TRUE(counts_by_period({{"junk", 3}}, Period::kMonth).empty());
}

}  // namespace
}  // namespace forum
