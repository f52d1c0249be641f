// The index's schema version and spelling data across forum-index runs.

#include <xapian.h>

#include <gtest/gtest.h>

#include "common/schema/schema.hpp"
#include "golden.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

Xapian::doccount spelling_freq(const std::string& db, const std::string& word) {
    Xapian::Database d(db);
    for (auto it = d.spellings_begin(); it != d.spellings_end(); ++it) {
        if (*it == word) return it.get_termfreq();
    }
    return 0;
}

TEST(SchemaUpgrade, AnOlderIndexIsRewrittenByTheNextRun) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    forum_index(index_sites_args(db), kFixtures);
    {
        // Make it look like a schema 1 index: no XIN terms, the old version.
        Xapian::WritableDatabase w(db);
        w.set_metadata(std::string(forum::schema::kMetaSchema), "1");
        // What forum-index of schema 1 recorded (the schema version leads its fingerprint).
        w.set_metadata(std::string(forum::schema::kMetaExtraction), "1/0.1.0/auto/0");
        // Its file states had no fingerprint of their own.
        std::string files(forum::schema::kMetaFile);
        std::vector<std::string> keys;
        for (auto it = w.metadata_keys_begin(files); it != w.metadata_keys_end(files); ++it)
            keys.push_back(*it);
        for (const auto& key : keys) {
            auto state = nlohmann::json::parse(w.get_metadata(key));
            ASSERT_EQ(state.erase("extraction"), 1u);
            w.set_metadata(key, state.dump());
        }
        std::string first = forum::schema::boolean_term(forum::schema::kIn, "first");
        std::vector<Xapian::docid> ids;
        for (auto it = w.postlist_begin(first); it != w.postlist_end(first); ++it)
            ids.push_back(*it);
        for (auto id : ids) {
            Xapian::Document d = w.get_document(id);
            d.remove_term(first);
            w.replace_document(id, d);
        }
        w.commit();
    }
    EXPECT_EQ(forum_search({"--db", db, "--count", "in:first"}).out, "0\n");
    forum_index(index_sites_args(db), kFixtures);
    auto firsts = golden_ids([](auto& p) { return p["position"] == 1; });
    EXPECT_EQ(forum_search({"--db", db, "--count", "in:first"}).out,
              std::to_string(firsts.size()) + "\n");
    EXPECT_EQ(Xapian::Database(db).get_metadata(std::string(forum::schema::kMetaSchema)),
              forum::schema::kSchemaVersion);
}

TEST(Spelling, WordsComeAndGoWithThePosts) {
    TempDir dir;
    fs::path crawl = dir.path() / "crawl";
    fs::create_directories(crawl);
    for (const auto& site : kQuerySites)
        fs::copy(fs::path(kFixtures) / site, crawl / site, fs::copy_options::recursive);
    std::string db = (dir.path() / "forum.db").string();
    forum_index({"--db", db, "."}, crawl.string());
    // "rheinmetall" is written only on the eurodefence page (its title and posts).
    EXPECT_GT(spelling_freq(db, "rheinmetall"), 0u);
    EXPECT_GT(spelling_freq(db, "trilateral"), 0u);
    Result suggestion = forum_search({"--db", db, "--format", "json", "rheinmetal"});
    EXPECT_EQ(nlohmann::json::parse(suggestion.out)["did_you_mean"], "rheinmetall");
    fs::remove_all(crawl / "forum.eurodefence.example");
    forum_index({"--db", db, "."}, crawl.string());
    EXPECT_EQ(spelling_freq(db, "rheinmetall"), 0u);  // its posts are deleted
    EXPECT_GT(spelling_freq(db, "trilateral"), 0u);
}

}  // namespace
}  // namespace e2e
