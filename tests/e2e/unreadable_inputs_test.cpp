// What cannot be read is said, with the system's reason, and never costs the index its posts: a
// directory or file we may not read is reported as unreadable and what it held is kept, as for a
// missing top-level path. What is not a regular file (a FIFO, a socket, a device, a link that
// leads nowhere or in a loop) is counted as skipped with what it is, and never opened.
//
// Root reads whatever the mode says, and CI runs as root: there forum-index runs as nobody
// (setpriv), on files handed to nobody first, so that mode 000 means what it means to a user.

#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <stdexcept>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

const fs::path kEuro =
    "forum.eurodefence.example/community/threads/"
    "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html";  // 4 posts
const fs::path kNavy =
    "defence.pk/pdf/threads/type-055-destroyer-spotted-near-tsushima-strait.745890/"
    "index.html";  // 5 posts

// Runs forum-index with a time limit (a FIFO opened by mistake would block it forever), as nobody
// when the tests run as root.
class AsUser {
public:
    explicit AsUser(const fs::path& tree) : tree_(tree) {
        if (geteuid() != 0) return;
        const passwd* nobody = getpwnam("nobody");
        if (!nobody) throw std::runtime_error("no user nobody to drop root's rights to");
        uid_ = nobody->pw_uid;
        gid_ = nobody->pw_gid;
    }

    Result index(std::vector<std::string> args) {
        std::vector<std::string> argv = {"/usr/bin/timeout", "60"};
        if (uid_) {
            // Everything made since the last run is handed over too.
            for (const auto& e : fs::recursive_directory_iterator(tree_))
                ::lchown(e.path().c_str(), *uid_, *gid_);
            ::lchown(tree_.c_str(), *uid_, *gid_);
            argv.insert(argv.end(), {"/usr/bin/setpriv", "--reuid=" + std::to_string(*uid_),
                                     "--regid=" + std::to_string(*gid_), "--clear-groups", "--"});
        }
        argv.push_back(FORUM_INDEX_BIN);
        argv.insert(argv.end(), args.begin(), args.end());
        return run(argv);
    }

private:
    fs::path tree_;
    std::optional<uid_t> uid_;
    std::optional<gid_t> gid_;
};

// Gives a file or directory back its mode at the end, whatever the test did, so that the
// temporary directory can be removed by a user who is not root.
class ModeGuard {
public:
    ModeGuard(fs::path p, fs::perms mode)
        : path_(std::move(p)), saved_(fs::status(path_).permissions()) {
        fs::permissions(path_, mode);
    }
    ~ModeGuard() {
        std::error_code ec;
        fs::permissions(path_, saved_, ec);
    }

private:
    fs::path path_;
    fs::perms saved_;
};

class Unreadable : public ::testing::Test {
protected:
    void SetUp() override {
        for (const auto& [dir, page] : {std::pair{"euro", kEuro}, std::pair{"navy", kNavy}}) {
            fs::create_directories(crawl_ / dir);
            fs::copy_file(fs::path(kFixtures) / page, crawl_ / dir / "index.html");
        }
    }

    nlohmann::json index(int expected_code, std::vector<std::string> extra = {}) {
        std::vector<std::string> args = {"--db", db_, "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back(crawl_.string());
        last_ = user_.index(args);
        EXPECT_EQ(last_.code, expected_code) << last_.err;
        return nlohmann::json::parse(last_.out);
    }

    std::string posts_in_index() { return forum_search({"--db", db_, "--count", ""}).out; }

    TempDir dir_;
    fs::path crawl_ = dir_.path() / "crawl";
    std::string db_ = (dir_.path() / "db").string();
    AsUser user_{dir_.path()};
    Result last_;
};

TEST_F(Unreadable, ADirectoryWeMayNotReadIsReportedAndKeepsItsPosts) {
    EXPECT_EQ(index(0)["added"], 9);
    {
        ModeGuard closed(crawl_ / "euro", fs::perms::none);
        auto report = index(1);
        ASSERT_EQ(report["failed"].size(), 1u);
        EXPECT_EQ(report["failed"][0]["source"], (crawl_ / "euro").string());
        EXPECT_EQ(report["failed"][0]["reason"], "unreadable");
        EXPECT_EQ(report["failed"][0]["detail"], "Permission denied");
        EXPECT_EQ(report["deleted"], 0);
        EXPECT_NE(
            last_.err.find((crawl_ / "euro").string() + ": cannot be read (Permission denied)"),
            std::string::npos)
            << last_.err;
        EXPECT_EQ(posts_in_index(), "9\n");
    }
    auto report = index(0);  // readable again: nothing to do
    EXPECT_EQ(report["files_unchanged"], 2);
    EXPECT_EQ(report["deleted"], 0);
    EXPECT_EQ(posts_in_index(), "9\n");
}

TEST_F(Unreadable, AFileWeMayNotReadIsReportedAndKeepsItsPostsUntilItCanBeRead) {
    EXPECT_EQ(index(0)["added"], 9);
    fs::path page = crawl_ / "euro" / "index.html";
    fs::last_write_time(page, fs::last_write_time(page) + std::chrono::seconds(10));
    {
        ModeGuard closed(page, fs::perms::none);
        for (int run = 0; run < 2; ++run) {  // reported every run, not only the first
            auto report = index(1);
            ASSERT_EQ(report["failed"].size(), 1u);
            EXPECT_EQ(report["failed"][0]["source"], page.string());
            EXPECT_EQ(report["failed"][0]["reason"], "unreadable");
            EXPECT_EQ(report["failed"][0]["detail"], "Permission denied");
            EXPECT_EQ(report["deleted"], 0);
            EXPECT_EQ(posts_in_index(), "9\n");
        }
        // --verify reads every file: the same answer.
        EXPECT_EQ(index(1, {"--verify"})["deleted"], 0);
    }
    auto report = index(0);  // readable again: read, and its posts are the same
    EXPECT_EQ(report["pages_seen"], 1);
    EXPECT_EQ(report["added"], 0);
    EXPECT_EQ(report["replaced"], 0);
    EXPECT_EQ(report["deleted"], 0);
    EXPECT_EQ(index(0)["files_unchanged"], 2);
}

TEST_F(Unreadable, ExtractSaysWhyAndPrintsTheRest) {
    ModeGuard closed(crawl_ / "euro", fs::perms::none);
    Result r = user_.index({"extract", crawl_.string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(json_lines(r.out).size(), 5u);
    EXPECT_NE(r.err.find((crawl_ / "euro").string() + ": cannot be read (Permission denied)"),
              std::string::npos)
        << r.err;
}

// A socket file, as a server leaves one; closed at once, the file stays.
void make_socket(const fs::path& p) {
    int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    ASSERT_LT(p.string().size(), sizeof addr.sun_path);
    std::strcpy(addr.sun_path, p.c_str());
    EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    ::close(fd);
}

TEST_F(Unreadable, SpecialFilesAreCountedWithWhatTheyAreAndNeverOpened) {
    ASSERT_EQ(::mkfifo((crawl_ / "pipe.html").c_str(), 0644), 0);
    make_socket(crawl_ / "sock");
    fs::create_symlink("loop", crawl_ / "loop");
    fs::create_symlink("missing.html", crawl_ / "gone.html");
    fs::create_directory_symlink("euro", crawl_ / "euro-link");
    fs::create_symlink("/dev/null", crawl_ / "null.html");
    fs::create_symlink("navy/index.html", crawl_ / "alias.html");  // a link to a file is read

    auto report = index(0, {"-v"});
    EXPECT_EQ(report["skipped"]["special_file"], 6);
    EXPECT_EQ(report["files_seen"], 3);
    EXPECT_EQ(report["added"], 9);
    EXPECT_EQ(report["duplicate_pages"], 1);  // alias.html holds navy's posts
    for (const auto& [name, what] :
         {std::pair{"pipe.html", "FIFO"}, std::pair{"sock", "socket"},
          std::pair{"loop", "symbolic link loop"}, std::pair{"gone.html", "broken symbolic link"},
          std::pair{"euro-link", "symbolic link to a directory, not followed"},
          std::pair{"null.html", "character device"}}) {
        std::string line =
            (crawl_ / name).string() + ": skipped: not a regular file (" + what + ")\n";
        EXPECT_NE(last_.err.find(line), std::string::npos) << line << last_.err;
    }

    // Named on the command line, a FIFO is skipped the same way, not read.
    Result r = user_.index({"extract", "-v", (crawl_ / "pipe.html").string()});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("pipe.html: skipped: not a regular file (FIFO)"), std::string::npos)
        << r.err;
}

TEST_F(Unreadable, ArchiveMembersThatAreNotFilesAreCounted) {
    fs::path tar = dir_.path() / "crawl.tar.gz";
    {
        std::unique_ptr<struct archive, int (*)(struct archive*)> a(archive_write_new(),
                                                                    archive_write_free);
        archive_write_set_format_pax_restricted(a.get());
        archive_write_add_filter_gzip(a.get());
        ASSERT_EQ(archive_write_open_filename(a.get(), tar.c_str()), ARCHIVE_OK);
        auto entry = [&](const char* name, mode_t type, const std::string& data,
                         const char* link = nullptr) {
            std::unique_ptr<archive_entry, void (*)(archive_entry*)> e(archive_entry_new(),
                                                                       archive_entry_free);
            archive_entry_set_pathname(e.get(), name);
            archive_entry_set_filetype(e.get(), type);
            archive_entry_set_perm(e.get(), 0644);
            archive_entry_set_size(e.get(), static_cast<la_int64_t>(data.size()));
            if (link) archive_entry_set_symlink(e.get(), link);
            archive_write_header(a.get(), e.get());
            if (!data.empty()) archive_write_data(a.get(), data.data(), data.size());
        };
        entry("threads/", AE_IFDIR, "");
        entry("threads/index.html", AE_IFREG, read_file(fs::path(kFixtures) / kEuro));
        entry("threads/latest.html", AE_IFLNK, "", "index.html");
        entry("threads/pipe", AE_IFIFO, "");
        archive_write_close(a.get());
    }
    Result r = forum_index({"--db", db_, "--json", "-v", tar.string()});
    EXPECT_EQ(r.code, 0) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["added"], 4);
    EXPECT_EQ(report["skipped"]["special_file"], 2);
    EXPECT_NE(r.err.find(tar.string() +
                         "!threads/latest.html: skipped: not a regular file (symbolic link)"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(tar.string() + "!threads/pipe: skipped: not a regular file (FIFO)"),
              std::string::npos)
        << r.err;
}

}  // namespace
}  // namespace e2e
