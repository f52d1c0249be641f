// A timeline: --histogram day|week|month|year over the matched span, empty periods included,
// as JSON and as a bar chart; --facet FIELD:N, FIELD:all and year/month ordered by period.
// Expected counts come from the golden files, or from an index these tests write post by post.

#include <xapian.h>

#include <chrono>

#include <gtest/gtest.h>

#include "common/core/post.hpp"
#include "common/schema/schema.hpp"
#include "golden.hpp"

namespace e2e {
namespace {

class Timeline : public FixtureIndex {};

using Counts = std::vector<std::pair<std::string, int>>;

Counts histogram_of(const nlohmann::json& j) {
    Counts out;
    for (const auto& c : j["histogram"])
        out.emplace_back(c["period"].get<std::string>(), c["count"].get<int>());
    return out;
}

std::chrono::sys_days day_of_text(const std::string& ymd) {
    using namespace std::chrono;
    return sys_days(year_month_day(year(std::stoi(ymd.substr(0, 4))),
                                   month(static_cast<unsigned>(std::stoi(ymd.substr(5, 2)))),
                                   day(static_cast<unsigned>(std::stoi(ymd.substr(8, 2))))));
}

std::string ymd_text(std::chrono::sys_days d) {
    std::chrono::year_month_day ymd(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

// ISO 8601: the week's Thursday names the year; week 1 holds the year's first Thursday.
std::string iso_week(std::chrono::sys_days d) {
    using namespace std::chrono;
    sys_days thursday = d + days(3 - static_cast<int>(weekday(d).iso_encoding() - 1));
    year y = year_month_day(thursday).year();
    int week = static_cast<int>((thursday - sys_days(y / January / 1)).count() / 7 + 1);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(y), week);
    return buf;
}

// Every day from the first golden post's to the last's, named by `name`, with its posts.
Counts expected_histogram(const std::function<std::string(std::chrono::sys_days)>& name,
                          const std::function<bool(const nlohmann::json&)>& pred) {
    std::map<std::string, int> days;
    for (const auto& [key, p] : golden_by_key())
        if (pred(p)) ++days[day_of(p)];
    Counts out;
    for (auto d = day_of_text(days.begin()->first); d <= day_of_text(days.rbegin()->first);
         d += std::chrono::days(1)) {
        std::string period = name(d);
        if (out.empty() || out.back().first != period) out.emplace_back(period, 0);
        if (auto it = days.find(ymd_text(d)); it != days.end()) out.back().second += it->second;
    }
    return out;
}

TEST_F(Timeline, HistogramCountsEveryPeriodOfTheMatchedSpan) {
    auto all = [](const nlohmann::json&) { return true; };
    auto month = [](std::chrono::sys_days d) { return ymd_text(d).substr(0, 7); };
    auto year = [](std::chrono::sys_days d) { return ymd_text(d).substr(0, 4); };
    const std::vector<std::tuple<std::string, std::function<std::string(std::chrono::sys_days)>>>
        periods = {{"day", ymd_text}, {"week", iso_week}, {"month", month}, {"year", year}};
    for (const auto& [period, name] : periods) {
        SCOPED_TRACE(period);
        Result r = search({"--format", "json", "--histogram", period, "--"});
        ASSERT_EQ(r.code, 0) << r.err;
        auto j = nlohmann::json::parse(r.out);
        EXPECT_EQ(histogram_of(j), expected_histogram(name, all));
        EXPECT_EQ(j["undated_posts"], 0);
        // The same counts with --count, and on a query.
        auto counted = nlohmann::json::parse(
            search({"--count", "--format", "json", "--histogram", period, "--"}).out);
        EXPECT_EQ(histogram_of(counted), expected_histogram(name, all));
        auto pinterest = [](const nlohmann::json& p) {
            return same_text(p["poster"], "Pinterest Mom");
        };
        auto q = nlohmann::json::parse(search({"--format", "json", "--histogram", period,
                                               "--per-thread", "1", "poster:\"Pinterest Mom\""})
                                           .out);
        EXPECT_EQ(histogram_of(q), expected_histogram(name, pinterest));
    }
    // The fixtures' days run from 2023-09-28 to 2023-10-13: weeks 39 to 41, none empty.
    Result weeks = search({"--format", "json", "--histogram", "week", "--"});
    auto w = histogram_of(nlohmann::json::parse(weeks.out));
    ASSERT_EQ(w.size(), 3u);
    EXPECT_EQ(w.front().first, "2023-W39");
    EXPECT_EQ(w.back().first, "2023-W41");
    Result none = search({"--format", "json", "--histogram", "month", "xylophone"});
    EXPECT_EQ(none.code, 1);
    EXPECT_TRUE(nlohmann::json::parse(none.out)["histogram"].empty());
    EXPECT_EQ(search({"--histogram", "fortnight", "x"}).code, 2);
    EXPECT_EQ(search({"--histogram", "month", "--format", "csv", "x"}).code, 2);
}

void add_post(Xapian::WritableDatabase& db, int n, const std::string& day) {
    namespace schema = forum::schema;
    forum::Post p;
    p.post_id = std::to_string(n);
    p.site = "days.example";
    p.text = "word";
    Xapian::Document doc;
    doc.add_term("word");  // and its stem, as the indexer's term generator writes them
    doc.add_term("Zword");
    if (!day.empty()) doc.add_value(schema::kDateDay, day);
    std::string id = schema::unique_term(p);
    doc.add_boolean_term(id);
    doc.set_data(forum::to_json(p).dump());
    db.replace_document(id, doc);
}

TEST(TimelineChart, BarsScaleToTheLargestPeriod) {
    TempDir dir;
    const std::string db = (dir.path() / "days.db").string();
    {
        Xapian::WritableDatabase w(db, Xapian::DB_CREATE);
        int n = 0;
        // 2023-08: 4 posts, 2023-09: none, 2023-10: 1, 2023-11: 2; one post without a date.
        for (const char* day : {"20230801", "20230815", "20230815", "20230831", "20231009",
                                "20231101", "20231130", ""})
            add_post(w, n++, day);
        w.commit();
    }
    Result r = forum_search({"--db", db, "--histogram", "month", "--limit", "0", "word"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto bar = [](int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += "█";
        return s;
    };
    // 50 blocks for the most, the others in proportion, rounded up.
    const std::string chart = "2023-08  " + bar(50) + " 4\n" + "2023-09  0\n" + "2023-10  " +
                              bar(13) + " 1\n" + "2023-11  " + bar(25) + " 2\n" +
                              "(1 matched post has no date)\n";
    EXPECT_TRUE(r.out.ends_with("8 posts matched; showing 1–8\n" + chart)) << r.out;
    Result counted = forum_search({"--db", db, "--count", "--histogram", "month", "word"});
    EXPECT_EQ(counted.out, "8\n" + chart);
    auto j = nlohmann::json::parse(
        forum_search({"--db", db, "--count", "--format", "json", "--histogram", "year", "word"})
            .out);
    EXPECT_EQ(
        j.dump(),
        R"({"count":8,"format_version":1,"histogram":[{"count":7,"period":"2023"}],"undated_posts":1})");
}

Counts facet_of(const nlohmann::json& j, const char* name) {
    Counts out;
    for (const auto& v : j["facets"][name])
        out.emplace_back(v["value"].get<std::string>(), v["count"].get<int>());
    return out;
}

// Golden counts of a field: most posts first, ties alphabetical.
Counts by_count(const char* field) {
    std::map<std::string, int> counts;
    for (const auto& [key, p] : golden_by_key())
        ++counts[p[field].get<std::string>()];
    Counts out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

TEST_F(Timeline, FacetsKeepTheTopNOrAllOrOrderByPeriod) {
    const Counts posters = by_count("poster");
    ASSERT_GT(posters.size(), 10u);
    auto j = nlohmann::json::parse(
        search({"--format", "json", "--facet", "poster:3", "--facet", "site", "--"}).out);
    EXPECT_EQ(facet_of(j, "poster"), Counts(posters.begin(), posters.begin() + 3));
    EXPECT_EQ(j["facet_values_left_out"], nlohmann::json({{"poster", posters.size() - 3}}));
    EXPECT_EQ(facet_of(j, "site"), by_count("site"));
    // JSON keeps every value unless told; text shows ten, one a line, and says what it left out.
    auto every = nlohmann::json::parse(search({"--format", "json", "--facet", "poster", "--"}).out);
    EXPECT_EQ(facet_of(every, "poster"), posters);
    EXPECT_FALSE(every.contains("facet_values_left_out"));
    Result text = search({"--facet", "poster", "--"});
    std::string expected = "\nposter:\n";
    for (size_t i = 0; i < 10; ++i) {
        std::string count = std::to_string(posters[i].second);
        expected += std::string(7 - count.size(), ' ') + count + "  " + posters[i].first + "\n";
    }
    expected += "         … " + std::to_string(posters.size() - 10) + " more: --facet poster:all\n";
    EXPECT_NE(text.out.find(expected), std::string::npos) << text.out;
    Result all = search({"--facet", "poster:all", "--"});
    EXPECT_NE(all.out.find("  " + posters.back().first + "\n"), std::string::npos);
    EXPECT_EQ(all.out.find(" more: --facet"), std::string::npos);

    // Months by period: oldest first; :N keeps the latest.
    std::map<std::string, int> months;
    for (const auto& [key, p] : golden_by_key())
        ++months[day_of(p).substr(0, 7)];
    ASSERT_EQ(months.size(), 2u);
    auto timeline = nlohmann::json::parse(
        search({"--format", "json", "--facet", "month:period", "--facet", "year:period", "--"})
            .out);
    EXPECT_EQ(facet_of(timeline, "month"), Counts(months.begin(), months.end()));
    EXPECT_EQ(facet_of(timeline, "year"),
              (Counts{{"2023", static_cast<int>(golden_by_key().size())}}));
    auto latest =
        nlohmann::json::parse(search({"--format", "json", "--facet", "month:period:1", "--"}).out);
    EXPECT_EQ(facet_of(latest, "month"), (Counts{*months.rbegin()}));
    Result month_text = search({"--facet", "month:period", "--"});
    EXPECT_NE(month_text.out.find("\nmonth:\n      " + std::to_string(months.begin()->second) +
                                  "  2023-09\n     " + std::to_string(months.rbegin()->second) +
                                  "  2023-10\n"),
              std::string::npos)
        << month_text.out;

    for (const char* bad : {"poster:period", "poster:0", "colour", "poster:many"}) {
        Result r = search({"--facet", bad, "x"});
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_NE(r.err.find("--facet"), std::string::npos) << r.err;
    }
}

}  // namespace
}  // namespace e2e
