#include "searcher/date_range.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>

#include "common/core/dates.hpp"
#include "common/core/text.hpp"

namespace forum {
namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t day_number(std::int64_t epoch) {
    return (epoch >= 0 ? epoch : epoch - kDay + 1) / kDay;
}

std::int64_t day_of(int y, int m, int d) { return day_number(to_epoch({y, m, d, 0, 0, 0})); }

std::string compact(std::int64_t day) {
    CivilTime c = civil_utc(day * kDay);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", c.year, c.month, c.day);
    return buf;
}

int days_in_month(int y, int m) {
    for (int d = 31; d >= 28; --d) {
        if (is_valid_date(y, m, d)) return d;
    }
    return 28;
}

std::optional<int> number(std::string_view s) {
    if (s.empty() || s.size() > 6) return std::nullopt;
    int n = 0;
    for (char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

// The first day a YYYYMMDD bound can name: relative forms that reach further back stop there.
std::int64_t first_day() { return day_of(1, 1, 1); }

std::int64_t days_back(std::int64_t today, std::int64_t days) {
    return std::max(today - days, first_day());
}

// Months before (y, m, d), the day clamped to the month's length.
std::int64_t months_back(const CivilTime& t, std::int64_t months) {
    std::int64_t total = std::int64_t{t.year} * 12 + (t.month - 1) - months;
    if (total < 12) return first_day();  // before year 1
    int y = static_cast<int>(total / 12), m = static_cast<int>(total % 12) + 1;
    return day_of(y, m, std::min(t.day, days_in_month(y, m)));
}

DayRange days(std::int64_t from, std::int64_t to) { return {compact(from), compact(to)}; }

}  // namespace

std::optional<DayRange> parse_date_span(std::string_view raw, std::int64_t now) {
    std::string s = utf8_lower(collapse_whitespace(raw));
    std::int64_t today = day_number(now);
    CivilTime t = civil_utc(now);
    if (s == "today" || s == "now") return days(today, today);
    if (s == "yesterday") return days(today - 1, today - 1);
    std::int64_t monday = today - (today + 3) % 7;  // 1970-01-01 was a Thursday
    if (s == "this week") return days(monday, today);
    if (s == "last week") return days(monday - 7, monday - 1);
    if (s == "this month") return days(day_of(t.year, t.month, 1), today);
    if (s == "last month") {
        int y = t.month == 1 ? t.year - 1 : t.year, m = t.month == 1 ? 12 : t.month - 1;
        return days(day_of(y, m, 1), day_of(y, m, days_in_month(y, m)));
    }
    if (s == "this year") return days(day_of(t.year, 1, 1), today);
    if (s == "last year") return days(day_of(t.year - 1, 1, 1), day_of(t.year - 1, 12, 31));
    // 7d 2w 3m 1y: one day, that long before today.
    if (s.size() >= 2) {
        if (auto n = number(std::string_view(s).substr(0, s.size() - 1))) {
            switch (s.back()) {
                case 'd':
                    return days(days_back(today, *n), days_back(today, *n));
                case 'w':
                    return days(days_back(today, 7 * *n), days_back(today, 7 * *n));
                case 'm':
                    return days(months_back(t, *n), months_back(t, *n));
                case 'y':
                    return days(months_back(t, 12 * *n), months_back(t, 12 * *n));
                default:
                    break;
            }
        }
    }
    // 2023, 2023-10, 2023-10-05, 20231005
    std::optional<int> y, m, d;
    if (s.size() == 4) {
        y = number(s);
    } else if (s.size() == 7 && s[4] == '-') {
        y = number(s.substr(0, 4)), m = number(s.substr(5, 2));
    } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), d = number(s.substr(8, 2));
    } else if (s.size() == 8) {
        y = number(s.substr(0, 4)), m = number(s.substr(4, 2)), d = number(s.substr(6, 2));
    }
    if (!y || *y < 1) return std::nullopt;
    if (d) {
        if (!m || !is_valid_date(*y, *m, *d)) return std::nullopt;
        return days(day_of(*y, *m, *d), day_of(*y, *m, *d));
    }
    if (s.size() == 7) {
        if (!m || *m < 1 || *m > 12) return std::nullopt;
        return days(day_of(*y, *m, 1), day_of(*y, *m, days_in_month(*y, *m)));
    }
    return days(day_of(*y, 1, 1), day_of(*y, 12, 31));
}

DayRange parse_date_range(std::string_view text, std::int64_t now) {
    std::string_view s = trim(text);
    auto span = [&](std::string_view part) {
        auto r = parse_date_span(part, now);
        if (!r) throw DateError("cannot read the date \"" + std::string(part) + "\"");
        return *r;
    };
    size_t dots = s.find("..");
    if (dots == std::string_view::npos) {
        if (s.empty()) throw DateError("an empty date");
        DayRange r = span(s);
        // A relative form alone means "since then".
        char last = s.back();
        bool relative = s.size() >= 2 &&
                        (last == 'd' || last == 'w' || last == 'm' || last == 'y') &&
                        std::isdigit(static_cast<unsigned char>(s[s.size() - 2]));
        if (relative) r.to.clear();
        return r;
    }
    std::string_view a = trim(s.substr(0, dots)), b = trim(s.substr(dots + 2));
    if (a.empty() && b.empty())
        throw DateError("a date range without dates: \"" + std::string(s) + "\"");
    DayRange r;
    if (!a.empty()) r.from = span(a).from;
    if (!b.empty()) r.to = span(b).to;
    if (!r.from.empty() && !r.to.empty() && r.from > r.to) {
        throw DateError("the date range \"" + std::string(s) + "\" ends before it starts");
    }
    return r;
}

std::int64_t search_now() {
    const char* fixed = std::getenv("FORUM_SEARCH_NOW");
    if (fixed && *fixed) {
        auto t = parse_iso8601(fixed);
        if (!t) throw DateError("cannot read FORUM_SEARCH_NOW=\"" + std::string(fixed) + "\"");
        return *t;
    }
    return static_cast<std::int64_t>(std::time(nullptr));
}

}  // namespace forum
