// Several languages in one index: each post's language is detected and stored (`lang`, lang:,
// --facet lang), its words are stemmed in it, and a query word is stemmed in every language the
// index holds. The crawl (tests/fixtures/languages/) is three small XenForo 2 threads: one in
// English, one in Russian, and an English one with a Russian reply; each has a post too short
// to detect ("lol", "+1"), which takes its page's language.

#include <xapian.h>

#include <map>
#include <set>

#include <gtest/gtest.h>

#include "common/schema/schema.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

const fs::path kLanguages = fs::path(kFixtures).parent_path() / "tests/fixtures/languages";

class Languages : public ::testing::Test {
protected:
    void SetUp() override {
        Result r = forum_index({"--db", db(), kLanguages.string()});
        ASSERT_EQ(r.code, 0) << r.err;
    }
    std::string db() const { return (tmp_.path() / "forum.db").string(); }
    Result search(std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db()});
        return forum_search(args);
    }
    // post_id → lang of every post the query finds.
    std::map<std::string, std::string> hits(const std::string& query) {
        Result r = search({"--format", "json", "--limit", "100", "--", query});
        std::map<std::string, std::string> out;
        EXPECT_LE(r.code, 1) << query << ": " << r.err;  // 1: nothing matched
        if (r.code != 0) return out;
        const auto result = nlohmann::json::parse(r.out);  // kept: the loop reads into it
        for (const auto& h : result["hits"])
            out[h["post_id"].get<std::string>()] = h["lang"].get<std::string>();
        return out;
    }

private:
    TempDir tmp_;
};

using Hits = std::map<std::string, std::string>;

TEST_F(Languages, EachPostHasItsLanguageAndShortPostsTheirPages) {
    Hits all = hits("");
    EXPECT_EQ(all, (Hits{{"2011", "en"},
                         {"2012", "en"},
                         {"2013", "en"},  // "lol", on an English page
                         {"3011", "ru"},
                         {"3012", "ru"},
                         {"3013", "ru"},  // "+1", on a Russian page
                         {"4011", "en"},
                         {"4012", "ru"},  // the Russian reply in an English thread
                         {"4013", "en"}}));
}

TEST_F(Languages, AWordFindsItsFormsInEachLanguage) {
    // English: "summits" is stemmed as "summit", which the English post was indexed under.
    EXPECT_EQ(hits("summits"), (Hits{{"2011", "en"}}));
    // Russian: мясо, мяса and мясом share the stem мяс; the Russian reply of the English
    // thread is found as well as the Russian thread's posts.
    EXPECT_EQ(hits("мясо"), (Hits{{"3011", "ru"}, {"3012", "ru"}, {"4012", "ru"}}));
    // Words of both languages in one query, each stemmed in both.
    EXPECT_EQ(hits("мясо OR summits"),
              (Hits{{"2011", "en"}, {"3011", "ru"}, {"3012", "ru"}, {"4012", "ru"}}));
    EXPECT_EQ(hits("pork AND мясо"), Hits{});
    // explain shows both stems of a word.
    Result explain = search({"explain", "summits"});
    EXPECT_EQ(explain.code, 0) << explain.err;
    EXPECT_NE(explain.out.find("Zsummit"), std::string::npos) << explain.out;
    EXPECT_NE(explain.out.find("SYNONYM"), std::string::npos) << explain.out;
}

TEST_F(Languages, LangFilterAndFacet) {
    EXPECT_EQ(hits("lang:ru"),
              (Hits{{"3011", "ru"}, {"3012", "ru"}, {"3013", "ru"}, {"4012", "ru"}}));
    EXPECT_EQ(hits("Lang:RU мясо"), (Hits{{"3011", "ru"}, {"3012", "ru"}, {"4012", "ru"}}));
    EXPECT_EQ(hits("language:en shashlik"), (Hits{{"4011", "en"}}));
    EXPECT_EQ(hits("-lang:en"), hits("lang:ru"));
    Result r = search({"--format", "json", "--facet", "lang", "--limit", "1", ""});
    ASSERT_EQ(r.code, 0) << r.err;
    auto facet = nlohmann::json::parse(r.out)["facets"]["lang"];
    ASSERT_EQ(facet.size(), 2u) << r.out;
    EXPECT_EQ(facet[0]["value"], "en");
    EXPECT_EQ(facet[0]["count"], 5);
    EXPECT_EQ(facet[1]["value"], "ru");
    EXPECT_EQ(facet[1]["count"], 4);
    Result text = search({"--facet", "lang", "мясо"});
    EXPECT_NE(text.out.find("\nlang:\n      3  ru\n"), std::string::npos) << text.out;
}

TEST_F(Languages, TheIndexRecordsItsLanguages) {
    EXPECT_EQ(Xapian::Database(db()).get_metadata(std::string(forum::schema::kMetaLanguages)),
              "en ru");
    Result stats = search({"stats", "--format", "json"});
    ASSERT_EQ(stats.code, 0) << stats.err;
    EXPECT_EQ(nlohmann::json::parse(stats.out)["language"], "en ru");
}

TEST_F(Languages, LangAtIndexingIsAnOverride) {
    Result r = forum_index({"--db", db(), "--lang", "russian", kLanguages.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(hits("lang:en"), Hits{});
    EXPECT_EQ(hits("lang:ru").size(), 9u);
    // Every post stemmed as Russian: the English stem of "summits" is no longer in the index.
    EXPECT_EQ(hits("summits"), Hits{});
    EXPECT_EQ(Xapian::Database(db()).get_metadata(std::string(forum::schema::kMetaLanguages)),
              "ru");
    // Without --lang again, each post's own language.
    ASSERT_EQ(forum_index({"--db", db(), kLanguages.string()}).code, 0);
    EXPECT_EQ(hits("summits"), (Hits{{"2011", "en"}}));
    EXPECT_EQ(forum_index({"--db", db(), "--lang", "klingon", kLanguages.string()}).code, 2);
}

// An index of schema 3 (one stemmer for every post, no languages) searched by this searcher:
// words are stemmed in its one language as before, and lang: says it needs languages. The next
// forum-index run rewrites its posts with their languages.
TEST_F(Languages, AnIndexWithoutLanguagesAnswersAsBefore) {
    ASSERT_EQ(forum_index({"--db", db(), "--lang", "english", kLanguages.string()}).code, 0);
    {
        Xapian::WritableDatabase w(db());
        w.set_metadata(std::string(forum::schema::kMetaSchema), "3");
        w.set_metadata(std::string(forum::schema::kMetaLanguage), "english");
        w.set_metadata(std::string(forum::schema::kMetaLanguages), "");
        std::vector<Xapian::docid> ids;
        for (auto it = w.postlist_begin(""); it != w.postlist_end(""); ++it)
            ids.push_back(*it);
        for (Xapian::docid id : ids) {
            Xapian::Document d = w.get_document(id);
            d.remove_term(forum::schema::boolean_term(forum::schema::kLang, "en"));
            d.remove_value(forum::schema::kLangCode);
            // As an index of then held it: the post as JSON, without a language.
            forum::Post post = forum::schema::post_from_document(d);
            post.lang.reset();
            d.set_data(forum::to_json(post).dump());
            w.replace_document(id, d);
        }
        w.commit();
    }
    EXPECT_EQ(search({"--count", "summits"}).out, "1\n");
    // Stemmed as English, мясо finds only the post that has that very form.
    EXPECT_EQ(search({"--count", "мясо"}).out, "1\n");
    Result lang = search({"lang:ru"});
    EXPECT_EQ(lang.code, 2);
    EXPECT_NE(lang.err.find("lang: needs an index with languages"), std::string::npos) << lang.err;
    ASSERT_EQ(forum_index({"--db", db(), kLanguages.string()}).code, 0);
    EXPECT_EQ(search({"--count", "мясо"}).out, "3\n");
    EXPECT_EQ(search({"--count", "lang:ru"}).out, "4\n");
}

}  // namespace
}  // namespace e2e
