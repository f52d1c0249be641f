#pragma once
// A timeline of matches: posts per day, ISO week, month or year over the span of the matched
// dates, empty periods included, read off the YYYYMMDD values of the date slot (common/schema).
//
// Periods are named 2023-10-05 (day), 2023-W40 (ISO 8601 week: weeks start on Monday, and week 1
// holds the year's first Thursday, so 2024-12-30 is in 2025-W01), 2023-10 (month), 2023 (year).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace forum {

enum class Period { kDay, kWeek, kMonth, kYear };

// "day", "week", "month", "year".
std::optional<Period> parse_period(std::string_view name);
const std::map<std::string, Period>& period_names();

struct PeriodCount {
    std::string period;
    Xapian::doccount count = 0;
};

struct Histogram {
    Period period = Period::kMonth;
    std::vector<PeriodCount> counts;  // oldest first, every period from the first to the last
    Xapian::doccount undated = 0;     // matched posts without a date
};

// The period a day (YYYYMMDD) falls in; "" for a value that is not a day.
std::string period_of(std::string_view day, Period period);

// Counts per period from counts per day (YYYYMMDD → posts); values that are not days are left
// out. Empty when there are no days.
std::vector<PeriodCount> counts_by_period(const std::map<std::string, Xapian::doccount>& days,
                                          Period period);

}  // namespace forum
