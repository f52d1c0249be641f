#include "searcher/histogram.hpp"

#include <cstdio>

#include "common/core/dates.hpp"

namespace forum {
namespace {

constexpr std::int64_t kDay = 86400;

CivilTime civil_day(int year, int month, int day) {
    CivilTime t;
    t.year = year;
    t.month = month;
    t.day = day;
    return t;
}

std::optional<CivilTime> read_day(std::string_view day) {
    if (day.size() != 8) return std::nullopt;
    for (char c : day)
        if (c < '0' || c > '9') return std::nullopt;
    CivilTime t = civil_day(std::stoi(std::string(day.substr(0, 4))),
                            std::stoi(std::string(day.substr(4, 2))),
                            std::stoi(std::string(day.substr(6, 2))));
    if (!is_valid_date(t.year, t.month, t.day)) return std::nullopt;
    return t;
}

// Monday = 0 ... Sunday = 6.
int weekday(std::int64_t epoch) {
    std::int64_t days = epoch >= 0 ? epoch / kDay : (epoch - kDay + 1) / kDay;
    return static_cast<int>(((days + 3) % 7 + 7) % 7);  // 1970-01-01 was a Thursday
}

std::string name_of(const CivilTime& t, Period period) {
    char buf[16];
    switch (period) {
        case Period::kDay:
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
            break;
        case Period::kWeek: {
            // The ISO year is the year of the week's Thursday; the week number counts Thursdays.
            std::int64_t day = to_epoch(t);
            std::int64_t thursday = day + (3 - weekday(day)) * kDay;
            CivilTime th = civil_utc(thursday);
            std::int64_t jan1 = to_epoch(civil_day(th.year, 1, 1));
            std::snprintf(buf, sizeof buf, "%04d-W%02d", th.year,
                          static_cast<int>((thursday - jan1) / kDay / 7 + 1));
            break;
        }
        case Period::kMonth:
            std::snprintf(buf, sizeof buf, "%04d-%02d", t.year, t.month);
            break;
        case Period::kYear:
            std::snprintf(buf, sizeof buf, "%04d", t.year);
            break;
    }
    return buf;
}

// The first day of the period after the one holding `t`.
CivilTime next_period(const CivilTime& t, Period period) {
    switch (period) {
        case Period::kDay:
            return civil_utc(to_epoch(t) + kDay);
        case Period::kWeek: {
            std::int64_t day = to_epoch(t);
            return civil_utc(day + (7 - weekday(day)) * kDay);
        }
        case Period::kMonth:
            return t.month == 12 ? civil_day(t.year + 1, 1, 1) : civil_day(t.year, t.month + 1, 1);
        case Period::kYear:
            return civil_day(t.year + 1, 1, 1);
    }
    return t;
}

}  // namespace

const std::map<std::string, Period>& period_names() {
    static const std::map<std::string, Period> names = {{"day", Period::kDay},
                                                        {"week", Period::kWeek},
                                                        {"month", Period::kMonth},
                                                        {"year", Period::kYear}};
    return names;
}

std::optional<Period> parse_period(std::string_view name) {
    auto it = period_names().find(std::string(name));
    if (it == period_names().end()) return std::nullopt;
    return it->second;
}

std::string period_of(std::string_view day, Period period) {
    std::optional<CivilTime> t = read_day(day);
    return t ? name_of(*t, period) : std::string();
}

std::vector<PeriodCount> counts_by_period(const std::map<std::string, Xapian::doccount>& days,
                                          Period period) {
    std::map<std::string, Xapian::doccount> by_period;
    std::optional<CivilTime> first, last;
    for (const auto& [day, n] : days) {  // YYYYMMDD sorts by date
        std::optional<CivilTime> t = read_day(day);
        if (!t) continue;
        if (!first) first = t;
        last = t;
        by_period[name_of(*t, period)] += n;
    }
    std::vector<PeriodCount> out;
    if (!first) return out;
    const std::string end = name_of(*last, period);
    for (CivilTime t = *first;; t = next_period(t, period)) {
        std::string name = name_of(t, period);
        auto it = by_period.find(name);
        out.push_back({name, it == by_period.end() ? 0 : it->second});
        if (name == end) break;
    }
    return out;
}

}  // namespace forum
