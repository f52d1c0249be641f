#include "common/core/dates.hpp"

#include <chrono>
#include <cstdio>

#include "common/core/text.hpp"

namespace forum {
namespace {

using namespace std::chrono;

constexpr std::int64_t kDay = 86400;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly n digits at s[pos]; advances pos.
std::optional<int> digits(std::string_view s, size_t& pos, size_t n) {
    if (pos + n > s.size()) return std::nullopt;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!is_digit(s[pos + i])) return std::nullopt;
        v = v * 10 + (s[pos + i] - '0');
    }
    pos += n;
    return v;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
    // std::chrono keeps a month or day in one byte and a year in a short: day 257 would pass as
    // day 1, year 70000 as 4464.
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < -32767 || year > 32767) {
        return false;
    }
    return year_month_day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                          std::chrono::day{static_cast<unsigned>(day)}}
        .ok();
}

std::int64_t to_epoch(const CivilTime& t, int utc_offset_seconds) {
    sys_days d{std::chrono::year{t.year} / t.month / t.day};
    std::int64_t days = d.time_since_epoch().count();
    return days * kDay + t.hour * 3600 + t.minute * 60 + t.second - utc_offset_seconds;
}

CivilTime civil_utc(std::int64_t epoch) {
    std::int64_t days = epoch / kDay;
    std::int64_t rem = epoch % kDay;
    if (rem < 0) {
        rem += kDay;
        --days;
    }
    year_month_day ymd{sys_days{std::chrono::days{days}}};
    return {static_cast<int>(ymd.year()),
            static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day())),
            static_cast<int>(rem / 3600),
            static_cast<int>(rem % 3600 / 60),
            static_cast<int>(rem % 60)};
}

std::optional<std::int64_t> parse_iso8601(std::string_view s, int default_offset_seconds) {
    s = trim(s);
    size_t pos = 0;
    CivilTime t;
    auto y = digits(s, pos, 4);
    if (!y || pos >= s.size() || s[pos++] != '-') return std::nullopt;
    auto mo = digits(s, pos, 2);
    if (!mo || pos >= s.size() || s[pos++] != '-') return std::nullopt;
    auto d = digits(s, pos, 2);
    if (!d || !is_valid_date(*y, *mo, *d)) return std::nullopt;
    t.year = *y, t.month = *mo, t.day = *d;
    int offset = default_offset_seconds;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == ' ')) {
        ++pos;
        auto h = digits(s, pos, 2);
        if (!h || pos >= s.size() || s[pos++] != ':') return std::nullopt;
        auto mi = digits(s, pos, 2);
        if (!mi) return std::nullopt;
        int sec = 0;
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            auto se = digits(s, pos, 2);
            if (!se) return std::nullopt;
            sec = *se;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                while (pos < s.size() && is_digit(s[pos]))
                    ++pos;
            }
        }
        if (*h > 23 || *mi > 59 || sec > 60) return std::nullopt;
        t.hour = *h, t.minute = *mi, t.second = sec;
        if (pos < s.size()) {
            char z = s[pos++];
            if (z == 'Z' || z == 'z') {
                offset = 0;
            } else if (z == '+' || z == '-') {
                auto oh = digits(s, pos, 2);
                if (!oh) return std::nullopt;
                if (pos < s.size() && s[pos] == ':') ++pos;
                int om = 0;
                if (pos < s.size()) {
                    auto m = digits(s, pos, 2);
                    if (!m) return std::nullopt;
                    om = *m;
                }
                offset = (z == '+' ? 1 : -1) * (*oh * 3600 + om * 60);
            } else {
                return std::nullopt;
            }
        }
    }
    if (pos != s.size()) return std::nullopt;
    return to_epoch(t, offset);
}

std::string format_iso_utc(std::int64_t epoch) {
    CivilTime t = civil_utc(epoch);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour,
                  t.minute, t.second);
    return buf;
}

std::string format_date(std::int64_t epoch) {
    CivilTime t = civil_utc(epoch);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
    return buf;
}

std::string format_date_compact(std::int64_t epoch) {
    CivilTime t = civil_utc(epoch);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", t.year, t.month, t.day);
    return buf;
}

std::string format_display(std::int64_t epoch) {
    CivilTime t = civil_utc(epoch);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d UTC", t.year, t.month, t.day, t.hour,
                  t.minute);
    return buf;
}

std::optional<int> parse_utc_offset(std::string_view zone) {
    std::string_view z = trim(zone);
    if (iequals_ascii(z, "utc") || iequals_ascii(z, "gmt") || z == "Z" || z == "z") return 0;
    if (istarts_with_ascii(z, "utc") || istarts_with_ascii(z, "gmt")) z.remove_prefix(3);
    if (z.empty() || (z[0] != '+' && z[0] != '-')) return std::nullopt;
    int sign = z[0] == '+' ? 1 : -1;
    z.remove_prefix(1);
    int hours = 0, minutes = 0;
    size_t i = 0;
    auto read = [&](int& v, size_t max_digits) {
        size_t n = 0;
        while (i < z.size() && n < max_digits && z[i] >= '0' && z[i] <= '9')
            v = v * 10 + (z[i++] - '0'), ++n;
        return n;
    };
    if (read(hours, 2) == 0) return std::nullopt;
    if (i < z.size() && z[i] == ':') ++i;
    if (i < z.size() && read(minutes, 2) != 2) return std::nullopt;
    if (i != z.size() || hours > 14 || minutes > 59) return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

}  // namespace forum