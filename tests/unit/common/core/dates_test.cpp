#include "common/core/dates.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

std::int64_t utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
    return to_epoch({y, mo, d, h, mi, s});
}

TEST(Iso8601, ReadsOffsetsAndZones) {
    EXPECT_EQ(parse_iso8601("2023-10-01T08:05:00+0500"), utc(2023, 10, 1, 3, 5));
    EXPECT_EQ(parse_iso8601("2023-10-01T08:05:00+05:00"), utc(2023, 10, 1, 3, 5));
    EXPECT_EQ(parse_iso8601("2014-07-14T14:08:22+0400"), 1405332502);
    EXPECT_EQ(parse_iso8601("2019-11-18T06:49:00Z"), utc(2019, 11, 18, 6, 49));
    EXPECT_EQ(parse_iso8601("2019-11-18T06:49:00.123Z"), utc(2019, 11, 18, 6, 49));
    EXPECT_EQ(parse_iso8601("2023-10-01T22:30:00-03:30"), utc(2023, 10, 2, 2, 0));
    EXPECT_EQ(parse_iso8601("2023-10-01 08:05"), utc(2023, 10, 1, 8, 5));
    EXPECT_EQ(parse_iso8601("2023-10-01"), utc(2023, 10, 1));
}

TEST(Iso8601, ZonelessTimesUseTheDefaultOffset) {
    EXPECT_EQ(parse_iso8601("2019-04-09T08:37:23", 7200), utc(2019, 4, 9, 6, 37, 23));
}

TEST(Iso8601, RejectsWhatIsNotADate) {
    for (const char* bad : {"", "2023", "2023-13-01", "2023-02-30", "2023-10-01T25:00", "yesterday",
                            "2023-10-01T08:05:00+05:00junk", "20231001"}) {
        EXPECT_FALSE(parse_iso8601(bad)) << bad;
    }
}

TEST(Format, OutputForms) {
    std::int64_t t = utc(2023, 9, 30, 19, 5);
    EXPECT_EQ(format_iso_utc(t), "2023-09-30T19:05:00Z");
    EXPECT_EQ(format_date(t), "2023-09-30");
    EXPECT_EQ(format_date_compact(t), "20230930");
    EXPECT_EQ(format_display(t), "2023-09-30 19:05 UTC");
    EXPECT_EQ(format_iso_utc(-1), "1969-12-31T23:59:59Z");
}

TEST(CivilTime, RoundTripsAcrossLeapDays) {
    for (std::int64_t t : {0LL, 951782400LL, 1709164800LL, 4102444799LL}) {
        CivilTime c = civil_utc(t);
        EXPECT_EQ(to_epoch(c), t);
    }
    CivilTime leap = civil_utc(utc(2024, 2, 29, 12));
    EXPECT_EQ(leap.month, 2);
    EXPECT_EQ(leap.day, 29);
}

TEST(VisibleDate, EnglishForms) {
    DateContext ctx;
    EXPECT_EQ(parse_visible_day("Nov 4, 2011", ctx), "2011-11-04");
    EXPECT_EQ(parse_visible_day("4 November 2011", ctx), "2011-11-04");
    EXPECT_EQ(parse_visible_day("Sept. 28, 2023", ctx), "2023-09-28");
    EXPECT_EQ(parse_visible_time("Oct 30, 2014 at 10:48 PM", ctx), utc(2014, 10, 30, 22, 48));
    EXPECT_EQ(parse_visible_time("October 01, 2023 3:05 AM", ctx), utc(2023, 10, 1, 3, 5));
    EXPECT_EQ(parse_visible_time("Nov 21, 2010 at 12:24 AM", ctx), utc(2010, 11, 21, 0, 24));
    EXPECT_EQ(parse_visible_time("Fri Oct 30, 2009 4:20 pm", ctx), utc(2009, 10, 30, 16, 20));
    EXPECT_EQ(parse_visible_time("November 18, 2019,  6:49am", ctx), utc(2019, 11, 18, 6, 49));
    EXPECT_EQ(parse_visible_time("Sep 20, 2012 11:16", ctx), utc(2012, 9, 20, 11, 16));
}

TEST(VisibleDate, OtherLanguages) {
    DateContext ctx;
    EXPECT_EQ(parse_visible_time("14 Июль 2014 в 14:08", ctx), utc(2014, 7, 14, 14, 8));
    EXPECT_EQ(parse_visible_day("3 марта 2020", ctx), "2020-03-03");
    EXPECT_EQ(parse_visible_day("12. März 2021", ctx), "2021-03-12");
    EXPECT_EQ(parse_visible_day("1er août 2022", ctx), "2022-08-01");
    EXPECT_EQ(parse_visible_day("5 de diciembre de 2019", ctx), "2019-12-05");
}

TEST(VisibleDate, NumericForms) {
    DateContext ctx;
    EXPECT_EQ(parse_visible_time("06-15-2016, 03:03 PM", ctx), utc(2016, 6, 15, 15, 3));
    EXPECT_EQ(parse_visible_time("2016-02-01, 02:21", ctx), utc(2016, 2, 1, 2, 21));
    EXPECT_EQ(parse_visible_day("25.12.2020", ctx), "2020-12-25");
    EXPECT_EQ(parse_visible_day("01.02.2020", ctx), "2020-02-01");  // dots: day first
    EXPECT_EQ(parse_visible_day("01/02/2020", ctx), "2020-01-02");  // US order by default
    ctx.prefer_day_first = true;
    EXPECT_EQ(parse_visible_day("01/02/2020", ctx), "2020-02-01");
    EXPECT_EQ(parse_visible_day("12/31/2020", ctx), "2020-12-31");  // 31 cannot be a month
}

TEST(VisibleDate, RelativeToTheCrawl) {
    DateContext ctx;
    ctx.now = utc(2023, 10, 7, 1, 30);  // 06:30 in +05:00
    ctx.utc_offset_seconds = 5 * 3600;
    EXPECT_EQ(parse_visible_time("Today at 3:05 PM", ctx), utc(2023, 10, 7, 10, 5));
    EXPECT_EQ(parse_visible_time("Yesterday, 10:12", ctx), utc(2023, 10, 6, 5, 12));
    EXPECT_EQ(parse_visible_time("Вчера, 10:12", ctx), utc(2023, 10, 6, 5, 12));
    EXPECT_EQ(parse_visible_time("Heute um 08:00", ctx), utc(2023, 10, 7, 3, 0));
    EXPECT_EQ(parse_visible_time("5 minutes ago", ctx), utc(2023, 10, 7, 1, 25));
    EXPECT_EQ(parse_visible_time("2 часа назад", ctx), utc(2023, 10, 6, 23, 30));
}

TEST(VisibleDate, YearlessDatesAreNotInTheFuture) {
    DateContext ctx;
    ctx.now = utc(2023, 3, 1);
    EXPECT_EQ(parse_visible_day("Feb 3", ctx), "2023-02-03");
    EXPECT_EQ(parse_visible_day("Dec 24", ctx), "2022-12-24");
}

TEST(VisibleDate, RejectsNonDates) {
    DateContext ctx;
    for (const char* bad :
         {"", "#161", "Member", "65,191", "Feb 30, 2023", "13/13/2020", "25:00"}) {
        EXPECT_FALSE(parse_visible_date(bad, ctx)) << bad;
    }
}

TEST(VisibleDate, NumbersTooLargeForADayOrMonthAreNotDates) {
    // Found by fuzzing: "1/257/2020" was read as January 257th (kept as "2020-01-257", dated
    // January 1st), as std::chrono checked the day modulo 256.
    EXPECT_FALSE(is_valid_date(2020, 1, 257));
    EXPECT_FALSE(is_valid_date(2020, 257, 1));
    EXPECT_FALSE(is_valid_date(70000, 1, 1));
    EXPECT_TRUE(is_valid_date(2020, 1, 31));
    DateContext ctx;
    for (const char* bad : {"1/257/2020", "257/1/2020"}) {
        EXPECT_FALSE(parse_visible_date(bad, ctx)) << bad;
    }
}

TEST(VisibleDate, AgoBeforeYearOneIsNoDate) {
    // Found by fuzzing (scripts/fuzz dates): 372203685 hours before 2023 is 40,000 years BC.
    DateContext ctx;
    ctx.now = utc(2023, 10, 7, 5, 0);
    std::string text =
        "92\xcb\xcc"
        "372\xcb\xcc"
        "372203685hours ago";
    EXPECT_FALSE(parse_visible_day(text, ctx)) << *parse_visible_day(text, ctx);
    EXPECT_FALSE(parse_visible_date("372203685 hours ago", ctx));
    EXPECT_EQ(parse_visible_day("3 hours ago", ctx), "2023-10-07");
}

TEST(UtcOffset, Forms) {
    EXPECT_EQ(parse_utc_offset("UTC"), 0);
    EXPECT_EQ(parse_utc_offset("+05:00"), 18000);
    EXPECT_EQ(parse_utc_offset("-0330"), -12600);
    EXPECT_EQ(parse_utc_offset("UTC+5"), 18000);
    EXPECT_FALSE(parse_utc_offset("Europe/Moscow"));
    EXPECT_FALSE(parse_utc_offset("+25:00"));
}

// What phpBB, SMF and MyBB print by default (the phpbb3, smf2 and mybb engines read these).
TEST(VisibleDate, PhpbbSmfAndMybbForms) {
    DateContext ctx;
    ctx.now = utc(2023, 9, 30, 23, 0);
    EXPECT_EQ(parse_visible_time("Sat Sep 30, 2023 7:05 pm", ctx), utc(2023, 9, 30, 19, 5));
    EXPECT_EQ(parse_visible_day("Sun Sep 03, 2006 9:23 pm", ctx), "2006-09-03");
    EXPECT_EQ(parse_visible_time("September 30, 2023, 07:05:12 PM", ctx),
              utc(2023, 9, 30, 19, 5, 12));
    EXPECT_EQ(parse_visible_time("Today at 07:05:12 PM", ctx), utc(2023, 9, 30, 19, 5, 12));
    EXPECT_EQ(parse_visible_time("09-30-2023, 07:05 PM", ctx), utc(2023, 9, 30, 19, 5));
    EXPECT_EQ(parse_visible_time("Today, 07:05 PM", ctx), utc(2023, 9, 30, 19, 5));
    EXPECT_EQ(parse_visible_time("Yesterday, 11:40 PM", ctx), utc(2023, 9, 29, 23, 40));
}

}  // namespace
}  // namespace forum
