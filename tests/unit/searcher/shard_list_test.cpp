// What --db names: index directories, stub files, tcp:// addresses.

#include "searcher/shard_list.hpp"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace forum {
namespace {

namespace fs = std::filesystem;

class ShardList : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("shard_list_test." +
                std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "." +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_ / "sub");
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string write(const std::string& name, const std::string& text) {
        std::ofstream(dir_ / name) << text;
        return (dir_ / name).string();
    }
    fs::path dir_;
};

TEST_F(ShardList, DirectoriesAndAddresses) {
    auto s = shard_list({"some/index", "tcp://10.0.0.7:33333", "tcp://[::1]:4000"});
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].kind, Shard::Kind::kLocal);
    EXPECT_EQ(s[0].path, "some/index");
    EXPECT_EQ(s[1].kind, Shard::Kind::kTcp);
    EXPECT_EQ(s[1].host, "10.0.0.7");
    EXPECT_EQ(s[1].port, 33333u);
    EXPECT_EQ(s[1].name, "tcp://10.0.0.7:33333");
    EXPECT_EQ(s[2].host, "::1");
    EXPECT_EQ(s[2].port, 4000u);
    for (const char* bad : {"tcp://host", "tcp://host:0", "tcp://host:70000", "tcp://:1",
                            "tcp://host:12x", "tcp://[::1:5"})
        EXPECT_THROW(shard_list({bad}), ShardListError) << bad;
}

TEST_F(ShardList, StubLinesInXapiansFormat) {
    std::string stub = write("all.stub",
                             "# comment\n\n"
                             "auto sub/a.db\n"
                             "  glass /abs/b.db  \n"
                             "remote 127.0.0.1:9000\n"
                             "remote :ssh host1 xapian-progsrv /srv/c.db\n");
    auto s = shard_list({stub});
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s[0].path, (dir_ / "sub/a.db").string());  // relative to the stub's directory
    EXPECT_EQ(s[1].path, "/abs/b.db");
    EXPECT_EQ(s[2].kind, Shard::Kind::kTcp);
    EXPECT_EQ(s[2].port, 9000u);
    EXPECT_EQ(s[3].kind, Shard::Kind::kProgram);
    EXPECT_EQ(s[3].program, "ssh");
    EXPECT_EQ(s[3].args, "host1 xapian-progsrv /srv/c.db");
    EXPECT_EQ(s[3].name, "remote :ssh host1 xapian-progsrv /srv/c.db");
}

TEST_F(ShardList, StubInADirectoryAndStubsOfStubs) {
    write("sub/XAPIANDB", "auto inner.db\n");
    std::string outer = write("outer.stub", "auto sub\nauto plain.db\n");
    auto s = shard_list({outer});
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].path, (dir_ / "sub/inner.db").string());
    EXPECT_EQ(s[1].path, (dir_ / "plain.db").string());
}

TEST_F(ShardList, BadLinesAreNamedWithTheirNumber) {
    for (const char* line : {"remote nowhere", "inmemory", "auto", "remote :", "flint x.db"}) {
        std::string stub = write("bad.stub", std::string("auto a.db\n") + line + "\n");
        try {
            shard_list({stub});
            ADD_FAILURE() << line;
        } catch (const ShardListError& e) {
            EXPECT_EQ(std::string(e.what()).rfind(stub + ":2: ", 0), 0u) << e.what();
        }
    }
}

TEST_F(ShardList, AStubLoopEnds) {
    std::string a = write("a.stub", "auto b.stub\n");
    write("b.stub", "auto a.stub\n");
    EXPECT_THROW(shard_list({a}), ShardListError);
}

}  // namespace
}  // namespace forum
