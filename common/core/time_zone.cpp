#include "common/core/time_zone.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "common/core/text.hpp"

namespace forum {
namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t be(const std::string& b, size_t at, size_t n) {
    std::uint64_t v = 0;
    for (size_t i = 0; i < n; ++i)
        v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    if (n == 4) return static_cast<std::int32_t>(v);
    return static_cast<std::int64_t>(v);
}

bool valid_name(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.find("..") != std::string_view::npos)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '/' || c == '_' || c == '-' || c == '+';
    });
}

// POSIX "[+-]hh[:mm[:ss]]"; advances `s`.
std::optional<int> posix_seconds(std::string_view& s) {
    int sign = 1;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        sign = s[0] == '-' ? -1 : 1;
        s.remove_prefix(1);
    }
    int total = 0;
    for (int part = 0; part < 3; ++part) {
        int v = 0, digits = 0;
        while (!s.empty() && s[0] >= '0' && s[0] <= '9' && digits < 3) {
            v = v * 10 + (s[0] - '0');
            s.remove_prefix(1);
            ++digits;
        }
        if (digits == 0) return part == 0 ? std::nullopt : std::optional<int>(sign * total);
        total += v * (part == 0 ? 3600 : part == 1 ? 60 : 1);
        if (s.empty() || s[0] != ':') break;
        s.remove_prefix(1);
    }
    return sign * total;
}

bool skip_name(std::string_view& s) {
    if (!s.empty() && s[0] == '<') {
        size_t end = s.find('>');
        if (end == std::string_view::npos) return false;
        s.remove_prefix(end + 1);
        return true;
    }
    size_t n = 0;
    while (n < s.size() && ((s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= 'a' && s[n] <= 'z')))
        ++n;
    s.remove_prefix(n);
    return n >= 3;
}

// ",Mm.w.d[/time]"
std::optional<TimeZone::Rule::When> posix_when(std::string_view& s) {
    if (s.size() < 2 || s[0] != ',' || s[1] != 'M') return std::nullopt;  // Jn and n: not used
    s.remove_prefix(2);
    TimeZone::Rule::When w;
    int* fields[] = {&w.month, &w.week, &w.weekday};
    // Month 1-12, week 1-5 (5: the last), day of the week 0-6 (Sunday first).
    constexpr int kLeast[] = {1, 1, 0}, kMost[] = {12, 5, 6};
    for (int i = 0; i < 3; ++i) {
        if (i > 0) {
            if (s.empty() || s[0] != '.') return std::nullopt;
            s.remove_prefix(1);
        }
        int v = 0, digits = 0;
        while (!s.empty() && s[0] >= '0' && s[0] <= '9' && digits < 2) {
            v = v * 10 + (s[0] - '0');
            s.remove_prefix(1);
            ++digits;
        }
        if (digits == 0 || v < kLeast[i] || v > kMost[i]) return std::nullopt;
        *fields[i] = v;
    }
    if (!s.empty() && s[0] == '/') {
        s.remove_prefix(1);
        auto t = posix_seconds(s);
        if (!t) return std::nullopt;
        w.time = *t;
    }
    return w;
}

// The local (wall-clock) second, counted from the epoch, at which a rule's change happens.
std::int64_t local_change(const TimeZone::Rule::When& w, int year) {
    std::int64_t first = to_epoch({year, w.month, 1}) / kDay;
    int weekday_of_first = static_cast<int>(((first + 4) % 7 + 7) % 7);  // 1970-01-01: Thursday
    int day = 1 + (w.weekday - weekday_of_first + 7) % 7 + (w.week - 1) * 7;
    while (day > 28 && !is_valid_date(year, w.month, day))
        day -= 7;  // week 5 means the last
    return to_epoch({year, w.month, day}) + w.time;
}

}  // namespace

std::optional<TimeZone::Rule> TimeZone::parse_rule(std::string_view s) {
    Rule r;
    if (!skip_name(s)) return std::nullopt;
    auto std_off = posix_seconds(s);
    if (!std_off) return std::nullopt;
    r.std_offset = -*std_off;  // POSIX counts west of UTC
    if (s.empty()) return r;
    if (!skip_name(s)) return std::nullopt;
    r.dst_offset = r.std_offset + 3600;
    if (!s.empty() && s[0] != ',') {
        auto dst_off = posix_seconds(s);
        if (!dst_off) return std::nullopt;
        r.dst_offset = -*dst_off;
    }
    auto start = posix_when(s);
    auto end = posix_when(s);
    if (!start || !end || !s.empty()) return std::nullopt;
    r.has_dst = true;
    r.start = *start;
    r.end = *end;
    return r;
}

std::shared_ptr<const TimeZone> TimeZone::fixed(int utc_offset_seconds) {
    auto z = std::make_shared<TimeZone>();
    z->initial_offset_ = utc_offset_seconds;
    int a = std::abs(utc_offset_seconds);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", utc_offset_seconds < 0 ? '-' : '+', a / 3600,
                  a / 60 % 60);
    z->name_ = utc_offset_seconds == 0 ? "UTC" : buf;
    return z;
}

std::shared_ptr<const TimeZone> TimeZone::load(std::string_view name) {
    name = trim(name);
    if (auto offset = parse_utc_offset(name)) return fixed(*offset);
    if (!valid_name(name)) return nullptr;
    const char* dir = std::getenv("TZDIR");
    std::ifstream in(
        std::string(dir && *dir ? dir : "/usr/share/zoneinfo") + "/" + std::string(name),
        std::ios::binary);
    std::string b((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // RFC 8536: a v1 block of 32-bit data, then (v2+) a header and 64-bit data, then the rule.
    if (b.size() < 44 || b.compare(0, 4, "TZif") != 0 || b[4] < '2') return nullptr;
    // Counts are unsigned 32-bit, so sums of them times their sizes cannot wrap (found by
    // fuzzing: read as signed, 0xFFFFFFFF wrapped the offsets below and reads left the file).
    auto counts = [&](size_t h, size_t i) {
        return static_cast<size_t>(static_cast<std::uint32_t>(be(b, h + 20 + 4 * i, 4)));
    };
    size_t isut = counts(0, 0), isstd = counts(0, 1), leap = counts(0, 2), timecnt = counts(0, 3),
           typecnt = counts(0, 4), chars = counts(0, 5);
    size_t h = 44 + timecnt * 5 + typecnt * 6 + chars + leap * 8 + isstd + isut;
    if (b.size() < h + 44 || b.compare(h, 4, "TZif") != 0) return nullptr;
    isut = counts(h, 0), isstd = counts(h, 1), leap = counts(h, 2), timecnt = counts(h, 3);
    typecnt = counts(h, 4), chars = counts(h, 5);
    size_t times = h + 44, idx = times + timecnt * 8, types = idx + timecnt;
    size_t footer = types + typecnt * 6 + chars + leap * 12 + isstd + isut;
    if (typecnt == 0 || b.size() < footer) return nullptr;
    auto z = std::make_shared<TimeZone>();
    z->name_ = std::string(name);
    auto type_offset = [&](size_t t) { return static_cast<int>(be(b, types + 6 * t, 4)); };
    z->initial_offset_ = type_offset(0);
    for (size_t i = 0; i < timecnt; ++i) {
        size_t t = static_cast<unsigned char>(b[idx + i]);
        if (t >= typecnt) return nullptr;
        z->transitions_.push_back(be(b, times + 8 * i, 8));
        z->offsets_.push_back(type_offset(t));
    }
    if (footer + 1 < b.size() && b[footer] == '\n') {
        size_t end = b.find('\n', footer + 1);
        if (end != std::string::npos) z->rule_ = parse_rule(b.substr(footer + 1, end - footer - 1));
    }
    return z;
}

int TimeZone::offset_at(std::int64_t utc) const {
    if (rule_ && (transitions_.empty() || utc >= transitions_.back())) {
        if (!rule_->has_dst) return rule_->std_offset;
        int year = civil_utc(utc + rule_->std_offset).year;
        std::int64_t start = local_change(rule_->start, year) - rule_->std_offset;
        std::int64_t end = local_change(rule_->end, year) - rule_->dst_offset;
        bool dst = start < end ? (utc >= start && utc < end) : !(utc >= end && utc < start);
        return dst ? rule_->dst_offset : rule_->std_offset;
    }
    auto it = std::upper_bound(transitions_.begin(), transitions_.end(), utc);
    if (it == transitions_.begin()) return initial_offset_;
    return offsets_[static_cast<size_t>(it - transitions_.begin()) - 1];
}

std::int64_t TimeZone::to_utc(const CivilTime& local) const {
    std::int64_t wall = to_epoch(local);
    // Offsets around the time: transitions are never closer than two days apart.
    int before = offset_at(wall - 2 * kDay), after = offset_at(wall + 2 * kDay);
    std::optional<std::int64_t> best;
    for (int o : {before, after}) {
        std::int64_t t = wall - o;
        if (offset_at(t) == o && (!best || t < *best)) best = t;
    }
    return best ? *best : wall - before;  // in a gap
}

}  // namespace forum
