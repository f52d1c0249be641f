// Re-indexing from cron: after every change to a crawl, an incremental run must leave exactly the
// index a clean build of the same files gives; kill -9 at any moment must not stop the next run
// from converging; a second writer gets exit 75; searches keep answering during updates.

#include <signal.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/schema/schema.hpp"
#include "harness.hpp"
#include "index_dump.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

const std::string kSeedDir =
    "defence.pk/pdf/threads/"
    "south-korea-japan-aim-to-stabilize-china-relations-despite-us-partnership.745123/";

class Incremental : public ::testing::Test {
protected:
    void SetUp() override {
        // The XenForo 2 sites these counts were written for (26 posts); other engines' fixtures
        // are tested elsewhere.
        crawl_ = dir_.path() / "crawl";
        fs::create_directories(crawl_);
        for (const char* site : {"defence.pk", "forum.eurodefence.example"}) {
            fs::copy(fs::path(kFixtures) / site, crawl_ / site, fs::copy_options::recursive);
        }
        db_ = (dir_.path() / "forum.db").string();
    }

    nlohmann::json index(std::vector<std::string> extra = {}) {
        std::vector<std::string> args = {"--db", db_, "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back(crawl_.string());
        Result r = forum_index(args);
        EXPECT_TRUE(r.code == 0 || r.code == 1) << r.err;
        return nlohmann::json::parse(r.out);
    }

    // A clean build of the crawl as it is now must equal the incremental index.
    void expect_same_as_clean_build() {
        TempDir clean;
        std::string clean_db = (clean.path() / "clean.db").string();
        Result r = forum_index({"--db", clean_db, crawl_.string()});
        ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
        expect_same_posts(dump(db_), dump(clean_db));
    }

    fs::path page(const std::string& rel) const { return crawl_ / rel; }

    static void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
        std::string s = read_file(file);
        size_t at = s.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        s.replace(at, from.size(), to);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << s;
    }

    TempDir dir_;
    fs::path crawl_;
    std::string db_;
};

TEST_F(Incremental, NothingChangedMeansNothingReadOrWritten) {
    auto first = index();
    EXPECT_EQ(first["added"], 26);
    auto again = index();
    EXPECT_EQ(again["files_unchanged"], again["files_seen"].get<int>() - 1);  // the failing file
    EXPECT_EQ(again["pages_seen"], 1);
    EXPECT_EQ(again["added"], 0);
    EXPECT_EQ(again["replaced"], 0);
    EXPECT_EQ(again["deleted"], 0);
    EXPECT_EQ(again["unchanged"], 26);
    // Touching a file (same bytes) does not re-extract it either.
    fs::last_write_time(page(kSeedDir + "index.html"), fs::file_time_type::clock::now());
    auto touched = index();
    EXPECT_EQ(touched["pages_seen"], 1);
    expect_same_as_clean_build();
}

TEST_F(Incremental, AnEditedPostIsReplacedAndNothingElse) {
    index();
    replace_in(page(kSeedDir + "index.html"), "Beijing plays the long game. Keep Seoul",
               "Beijing plays a very long game. Keep Seoul");
    auto r = index();
    EXPECT_EQ(r["replaced"], 1);
    EXPECT_EQ(r["added"], 0);
    EXPECT_EQ(r["deleted"], 0);
    EXPECT_EQ(r["pages_seen"], 2);  // the edited page, and the failing one
    expect_same_as_clean_build();
    Result hit = forum_search({"--db", db_, "--format", "jsonl", "\"very long game\""});
    EXPECT_EQ(json_lines(hit.out).size(), 1u);
}

TEST_F(Incremental, RemovedPagesAndPostsAreDeletedOnlyWhenNoSourceHoldsThem) {
    index();
    fs::remove(page(kSeedDir + "page-2.html"));  // its twin page-2 still holds the posts
    auto r = index();
    EXPECT_EQ(r["deleted"], 0);
    expect_same_as_clean_build();
    fs::remove(page(kSeedDir + "page-2"));
    r = index();
    EXPECT_EQ(r["deleted"], 4);
    expect_same_as_clean_build();
    // A post removed from a page that still exists goes too.
    std::string p1 = read_file(page(kSeedDir + "index.html"));
    size_t start = p1.find("<article class=\"message message--post");
    start = p1.find("<article class=\"message message--post", start + 10);  // post #2
    size_t end = p1.find("</article>", p1.find("data-content=\"post-14856245\""));
    ASSERT_NE(end, std::string::npos);
    end = p1.find("</article>", end + 10);  // the post's own closing tag follows its body
    p1.erase(start, end + 10 - start);
    std::ofstream(page(kSeedDir + "index.html"), std::ios::binary | std::ios::trunc) << p1;
    r = index();
    EXPECT_GE(r["deleted"].get<int>(), 1);
    expect_same_as_clean_build();
}

TEST_F(Incremental, NoDeleteKeepsThePostsOfVanishedFiles) {
    index();
    fs::remove(page(kSeedDir + "page-2.html"));
    fs::remove(page(kSeedDir + "page-2"));
    auto r = index({"--no-delete"});
    EXPECT_EQ(r["deleted"], 0);
    Result hits =
        forum_search({"--db", db_, "--format", "jsonl", "--limit", "100", "thread:745123"});
    EXPECT_EQ(json_lines(hits.out).size(), 12u);
}

TEST_F(Incremental, AThreadThatGrowsOntoANewPage) {
    index();
    // Post #12 moves from page 2 to a new page 3 (the forum shows fewer posts per page now),
    // and a new post #13 appears on page 3.
    fs::path p2 = page(kSeedDir + "page-2");
    std::string two = read_file(p2);
    size_t start = two.rfind("<article class=\"message message--post",
                             two.find("data-content=\"post-14857390\""));
    size_t end = two.find("</footer>", start);
    end = two.find("</article>", end) + 10;
    std::string last = two.substr(start, end - start);
    two.erase(start, end - start);
    std::ofstream(p2, std::ios::binary | std::ios::trunc) << two;
    fs::remove(page(kSeedDir + "page-2.html"));
    std::string three = two;
    std::string newer = last;
    for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"14857390", "14857444"}, {"#12", "#13"}, {"The title says", "Page three says"}}) {
        for (size_t at; (at = newer.find(from)) != std::string::npos;)
            newer.replace(at, from.size(), to);
    }
    // Page 3: the page-2 shell with only #12 and #13 in it.
    size_t first_post = three.find("<article class=\"message message--post");
    size_t after_last = three.rfind("</article>") + 10;
    three.replace(first_post, after_last - first_post, last + "\n" + newer);
    for (size_t at; (at = three.find("745123/page-2\">2<")) != std::string::npos;) {
        three.replace(at, 17, "745123/page-3\">3<");  // the page navigation's current page
    }
    for (size_t at; (at = three.find("745123/page-2")) != std::string::npos;)
        three.replace(at, 13, "745123/page-3");
    std::ofstream(page(kSeedDir + "page-3"), std::ios::binary) << three;
    auto r = index();
    EXPECT_EQ(r["added"], 1);     // #13
    EXPECT_EQ(r["replaced"], 1);  // #12 is on another page now: updated, not duplicated
    expect_same_as_clean_build();
    Result moved = forum_search({"--db", db_, "--format", "jsonl",
                                 "thread:745123 poster:RiceDragon date:2023-10-04..2023-10-04"});
    auto hits = json_lines(moved.out);
    ASSERT_EQ(hits.size(), 2u);  // #12, moved, and #13, new
    for (const auto& h : hits)
        EXPECT_EQ(h["page"], 3) << h["post_id"];
}

TEST_F(Incremental, WhenTheNewestCopyOfAPostGoesTheOlderCopyComesBack) {
    fs::path p2 = page(kSeedDir + "page-2");
    fs::path recrawl = page(kSeedDir + "page-2.recrawl");
    fs::copy_file(p2, recrawl);
    replace_in(recrawl, "Camp David changed the equation.", "Camp David changed everything.");
    auto t = fs::last_write_time(p2);
    fs::last_write_time(recrawl, t + std::chrono::hours(24));  // crawled a day later
    index();
    Result newer = forum_search({"--db", db_, "--format", "jsonl", "\"changed everything\""});
    EXPECT_EQ(json_lines(newer.out).size(), 1u);
    expect_same_as_clean_build();
    fs::remove(recrawl);
    index();
    Result older = forum_search({"--db", db_, "--format", "jsonl", "\"changed the equation\""});
    EXPECT_EQ(json_lines(older.out).size(), 1u);
    expect_same_as_clean_build();
}

TEST_F(Incremental, ChangingTheCrawlThenKillingTheRunAtAnyMomentConverges) {
    // A larger crawl: the fixtures under 12 invented hosts, and the same pages twice (duplicates).
    std::string seed = read_file(page(kSeedDir + "index.html"));
    for (int i = 0; i < 12; ++i) {
        fs::path host = crawl_ / ("copy" + std::to_string(i));
        fs::copy(crawl_ / "defence.pk", host, fs::copy_options::recursive);
        for (const auto& e : fs::recursive_directory_iterator(host)) {
            if (!e.is_regular_file() || e.path().extension() == ".gz" ||
                e.path().extension() == ".txt")
                continue;
            std::string s = read_file(e.path());
            for (size_t at; (at = s.find("https://defence.pk/")) != std::string::npos;) {
                s.replace(at, 19, "https://copy" + std::to_string(i) + ".example/");
            }
            std::ofstream(e.path(), std::ios::binary | std::ios::trunc) << s;
        }
    }
    for (int delay_ms : {5, 40, 120, 300}) {
        SCOPED_TRACE(delay_ms);
        // The first run is a parallel first build (shards); the later ones update it.
        int pid = start(
            {FORUM_INDEX_BIN, "--db", db_, "--jobs", "2", "--commit-every", "1", crawl_.string()});
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        kill(pid, SIGKILL);
        wait_for(pid);
        // The crawl changes between runs too.
        replace_in(page("copy3/" + kSeedDir.substr(11) + "index.html"), "Beijing plays the",
                   "Beijing plays the " + std::to_string(delay_ms));
    }
    index();
    expect_same_as_clean_build();
}

TEST_F(Incremental, AnIndexKilledWhileBeingCreatedIsStartedAfresh) {
    // What kill -9 leaves when it lands between Xapian creating the tables and writing the
    // revision file: tables, a lock file, no iamglass. Nothing was committed.
    fs::create_directory(db_);
    std::ofstream(fs::path(db_) / "flintlock");
    std::ofstream(fs::path(db_) / "postlist.glass");
    std::ofstream(fs::path(db_) / "termlist.glass");
    auto r = index();
    EXPECT_EQ(r["added"], 26);
    expect_same_as_clean_build();
}

TEST_F(Incremental, AFirstBuildThatDiedIsResumedNotRedone) {
    // A first build that dies (kill -9, a crash) never reaches its end, where the index-wide
    // extraction fingerprint is written; its committed files must still count as done.
    auto first = index();
    {
        Xapian::WritableDatabase db(db_, Xapian::DB_OPEN);
        db.set_metadata(std::string(forum::schema::kMetaExtraction), "");
        db.commit();
    }
    auto again = index();
    // All but the one truncated page, which is read every run until fixed.
    ASSERT_EQ(first["failed"].size(), 1u);
    EXPECT_EQ(again["files_unchanged"], first["files_seen"].get<int>() - 1);
    EXPECT_EQ(again["added"], 0);
    EXPECT_EQ(again["replaced"], 0);
    expect_same_as_clean_build();
}

TEST_F(Incremental, SigtermCommitsWhatIsDoneAndExitsNonZero) {
    for (int i = 0; i < 8; ++i)
        fs::copy(crawl_ / "defence.pk", crawl_ / ("copy" + std::to_string(i)),
                 fs::copy_options::recursive);
    // Mid-run, after its first commit (its test hook stops it there): a SIGTERM sent after a
    // fixed delay could come before forum-index has started at all on a slow build (ASan).
    int pid = start({FORUM_INDEX_BIN, "--db", db_, "--commit-every", "1", crawl_.string()},
                    {"FORUM_INDEX_TEST_STOP_AT=commit"});
    ASSERT_TRUE(wait_stopped(pid));
    kill(pid, SIGTERM);
    kill(pid, SIGCONT);
    EXPECT_EQ(wait_for(pid), 143);
    Xapian::Database db(db_);  // a consistent, openable index
    index();
    expect_same_as_clean_build();
}

// Everything but the time of the last run and the shards merged: file and source states,
// spelling, schema.
std::map<std::string, std::string> metadata_and_spelling(const std::string& db_path) {
    Xapian::Database db(db_path);
    std::map<std::string, std::string> out;
    for (auto it = db.metadata_keys_begin(); it != db.metadata_keys_end(); ++it) {
        if (*it != forum::schema::kMetaLastUpdate && *it != forum::schema::kMetaMergedShards)
            out[*it] = db.get_metadata(*it);
    }
    for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it)
        out["spelling:" + *it] = std::to_string(it.get_termfreq());
    return out;
}

TEST_F(Incremental, AFirstBuildOnThreeShardsEqualsOneWriter) {
    // With duplicates: the same site saved twice under another name.
    fs::copy(crawl_ / "defence.pk", crawl_ / "mirror", fs::copy_options::recursive);
    auto parallel = index({"--jobs", "3"});
    EXPECT_FALSE(fs::exists(db_ + ".shards"));
    TempDir one;
    std::string one_db = (one.path() / "one.db").string();
    Result r = forum_index({"--db", one_db, "--jobs", "1", "--json", crawl_.string()});
    auto sequential = nlohmann::json::parse(r.out);
    for (const char* count : {"added", "replaced", "duplicate_posts", "duplicate_pages"})
        EXPECT_EQ(parallel[count], sequential[count]) << count;
    EXPECT_GT(parallel["duplicate_posts"], 0);
    EXPECT_EQ(dump(db_), dump(one_db));
    auto spelling_etc = metadata_and_spelling(db_);
    EXPECT_EQ(spelling_etc, metadata_and_spelling(one_db));
    EXPECT_TRUE(spelling_etc.count("spelling:beijing"));
}

TEST_F(Incremental, ShardsLeftByARunThatDiedAreMergedAndTheirUnrecordedSourcesRead) {
    // What a parallel first build leaves when it dies after its shards committed and before the
    // index committed the state of the pages in them: posts in INDEX.shards/N, no state.
    const std::string shard = db_ + ".shards/0";
    fs::create_directories(db_ + ".shards");
    ASSERT_EQ(forum_index({"--db", shard, "--jobs", "1", crawl_.string()}).code, 1);
    {
        Xapian::WritableDatabase w(shard, Xapian::DB_OPEN);
        std::vector<std::string> state;
        for (auto it = w.metadata_keys_begin(); it != w.metadata_keys_end(); ++it) {
            if ((*it).find(".file:") != std::string::npos ||
                (*it).find(".source:") != std::string::npos)
                state.push_back(*it);
        }
        ASSERT_FALSE(state.empty());
        for (const auto& key : state)
            w.set_metadata(key, "");
        w.commit();
    }
    Xapian::WritableDatabase(db_, Xapian::DB_CREATE).commit();
    // Before the next run a page goes: its posts must not outlive it.
    fs::remove(
        page("defence.pk/pdf/threads/type-055-destroyer-spotted-near-tsushima-strait.745890/"
             "index.html"));
    index();
    EXPECT_FALSE(fs::exists(db_ + ".shards"));
    expect_same_as_clean_build();
}

TEST_F(Incremental, ADbPathEndingInASlashIsTheSameIndex) {
    // A first build (on shards), then a --full rebuild, both given "INDEX/".
    for (bool full : {false, true}) {
        SCOPED_TRACE(full ? "--full" : "first build");
        std::vector<std::string> args = {"--db", db_ + "/", "--jobs", "2"};
        if (full) args.push_back("--full");
        args.push_back(crawl_.string());
        EXPECT_EQ(forum_index(args).code, 1);  // the fixtures' one truncated page
        // Nothing left beside the index, nothing made inside it.
        for (const auto& e : fs::directory_iterator(dir_.path())) {
            if (e.path() != crawl_) {
                EXPECT_EQ(e.path(), fs::path(db_));
            }
        }
        for (const auto& e : fs::directory_iterator(db_))
            EXPECT_FALSE(e.path().filename().string().starts_with(".")) << e.path();
    }
    expect_same_as_clean_build();
}

TEST_F(Incremental, FullRebuildSwapsInAFreshIndex) {
    index();
    fs::remove(page(kSeedDir + "page-2.html"));
    replace_in(page(kSeedDir + "index.html"), "Beijing plays the long game.",
               "Beijing plays chess.");
    auto r = index({"--full"});
    EXPECT_EQ(r["added"], 26);
    EXPECT_FALSE(fs::exists(db_ + ".new"));
    expect_same_as_clean_build();
}

TEST_F(Incremental, ASecondWriterExitsAt75OrWaits) {
    index();
    {
        Xapian::WritableDatabase holder(db_);
        auto started = std::chrono::steady_clock::now();
        Result r = forum_index({"--db", db_, crawl_.string()});
        EXPECT_EQ(r.code, 75);
        EXPECT_NE(r.err.find(db_), std::string::npos);
        EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));  // at once
    }
    auto holder = std::make_unique<Xapian::WritableDatabase>(db_);
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        holder->close();
    });
    Result waited = forum_index({"--db", db_, "--wait-lock", "20", crawl_.string()});
    release.join();
    EXPECT_TRUE(waited.code == 0 || waited.code == 1) << waited.err;
}

TEST_F(Incremental, SearchesKeepAnsweringWhileTheIndexIsUpdated) {
    index();
    for (int i = 0; i < 6; ++i)
        fs::copy(crawl_ / "defence.pk", crawl_ / ("copy" + std::to_string(i)),
                 fs::copy_options::recursive);
    // Three updates in a row (incremental, --full, --verify) while searches run.
    std::atomic<bool> writing = true;
    std::thread writer([&] {
        for (const char* mode : {"--verify", "--full", "--verify"}) {
            wait_for(start(
                {FORUM_INDEX_BIN, "--db", db_, "--commit-every", "2", mode, crawl_.string()}));
        }
        writing = false;
    });
    int searches = 0, failures = 0;
    while (writing) {
        Result r = forum_search({"--db", db_, "--format", "jsonl", "summit"});
        ++searches;
        if (r.code != 0) {
            ++failures;
            ADD_FAILURE() << "search failed with " << r.code << ": " << r.err;
        }
    }
    writer.join();
    EXPECT_GT(searches, 3);
    EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace e2e
