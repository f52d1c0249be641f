#pragma once
// Time zones for page times that carry none (--timezone): a fixed UTC offset ("+03:00") or an
// IANA name ("Europe/Moscow") read from the system's TZif files (/usr/share/zoneinfo, or $TZDIR),
// with the offset in force at each instant, DST included. A loaded zone is immutable, so one
// instance is shared by every parser thread without locking.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/core/dates.hpp"

namespace forum {

class TimeZone {
public:
    // A fixed offset (see parse_utc_offset) or an IANA zone name; null when it is neither.
    static std::shared_ptr<const TimeZone> load(std::string_view name);
    static std::shared_ptr<const TimeZone> fixed(int utc_offset_seconds);

    const std::string& name() const { return name_; }

    // Seconds east of UTC in force at an instant.
    int offset_at(std::int64_t utc) const;

    // The instant a local civil time names. In a DST gap (02:30 on a spring-forward night) the
    // time is read with the offset before the gap; when the clock falls back and the time occurs
    // twice, the earlier instant is taken.
    std::int64_t to_utc(const CivilTime& local) const;

    // The POSIX TZ rule ("EST5EDT,M3.2.0,M11.1.0") that TZif files give for times after their
    // last transition; public for tests.
    struct Rule {
        int std_offset = 0, dst_offset = 0;
        bool has_dst = false;
        struct When {
            int month = 0, week = 0, weekday = 0;  // Mm.w.d
            int time = 7200;                       // local seconds after midnight
        } start, end;
    };
    static std::optional<Rule> parse_rule(std::string_view tz);

private:
    std::string name_;
    std::vector<std::int64_t> transitions_;  // ascending instants
    std::vector<int> offsets_;               // offsets_[i] applies from transitions_[i]
    int initial_offset_ = 0;                 // before the first transition
    std::optional<Rule> rule_;               // after the last transition
};

}  // namespace forum
