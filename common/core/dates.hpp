#pragma once
// Dates: machine-readable forms (ISO 8601, epochs), the visible forms forums print, and the
// fixed output forms the index and the CLIs use. All instants are seconds since the epoch, UTC.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace forum {

class TimeZone;  // time_zone.hpp

struct CivilTime {
    int year = 1970, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
};

// The civil time read at a fixed UTC offset (seconds east of UTC).
std::int64_t to_epoch(const CivilTime& t, int utc_offset_seconds = 0);
CivilTime civil_utc(std::int64_t epoch);
bool is_valid_date(int year, int month, int day);

// "2023-10-01T08:05:00+0500", "...+05:00", "...Z", fractional seconds, "2023-10-01 08:05",
// "2023-10-01". A value without a zone is read at `default_offset_seconds`.
std::optional<std::int64_t> parse_iso8601(std::string_view s, int default_offset_seconds = 0);

std::string format_iso_utc(std::int64_t epoch);       // 2023-09-30T19:05:00Z
std::string format_date(std::int64_t epoch);          // 2023-09-30
std::string format_date_compact(std::int64_t epoch);  // 20230930
std::string format_display(std::int64_t epoch);       // 2023-09-30 19:05 UTC

// How to read a date that a page shows to people.
struct DateContext {
    std::int64_t now = 0;                  // the crawl time, for "Today" and "Yesterday"
    int utc_offset_seconds = 0;            // the zone the page's times are in, when `zone` is null
    std::shared_ptr<const TimeZone> zone;  // an IANA zone (--timezone Europe/Moscow): DST-aware
    bool prefer_day_first = false;         // for 01/02/2023 when both readings are valid
};

struct VisibleDate {
    CivilTime civil;
    bool has_time = false;
};

// Visible dates and times: "Nov 4, 2011", "4 November 2011 at 3:05 PM", "14 Июль 2014 в 14:08",
// "06-15-2016, 03:03 PM", "2016-02-01, 02:21", "Today at 3:05 PM", "Вчера, 10:12". Month names in
// English, Russian, German, French and Spanish. Returns the civil (local) date and time.
std::optional<VisibleDate> parse_visible_date(std::string_view text, const DateContext& ctx);

// A visible date and time as an instant, read in the context's zone.
std::optional<std::int64_t> parse_visible_time(std::string_view text, const DateContext& ctx);

// ISO 8601 as above; a value without a zone is read in the context's zone, with the offset in
// force at that time.
std::optional<std::int64_t> parse_iso8601(std::string_view s, const DateContext& ctx);

// The instant a local civil time names in the context's zone.
std::int64_t local_to_epoch(const CivilTime& local, const DateContext& ctx);

// A visible date as YYYY-MM-DD (for "Joined"), or nothing.
std::optional<std::string> parse_visible_day(std::string_view text, const DateContext& ctx);

}  // namespace forum

namespace forum {

// A fixed UTC offset: "UTC", "Z", "+05:00", "-0300", "+5", "UTC+5:30". Seconds east of UTC.
std::optional<int> parse_utc_offset(std::string_view zone);

}  // namespace forum
