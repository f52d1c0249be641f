// Input that would take without end, and memory that runs out, must end a run with a reason: a
// --files-from that is no list of paths (/dev/zero) ends at once, naming the line it stopped at;
// running out of memory under ulimit -v is exit 3 "out of memory" for either program — never a
// crash, and never a success with the page that did not fit left out as "not a thread page".

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

class OutOfMemory : public ::testing::Test {
protected:
    void SetUp() override {
        if (!kAddressSpaceLimitWorks) GTEST_SKIP() << "no ulimit -v under a sanitizer";
    }
};

// A page of one 40 MiB text node: its bytes fit in 300 MiB, the buffers libxml2 grows for the
// text do not. libxml2 answers with NULL and a page cut short; unnoticed, that was "not a forum
// thread page" and exit 0.
TEST_F(OutOfMemory, InTheHtmlParserIsExit3AndTheIndexKeepsWhatItHad) {
    TempDir dir;
    std::string db = (dir.path() / "db").string();
    ASSERT_EQ(forum_index({"--db", db, kEuroDir}).code, 0);
    fs::path page = dir.path() / "text.html";
    std::ofstream(page) << "<html><body><p>" << std::string(40 << 20, 'x') << "</p></body></html>";
    for (const char* jobs : {"1", "2"}) {
        SCOPED_TRACE(jobs);
        Result r = limited(300, {FORUM_INDEX_BIN, "--db", db, "--jobs", jobs, "--max-page-size",
                                 "100000000", page.string()});
        EXPECT_EQ(r.code, 3) << r.err;
        EXPECT_EQ(r.err, "forum-index: out of memory\n");
    }
    Result r =
        limited(300, {FORUM_INDEX_BIN, "extract", "--max-page-size", "100000000", page.string()});
    EXPECT_EQ(r.code, 3) << r.err;
    EXPECT_EQ(r.err, "forum-index: out of memory\n");
    EXPECT_EQ(forum_search({"--db", db, "--count", ""}).out, "4\n");
}

// A page larger than the memory left (a sparse file: no disk is used) cannot even be held.
TEST_F(OutOfMemory, APageLargerThanTheMemoryLeftIsExit3) {
    TempDir dir;
    fs::path page = dir.path() / "huge.html";
    std::ofstream(page) << "<html>";
    fs::resize_file(page, 400u << 20);
    Result r = limited(300, {FORUM_INDEX_BIN, "--db", (dir.path() / "db").string(), "--jobs", "2",
                             "--max-page-size", "2000000000", page.string()});
    EXPECT_EQ(r.code, 3) << r.err;
    EXPECT_EQ(r.err, "forum-index: out of memory\n");
}

// A post of 24 MiB is stored; showing it needs several copies of it, more than 64 MiB holds.
TEST_F(OutOfMemory, InTheSearcherIsExit3) {
    TempDir dir;
    std::string page =
        read_file(kEuroDir +
                  "/community/threads/"
                  "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html");
    std::string body = "<div class=\"bbWrapper\">";
    size_t at = page.find(body);
    ASSERT_NE(at, std::string::npos);
    page.insert(at + body.size(), std::string(24 << 20, 'x') + " ");
    fs::path file = dir.path() / "big.html";
    std::ofstream(file, std::ios::binary) << page;
    std::string db = (dir.path() / "db").string();
    ASSERT_EQ(forum_index({"--db", db, file.string()}).code, 0);
    Result r = limited(64, {FORUM_SEARCH_BIN, "--db", db, "show", "3141001", "--format", "json"});
    EXPECT_EQ(r.code, 3) << r.err;
    EXPECT_EQ(r.err, "forum-search: out of memory\n");
}

}  // namespace
}  // namespace e2e
