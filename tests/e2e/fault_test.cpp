// kill -9 at every phase of a parallel first build and of a --full rebuild: the next run must
// converge to exactly the posts a clean build gives (ids and everything stored), and leave
// nothing beside the index. While a run is stopped at a phase where it swaps directories, a
// second forum-index must find the index taken (exit 75). The phases are reached through
// forum-index's test hook (indexer/test_hook.hpp).

#include <signal.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "harness.hpp"
#include "index_dump.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

struct Phase {
    const char* name;
    bool full;  // of a --full rebuild (else of a first build)
};

void PrintTo(const Phase& p, std::ostream* os) { *os << (p.full ? "--full " : "") << p.name; }

class Fault : public ::testing::Test {
protected:
    void SetUp() override {
        // The XenForo 2 fixture sites, and defence.pk again under 5 other hosts: 136 posts,
        // enough for several commits of 10.
        crawl_ = dir_.path() / "crawl";
        fs::create_directories(crawl_);
        for (const char* site : {"defence.pk", "forum.eurodefence.example"})
            fs::copy(fs::path(kFixtures) / site, crawl_ / site, fs::copy_options::recursive);
        for (int i = 0; i < 5; ++i) {
            const std::string host = "copy" + std::to_string(i);
            fs::copy(crawl_ / "defence.pk", crawl_ / host, fs::copy_options::recursive);
            for (const auto& e : fs::recursive_directory_iterator(crawl_ / host)) {
                if (!e.is_regular_file() || e.path().extension() == ".gz" ||
                    e.path().extension() == ".txt")
                    continue;
                std::string s = read_file(e.path());
                for (size_t at; (at = s.find("https://defence.pk/")) != std::string::npos;)
                    s.replace(at, 19, "https://" + host + ".example/");
                std::ofstream(e.path(), std::ios::binary | std::ios::trunc) << s;
            }
        }
        fs::create_directories(dir_.path() / "index");
        db_ = (dir_.path() / "index" / "forum.db").string();
    }

    std::vector<std::string> command(const std::vector<std::string>& extra) const {
        std::vector<std::string> args = {FORUM_INDEX_BIN, "--db", db_, "--commit-every", "10"};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back(crawl_.string());
        return args;
    }

    // A run that kills itself on reaching `phase`.
    void kill_at(const std::string& phase, const std::vector<std::string>& extra) {
        int pid = start(command(extra), {"FORUM_INDEX_TEST_KILL_AT=" + phase});
        ASSERT_EQ(wait_for(pid), 128 + SIGKILL) << "it never reached " << phase;
    }

    // The run after, as cron would start it.
    Result resume() {
        Result r = forum_index({"--db", db_, "--json", crawl_.string()});
        EXPECT_EQ(r.code, 1) << r.err;  // the fixtures' one truncated page
        return r;
    }

    std::map<std::string, std::string> clean_build() {
        TempDir clean;
        std::string clean_db = (clean.path() / "clean.db").string();
        Result r = forum_index({"--db", clean_db, "--jobs", "1", crawl_.string()});
        EXPECT_EQ(r.code, 1) << r.err;
        return dump(clean_db);
    }

    std::vector<std::string> beside_index() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(fs::path(db_).parent_path())) {
            if (e.path() != fs::path(db_)) names.push_back(e.path().filename().string());
        }
        std::sort(names.begin(), names.end());
        return names;
    }

    // The index equals a clean build of the crawl, and nothing is left beside it.
    void expect_converged(const Result& run) {
        auto expected = clean_build();
        expect_same_posts(dump(db_), expected);
        // As the run reports it too: after a kill just after a merge's swap, the next run found
        // every post twice ("unchanged" twice the clean build's count).
        EXPECT_LE(nlohmann::json::parse(run.out)["unchanged"].get<size_t>(), expected.size())
            << run.out;
        EXPECT_EQ(beside_index(), std::vector<std::string>{});
    }

    // While a run is stopped at `phase`, another forum-index exits 75; the run then finishes as if
    // it had been alone.
    void expect_taken_while_stopped_at(const std::string& phase,
                                       const std::vector<std::string>& extra) {
        int pid = start(command(extra), {"FORUM_INDEX_TEST_STOP_AT=" + phase});
        ASSERT_TRUE(wait_stopped(pid)) << "it never reached " << phase;
        Result second = forum_index({"--db", db_, crawl_.string()});
        EXPECT_EQ(second.code, 75) << second.err;
        kill(pid, SIGCONT);
        EXPECT_EQ(wait_for(pid), 1);  // the fixtures' one truncated page
    }

    TempDir dir_;
    fs::path crawl_;
    std::string db_;
};

class FaultAtPhase : public Fault, public ::testing::WithParamInterface<Phase> {};

TEST_P(FaultAtPhase, TheNextRunConvergesToACleanBuild) {
    const Phase& phase = GetParam();
    if (phase.full) {
        // The index --full replaces: part of the crawl.
        ASSERT_EQ(forum_index({"--db", db_, "--jobs", "1", (crawl_ / "copy0").string()}).code, 1);
        kill_at(phase.name, {"--full", "--jobs", "3"});
        EXPECT_TRUE(fs::exists(db_ + ".new"));
    } else {
        kill_at(phase.name, {"--jobs", "3"});
        EXPECT_TRUE(fs::exists(db_ + ".shards"));
    }
    bool merged_left = fs::exists(db_ + ".merged");
    bool fresh_left = fs::exists(db_ + ".new");
    Result r = resume();
    expect_converged(r);
    // What the killed run left beside the index is removed, and the run says so.
    if (merged_left) {
        EXPECT_NE(r.err.find("removed " + db_ + ".merged"), std::string::npos) << r.err;
    }
    if (fresh_left) {
        EXPECT_NE(r.err.find("removed " + db_ + ".new"), std::string::npos) << r.err;
    }
    if (merged_left || fresh_left) {
        EXPECT_NE(r.err.find(" MB freed)"), std::string::npos) << r.err;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Phases, FaultAtPhase,
    ::testing::Values(Phase{"commit", false}, Phase{"merge-start", false},
                      Phase{"merge-compacting", false}, Phase{"merge-before-swap", false},
                      Phase{"merge-after-swap", false}, Phase{"merge-cleanup", false},
                      Phase{"commit", true}, Phase{"merge-compacting", true},
                      Phase{"merge-after-swap", true}, Phase{"full-before-swap", true},
                      Phase{"full-after-swap", true}),
    [](const ::testing::TestParamInfo<Phase>& info) {
        std::string name =
            std::string(info.param.full ? "full_" : "first_build_") + info.param.name;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST_F(Fault, ARunThatDiesWhileRecoveringTheShardsOfOneThatDiedStillConverges) {
    // The first build dies after its shards committed the first posts and before the index
    // committed the state of their pages.
    kill_at("shards-committed", {"--jobs", "3"});
    // One of those pages goes before the next run: its posts must go too, though no committed
    // state names them.
    fs::remove(crawl_ / "copy0/pdf/threads" /
               "south-korea-japan-aim-to-stabilize-china-relations-despite-us-partnership.745123/"
               "index.html");
    // The next run dies just after swapping in the merge of those shards.
    kill_at("merge-after-swap", {});
    Result r = resume();
    expect_converged(r);
}

TEST_F(Fault, AFullRebuildSupersedesTheShardsOfAFirstBuildThatDied) {
    // The shards hold posts the index does not; --full reads every page anew, so they must not
    // be merged into the index it makes, whether it finishes or dies just after its swap.
    for (const char* full_killed_at : {"", "full-after-swap"}) {
        SCOPED_TRACE(full_killed_at);
        fs::remove_all(db_);
        kill_at("merge-start", {"--jobs", "3"});
        ASSERT_TRUE(fs::exists(db_ + ".shards"));
        if (*full_killed_at) {
            kill_at(full_killed_at, {"--full", "--jobs", "3"});
        } else {
            EXPECT_EQ(wait_for(start(command({"--full", "--jobs", "3"}))), 1);
            EXPECT_FALSE(fs::exists(db_ + ".shards"));
        }
        expect_converged(resume());
    }
}

TEST_F(Fault, ASwapCutBetweenItsRenamesIsUndone) {
    // Where directories cannot be exchanged at once (no RENAME_EXCHANGE), a swap renames INDEX
    // to INDEX.old first; a kill just then leaves no INDEX. The next run must put the index back,
    // not start an empty one: the posts of files gone from the crawl, kept by --no-delete,
    // would be lost.
    ASSERT_EQ(forum_index({"--db", db_, crawl_.string()}).code, 1);
    auto before = clean_build();
    fs::remove_all(crawl_ / "copy0");
    fs::rename(db_, db_ + ".old");
    Result r = forum_index({"--db", db_, "--no-delete", "--json", crawl_.string()});
    EXPECT_EQ(r.code, 1) << r.err;
    expect_same_posts(dump(db_), before);
    EXPECT_EQ(nlohmann::json::parse(r.out)["added"], 0);
    EXPECT_EQ(beside_index(), std::vector<std::string>{});
}

TEST_F(Fault, NoOtherRunTakesTheIndexWhileAMergeSwapsItIn) {
    for (const char* phase : {"merge-before-swap", "merge-after-swap", "merge-cleanup"}) {
        SCOPED_TRACE(phase);
        fs::remove_all(db_);
        expect_taken_while_stopped_at(phase, {"--jobs", "3"});
        expect_converged(resume());
    }
}

TEST_F(Fault, NoOtherRunTakesTheIndexWhileARecoveryMergeSwapsItIn) {
    kill_at("merge-start", {"--jobs", "3"});
    expect_taken_while_stopped_at("merge-after-swap", {});
    expect_converged(resume());
}

TEST_F(Fault, NoOtherRunTakesTheIndexWhileFullSwapsItIn) {
    ASSERT_EQ(forum_index({"--db", db_, "--jobs", "1", (crawl_ / "copy0").string()}).code, 1);
    for (const char* phase : {"full-before-swap", "full-after-swap"}) {
        SCOPED_TRACE(phase);
        expect_taken_while_stopped_at(phase, {"--full", "--jobs", "3"});
    }
    expect_converged(resume());
}

}  // namespace
}  // namespace e2e
