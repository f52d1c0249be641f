// An index forum-index may not write (read-only files or directory, a read-only file system) is
// exit 3 with the OS's reason, at once: never exit 75 ("another forum-index is writing"), which
// a script retries for ever. Tests run as root in CI, and root ignores mode bits: there
// forum-index runs without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (setpriv, util-linux), the
// capabilities that let root pass them.

#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

std::vector<std::string> bound_by_modes(std::vector<std::string> argv) {
    if (::geteuid() != 0) return argv;
    const std::vector<std::string> setpriv = {"/usr/bin/setpriv",
                                              "--inh-caps=-dac_override,-dac_read_search",
                                              "--bounding-set=-dac_override,-dac_read_search"};
    argv.insert(argv.begin(), setpriv.begin(), setpriv.end());
    return argv;
}

void set_writable(const fs::path& dir, bool writable) {
    auto mode = [&](bool is_dir) {
        fs::perms p = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
        if (is_dir) p |= fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;
        if (writable) p |= fs::perms::owner_write;
        return p;
    };
    for (const auto& e : fs::directory_iterator(dir))
        fs::permissions(e.path(), mode(e.is_directory()));
    fs::permissions(dir, mode(true));
}

class UnwritableIndex : public ::testing::Test {
protected:
    void SetUp() override {
        crawl_ = dir_.path() / "crawl";
        fs::create_directories(crawl_);
        fs::copy(fs::path(kFixtures) / "defence.pk", crawl_ / "defence.pk",
                 fs::copy_options::recursive);
        db_ = (dir_.path() / "forum.db").string();
        ASSERT_EQ(forum_index({"--db", db_, crawl_.string()}).code, 1);  // one truncated page
        // Mode bits must bind the runs below, root or not.
        fs::path probe = dir_.path() / "probe";
        fs::create_directory(probe);
        set_writable(probe, false);
        Result r = run(bound_by_modes({"/usr/bin/test", "-w", probe.string()}));
        if (r.code != 1) GTEST_SKIP() << "mode bits do not bind here (setpriv: " << r.err << ")";
    }

    void TearDown() override {
        std::error_code ec;
        if (fs::exists(db_, ec)) set_writable(db_, true);  // for TempDir to remove it
    }

    Result index(std::vector<std::string> extra = {}) {
        std::vector<std::string> argv = {FORUM_INDEX_BIN, "--db", db_};
        argv.insert(argv.end(), extra.begin(), extra.end());
        argv.push_back(crawl_.string());
        return run(bound_by_modes(argv));
    }

    void expect_refused(const Result& r, const std::string& what) {
        EXPECT_EQ(r.code, 3) << r.err;
        EXPECT_NE(r.err.find("cannot write to " + what + ": Permission denied"), std::string::npos)
            << r.err;
        EXPECT_EQ(r.err.find("another forum-index"), std::string::npos) << r.err;
    }

    TempDir dir_;
    fs::path crawl_;
    std::string db_;
};

TEST_F(UnwritableIndex, AReadOnlyIndexIsExit3WithTheReasonNot75) {
    set_writable(db_, false);
    expect_refused(index(), db_);
    // At once, even when told to wait for another writer: there is none.
    expect_refused(index({"--wait-lock", "3"}), db_);
    expect_refused(index({"--full"}), db_);
}

TEST_F(UnwritableIndex, AReadOnlyLockFileIsExit3WithTheReason) {
    fs::permissions(fs::path(db_) / "flintlock",
                    fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
    expect_refused(index(), db_ + "/flintlock");
}

TEST_F(UnwritableIndex, AReadOnlyDirectoryIsRefusedBeforeAnyWork) {
    // Xapian could take the lock and open the tables, and would fail only at the first commit.
    fs::permissions(db_, fs::perms::owner_write, fs::perm_options::remove);
    Result r = index({"--json"});
    expect_refused(r, db_);
    EXPECT_EQ(r.out, "");
}

TEST_F(UnwritableIndex, AReadOnlyFileSystemIsExit3WithTheReason) {
    // A read-only bind mount of the index, in a mount namespace of its own; root only.
    if (::geteuid() != 0 || run({"/usr/bin/unshare", "-m", "/bin/true"}).code != 0)
        GTEST_SKIP() << "no mount namespace here";
    const std::string script =
        "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && "
        "exec \"$2\" --db \"$1\" \"$3\"";
    Result r = run({"/usr/bin/unshare", "-m", "/bin/sh", "-c", script, "sh", db_, FORUM_INDEX_BIN,
                    crawl_.string()});
    EXPECT_EQ(r.code, 3) << r.err;
    EXPECT_NE(r.err.find("cannot write to " + db_ + ": Read-only file system"), std::string::npos)
        << r.err;
}

}  // namespace
}  // namespace e2e
