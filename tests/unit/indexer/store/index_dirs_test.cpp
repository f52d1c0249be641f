// The directories made beside an index: which are leftovers, how their removal is told, and the
// repair of a swap cut between its renames.

#include "indexer/store/index_dirs.hpp"

#include <filesystem>
#include <fstream>
#include <random>

#include <gtest/gtest.h>
#include <xapian.h>

namespace fs = std::filesystem;

namespace forum {
namespace {

class IndexDirs : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("index-dirs-test-" + std::to_string(std::random_device{}()));
        fs::create_directories(dir_);
        index_ = (dir_ / "forum.db").string();
        Xapian::WritableDatabase(index_, Xapian::DB_CREATE).commit();
    }
    void TearDown() override { fs::remove_all(dir_); }

    static void file(const fs::path& p, size_t bytes) {
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << std::string(bytes, 'x');
    }

    fs::path dir_;
    std::string index_;
};

TEST_F(IndexDirs, LeftoversGoShardsAndOtherFilesStay) {
    for (const char* name : {".merged", ".new", ".new.shards/0", ".new.merged", ".old", ".new.old"})
        file(index_ + name + "/postlist.glass", 100000);
    file(index_ + ".shards/0/iamglass", 10);  // committed posts: the next run merges them
    file(index_ + ".backup/iamglass", 10);    // not ours
    LeftoverCleanup c = remove_leftovers(index_);
    EXPECT_EQ(c.removed, (std::vector<std::string>{index_ + ".merged", index_ + ".old",
                                                   index_ + ".new", index_ + ".new.shards",
                                                   index_ + ".new.merged", index_ + ".new.old"}));
    EXPECT_TRUE(c.failed.empty());
    EXPECT_GE(c.bytes_freed, 600000u);  // what the files take on disk, blocks included
    EXPECT_TRUE(fs::exists(index_ + ".shards/0/iamglass"));
    EXPECT_TRUE(fs::exists(index_ + ".backup/iamglass"));
    EXPECT_TRUE(fs::exists(index_ + "/iamglass"));
    char freed[64];
    std::snprintf(freed, sizeof freed, " (%.1f MB freed)",
                  static_cast<double>(c.bytes_freed) / 1e6);
    std::string line = describe(c);
    EXPECT_TRUE(line.starts_with("removed " + index_ + ".merged, " + index_ + ".old, ")) << line;
    EXPECT_TRUE(line.ends_with(", left by a run that did not finish" + std::string(freed))) << line;
    EXPECT_EQ(remove_leftovers(index_).removed.size(), 0u);
    EXPECT_EQ(describe(remove_leftovers(index_)), "");
}

TEST_F(IndexDirs, LeftoversInTheWayAreNamedWithTheirSize) {
    EXPECT_EQ(leftovers_in_the_way(index_), "");
    file(index_ + ".new/postlist.glass", 3000000);
    std::string named = leftovers_in_the_way(index_);
    EXPECT_TRUE(named.starts_with(index_ + ".new (3.")) << named;
    EXPECT_TRUE(named.ends_with(" MB)")) << named;
}

TEST_F(IndexDirs, ShardsAreRemovedWhole) {
    file(index_ + ".shards/0/iamglass", 10);
    file(index_ + ".shards/1/postlist.glass", 10);
    remove_shards(index_ + ".shards");
    EXPECT_FALSE(fs::exists(index_ + ".shards"));
}

TEST_F(IndexDirs, ASwapCutBetweenItsRenamesIsUndone) {
    fs::rename(index_, index_ + ".old");
    {
        // While the run doing the swap is alive (it holds the old index's lock), nothing moves.
        Xapian::WritableDatabase swapping(index_ + ".old", Xapian::DB_OPEN);
        EXPECT_FALSE(restore_interrupted_swap(index_));
        EXPECT_FALSE(fs::exists(index_));
    }
    EXPECT_TRUE(restore_interrupted_swap(index_));
    EXPECT_TRUE(fs::exists(index_ + "/iamglass"));
    EXPECT_FALSE(fs::exists(index_ + ".old"));
    EXPECT_TRUE(restore_interrupted_swap(index_));  // nothing to do
}

TEST_F(IndexDirs, SwapExchangesTwoDirectories) {
    file(index_ + ".merged/marker", 1);
    swap_directories(index_ + ".merged", index_);
    EXPECT_TRUE(fs::exists(index_ + "/marker"));
    EXPECT_TRUE(fs::exists(index_ + ".merged/iamglass"));
}

}  // namespace
}  // namespace forum
