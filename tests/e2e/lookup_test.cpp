// show and thread by URL: the URLs forum-search prints (text output, JSON url and thread_url)
// name a post and its thread; a URL several posts or threads have is ambiguous, with each named.

#include <xapian.h>

#include <sstream>

#include <gtest/gtest.h>

#include "common/core/post.hpp"
#include "common/schema/schema.hpp"
#include "golden.hpp"

namespace e2e {
namespace {

class LookupByUrl : public FixtureIndex {};

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

TEST_F(LookupByUrl, EachPostsUrlShowsItAndItsThread) {
    const auto golden = golden_by_key();
    std::map<std::string, size_t> thread_sizes;  // by thread URL
    for (const auto& [key, p] : golden)
        ++thread_sizes[p["thread_url"].get<std::string>()];
    for (const auto& [key, p] : golden) {
        SCOPED_TRACE(key);
        const std::string url = p["url"].get<std::string>();
        Result show = search({"show", url, "--format", "json"});
        ASSERT_EQ(show.code, 0) << show.err;
        EXPECT_EQ(without_source(nlohmann::json::parse(show.out)), without_source(p));
        const std::string thread_url = p["thread_url"].get<std::string>();
        for (const std::string& u : {url, thread_url}) {
            Result thread = search({"thread", u, "--format", "jsonl"});
            ASSERT_EQ(thread.code, 0) << u << ": " << thread.err;
            auto lines = json_lines(thread.out);
            EXPECT_EQ(lines.size(), thread_sizes.at(thread_url)) << u;
            for (const auto& line : lines)
                EXPECT_EQ(line["thread_url"], thread_url) << u;
        }
    }
}

TEST_F(LookupByUrl, TheUrlsOfTheTextOutputAreAccepted) {
    Result r = search({"summit", "--limit", "100"});
    ASSERT_EQ(r.code, 0) << r.err;
    std::istringstream lines(r.out);
    int urls = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("    http", 0) != 0) continue;
        std::string url = line.substr(4);
        Result show = search({"show", url, "--format", "json"});
        ASSERT_EQ(show.code, 0) << url << ": " << show.err;
        EXPECT_EQ(nlohmann::json::parse(show.out)["url"], url);
        EXPECT_EQ(search({"thread", url}).code, 0) << url;
        ++urls;
    }
    EXPECT_GT(urls, 0);
    Result missing = search({"show", "https://defence.pk/pdf/threads/none.1/post-1"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("no post https://defence.pk/pdf/threads/none.1/post-1"),
              std::string::npos)
        << missing.err;
    EXPECT_EQ(search({"thread", "https://defence.pk/pdf/threads/none.1/"}).code, 1);
}

// A post as forum-index stores it, for the terms lookups read.
void add_post(Xapian::WritableDatabase& db, const forum::Post& p) {
    namespace schema = forum::schema;
    Xapian::Document doc;
    if (p.post_id) doc.add_boolean_term(schema::boolean_term(schema::kPostId, *p.post_id));
    if (p.thread_id) doc.add_boolean_term(schema::boolean_term(schema::kThread, *p.thread_id));
    doc.add_boolean_term(schema::boolean_term(schema::kSite, *p.site));
    doc.add_boolean_term(schema::boolean_term(schema::kThreadTerm, schema::thread_key(p)));
    doc.add_value(schema::kThreadKey, schema::thread_key(p));
    doc.add_value(schema::kPosition, Xapian::sortable_serialise(*p.position));
    std::string id = schema::unique_term(p);
    doc.add_boolean_term(id);
    doc.set_data(forum::to_json(p).dump());
    db.replace_document(id, doc);
}

TEST(LookupByUrlAmbiguity, AUrlSeveralPostsHaveNamesEach) {
    TempDir dir;
    std::string db = (dir.path() / "urls.db").string();
    {
        Xapian::WritableDatabase w(db, Xapian::DB_CREATE);
        for (const char* site : {"a.example", "b.example"}) {  // one page saved under two sites
            forum::Post p;
            p.post_id = "7";
            p.thread_id = "70";
            p.position = 1;
            p.site = site;
            p.url = "https://mirror.example/t/70#7";
            p.thread_url = "https://mirror.example/t/70";
            p.text = "hello";
            add_post(w, p);
        }
        for (int position : {1, 2}) {  // a thread whose pages show no ids
            forum::Post p;
            p.position = position;
            p.site = "c.example";
            p.url = "https://c.example/t/ice/9/" + std::to_string(position);
            p.thread_url = "https://c.example/t/ice/9";
            p.text = "ice";
            add_post(w, p);
        }
        w.commit();
    }
    Result show = forum_search({"--db", db, "show", "https://mirror.example/t/70#7"});
    EXPECT_EQ(show.code, 2);
    EXPECT_NE(show.err.find("several posts have the URL https://mirror.example/t/70#7"),
              std::string::npos)
        << show.err;
    EXPECT_NE(show.err.find("  a.example/7\n"), std::string::npos) << show.err;
    EXPECT_NE(show.err.find("  b.example/7\n"), std::string::npos) << show.err;
    Result thread = forum_search({"--db", db, "thread", "https://mirror.example/t/70"});
    EXPECT_EQ(thread.code, 2);
    EXPECT_NE(thread.err.find("  a.example/70 (1 posts)\n"), std::string::npos) << thread.err;
    EXPECT_NE(thread.err.find("  b.example/70 (1 posts)\n"), std::string::npos) << thread.err;

    Result second =
        forum_search({"--db", db, "show", "https://c.example/t/ice/9/2", "--format", "json"});
    ASSERT_EQ(second.code, 0) << second.err;
    EXPECT_EQ(nlohmann::json::parse(second.out)["position"], 2);
    Result posts =
        forum_search({"--db", db, "thread", "https://c.example/t/ice/9/2", "--format", "jsonl"});
    ASSERT_EQ(posts.code, 0) << posts.err;
    EXPECT_EQ(json_lines(posts.out).size(), 2u);
    EXPECT_EQ(forum_search({"--db", db, "show", "https://c.example/t/ice/9/3"}).code, 1);
}

}  // namespace
}  // namespace e2e
