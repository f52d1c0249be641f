#include "common/schema/fields.hpp"

#include <algorithm>

#include "common/core/dates.hpp"
#include "common/core/edit_distance.hpp"
#include "common/core/text.hpp"
#include "common/schema/schema.hpp"

namespace forum::schema {
namespace {

using Values = std::vector<std::string>;

Values one(const std::optional<std::string>& v) { return v ? Values{*v} : Values{}; }

Values quote_texts(const Post& p) {
    Values out;
    for (const auto& q : p.quotes)
        out.push_back(q.text);
    return out;
}

Values quote_authors(const Post& p) {
    Values out;
    for (const auto& q : p.quotes)
        if (q.author) out.push_back(*q.author);
    return out;
}

// The date's day as YYYYMMDD; year and month are its first 4 and 6 digits.
Values day(const Post& p) { return p.date ? Values{format_date_compact(*p.date)} : Values{}; }
Values year(const Post& p) { return p.date ? Values{day(p)[0].substr(0, 4)} : Values{}; }
Values month(const Post& p) {
    if (!p.date) return {};
    std::string d = day(p)[0];
    return {d.substr(0, 4) + "-" + d.substr(4, 2)};
}

}  // namespace

const std::vector<Field>& fields() {
    using K = FieldKind;
    // clang-format off
    static const std::vector<Field> table = {
        {"poster", {"by", "user", "author"}, kPoster, K::kFilter,
         [](const Post& p) { return one(p.poster); }, false, kPosterName, true,
         "poster:NAME, poster:PREFIX* (or by:, user:, author:)", kPosterFolded},
        {"country", {}, kCountry, K::kFilter, [](const Post& p) { return one(p.country); },
         false, kCountryName, true, "country:"},
        {"location", {}, kLocation, K::kFilter, [](const Post& p) { return one(p.location); },
         false, Xapian::BAD_VALUENO, false, "location:"},
        {"forum", {}, kForum, K::kFilter, [](const Post& p) { return one(p.forum); },
         false, kForumName, true, "forum:"},
        {"site", {}, kSite, K::kFilter, [](const Post& p) { return one(p.site); },
         false, kSiteName, true, "site:"},
        {"lang", {"language"}, kLang, K::kFilter, [](const Post& p) { return one(p.lang); },
         false, kLangCode, true, "lang:CODE (the post's language: en, ru, de, ...)"},
        {"thread", {}, kThread, K::kFilter, [](const Post& p) { return one(p.thread_id); },
         false, Xapian::BAD_VALUENO, false, "thread:ID"},
        {"user-title", {}, kUserTitle, K::kFilter, [](const Post& p) { return one(p.user_title); },
         false, Xapian::BAD_VALUENO, false, "user-title:"},
        {"title", {}, kTitle, K::kText, [](const Post& p) { return one(p.thread_title); },
         false, Xapian::BAD_VALUENO, false, "title:WORDS"},
        {"quote", {}, kQuote, K::kText, quote_texts,
         true, Xapian::BAD_VALUENO, false, "quote:WORDS (inside quotes)"},
        {"quoted", {}, kQuotedAuthor, K::kFilter, quote_authors,
         true, Xapian::BAD_VALUENO, false, "quoted:NAME (posts quoting NAME)", kQuotedFolded},
        {"in", {}, kIn, K::kSpecial,
         [](const Post& p) { return p.position == 1 ? Values{std::string(kInFirst)} : Values{}; },
         false, Xapian::BAD_VALUENO, false, "in:first"},
        // date: forms have help lines of their own (searcher/date_range.hpp).
        {"date", {{"before", DateBound::kBefore}, {"after", DateBound::kAfter}}, "", K::kDate, day,
         false, kDateDay, false, ""},
        {"year", {}, "", K::kValue, year, false, kYear, true, ""},
        {"month", {}, "", K::kValue, month, false, kMonth, true, ""},
    };
    // clang-format on
    return table;
}

const std::vector<Spelling>& spellings() {
    static const std::vector<Spelling> all = [] {
        std::vector<Spelling> out;
        for (const Field& f : fields()) {
            if (f.kind == FieldKind::kValue) continue;
            out.push_back({&f, f.name});
            for (const Alias& a : f.aliases)
                out.push_back({&f, a.spelling, a.bound});
        }
        return out;
    }();
    return all;
}

const Spelling* find_spelling(std::string_view typed) {
    for (const Spelling& s : spellings())
        if (iequals_ascii(s.name, typed)) return &s;
    return nullptr;
}

const Field* find_field(std::string_view typed) {
    const Spelling* s = find_spelling(typed);
    return s ? s->field : nullptr;
}

const Spelling& nearest_spelling(std::string_view typed) {
    std::string lower = utf8_lower(typed);
    const Spelling* best = &spellings().front();
    size_t best_distance = std::string::npos;
    for (const Spelling& s : spellings()) {
        size_t d = edit_distance(lower, s.name);
        if (d < best_distance) best = &s, best_distance = d;
    }
    return *best;
}

std::vector<const Field*> facet_fields() {
    std::vector<const Field*> out;
    for (const Field& f : fields())
        if (f.facet) out.push_back(&f);
    std::sort(out.begin(), out.end(),
              [](const Field* a, const Field* b) { return a->slot < b->slot; });
    return out;
}

const Field* find_facet(std::string_view name) {
    for (const Field* f : facet_fields())
        if (f->name == name) return f;
    return nullptr;
}

std::string parser_name(std::string_view spelling) {
    std::string out(spelling);
    std::replace(out.begin(), out.end(), '-', '_');
    return out;
}

}  // namespace forum::schema
