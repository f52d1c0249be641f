#pragma once
// Dates in queries (date:, --since, --until): absolute days, months and years, relative forms,
// and ranges of them. Every bound is a UTC day, inclusive.
//
//   2023  2023-10  2023-10-05  20231005       that year, month, day
//   today  yesterday                          relative to "now" (see search_now)
//   7d  2w  3m  1y                            that many days/weeks/months/years before today;
//                                             alone, a relative form means "since then": 7d = 7d..
//   "this week"  "last week"                  Monday to Sunday (ISO weeks)
//   "this month" "last month" "this year" "last year"
//   A..B  A..  ..B                            from the first day of A to the last day of B

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace forum {

struct DayRange {
    std::string from, to;  // YYYYMMDD, inclusive; empty: open
};

// A date that cannot be read.
class DateError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws DateError naming the text that cannot be read, or a range that ends before it starts.
DayRange parse_date_range(std::string_view text, std::int64_t now);

// The first and last day of one date form (no ".."); nullopt if it is not one.
std::optional<DayRange> parse_date_span(std::string_view text, std::int64_t now);

// "Now" for relative dates: $FORUM_SEARCH_NOW (ISO 8601, e.g. 2023-10-05T12:00:00Z) when set,
// else the clock. Throws DateError when the variable is set but cannot be read.
std::int64_t search_now();

}  // namespace forum
