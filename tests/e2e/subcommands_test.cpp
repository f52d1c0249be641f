// show, thread, explain, stats — end to end, against the golden files.

#include <xapian.h>

#include <gtest/gtest.h>

#include "common/core/post.hpp"
#include "common/schema/schema.hpp"
#include "golden.hpp"

namespace e2e {
namespace {

class Subcommands : public FixtureIndex {};

// The post's fields without where it was read from (the golden files were made from other paths).
nlohmann::json without_source(nlohmann::json p) {
    p.erase("source");
    p.erase("format_version");
    // The golden files are extract's output, which detects no language; the crawl is English.
    if (p.contains("lang")) {
        EXPECT_EQ(p["lang"], "en");
        p.erase("lang");
    }
    return p;
}

TEST_F(Subcommands, ShowPrintsOnePostInFull) {
    const auto golden = golden_by_key().at("defence.pk/14856245");
    Result json = search({"show", "14856245", "--format", "json"});
    ASSERT_EQ(json.code, 0) << json.err;
    auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j["format_version"], 1);
    EXPECT_EQ(without_source(j), without_source(golden));
    Result by_site = search({"show", "defence.pk/14856245", "--format", "json"});
    EXPECT_EQ(by_site.out, json.out);
    Result text = search({"show", "14856245"});
    ASSERT_EQ(text.code, 0);
    EXPECT_NE(text.out.find("poster:    Pinterest Mom\n"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find(golden["text"].get<std::string>()), std::string::npos);
    EXPECT_NE(text.out.find("beijingwalker wrote:\n> "), std::string::npos);
    Result missing = search({"show", "999"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("no post 999"), std::string::npos);
    EXPECT_EQ(search({"show"}).code, 2);
    // Options before the subcommand work too.
    EXPECT_EQ(forum_search({"--db", db(), "show", "3141002"}).code, 0);
}

TEST_F(Subcommands, ThreadListsThePostsInOrder) {
    std::vector<nlohmann::json> expected;
    for (const auto& [key, p] : golden_by_key()) {
        if (same_text(p["thread_id"], "745123")) expected.push_back(without_source(p));
    }
    std::sort(expected.begin(), expected.end(),
              [](const auto& a, const auto& b) { return a["position"] < b["position"]; });
    Result r = search({"thread", "745123", "--format", "jsonl"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto lines = json_lines(r.out);
    ASSERT_EQ(lines.size(), expected.size());
    for (size_t i = 0; i < lines.size(); ++i)
        EXPECT_EQ(without_source(lines[i]), expected[i]) << i;
    auto array =
        nlohmann::json::parse(search({"thread", "defence.pk/745123", "--format", "json"}).out);
    ASSERT_EQ(array.size(), expected.size());
    EXPECT_EQ(array[11]["position"], 12);
    Result text = search({"thread", "3141"});
    EXPECT_LT(text.out.find("Jürgen Müller"), text.out.find("Zoë Lefèvre"));
    EXPECT_EQ(search({"thread", "1"}).code, 1);
}

TEST(SubcommandsAmbiguity, AnIdTwoSitesShareMustNameTheSite) {
    TempDir dir;
    std::string db = (dir.path() / "two.db").string();
    {
        Xapian::WritableDatabase w(db, Xapian::DB_CREATE);
        for (const char* site : {"a.example", "b.example"}) {
            forum::Post p;
            p.post_id = "7";
            p.thread_id = "70";
            p.position = 1;
            p.site = site;
            p.poster = std::string("poster at ") + site;
            p.text = "hello";
            Xapian::Document doc;
            doc.add_boolean_term(forum::schema::boolean_term(forum::schema::kPostId, "7"));
            doc.add_boolean_term(forum::schema::boolean_term(forum::schema::kThread, "70"));
            doc.add_boolean_term(forum::schema::boolean_term(forum::schema::kThreadTerm,
                                                             forum::schema::thread_key(p)));
            doc.add_value(forum::schema::kThreadKey, forum::schema::thread_key(p));
            doc.add_value(forum::schema::kPosition, Xapian::sortable_serialise(1));
            std::string id = forum::schema::unique_term(p);
            doc.add_boolean_term(id);
            doc.set_data(forum::to_json(p).dump());
            w.replace_document(id, doc);
        }
        w.commit();
    }
    Result show = forum_search({"--db", db, "show", "7"});
    EXPECT_EQ(show.code, 2);
    EXPECT_NE(show.err.find("a.example/7"), std::string::npos) << show.err;
    EXPECT_NE(show.err.find("b.example/7"), std::string::npos) << show.err;
    Result one = forum_search({"--db", db, "show", "b.example/7", "--format", "json"});
    ASSERT_EQ(one.code, 0) << one.err;
    EXPECT_EQ(nlohmann::json::parse(one.out)["poster"], "poster at b.example");
    Result thread = forum_search({"--db", db, "thread", "70"});
    EXPECT_EQ(thread.code, 2);
    EXPECT_NE(thread.err.find("a.example/70"), std::string::npos) << thread.err;
    EXPECT_EQ(forum_search({"--db", db, "thread", "a.example/70"}).code, 0);
}

TEST_F(Subcommands, ExplainShowsFieldsTermsAndXapiansQuery) {
    setenv("FORUM_SEARCH_NOW", "2023-10-05T12:00:00Z", 1);
    Result r = search(
        {"explain", "--format", "json", "poster:\"Pinterest Mom\" date:\"last week\" summit"});
    unsetenv("FORUM_SEARCH_NOW");
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["format_version"], 1);
    ASSERT_EQ(j["fields"].size(), 2u);
    EXPECT_EQ(j["fields"][0]["field"], "poster");
    EXPECT_EQ(j["fields"][0]["meaning"],
              "term XFApinterest mom (the name folded: any case, no diacritics)");
    EXPECT_EQ(j["fields"][1]["meaning"], "post date 2023-09-25 to 2023-10-01 (UTC, inclusive)");
    EXPECT_NE(std::find(j["terms"].begin(), j["terms"].end(), "Zsummit"), j["terms"].end());
    EXPECT_NE(j["xapian"].get<std::string>().find("VALUE_RANGE 0 20230925 20231001"),
              std::string::npos);
    Result text = search({"explain", "a NEAR/2 b"});
    EXPECT_NE(text.out.find("xapian:  Query((a@1 NEAR 3 b@2))"), std::string::npos) << text.out;
    EXPECT_EQ(search({"explain", "summit AND"}).code, 2);
}

TEST_F(Subcommands, StatsCountWhatTheCrawlHolds) {
    auto golden = golden_by_key();
    std::set<std::string> threads, sites, forums, posters;
    std::string first = "9999", last;
    for (const auto& [key, p] : golden) {
        threads.insert(p["site"].get<std::string>() + "/" + p["thread_id"].get<std::string>());
        sites.insert(p["site"]);
        forums.insert(forum::utf8_lower(p["forum"].get<std::string>()));
        posters.insert(forum::utf8_lower(p["poster"].get<std::string>()));
        first = std::min(first, p["date"].get<std::string>());
        last = std::max(last, p["date"].get<std::string>());
    }
    Result r = search({"stats", "--format", "json"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["format_version"], 1);
    EXPECT_EQ(j["posts"], golden.size());
    EXPECT_EQ(j["threads"], threads.size());
    EXPECT_EQ(j["sites"], sites.size());
    EXPECT_EQ(j["forums"], forums.size());
    EXPECT_EQ(j["posters"], posters.size());
    EXPECT_EQ(j["first_post"], first);
    EXPECT_EQ(j["last_post"], last);
    EXPECT_GT(j["bytes_on_disk"].get<long>(), 0);
    EXPECT_TRUE(j["last_update"].is_string());
    EXPECT_EQ(j["schema_version"], "5");
    EXPECT_EQ(j["language"], "en");  // the languages of the posts: the crawl is English
    Result text = search({"stats"});
    EXPECT_NE(text.out.find("posts         " + std::to_string(golden.size()) + "\n"),
              std::string::npos)
        << text.out;
    EXPECT_EQ(forum_search({"--db", (dir_->path() / "nope").string(), "stats"}).code, 3);
    EXPECT_EQ(search({"stats", "--", "extra"}).code, 2);  // the command insisted on: no words
}

TEST_F(Subcommands, SearchStaysTheDefaultAndASubcommandNameCanBeSearched) {
    EXPECT_EQ(search({"summit"}).code, 0);
    Result word = search({"--count", "--", "stats"});  // the word, not the subcommand
    EXPECT_TRUE(word.code == 0 || word.code == 1) << word.err;
    EXPECT_EQ(word.out, "0\n");  // no post says "stats"; the stats subcommand did not run
}

}  // namespace
}  // namespace e2e
