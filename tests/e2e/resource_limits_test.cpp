// Input that would be read without end must end a run with a reason: a --files-from that is no
// list of paths (/dev/zero) ends at once, naming the line it stopped at, and what was named
// beside it is still indexed.

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// The sanitizers reserve terabytes of address space at start: under ulimit -v nothing runs.
constexpr bool kAddressSpaceLimitWorks = false;
#else
constexpr bool kAddressSpaceLimitWorks = true;
#endif

const std::string kEuroDir = kFixtures + "/forum.eurodefence.example";  // 4 posts

// Runs argv under a time limit (a regression must fail, not hang the suite) and, where it can,
// a limit on address space of `megabytes`.
Result limited(long megabytes, std::vector<std::string> argv) {
    std::vector<std::string> wrapped = {"/usr/bin/timeout", "120"};
    if (kAddressSpaceLimitWorks) {
        wrapped.insert(wrapped.end(),
                       {"/usr/bin/prlimit", "--as=" + std::to_string(megabytes << 20), "--"});
    }
    wrapped.insert(wrapped.end(), argv.begin(), argv.end());
    return run(wrapped);
}

TEST(FilesFrom, DevZeroEndsAtOnceWithTheLineItStoppedAt) {
    TempDir dir;
    Result r = limited(1024, {FORUM_INDEX_BIN, "--db", (dir.path() / "db").string(), "--json",
                              "--files-from", "/dev/zero", kEuroDir});
    ASSERT_EQ(r.code, 1) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 4);  // what was named beside it is indexed
    ASSERT_EQ(report["failed"].size(), 1u);
    EXPECT_EQ(report["failed"][0]["source"], "/dev/zero");
    EXPECT_EQ(report["failed"][0]["reason"], "unreadable");
    EXPECT_EQ(report["failed"][0]["detail"],
              "--files-from list: line 1 holds a NUL byte; expected paths, one per line");
}

TEST(FilesFrom, ALineLongerThanAPathEndsTheList) {
    TempDir dir;
    fs::path list = dir.path() / "list.txt";
    std::ofstream(list) << kEuroDir << "\n"
                        << std::string(5000, 'a') << "\n"
                        << kFixtures << "/defence.pk\n";
    Result r = forum_index(
        {"--db", (dir.path() / "db").string(), "--json", "--files-from", list.string()});
    ASSERT_EQ(r.code, 1) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 4);  // line 1 only: the list is not read past line 2
    ASSERT_EQ(report["failed"].size(), 1u);
    EXPECT_EQ(report["failed"][0]["detail"],
              "--files-from list: line 2 is longer than 4096 bytes; expected paths, one per line");
    EXPECT_NE(r.err.find(list.string() + ": cannot be read (--files-from list: line 2 is longer"),
              std::string::npos)
        << r.err;
}

}  // namespace
}  // namespace e2e
