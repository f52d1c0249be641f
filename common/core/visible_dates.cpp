// Dates as pages show them to people: "Nov 4, 2011", "Today at 3:05 PM", "Вчера, 10:12", in the
// zone the page is read in (declared in dates.hpp).

#include <array>
#include <vector>

#include "common/core/dates.hpp"
#include "common/core/text.hpp"
#include "common/core/time_zone.hpp"
#include "common/core/unicode.hpp"

namespace forum {
namespace {

constexpr std::int64_t kDay = 86400;

struct MonthName {
    std::string_view name;
    int month;
};

// Lower-case names and abbreviations (a trailing '.' is stripped before lookup).
// clang-format off
constexpr MonthName kMonths[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5},
    {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4},
    {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11},
    {"dec", 12},
    // Russian: nominative, genitive, abbreviations
    {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5}, {"июнь", 6},
    {"июль", 7}, {"август", 8}, {"сентябрь", 9}, {"октябрь", 10}, {"ноябрь", 11},
    {"декабрь", 12}, {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5},
    {"июня", 6}, {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10},
    {"ноября", 11}, {"декабря", 12}, {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4},
    {"июн", 6}, {"июл", 7}, {"авг", 8}, {"сен", 9}, {"сент", 9}, {"окт", 10}, {"ноя", 11},
    {"дек", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"mai", 5}, {"juni", 6},
    {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"mär", 3}, {"mrz", 3}, {"okt", 10},
    {"dez", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2},
    {"fevr", 2}, {"avr", 4}, {"juil", 7}, {"déc", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
};
// clang-format on

constexpr std::array<std::string_view, 6> kToday = {"today",   "сегодня", "heute",
                                                    "aujourd", "hoy",     "aujourd'hui"};
constexpr std::array<std::string_view, 5> kYesterday = {"yesterday", "вчера", "gestern", "hier",
                                                        "ayer"};

struct Unit {
    std::string_view stem;  // matched as a prefix of the word
    std::int64_t seconds;
};
// clang-format off
constexpr Unit kAgoUnits[] = {
    {"sec", 1},      {"min", 60},         {"hour", 3600},      {"hr", 3600},
    {"day", kDay},       {"week", 7 * kDay},  {"секунд", 1},       {"минут", 60},
    {"час", 3600},       {"дн", kDay},        {"день", kDay},      {"недел", 7 * kDay},
    {"sekunde", 1},      {"minute", 60},      {"stunde", 3600},    {"tag", kDay},
    {"woche", 7 * kDay},
};
// clang-format on

struct Token {
    enum Kind { kNumber, kWord, kSep } kind;
    std::string text;  // word text (lower case) or the separator character
    int value = 0;
    int ndigits = 0;
    bool used = false;
};

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    std::string lower = utf8_lower(text);
    for (unicode::Utf8Cursor it(lower); !it.done();) {
        unsigned ch = *it;
        if (ch >= '0' && ch <= '9') {
            Token t{Token::kNumber, {}};
            while (!it.done() && *it >= '0' && *it <= '9') {
                if (t.ndigits < 9) t.value = t.value * 10 + static_cast<int>(*it - '0');
                ++t.ndigits;
                ++it;
            }
            out.push_back(std::move(t));
        } else if (unicode::is_wordchar(ch) || ch == '\'') {
            Token t{Token::kWord, {}};
            while (!it.done() && (unicode::is_wordchar(*it) || *it == '\'') &&
                   !(*it >= '0' && *it <= '9')) {
                unicode::append_utf8(t.text, *it);
                ++it;
            }
            out.push_back(std::move(t));
        } else {
            if (!unicode::is_whitespace(ch)) {
                Token t{Token::kSep, {}};
                unicode::append_utf8(t.text, ch);
                out.push_back(std::move(t));
            }
            ++it;
        }
    }
    return out;
}

std::optional<int> month_of(const std::string& word) {
    for (const auto& m : kMonths) {
        if (word == m.name) return m.month;
    }
    return std::nullopt;
}

template <size_t N>
bool one_of(const std::string& word, const std::array<std::string_view, N>& words) {
    for (auto w : words) {
        if (word == w) return true;
    }
    return false;
}

bool is_sep(const std::vector<Token>& t, size_t i, std::string_view sep) {
    return i < t.size() && t[i].kind == Token::kSep && t[i].text == sep;
}

bool is_number(const std::vector<Token>& t, size_t i) {
    return i < t.size() && t[i].kind == Token::kNumber && !t[i].used;
}

// Finds "H:MM[:SS] [am|pm|a.m.|p.m.]" and marks its tokens used.
std::optional<std::array<int, 3>> take_time(std::vector<Token>& t) {
    for (size_t i = 0; i + 2 < t.size(); ++i) {
        if (!is_number(t, i) || !is_sep(t, i + 1, ":") || !is_number(t, i + 2)) continue;
        if (t[i].ndigits > 2 || t[i + 2].ndigits != 2) continue;
        int h = t[i].value, m = t[i + 2].value, s = 0;
        size_t next = i + 3;
        t[i].used = t[i + 2].used = true;
        if (is_sep(t, next, ":") && is_number(t, next + 1) && t[next + 1].ndigits == 2) {
            s = t[next + 1].value;
            t[next + 1].used = true;
            next += 2;
        }
        if (next < t.size() && t[next].kind == Token::kWord) {
            const std::string& w = t[next].text;
            bool am = w == "am" || w == "a";
            bool pm = w == "pm" || w == "p";
            if ((w == "a" || w == "p") &&
                !(is_sep(t, next + 1, ".") && next + 2 < t.size() && t[next + 2].text == "m")) {
                am = pm = false;
            }
            if (am || pm) {
                if (h < 1 || h > 12) return std::nullopt;
                if (am && h == 12) h = 0;
                if (pm && h != 12) h += 12;
            }
        }
        if (h > 23 || m > 59 || s > 60) return std::nullopt;
        return std::array<int, 3>{h, m, s};
    }
    return std::nullopt;
}

int expand_year(const Token& t) {
    if (t.ndigits == 2) return t.value < 70 ? 2000 + t.value : 1900 + t.value;
    return t.value;
}

int offset_at(const DateContext& ctx, std::int64_t utc) {
    return ctx.zone ? ctx.zone->offset_at(utc) : ctx.utc_offset_seconds;
}

CivilTime local_now(const DateContext& ctx) { return civil_utc(ctx.now + offset_at(ctx, ctx.now)); }

// "5 minutes ago", "2 часа назад", "vor 3 Tagen".
std::optional<VisibleDate> relative_ago(const std::vector<Token>& t, const DateContext& ctx) {
    bool ago = false;
    for (const auto& tok : t) {
        if (tok.kind == Token::kWord &&
            (tok.text == "ago" || tok.text == "назад" || tok.text == "vor"))
            ago = true;
    }
    if (!ago) return std::nullopt;
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != Token::kWord) continue;
        for (const auto& unit : kAgoUnits) {
            if (t[i].text.compare(0, unit.stem.size(), unit.stem) != 0) continue;
            const Token* count = (i > 0 && t[i - 1].kind == Token::kNumber) ? &t[i - 1] : nullptr;
            // The tokenizer keeps 9 digits; a longer count is not a date a forum prints.
            if (count && count->ndigits > 9) return std::nullopt;
            std::int64_t n = count ? count->value : 1;
            std::int64_t when = ctx.now + offset_at(ctx, ctx.now) - n * unit.seconds;
            // Before year 1 is no date; checked on the seconds, as std::chrono's year wraps
            // beyond ±32767 (372203685 hours ago came out as 25098-12-21).
            constexpr std::int64_t kYearOne = -62135596800;  // 0001-01-01T00:00:00Z
            if (when < kYearOne) return std::nullopt;
            CivilTime civil = civil_utc(when);
            return VisibleDate{civil, true};
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<VisibleDate> parse_visible_date(std::string_view text, const DateContext& ctx) {
    std::vector<Token> t = tokenize(text);
    if (auto ago = relative_ago(t, ctx)) return ago;

    VisibleDate out;
    auto time = take_time(t);
    if (time) {
        out.has_time = true;
        out.civil.hour = (*time)[0], out.civil.minute = (*time)[1], out.civil.second = (*time)[2];
    }

    std::optional<int> month;
    for (auto& tok : t) {
        if (tok.kind != Token::kWord) continue;
        if (one_of(tok.text, kToday) || one_of(tok.text, kYesterday)) {
            CivilTime now = local_now(ctx);
            std::int64_t day = to_epoch({now.year, now.month, now.day});
            if (one_of(tok.text, kYesterday)) day -= kDay;
            CivilTime d = civil_utc(day);
            out.civil.year = d.year, out.civil.month = d.month, out.civil.day = d.day;
            return out;
        }
        if (!month) month = month_of(tok.text);
    }

    std::vector<const Token*> numbers;
    for (const auto& tok : t) {
        if (tok.kind == Token::kNumber && !tok.used) numbers.push_back(&tok);
    }

    int year = 0, mon = 0, day = 0;
    if (month) {
        mon = *month;
        for (const Token* n : numbers) {
            if (n->ndigits == 4 && !year) {
                year = n->value;
            } else if (n->ndigits <= 2 && !day && n->value >= 1 && n->value <= 31) {
                day = n->value;
            } else if (n->ndigits == 2 && day && !year) {
                year = expand_year(*n);
            }
        }
        if (!year) {
            // "Oct 5" means this year, or last year when that would be in the future.
            CivilTime now = local_now(ctx);
            year = now.year;
            if (mon > now.month || (mon == now.month && day > now.day)) --year;
        }
    } else {
        if (numbers.size() < 3) return std::nullopt;
        const Token &a = *numbers[0], &b = *numbers[1], &c = *numbers[2];
        if (a.ndigits == 4) {
            year = a.value, mon = b.value, day = c.value;
        } else if (c.ndigits == 4 || c.ndigits == 2) {
            year = expand_year(c);
            bool day_first = ctx.prefer_day_first;
            // Separators say something too: 01.02.2023 is day-first everywhere it is used.
            for (const auto& tok : t) {
                if (tok.kind == Token::kSep && tok.text == ".") day_first = true;
            }
            if (a.value > 12) day_first = true;
            if (b.value > 12) day_first = false;
            day = day_first ? a.value : b.value;
            mon = day_first ? b.value : a.value;
        } else {
            return std::nullopt;
        }
    }
    if (!is_valid_date(year, mon, day)) return std::nullopt;
    out.civil.year = year, out.civil.month = mon, out.civil.day = day;
    return out;
}

std::optional<std::int64_t> parse_visible_time(std::string_view text, const DateContext& ctx) {
    auto d = parse_visible_date(text, ctx);
    if (!d) return std::nullopt;
    return local_to_epoch(d->civil, ctx);
}

std::int64_t local_to_epoch(const CivilTime& local, const DateContext& ctx) {
    return ctx.zone ? ctx.zone->to_utc(local) : to_epoch(local, ctx.utc_offset_seconds);
}

std::optional<std::int64_t> parse_iso8601(std::string_view s, const DateContext& ctx) {
    auto utc = parse_iso8601(s, 0);
    if (!utc || !ctx.zone) return parse_iso8601(s, ctx.utc_offset_seconds);
    // A value that names its zone reads the same whatever the default; one that does not is a
    // local civil time.
    if (parse_iso8601(s, 3600) == utc) return utc;
    return ctx.zone->to_utc(civil_utc(*utc));
}

std::optional<std::string> parse_visible_day(std::string_view text, const DateContext& ctx) {
    auto d = parse_visible_date(text, ctx);
    if (!d) return std::nullopt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->civil.year, d->civil.month, d->civil.day);
    return std::string(buf);
}

}  // namespace forum
