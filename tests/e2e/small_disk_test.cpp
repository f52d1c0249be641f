// A full disk: a --full that runs out of space removes its fresh index at once and leaves the
// live one as it was; a run that runs out of space names what runs that did not finish left
// beside the index and it could not remove. The disk is a tmpfs of a few hundred kB, mounted in
// a mount namespace of the test's own (root only; skipped where that is not allowed).
//
// Where the disk fills up depends on what is written, paths included, so the test works in a
// directory whose path has the same length every time: Xapian 1.4.22 itself sometimes calls
// std::terminate (SIGABRT) when a write fails, depending on where the disk fills up.

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

class SmallDisk : public ::testing::Test {
protected:
    void SetUp() override {
        if (::geteuid() != 0 || run({"/usr/bin/unshare", "-m", "/bin/true"}).code != 0)
            GTEST_SKIP() << "no mount namespace here";
        std::string name = (fs::temp_directory_path() / "forum-search-small-disk-XXXXXX").string();
        ASSERT_NE(::mkdtemp(name.data()), nullptr);
        dir_ = name;
        crawl_ = dir_ / "crawl";
        fs::create_directories(crawl_);
        fs::copy(fs::path(kFixtures) / "defence.pk", crawl_ / "defence.pk",
                 fs::copy_options::recursive);
        // The index on the small disk to begin with: one thread of the crawl, 7 posts (~64 kB).
        pre_ = (dir_ / "pre.db").string();
        Result r = forum_index(
            {"--db", pre_,
             (crawl_ /
              "defence.pk/pdf/threads/type-055-destroyer-spotted-near-tsushima-strait.745890")
                 .string()});
        ASSERT_EQ(r.code, 1) << r.err;  // its second page is truncated
        space_ = dir_ / "space";
        fs::create_directory(space_);
    }

    // Runs `command` (forum-index's arguments but --db) on a tmpfs of `kb` kB holding a copy of
    // the index, after the shell commands `setup` ($D is the disk); then prints what is on the
    // disk and how many posts the index holds.
    Result on_small_disk(int kb, const std::string& setup, const std::vector<std::string>& command,
                         bool bound_by_modes = false) {
        std::string script =
            "set -e; D=\"$1\"; SEARCH=\"$3\"; mount -t tmpfs -o size=" + std::to_string(kb) +
            "k tmpfs \"$D\"; cp -a \"$2\" \"$D/forum.db\"; " + setup +
            "; shift 3; set +e; \"$@\"; echo \"exit=$?\"; echo \"left=$(ls -A \"$D\" | tr '\\n' ' "
            "')\"; "
            "\"$SEARCH\" stats --db \"$D/forum.db\" --format json";
        std::vector<std::string> argv = {
            "/usr/bin/unshare", "-m", "/bin/sh",       "-c", script, "sh",
            space_.string(),    pre_, FORUM_SEARCH_BIN};
        if (bound_by_modes) {
            for (const char* a : {"/usr/bin/setpriv", "--inh-caps=-dac_override,-dac_read_search",
                                  "--bounding-set=-dac_override,-dac_read_search"})
                argv.push_back(a);
        }
        argv.push_back(FORUM_INDEX_BIN);
        argv.push_back("--db");
        argv.push_back((space_ / "forum.db").string());
        argv.insert(argv.end(), command.begin(), command.end());
        return run(argv);
    }

    static int posts(const Result& r) {
        size_t at = r.out.find('{');
        if (at == std::string::npos) return -1;
        return nlohmann::json::parse(r.out.substr(at))["posts"].get<int>();
    }

    void TearDown() override {
        std::error_code ec;
        if (!dir_.empty()) fs::remove_all(dir_, ec);
    }

    fs::path dir_;
    fs::path crawl_, space_;
    std::string pre_;
};

TEST_F(SmallDisk, AFullThatRunsOutOfSpaceRemovesItsFreshIndexAtOnce) {
    // The whole crawl (~230 kB) does not fit beside the index.
    Result r = on_small_disk(200, "true", {"--full", "--jobs", "1", crawl_.string()});
    EXPECT_NE(r.out.find("exit=3\n"), std::string::npos) << r.out << r.err;
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("left=forum.db \n"), std::string::npos) << r.out;  // nothing else
    EXPECT_EQ(posts(r), 7) << r.out;                                        // as it was
}

TEST_F(SmallDisk, ARunOutOfSpaceNamesTheLeftoversItCouldNotRemove) {
    // 850 kB left by a --full that died, in a directory this run may not change.
    const std::string setup =
        "mkdir \"$D/forum.db.new\"; head -c 850000 /dev/zero >\"$D/forum.db.new/postlist.glass\"; "
        "chmod 555 \"$D/forum.db.new\"";
    Result r = on_small_disk(1024, setup, {crawl_.string()}, true);
    EXPECT_NE(r.out.find("exit=3\n"), std::string::npos) << r.out << r.err;
    EXPECT_NE(r.err.find("cannot remove what a run that did not finish left: " + space_.string() +
                         "/forum.db.new: Permission denied"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("; left by runs that did not finish, and not removable: " +
                         space_.string() + "/forum.db.new (0.9 MB)"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(posts(r), 7) << r.out;
}

}  // namespace
}  // namespace e2e
