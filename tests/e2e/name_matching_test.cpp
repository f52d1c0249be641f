// Issue 14, names as people type them: poster: and quoted: ignore case and diacritics, take a
// trailing * for prefixes, keep the page's spelling for display, and a name that matches nobody
// gets the nearest names of the index; an index built before folded names still works, exactly.

#include <xapian.h>

#include <gtest/gtest.h>

#include "common/schema/schema.hpp"
#include "golden.hpp"

namespace e2e {
namespace {

class NameMatching : public FixtureIndex {};

std::function<bool(const nlohmann::json&)> poster_is(std::string name) {
    return [name](const nlohmann::json& p) { return p["poster"] == name; };
}

std::function<bool(const nlohmann::json&)> quotes(std::string author) {
    return [author](const nlohmann::json& p) {
        for (const auto& q : p["quotes"])
            if (q["author"] == author) return true;
        return false;
    };
}

TEST_F(NameMatching, CaseAndDiacriticsAreIgnored) {
    auto dang = golden_ids(poster_is("Đặng Văn Minh"));
    ASSERT_EQ(dang.size(), 2u);
    for (std::string q : {"poster:\"Đặng Văn Minh\"", "poster:\"Dang Van Minh\"",
                          "poster:\"dang van minh\"", "Author:\"DANG VĂN MINH\""}) {
        SCOPED_TRACE(q);
        EXPECT_EQ(hit_ids(q), dang);
    }
    EXPECT_EQ(hit_ids("poster:\"zoe lefevre\""), golden_ids(poster_is("Zoë Lefèvre")));
    EXPECT_EQ(hit_ids("by:\"Asa Lindqvist\""), golden_ids(poster_is("Åsa Lindqvist")));
    auto quoting = golden_ids(quotes("Jürgen Müller"));
    ASSERT_FALSE(quoting.empty());
    EXPECT_EQ(hit_ids("quoted:\"jurgen muller\""), quoting);
    // The page's spelling is what is shown.
    for (const auto& hit : hits("poster:\"dang van minh\""))
        EXPECT_EQ(hit["poster"], "Đặng Văn Minh");
}

TEST_F(NameMatching, ATrailingStarMatchesNamesByTheirStart) {
    EXPECT_EQ(hit_ids("poster:dang*"), golden_ids(poster_is("Đặng Văn Minh")));
    EXPECT_EQ(hit_ids("poster:\"Dang Van M*\""), golden_ids(poster_is("Đặng Văn Minh")));
    EXPECT_EQ(hit_ids("poster:Pint*"), golden_ids(poster_is("Pinterest Mom")));
    EXPECT_EQ(hit_ids("user:BEIJING*"), golden_ids(poster_is("beijingwalker")));
    EXPECT_EQ(hit_ids("poster:j*"), golden_ids(poster_is("Jürgen Müller")));
    EXPECT_EQ(hit_ids("quoted:glob*"), golden_ids(quotes("Global Times")));
    EXPECT_EQ(hit_ids("poster:zz*"), std::set<std::string>{});
}

TEST_F(NameMatching, ANameThatMatchesNobodyListsTheNearestNames) {
    Result r = search({"--format", "json", "poster:\"Dang Van Minh903\""});
    EXPECT_EQ(r.code, 1);
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["total_posts"], 0);
    ASSERT_EQ(j["unmatched_names"].size(), 1u) << r.out;
    const auto& u = j["unmatched_names"][0];
    EXPECT_EQ(u["field"], "poster");
    EXPECT_EQ(u["value"], "Dang Van Minh903");
    ASSERT_EQ(u["nearest"].size(), 5u);  // the crawl has more posters than that
    EXPECT_EQ(u["nearest"][0], "Đặng Văn Minh");
    EXPECT_NE(r.err.find("forum-search: no post has poster \"Dang Van Minh903\"; nearest names in "
                         "the index: \"Đặng Văn Minh\", "),
              std::string::npos)
        << r.err;
    // A prefix is compared with as much of each name.
    Result prefix = search({"--format", "json", "poster:Pintrest*"});
    EXPECT_EQ(nlohmann::json::parse(prefix.out)["unmatched_names"][0]["nearest"][0],
              "Pinterest Mom");
    Result quoted = search({"--format", "json", "quoted:\"Global Tims\""});
    EXPECT_EQ(nlohmann::json::parse(quoted.out)["unmatched_names"][0]["nearest"][0],
              "Global Times");
    // A poster who exists but did not write the words: no list.
    Result words = search({"--format", "json", "poster:beijingwalker zzyzxqq"});
    EXPECT_EQ(words.code, 1);
    EXPECT_TRUE(nlohmann::json::parse(words.out)["unmatched_names"].empty());
    EXPECT_EQ(words.err, "");
}

// An index forum-index wrote before names were folded (schema 2): names match exactly, as then,
// explain says why, and the next forum-index run brings the folded names in.
TEST(NameMatchingOldIndex, WorksExactlyUntilTheNextRunFoldsTheNames) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    forum_index(index_sites_args(db), kFixtures);
    {
        Xapian::WritableDatabase w(db);
        auto downgrade = [](std::string fingerprint) {
            EXPECT_EQ(fingerprint.substr(0, 2), std::string(forum::schema::kSchemaVersion) + "/");
            return "2" + fingerprint.substr(1);
        };
        w.set_metadata(std::string(forum::schema::kMetaSchema), "2");
        w.set_metadata(std::string(forum::schema::kMetaExtraction),
                       downgrade(w.get_metadata(std::string(forum::schema::kMetaExtraction))));
        std::string files(forum::schema::kMetaFile);
        std::vector<std::string> keys;
        for (auto it = w.metadata_keys_begin(files); it != w.metadata_keys_end(files); ++it)
            keys.push_back(*it);
        for (const auto& key : keys) {
            auto state = nlohmann::json::parse(w.get_metadata(key));
            state["extraction"] = downgrade(state["extraction"]);
            w.set_metadata(key, state.dump());
        }
        for (std::string_view folded :
             {forum::schema::kPosterFolded, forum::schema::kQuotedFolded}) {
            std::string prefix(folded);
            std::vector<std::string> terms;
            for (auto t = w.allterms_begin(prefix); t != w.allterms_end(prefix); ++t)
                terms.push_back(*t);
            ASSERT_FALSE(terms.empty());
            for (const auto& term : terms) {
                std::vector<Xapian::docid> ids;
                for (auto it = w.postlist_begin(term); it != w.postlist_end(term); ++it)
                    ids.push_back(*it);
                for (auto id : ids) {
                    Xapian::Document d = w.get_document(id);
                    d.remove_term(term);
                    w.replace_document(id, d);
                }
            }
        }
        w.commit();
    }
    auto count = [&](const std::string& q) {
        return forum_search({"--db", db, "--count", "--", q}).out;
    };
    std::string dang = std::to_string(golden_ids(poster_is("Đặng Văn Minh")).size()) + "\n";
    std::string pinterest = std::to_string(golden_ids(poster_is("Pinterest Mom")).size()) + "\n";
    EXPECT_EQ(count("poster:\"Đặng Văn Minh\""), dang);  // exact, any case: as before
    EXPECT_EQ(count("poster:\"đặng văn minh\""), dang);
    EXPECT_EQ(count("poster:\"Dang Van Minh\""), "0\n");  // no folded names yet
    EXPECT_EQ(count("poster:pinterest*"), pinterest);     // prefixes of the exact names work
    Result explain = forum_search({"--db", db, "explain", "poster:dang"});
    EXPECT_NE(explain.out.find("exact name: this index was built before names were folded; "
                               "forum-index updates it"),
              std::string::npos)
        << explain.out;
    Result nobody = forum_search({"--db", db, "--format", "json", "poster:\"Dang Van Minh\""});
    EXPECT_EQ(nlohmann::json::parse(nobody.out)["unmatched_names"][0]["nearest"][0],
              "Đặng Văn Minh");

    forum_index(index_sites_args(db), kFixtures);
    EXPECT_EQ(Xapian::Database(db).get_metadata(std::string(forum::schema::kMetaSchema)),
              forum::schema::kSchemaVersion);
    EXPECT_EQ(count("poster:\"Dang Van Minh\""), dang);
    EXPECT_EQ(count("quoted:\"jurgen muller\""),
              std::to_string(golden_ids(quotes("Jürgen Müller")).size()) + "\n");
}

}  // namespace
}  // namespace e2e
