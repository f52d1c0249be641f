// Index the fixture crawl with the real forum-index, then ask forum-search. Expected answers are
// computed from the golden files (the reviewed specification of the fixtures' posts), never from
// the search output itself.

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/core/text.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

// Distinct posts of the fixtures, by (site, post id), as the golden files give them.
// The XenForo 2 sites these searches were written for; the other engines' fixtures have their
// own tests (mixed_crawl_test.cpp).
const std::vector<std::string> kSites = {"defence.pk", "forum.eurodefence.example"};

std::vector<std::string> index_args(const std::string& db) {
    std::vector<std::string> args = {"--db", db, "--json"};
    args.insert(args.end(), kSites.begin(), kSites.end());
    return args;
}

std::map<std::string, nlohmann::json> golden_posts() {
    std::map<std::string, nlohmann::json> posts;
    for (const auto& site : kSites) {
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(kGolden) / site)) {
            if (entry.path().extension() != ".jsonl") continue;
            for (auto& p : json_lines(read_file(entry.path()))) {
                posts.emplace(p["site"].get<std::string>() + "/" + p["post_id"].get<std::string>(),
                              p);
            }
        }
    }
    return posts;
}

std::set<std::string> ids_where(const std::function<bool(const nlohmann::json&)>& pred) {
    std::set<std::string> ids;
    for (const auto& [key, p] : golden_posts()) {
        if (pred(p)) ids.insert(p["post_id"].get<std::string>());
    }
    return ids;
}

bool field_is(const nlohmann::json& p, const char* field, const std::string& value) {
    return p[field].is_string() &&
           forum::utf8_lower(p[field].get<std::string>()) == forum::utf8_lower(value);
}

class Search : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        index_run_ = new Result(forum_index(index_args(db()), kFixtures));
    }
    static void TearDownTestSuite() {
        delete index_run_;
        delete dir_;
    }
    static std::string db() { return (dir_->path() / "forum.db").string(); }

    static std::vector<nlohmann::json> hits(const std::string& query,
                                            std::vector<std::string> extra = {}) {
        std::vector<std::string> args = {"--db", db(), "--format", "jsonl", "--limit", "1000"};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back(query);
        Result r = forum_search(args);
        EXPECT_TRUE(r.code == 0 || r.code == 1) << query << ": " << r.err;
        return json_lines(r.out);
    }

    static std::set<std::string> hit_ids(const std::string& query) {
        std::set<std::string> ids;
        for (const auto& h : hits(query))
            ids.insert(h["post_id"].get<std::string>());
        return ids;
    }

    static TempDir* dir_;
    static Result* index_run_;
};
TempDir* Search::dir_ = nullptr;
Result* Search::index_run_ = nullptr;

TEST_F(Search, IndexReportCountsEveryInput) {
    // The crawl has a truncated page on purpose: exit 1, everything else indexed.
    EXPECT_EQ(index_run_->code, 1) << index_run_->err;
    auto report = nlohmann::json::parse(index_run_->out);
    EXPECT_EQ(report["posts_indexed"], golden_posts().size());
    EXPECT_EQ(report["duplicate_pages"], 1);  // page-2 and page-2.html
    EXPECT_EQ(report["duplicate_posts"], 4);
    EXPECT_EQ(report["cut_posts"], 1);
    EXPECT_EQ(report["skipped"], (nlohmann::json{{"not_html", 1}, {"not_thread_page", 1}}));
    ASSERT_EQ(report["failed"].size(), 1u);
    EXPECT_EQ(report["failed"][0]["reason"], "truncated_page");
    EXPECT_TRUE(report["failed"][0]["source"].get<std::string>().ends_with("745890/page-2"));
    EXPECT_NE(index_run_->err.find("745890/page-2: truncated page"), std::string::npos)
        << index_run_->err;
    EXPECT_NE(index_run_->err.find("added " + std::to_string(golden_posts().size()) +
                                   ", replaced 0, deleted 0"),
              std::string::npos)
        << index_run_->err;
    EXPECT_EQ(report["added"], golden_posts().size());
}

TEST_F(Search, TrilateralSummitFindsTheSeedPostFirst) {
    auto h = hits("\"trilateral summit\"");
    ASSERT_FALSE(h.empty());
    EXPECT_EQ(h[0]["post_id"], "14856201");
    EXPECT_EQ(h[0]["poster"], "beijingwalker");
    EXPECT_EQ(hit_ids("\"trilateral summit\""), ids_where([](const nlohmann::json& p) {
                  std::string text =
                      forum::utf8_lower(forum::collapse_whitespace(p["text"].get<std::string>()));
                  return text.find("trilateral summit") != std::string::npos;
              }));
}

// Phrases of common words are read from the word pairs (README, "The index"): every post that
// holds the phrase is found, and explain shows the phrase as typed, not the pairs.
TEST_F(Search, APhraseOfCommonWordsFindsEveryPostThatHoldsIt) {
    for (const char* phrase : {"of the", "to the", "and the", "in the"}) {
        SCOPED_TRACE(phrase);
        // The words of the text, one space apart, so that "summit is" does not hold "it is".
        std::set<std::string> holding = ids_where([&](const nlohmann::json& p) {
            std::string words = " ";
            for (char c : forum::utf8_lower(p["text"].get<std::string>()))
                words += std::isalnum(static_cast<unsigned char>(c)) ? c : ' ';
            words = forum::collapse_whitespace(words + " ");
            return (" " + words + " ").find(" " + std::string(phrase) + " ") != std::string::npos;
        });
        ASSERT_FALSE(holding.empty());
        std::set<std::string> found = hit_ids("\"" + std::string(phrase) + "\"");
        for (const std::string& id : holding)
            EXPECT_TRUE(found.count(id)) << id;
    }
    Result explain = forum_search({"--db", db(), "explain", "\"of the\""});
    EXPECT_EQ(explain.code, 0) << explain.err;
    EXPECT_NE(explain.out.find("PHRASE 2"), std::string::npos) << explain.out;
    EXPECT_EQ(explain.out.find("XWP"), std::string::npos) << explain.out;
}

TEST_F(Search, APhraseOnlyInsideAQuoteIsNotAHit) {
    Result r = forum_search({"--db", db(), "\"paper tiger alliance\""});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(hit_ids("quote:\"paper tiger alliance\""), std::set<std::string>{"14856410"});
    // The seed's phrase is quoted by a reply: that reply is found under quote: only.
    EXPECT_TRUE(hit_ids("quote:\"trilateral summit\"").count("14856245"));
    EXPECT_FALSE(hit_ids("\"trilateral summit\"").count("14856245"));
}

TEST_F(Search, EachFilterNarrowsToExactlyItsPosts) {
    struct Case {
        std::string query;
        const char* field;
        std::string value;
    };
    const Case cases[] = {
        {"poster:beijingwalker", "poster", "beijingwalker"},
        {"by:\"Pinterest Mom\"", "poster", "Pinterest Mom"},
        {"poster:\"ĐẶNG VĂN MINH\"", "poster", "Đặng Văn Minh"},
        {"poster:서울사람", "poster", "서울사람"},
        {"country:China", "country", "china"},
        {"country:\"south korea\"", "country", "South Korea"},
        {"location:\"Seattle, WA\"", "location", "seattle, wa"},
        {"forum:\"China & Far East\"", "forum", "China & Far East"},
        {"site:forum.eurodefence.example", "site", "forum.eurodefence.example"},
        {"thread:745890", "thread_id", "745890"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        auto expected =
            ids_where([&](const nlohmann::json& p) { return field_is(p, c.field, c.value); });
        EXPECT_FALSE(expected.empty());
        EXPECT_EQ(hit_ids(c.query), expected);
    }
}

TEST_F(Search, FiltersCombineWithWords) {
    auto china = hit_ids("china");
    auto narrowed = hit_ids("china poster:beijingwalker country:china");
    EXPECT_FALSE(narrowed.empty());
    EXPECT_LT(narrowed.size(), china.size());
    for (const auto& id : narrowed)
        EXPECT_TRUE(china.count(id));
    EXPECT_EQ(hit_ids("poster:beijingwalker country:china \"trilateral summit\""),
              std::set<std::string>{"14856201"});
    // Two values of one field are ORed; poster: and by: are the same field.
    auto either = hit_ids("poster:beijingwalker by:RiceDragon");
    auto expected = ids_where([](const nlohmann::json& p) {
        return field_is(p, "poster", "beijingwalker") || field_is(p, "poster", "RiceDragon");
    });
    EXPECT_EQ(either, expected);
}

TEST_F(Search, DateRangesAreInclusiveUtcDays) {
    auto in_days = [](const std::string& from, const std::string& to) {
        return ids_where([&](const nlohmann::json& p) {
            std::string day = p["date"].get<std::string>().substr(0, 10);
            return day >= from && day <= to;
        });
    };
    EXPECT_EQ(hit_ids("date:2023-10-05..2023-10-06"), in_days("2023-10-05", "2023-10-06"));
    EXPECT_EQ(hit_ids("date:2023-10-12.."), in_days("2023-10-12", "9999-12-31"));
    EXPECT_EQ(hit_ids("date:..2023-09-30"), in_days("0000-01-01", "2023-09-30"));
    EXPECT_EQ(hit_ids("summit date:2023-10-01..2023-10-01").count("14856201"), 1u);
}

TEST_F(Search, SortByDate) {
    auto newest = hits("poster:beijingwalker", {"--sort", "newest"});
    ASSERT_GE(newest.size(), 3u);
    for (size_t i = 1; i < newest.size(); ++i) {
        EXPECT_GE(newest[i - 1]["date"].get<std::string>(), newest[i]["date"].get<std::string>());
    }
    auto oldest = hits("poster:beijingwalker", {"--sort", "oldest"});
    ASSERT_EQ(oldest.size(), newest.size());
    EXPECT_EQ(oldest.front()["post_id"], newest.back()["post_id"]);
}

TEST_F(Search, DuplicatesAreStoredOnce) {
    auto thread = hits("thread:745123");
    std::set<std::string> ids;
    for (const auto& h : thread)
        ids.insert(h["post_id"].get<std::string>());
    EXPECT_EQ(thread.size(), ids.size());
    EXPECT_EQ(ids.size(), 12u);
    // Indexing the same crawl again replaces, never adds.
    Result again = forum_index(index_args(db()), kFixtures);
    EXPECT_EQ(again.code, 1);
    Xapian::Database index(db());
    EXPECT_EQ(index.get_doccount(), golden_posts().size());
}

TEST_F(Search, SignaturesAdsAndTitles) {
    EXPECT_TRUE(hit_ids("Zindabad").empty());  // a signature
    EXPECT_TRUE(hit_ids("VPN").empty());       // an ad inside a post
    EXPECT_TRUE(hit_ids("\"click to expand\"").empty());
    auto tsushima =
        ids_where([](const nlohmann::json& p) { return field_is(p, "thread_id", "745890"); });
    EXPECT_EQ(hit_ids("title:tsushima"), tsushima);
    // Title words as plain text find the thread's first post, not every reply.
    EXPECT_EQ(hit_ids("stabilize"), (std::set<std::string>{"14856201", "14857390"}));
}

TEST_F(Search, JsonHasTheDocumentedFields) {
    Result r = forum_search(
        {"--db", db(), "--format", "json", "--limit", "1", "poster:\"Nomad Researcher\""});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["query"], "poster:\"Nomad Researcher\"");
    EXPECT_EQ(j["total_estimate"], 2);
    EXPECT_EQ(j["offset"], 0);
    ASSERT_EQ(j["hits"].size(), 1u);
    std::vector<std::string> keys;
    for (auto it = j["hits"][0].begin(); it != j["hits"][0].end(); ++it)
        keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    std::vector<std::string> expected = {
        "country",        "date",         "edited",     "engine",   "forum",
        "highlights",     "joined",       "lang",       "location", "messages",
        "page",           "position",     "post_id",    "poster",   "rank",
        "reaction_score", "score",        "site",       "snippet",  "source",
        "thread_id",      "thread_title", "thread_url", "url",      "user_title"};
    EXPECT_EQ(keys, expected);
    EXPECT_TRUE(j["hits"][0]["country"].is_null());  // a guest shows no country
    EXPECT_EQ(j["hits"][0]["rank"], 1);
}

TEST_F(Search, PagingAndHighlighting) {
    auto all = hits("poster:beijingwalker", {"--sort", "oldest"});
    auto page = hits("poster:beijingwalker", {"--sort", "oldest", "--offset", "1", "--limit", "2"});
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[0]["post_id"], all[1]["post_id"]);
    EXPECT_EQ(page[0]["rank"], 2);
    auto marked = hits("\"trilateral summit\"", {"--highlight", "[[,]]"});
    ASSERT_FALSE(marked.empty());
    EXPECT_NE(marked[0]["snippet"].get<std::string>().find("[[trilateral summit]]"),
              std::string::npos);
    auto plain = hits("\"trilateral summit\"");
    EXPECT_EQ(plain[0]["snippet"].get<std::string>().find("[["), std::string::npos);
}

TEST_F(Search, TextOutputWhenPiped) {
    Result r = forum_search({"--db", db(), "\"trilateral summit\""});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.starts_with(
        " 1. South Korea, Japan Aim to Stabilize China Relations Despite US Partnership  #1\n"
        "    beijingwalker · ELITE MEMBER · China · 2023-10-01 03:05 UTC · China & Far East\n"))
        << r.out;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos);  // no terminal escapes in a pipe
    EXPECT_NE(
        r.out.find(
            "https://defence.pk/pdf/threads/"
            "south-korea-japan-aim-to-stabilize-china-relations-despite-us-partnership.745123/"
            "post-14856201\n"),
        std::string::npos);
}

TEST_F(Search, ExitCodes) {
    EXPECT_EQ(forum_search({"--db", db(), "summit"}).code, 0);
    EXPECT_EQ(forum_search({"--db", db(), "xylophone"}).code, 1);
    Result bad_query = forum_search({"--db", db(), "summit AND"});
    EXPECT_EQ(bad_query.code, 2);
    EXPECT_NE(bad_query.err.find("bad query"), std::string::npos);
    EXPECT_EQ(forum_search({"--db", db(), "--limit", "many", "x"}).code, 2);
    EXPECT_EQ(forum_search({"--db", db(), "--sort", "sideways", "x"}).code, 2);
    Result missing = forum_search({"--db", (dir_->path() / "nope.db").string(), "x"});
    EXPECT_EQ(missing.code, 3);
    EXPECT_NE(missing.err.find("nope.db"), std::string::npos);
}

TEST(IndexExitCodes, EveryCode) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    std::string clean = "forum.eurodefence.example";
    EXPECT_EQ(forum_index({"--db", db, clean}, kFixtures).code, 0);
    EXPECT_EQ(forum_index({"--db", db, "."}, kFixtures).code, 1);
    EXPECT_EQ(forum_index({"--db", db, "--no-such-option", clean}, kFixtures).code, 2);
    EXPECT_EQ(forum_index({"--db", db}, kFixtures).code, 2);  // no PATH
    EXPECT_EQ(forum_index({"--db", db, "--lang", "klingon", clean}, kFixtures).code, 2);
    fs::path file = dir.path() / "a-file";
    std::ofstream(file) << "not an index";
    EXPECT_EQ(forum_index({"--db", file.string(), clean}, kFixtures).code, 3);
    {
        Xapian::WritableDatabase holder(db);  // another writer holds the lock
        Result locked = forum_index({"--db", db, clean}, kFixtures);
        EXPECT_EQ(locked.code, 75);
        EXPECT_NE(locked.err.find(db), std::string::npos) << locked.err;
    }
    EXPECT_EQ(forum_index({"--db", db, clean}, kFixtures).code, 0);
}

TEST(IndexExitCodes, AMissingPathIsAFailedInput) {
    TempDir dir;
    Result r = forum_index({"--db", (dir.path() / "db").string(), "no/such/dir"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("no/such/dir"), std::string::npos);
}

}  // namespace
}  // namespace e2e
