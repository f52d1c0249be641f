// --timezone with IANA names: offsets per instant from the system's TZif files, DST edges.

#include "common/core/time_zone.hpp"

#include <unistd.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "common/core/dates.hpp"

namespace forum {
namespace {

std::shared_ptr<const TimeZone> zone(const char* name) {
    if (!std::filesystem::exists(std::string("/usr/share/zoneinfo/") + name)) return nullptr;
    return TimeZone::load(name);
}

std::string utc(const std::shared_ptr<const TimeZone>& z, CivilTime local) {
    return format_iso_utc(z->to_utc(local));
}

TEST(TimeZone, MoscowKeptSummerTimeIn2010NotIn2014) {
    auto z = zone("Europe/Moscow");
    if (!z) GTEST_SKIP() << "tzdata is not installed";
    EXPECT_EQ(z->name(), "Europe/Moscow");
    EXPECT_EQ(utc(z, {2010, 1, 15, 12, 0, 0}), "2010-01-15T09:00:00Z");  // MSK +3
    EXPECT_EQ(utc(z, {2010, 7, 15, 12, 0, 0}), "2010-07-15T08:00:00Z");  // MSD +4
    EXPECT_EQ(utc(z, {2013, 1, 15, 12, 0, 0}), "2013-01-15T08:00:00Z");  // +4 all year
    EXPECT_EQ(utc(z, {2014, 7, 15, 12, 0, 0}), "2014-07-15T08:00:00Z");
    EXPECT_EQ(utc(z, {2014, 12, 15, 12, 0, 0}), "2014-12-15T09:00:00Z");  // +3 since 2014-10-26
    EXPECT_EQ(z->offset_at(to_epoch({2014, 10, 25, 21, 59, 59})), 4 * 3600);
    EXPECT_EQ(z->offset_at(to_epoch({2014, 10, 25, 22, 0, 0})), 3 * 3600);
}

TEST(TimeZone, NewYorkSpringGapAndAutumnOverlap) {
    auto z = zone("America/New_York");
    if (!z) GTEST_SKIP() << "tzdata is not installed";
    // 2023-03-12: 02:00 EST jumps to 03:00 EDT.
    EXPECT_EQ(utc(z, {2023, 3, 12, 1, 59, 0}), "2023-03-12T06:59:00Z");
    EXPECT_EQ(utc(z, {2023, 3, 12, 2, 30, 0}), "2023-03-12T07:30:00Z");  // in the gap: EST
    EXPECT_EQ(utc(z, {2023, 3, 12, 3, 0, 0}), "2023-03-12T07:00:00Z");
    // 2023-11-05: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice, the first is taken.
    EXPECT_EQ(utc(z, {2023, 11, 5, 0, 59, 0}), "2023-11-05T04:59:00Z");
    EXPECT_EQ(utc(z, {2023, 11, 5, 1, 30, 0}), "2023-11-05T05:30:00Z");
    EXPECT_EQ(utc(z, {2023, 11, 5, 2, 0, 0}), "2023-11-05T07:00:00Z");
    EXPECT_EQ(z->offset_at(to_epoch({2023, 11, 5, 5, 59, 59})), -4 * 3600);
    EXPECT_EQ(z->offset_at(to_epoch({2023, 11, 5, 6, 0, 0})), -5 * 3600);
}

TEST(TimeZone, AfterTheLastTransitionTheFileRuleApplies) {
    auto z = zone("America/New_York");
    if (!z) GTEST_SKIP() << "tzdata is not installed";
    EXPECT_EQ(utc(z, {2050, 7, 1, 12, 0, 0}), "2050-07-01T16:00:00Z");
    EXPECT_EQ(utc(z, {2050, 12, 1, 12, 0, 0}), "2050-12-01T17:00:00Z");
    auto rule = TimeZone::parse_rule("EST5EDT,M3.2.0,M11.1.0");
    ASSERT_TRUE(rule);
    EXPECT_EQ(rule->std_offset, -5 * 3600);
    EXPECT_EQ(rule->dst_offset, -4 * 3600);
    EXPECT_EQ(rule->start.month, 3);
    EXPECT_EQ(rule->start.week, 2);
    EXPECT_EQ(rule->end.month, 11);
    auto msk = TimeZone::parse_rule("MSK-3");
    ASSERT_TRUE(msk);
    EXPECT_EQ(msk->std_offset, 3 * 3600);
    EXPECT_FALSE(msk->has_dst);
    EXPECT_TRUE(TimeZone::parse_rule("<+0330>-3:30"));
}

TEST(TimeZone, RulesOutOfRangeAreRefused) {
    // Found by fuzzing: the digits of a rule's month overflowed an int, and months, weeks and
    // days out of range were taken as they were.
    EXPECT_FALSE(TimeZone::parse_rule("EST5EDT,M99999999999.2.0,M11.1.0"));
    EXPECT_FALSE(TimeZone::parse_rule("EST5EDT,M13.2.0,M11.1.0"));
    EXPECT_FALSE(TimeZone::parse_rule("EST5EDT,M0.2.0,M11.1.0"));
    EXPECT_FALSE(TimeZone::parse_rule("EST5EDT,M3.6.0,M11.1.0"));
    EXPECT_FALSE(TimeZone::parse_rule("EST5EDT,M3.2.7,M11.1.0"));
    EXPECT_TRUE(TimeZone::parse_rule("EST5EDT,M12.5.6,M1.1.0"));
}

// A TZif file (RFC 8536) with no transitions and one local time type, +03:00 "MSK"; the counts of
// its version 2 header (isut, isstd, leap, time, type, char) as given.
std::string tzif(const std::array<std::uint32_t, 6>& v2_counts) {
    auto be32 = [](std::uint32_t v) {
        return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                           static_cast<char>(v >> 8), static_cast<char>(v)};
    };
    auto header = [&](const std::array<std::uint32_t, 6>& counts) {
        std::string h = "TZif2" + std::string(15, '\0');
        for (auto c : counts)
            h += be32(c);
        return h;
    };
    std::string type = be32(3 * 3600) + std::string{'\0', '\0'} + std::string("MSK", 4);
    return header({0, 0, 0, 0, 1, 4}) + type + header(v2_counts) + type + "\nMSK-3\n";
}

std::shared_ptr<const TimeZone> load_file(const std::string& bytes) {
    auto dir = std::filesystem::temp_directory_path() / ("forum-tz-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "Zone", std::ios::binary) << bytes;
    setenv("TZDIR", dir.c_str(), 1);
    auto z = TimeZone::load("Zone");
    unsetenv("TZDIR");
    std::filesystem::remove_all(dir);
    return z;
}

TEST(TimeZone, DamagedFilesAreRefused) {
    auto z = load_file(tzif({0, 0, 0, 0, 1, 4}));
    ASSERT_TRUE(z);
    EXPECT_EQ(z->offset_at(1700000000), 3 * 3600);
    // Found by fuzzing: counts of 0xFFFFFFFF were read as -1, which wrapped the offsets of the
    // data after them, and the loader read far outside the file.
    EXPECT_FALSE(load_file(tzif({0, 0, 0, 0xFFFFFFFF, 1, 4})));
    EXPECT_FALSE(
        load_file(tzif({0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF})));
    EXPECT_FALSE(load_file(tzif({0, 0, 0, 0, 0, 4})));                // no local time type
    EXPECT_FALSE(load_file(tzif({0, 0, 0, 0, 1, 4}).substr(0, 60)));  // cut short
}

TEST(TimeZone, FixedOffsetsAndBadNames) {
    auto z = TimeZone::load("+05:30");
    ASSERT_TRUE(z);
    EXPECT_EQ(z->offset_at(0), 19800);
    EXPECT_EQ(z->name(), "+05:30");
    EXPECT_EQ(TimeZone::load("UTC")->offset_at(1700000000), 0);
    EXPECT_FALSE(TimeZone::load("Nowhere/Atlantis"));
    EXPECT_FALSE(TimeZone::load("../../etc/passwd"));
    EXPECT_FALSE(TimeZone::load(""));
}

TEST(TimeZone, VisibleAndZonelessTimesReadPerDate) {
    auto z = zone("Europe/Moscow");
    if (!z) GTEST_SKIP() << "tzdata is not installed";
    DateContext ctx;
    ctx.zone = z;
    ctx.now = to_epoch({2010, 7, 20, 12, 0, 0});
    EXPECT_EQ(format_iso_utc(*parse_visible_time("01-15-2010, 12:00 PM", ctx)),
              "2010-01-15T09:00:00Z");
    EXPECT_EQ(format_iso_utc(*parse_visible_time("07-15-2010, 12:00 PM", ctx)),
              "2010-07-15T08:00:00Z");
    EXPECT_EQ(format_iso_utc(*parse_visible_time("Yesterday, 10:12", ctx)), "2010-07-19T06:12:00Z");
    EXPECT_EQ(format_iso_utc(*parse_iso8601("2010-01-15T12:00:00", ctx)), "2010-01-15T09:00:00Z");
    EXPECT_EQ(format_iso_utc(*parse_iso8601("2010-01-15T12:00:00Z", ctx)), "2010-01-15T12:00:00Z");
}

}  // namespace
}  // namespace forum
