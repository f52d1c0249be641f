// Fuzz target "dates": every parser of date text, with each kind of context they are used in.
//   common/dates.hpp   ISO 8601 (page metadata, WARC-Date), the visible dates forums print
//                      ("Today at 3:05 PM", "14 Июль 2014 в 14:08"), "Joined" days
//   common/time_zone   UTC offsets (--timezone +05:30) and POSIX TZ rules (TZif footers)
//   searcher/date_range date: forms in queries, --since/--until ("7d..yesterday", "last week")
// Input: the text.

#include "common/core/dates.hpp"
#include "common/core/time_zone.hpp"
#include "searcher/date_range.hpp"
#include "tests/fuzz/fuzz_target.hpp"

namespace forum::fuzz {
namespace {

constexpr std::int64_t kNow = 1696654800;  // 2023-10-07T05:00:00Z

std::vector<DateContext> contexts() {
    std::vector<DateContext> out(4);
    for (auto& c : out)
        c.now = kNow;
    out[1].utc_offset_seconds = 5 * 3600 + 1800;
    out[1].prefer_day_first = true;
    out[2].zone = TimeZone::load("Europe/Moscow");
    out[3].zone = TimeZone::load("America/New_York");
    out[3].prefer_day_first = true;
    return out;
}

bool is_compact_day(const std::string& s) {
    if (s.size() != 8) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return is_valid_date(std::stoi(s.substr(0, 4)), std::stoi(s.substr(4, 2)),
                         std::stoi(s.substr(6, 2)));
}

void check_range(const DayRange& r) {
    require(r.from.empty() || is_compact_day(r.from), "a range starts on a YYYYMMDD day");
    require(r.to.empty() || is_compact_day(r.to), "a range ends on a YYYYMMDD day");
    require(r.from.empty() || r.to.empty() || r.from <= r.to,
            "a range does not end before it starts");
}

void use(std::optional<std::int64_t> t) {
    if (t) format_iso_utc(*t);
}

}  // namespace
}  // namespace forum::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace forum;
    static const std::vector<DateContext> contexts = fuzz::contexts();
    std::string_view text = fuzz::as_text(data, size);
    fuzz::use(parse_iso8601(text));
    fuzz::use(parse_iso8601(text, 5 * 3600));
    for (const DateContext& ctx : contexts) {
        fuzz::use(parse_iso8601(text, ctx));
        fuzz::use(parse_visible_time(text, ctx));
        if (auto d = parse_visible_date(text, ctx)) {
            fuzz::require(is_valid_date(d->civil.year, d->civil.month, d->civil.day),
                          "a visible date is a valid day");
            fuzz::use(local_to_epoch(d->civil, ctx));
        }
        if (auto day = parse_visible_day(text, ctx)) {
            std::string compact = day->size() == 10
                                      ? day->substr(0, 4) + day->substr(5, 2) + day->substr(8, 2)
                                      : *day;
            fuzz::require(fuzz::is_compact_day(compact), "a visible day is YYYY-MM-DD");
        }
    }
    if (auto offset = parse_utc_offset(text)) TimeZone::fixed(*offset)->to_utc({2023, 10, 7});
    if (auto rule = TimeZone::parse_rule(text)) (void)rule;
    try {
        fuzz::check_range(parse_date_range(text, fuzz::kNow));
    } catch (const DateError&) {
    }
    if (auto span = parse_date_span(text, fuzz::kNow)) fuzz::check_range(*span);
    return 0;
}
