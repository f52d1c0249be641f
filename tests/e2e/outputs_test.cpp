// Result shapes: --per-thread, --facet, --count, csv, ids, JSON format_version, snippets,
// colour, "Did you mean". Expected counts come from the golden files.

#include <cstdlib>
#include <sstream>

#include <gtest/gtest.h>

#include "golden.hpp"

namespace e2e {
namespace {

class Outputs : public FixtureIndex {};

std::string thread_of(const nlohmann::json& p) {
    return p["site"].get<std::string>() + "/" + p["thread_id"].get<std::string>();
}

TEST_F(Outputs, PerThreadCollapsesAndCountsTheRest) {
    std::map<std::string, unsigned> per_thread;  // posts on defence.pk, by thread
    for (const auto& [key, p] : golden_by_key()) {
        if (same_text(p["site"], "defence.pk")) ++per_thread[thread_of(p)];
    }
    auto h = hits("site:defence.pk", {"--per-thread", "2"});
    std::map<std::string, unsigned> shown;
    for (const auto& hit : h) {
        std::string t = thread_of(hit);
        ++shown[t];
        ASSERT_TRUE(hit.contains("more_in_thread"));
        EXPECT_EQ(hit["more_in_thread"], per_thread[t] - std::min(2u, per_thread[t])) << t;
    }
    ASSERT_EQ(shown.size(), per_thread.size());
    for (const auto& [t, n] : per_thread)
        EXPECT_EQ(shown[t], std::min(2u, n)) << t;
    Result r = search({"--format", "json", "--per-thread", "1", "site:defence.pk"});
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["total_estimate"], per_thread.size());
    unsigned posts = 0;
    for (const auto& [t, n] : per_thread)
        posts += n;
    EXPECT_EQ(j["total_posts"], posts);
    Result text = search({"--per-thread", "1", "thread:745123"});
    EXPECT_NE(text.out.find("(+11 more in this thread)"), std::string::npos) << text.out;
}

std::vector<std::pair<std::string, int>> expected_facet(
    const std::function<std::string(const nlohmann::json&)>& value,
    const std::function<bool(const nlohmann::json&)>& pred) {
    std::map<std::string, int> counts;
    for (const auto& [key, p] : golden_by_key()) {
        if (!pred(p)) continue;
        std::string v = value(p);
        if (!v.empty()) ++counts[v];
    }
    std::vector<std::pair<std::string, int>> out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

std::vector<std::pair<std::string, int>> facet_of(const nlohmann::json& j, const char* name) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& v : j["facets"][name])
        out.emplace_back(v["value"].get<std::string>(), v["count"].get<int>());
    return out;
}

TEST_F(Outputs, FacetsCountEveryMatchInTheDisplayedCase) {
    auto field = [](const char* f) {
        return [f](const nlohmann::json& p) {
            return p[f].is_string() ? p[f].get<std::string>() : std::string();
        };
    };
    auto all = [](const nlohmann::json&) { return true; };
    auto first = [](const nlohmann::json& p) { return p["position"] == 1; };
    for (auto pred : {std::function<bool(const nlohmann::json&)>(all),
                      std::function<bool(const nlohmann::json&)>(first)}) {
        std::string query = pred(nlohmann::json{{"position", 2}}) ? "" : "in:first";
        SCOPED_TRACE(query);
        // --limit 1 and --per-thread 1: facets still count every matching post.
        Result r = search({"--format", "json",    "--limit", "1",       "--per-thread",
                           "1",        "--facet", "country", "--facet", "poster",
                           "--facet",  "forum",   "--facet", "site",    "--facet",
                           "year",     "--facet", "month",   "--",      query});
        ASSERT_EQ(r.code, 0) << r.err;
        auto j = nlohmann::json::parse(r.out);
        EXPECT_EQ(facet_of(j, "country"), expected_facet(field("country"), pred));
        EXPECT_EQ(facet_of(j, "poster"), expected_facet(field("poster"), pred));
        EXPECT_EQ(facet_of(j, "forum"), expected_facet(field("forum"), pred));
        EXPECT_EQ(facet_of(j, "site"), expected_facet(field("site"), pred));
        EXPECT_EQ(facet_of(j, "year"),
                  expected_facet([](auto& p) { return day_of(p).substr(0, 4); }, pred));
        EXPECT_EQ(facet_of(j, "month"),
                  expected_facet([](auto& p) { return day_of(p).substr(0, 7); }, pred));
        std::vector<std::string> order;
        auto ordered = nlohmann::ordered_json::parse(r.out);  // in the order asked for
        for (auto it = ordered["facets"].begin(); it != ordered["facets"].end(); ++it)
            order.push_back(it.key());
        EXPECT_EQ(order, (std::vector<std::string>{"country", "poster", "forum", "site", "year",
                                                   "month"}));
    }
    Result text = search({"--facet", "country", "site:forum.eurodefence.example"});
    EXPECT_NE(text.out.find("\ncountry:\n      2  Germany\n      1  France\n      1  Sweden\n"),
              std::string::npos)
        << text.out;
    EXPECT_EQ(search({"--facet", "colour", "x"}).code, 2);
}

TEST_F(Outputs, CountPrintsOnlyTheExactNumber) {
    auto count = [&](const std::string& q) {
        Result r = search({"--count", "--", q});
        return std::make_pair(r.out, r.code);
    };
    size_t all = golden_by_key().size();
    EXPECT_EQ(count(""), std::make_pair(std::to_string(all) + "\n", 0));
    size_t october = days_between_count("2023-10-01", "2023-10-31");
    EXPECT_EQ(count("date:2023-10"), std::make_pair(std::to_string(october) + "\n", 0));
    EXPECT_EQ(count("xylophone"), std::make_pair(std::string("0\n"), 1));
}

// RFC 4180 records.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, was_quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = was_quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    EXPECT_TRUE(was_quoted);
    return rows;
}

TEST_F(Outputs, CsvHasAHeaderAndOneRecordPerHit) {
    Result r = search({"--format", "csv", "--sort", "oldest", "--limit", "100", "thread:745123"});
    ASSERT_EQ(r.code, 0);
    auto rows = parse_csv(r.out);
    auto jsonl = hits("thread:745123", {"--sort", "oldest"});
    ASSERT_EQ(rows.size(), jsonl.size() + 1);
    std::vector<std::string> header;
    for (auto it = jsonl[0].begin(); it != jsonl[0].end(); ++it) {
        if (it.key() != "format_version" && it.key() != "highlights") header.push_back(it.key());
    }
    std::sort(header.begin(), header.end());
    auto got_header = rows[0];
    std::sort(got_header.begin(), got_header.end());
    EXPECT_EQ(got_header, header);
    auto col = [&](const std::string& name) {
        return std::find(rows[0].begin(), rows[0].end(), name) - rows[0].begin();
    };
    for (size_t i = 0; i < jsonl.size(); ++i) {
        const auto& row = rows[i + 1];
        ASSERT_EQ(row.size(), rows[0].size());
        EXPECT_EQ(row[col("post_id")], jsonl[i]["post_id"]);
        EXPECT_EQ(row[col("thread_title")], jsonl[i]["thread_title"]);  // has a comma
        EXPECT_EQ(row[col("poster")], jsonl[i]["poster"]);
        EXPECT_EQ(row[col("country")], jsonl[i]["country"].is_null()
                                           ? std::string()
                                           : jsonl[i]["country"].get<std::string>());
    }
    Result none = search({"--format", "csv", "xylophone"});
    EXPECT_EQ(none.code, 1);
    EXPECT_EQ(parse_csv(none.out + "\"\"\r\n").size(), 2u);  // the header row only
}

TEST_F(Outputs, IdsAreOnePostIdPerLine) {
    Result r = search({"--format", "ids", "--limit", "100", "site:forum.eurodefence.example"});
    std::set<std::string> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);)
        lines.insert(line);
    EXPECT_EQ(lines, golden_ids([](auto& p) {
                  return same_text(p["site"], "forum.eurodefence.example");
              }));
}

TEST_F(Outputs, JsonCarriesTheFormatVersionAndHighlightOffsets) {
    Result r = search({"--format", "json", "trilateral"});
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["format_version"], 1);
    EXPECT_TRUE(j["did_you_mean"].is_null());
    ASSERT_FALSE(j["hits"].empty());
    for (const auto& hit : j["hits"]) {
        std::string snippet = hit["snippet"];
        ASSERT_FALSE(hit["highlights"].empty()) << snippet;
        for (const auto& h : hit["highlights"]) {
            size_t b = h[0], e = h[1];
            EXPECT_EQ(forum::utf8_lower(snippet.substr(b, e - b)), "trilateral");
        }
    }
    for (const auto& line : hits("summit"))
        EXPECT_EQ(line["format_version"], 1);
}

TEST_F(Outputs, SnippetsJoinSeveralPassages) {
    // The seed post says "trilateral" in several paragraphs.
    auto seed = [](const std::vector<nlohmann::json>& h) {
        for (const auto& hit : h)
            if (hit["post_id"] == "14856201") return hit;
        ADD_FAILURE() << "the seed post is not found";
        return nlohmann::json();
    };
    auto two = seed(hits("trilateral", {"--snippet-length", "160"}));
    std::string s = two["snippet"];
    EXPECT_NE(s.find(" … "), std::string::npos) << s;
    EXPECT_GE(two["highlights"].size(), 2u);
    EXPECT_LT(s.size(), 160u + 40u);
    auto one = seed(hits("trilateral", {"--snippet-length", "80", "--fragments", "1"}));
    std::string s1 = one["snippet"];
    EXPECT_EQ(s1.find(" … "), std::string::npos) << s1;
    EXPECT_LT(s1.size(), 80u + 20u);
    auto marked = seed(hits("trilateral", {"--highlight", "<<,>>"}));
    EXPECT_NE(marked["snippet"].get<std::string>().find("<<trilateral>>"), std::string::npos);
}

TEST_F(Outputs, ColourOnlyWhenAskedOrOnATerminal) {
    EXPECT_EQ(search({"summit"}).out.find('\x1b'), std::string::npos);  // a pipe
    EXPECT_NE(search({"--color", "always", "summit"}).out.find("\x1b[1m"), std::string::npos);
    EXPECT_EQ(search({"--color", "never", "summit"}).out.find('\x1b'), std::string::npos);
    setenv("NO_COLOR", "1", 1);
    EXPECT_EQ(search({"--color", "auto", "summit"}).out.find('\x1b'), std::string::npos);
    EXPECT_NE(search({"--color", "always", "summit"}).out.find('\x1b'), std::string::npos);
    unsetenv("NO_COLOR");
    EXPECT_EQ(search({"--color", "sometimes", "summit"}).code, 2);
}

TEST_F(Outputs, DidYouMeanWhenTheSpellingFindsMore) {
    Result r = search({"--format", "json", "trilaterl"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(nlohmann::json::parse(r.out)["did_you_mean"], "trilateral");
    Result text = search({"trilaterl summt"});
    EXPECT_NE(text.out.find("Did you mean: trilateral summit\n"), std::string::npos) << text.out;
    // Enough hits: no suggestion.
    EXPECT_TRUE(nlohmann::json::parse(search({"--format", "json", "summit"}).out)["did_you_mean"]
                    .is_null());
}

}  // namespace
}  // namespace e2e
