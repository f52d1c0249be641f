// Pages built to break the indexer (markup nested millions of levels deep, WARCs inside WARCs, NUL
// bytes, UTF-16, text after </html>, millions of tiny elements) are read in full or refused with
// a reason: never a crash, never a silent loss.

#include <filesystem>
#include <fstream>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "crawl_files.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

const std::string kThread =
    "defence.pk/pdf/threads/type-055-destroyer-spotted-near-tsushima-strait.745890/index.html";
const std::string kPost2 = "JMSDF shadowed them the whole way. Routine by now.";

// The five-post fixture thread with `inside` put in the middle of post #2's text.
std::string thread_with(const std::string& inside) {
    std::string page = read_file(fs::path(kFixtures) / kThread);
    size_t at = page.find(kPost2);
    if (at == std::string::npos) throw std::runtime_error("fixture changed: " + kThread);
    page.insert(at + std::string("JMSDF shadowed them").size(), " " + inside + " ");
    return page;
}

std::string nested_divs(int depth) {
    std::string out;
    out.reserve(static_cast<size_t>(depth) * 11 + 16);
    for (int i = 0; i < depth; ++i)
        out += "<div>";
    out += "deepword";
    for (int i = 0; i < depth; ++i)
        out += "</div>";
    return out;
}

fs::path write(const TempDir& dir, const std::string& name, const std::string& bytes) {
    fs::path file = dir.path() / name;
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
}

class DeepMarkup : public testing::TestWithParam<int> {};

// README: markup deeper than libxml2's 256 levels is "read in full". Recursion on the depth
// overflowed the stack at ~50,000 levels (5,000 under AddressSanitizer).
TEST_P(DeepMarkup, EveryPostIsReadInFull) {
    const int depth = GetParam();
    TempDir dir;
    fs::path page = write(dir, "deep.html", thread_with(nested_divs(depth)));
    Result r = forum_index({"--db", (dir.path() / "db").string(), "--json", page.string()});
    ASSERT_EQ(r.code, 0) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 5);
    ASSERT_EQ(report["warnings"].size(), 1u);
    EXPECT_EQ(report["warnings"][0]["reason"], "deep_nesting");
    EXPECT_EQ(report["warnings"][0]["detail"],
              std::to_string(depth + 19) + " levels; read in full");  // the post's own 19 levels

    auto posts = json_lines(forum_index({"extract", page.string()}).out);
    ASSERT_EQ(posts.size(), 5u);
    EXPECT_EQ(posts[1]["text"], "JMSDF shadowed them\ndeepword\nthe whole way. Routine by now.");
    EXPECT_EQ(posts[4]["poster"], "Pinterest Mom");  // the posts after it are all there
}

INSTANTIATE_TEST_SUITE_P(Depths, DeepMarkup, testing::Values(5000, 50000, 300000));

// A WARC record may hold a WARC, which is read too; past two levels of that the nesting is
// refused (each level was read recursively, and kept a copy of its record: 20,000 levels in a
// 2.6 MB file took 12 GB and a crash).
TEST(NestedWarc, TwoLevelsAreReadDeeperIsRefused) {
    TempDir dir;
    std::string page = thread_with("nested");
    std::string bytes = page;
    for (int level = 0; level < 4; ++level) {
        WarcBuilder warc({"WARC/1.0", false, false});
        warc.resource("https://defence.pk/pdf/threads/745890/", bytes,
                      level == 0 ? "text/html" : "application/octet-stream");
        fs::path file = dir.path() / ("level" + std::to_string(level) + ".warc");
        warc.write(file);
        bytes = read_file(file);
    }
    // level2.warc holds a WARC holding a WARC holding the page.
    Result ok = forum_index({"extract", (dir.path() / "level2.warc").string()});
    EXPECT_EQ(ok.code, 0) << ok.err;
    EXPECT_EQ(json_lines(ok.out).size(), 5u);

    Result r = forum_index(
        {"--db", (dir.path() / "db").string(), "--json", (dir.path() / "level3.warc").string()});
    EXPECT_EQ(r.code, 1) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 0);
    ASSERT_EQ(report["failed"].size(), 1u);
    EXPECT_EQ(report["failed"][0]["reason"], "bad_warc");
    EXPECT_EQ(report["failed"][0]["detail"], "a WARC inside a WARC record more than 2 levels deep");
    EXPECT_NE(r.err.find("a WARC inside a WARC record more than 2 levels deep"), std::string::npos)
        << r.err;
}

// The posts `extract` prints, without `source`.
std::vector<nlohmann::json> posts_of(const fs::path& page) {
    auto posts = json_lines(forum_index({"extract", page.string()}).out);
    for (auto& p : posts)
        p.erase("source");
    return posts;
}

TEST(NulBytes, AreRemovedAndCountedNotWhereThePageEnds) {
    // libxml2 stopped at a NUL: one in an attribute of post #2 left 1 post of 5, silently; one in
    // the first 4 KB made the page "not HTML".
    TempDir dir;
    std::string page = read_file(fs::path(kFixtures) / kThread);
    const std::vector<nlohmann::json> expected = posts_of(fs::path(kFixtures) / kThread);
    ASSERT_EQ(expected.size(), 5u);
    size_t attribute = page.find("data-content=\"post-14860133\"");
    ASSERT_NE(attribute, std::string::npos);
    std::string in_attribute = page;
    in_attribute.insert(attribute + 10, std::string(1, '\0'));
    std::string early = page;
    early.insert(200, std::string(3, '\0'));
    for (const auto& [name, bytes, count] :
         {std::tuple{"attribute.html", in_attribute, 1}, std::tuple{"early.html", early, 3}}) {
        fs::path file = write(dir, name, bytes);
        Result r = forum_index(
            {"--db", (dir.path() / (std::string(name) + ".db")).string(), "--json", file.string()});
        EXPECT_EQ(r.code, 0) << r.err;
        auto report = nlohmann::json::parse(r.out);
        EXPECT_EQ(report["posts_indexed"], 5) << name;
        ASSERT_EQ(report["warnings"].size(), 1u) << name;
        EXPECT_EQ(report["warnings"][0]["reason"], "nul_bytes");
        EXPECT_EQ(report["warnings"][0]["detail"], std::to_string(count) + " removed");
        EXPECT_NE(r.err.find(std::string(name) + ": warning: NUL bytes in the page (" +
                             std::to_string(count) + " removed)"),
                  std::string::npos)
            << r.err;
        EXPECT_EQ(posts_of(file), expected) << name;
    }
}

TEST(Utf16, PagesWithABomOrUtf16BytesAreRead) {
    // A UTF-16 page was skipped as "not HTML"; one declaring <meta charset="utf-16"> in ASCII gave
    // no posts (read as UTF-16, it was nonsense).
    TempDir dir;
    const fs::path original = fs::path(kFixtures) / kThread;
    const std::vector<nlohmann::json> expected = posts_of(original);
    for (const char* encoding : {"UTF-16", "UTF-16BE", "UTF-16LE"}) {  // UTF-16: with a BOM
        Result converted =
            run({"/usr/bin/iconv", "-f", "UTF-8", "-t", encoding, original.string()});
        ASSERT_EQ(converted.code, 0) << converted.err;
        fs::path file = write(dir, std::string(encoding) + ".html", converted.out);
        Result r = forum_index({"--db", (dir.path() / encoding).string(), "--json", file.string()});
        EXPECT_EQ(r.code, 0) << encoding << r.err;
        EXPECT_EQ(nlohmann::json::parse(r.out)["posts_indexed"], 5) << encoding;
        EXPECT_EQ(posts_of(file), expected) << encoding;
    }
    std::string declared = read_file(original);
    size_t meta = declared.find("<meta charset=\"utf-8\" />");
    ASSERT_NE(meta, std::string::npos);
    declared.replace(meta, 24, "<meta charset=\"utf-16\" />");
    fs::path file = write(dir, "declared.html", declared);
    Result r = forum_index({"extract", file.string()});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(posts_of(file), expected);
}

TEST(TrailingContent, AfterTheEndTagIsNotATruncatedPage) {
    // More than 4 KB after </html> made a complete page a truncated_page failure (exit 1).
    TempDir dir;
    std::string page = read_file(fs::path(kFixtures) / kThread) + std::string(5000, '\n') +
                       "<!-- " + std::string(8000, '=') + " -->\n<script>analytics()</script>\n";
    fs::path file = write(dir, "trailing.html", page);
    Result r = forum_index({"--db", (dir.path() / "db").string(), "--json", file.string()});
    EXPECT_EQ(r.code, 0) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 5);
    EXPECT_TRUE(report["failed"].empty()) << report["failed"];
    EXPECT_EQ(report["cut_posts"], 0);
}

TEST(NodeBudget, TinyElementsPastOnePer16BytesOfTheLimitAreRefused) {
    // A 30 MB page of tiny elements took 1.2 GB. The budget follows --max-page-size: one node per
    // 16 bytes, 65,536 nodes for a 1 MiB limit; the thread's own markup is some 3,000.
    TempDir dir;
    std::string tiny;
    for (int i = 0; i < 70000; ++i)
        tiny += "<i></i>";
    fs::path page = write(dir, "tiny.html", thread_with(tiny));
    ASSERT_LT(fs::file_size(page), 1u << 20);
    Result r = forum_index({"--db", (dir.path() / "db").string(), "--json", "--max-page-size",
                            std::to_string(1 << 20), page.string()});
    EXPECT_EQ(r.code, 1) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 0);
    ASSERT_EQ(report["failed"].size(), 1u);
    EXPECT_EQ(report["failed"][0]["reason"], "too_large");
    const std::string detail =
        "markup of more than 65536 elements, attributes and texts (one per 16 bytes of "
        "--max-page-size)";
    EXPECT_EQ(report["failed"][0]["detail"], detail);
    EXPECT_NE(r.err.find("tiny.html: too large (" + detail + ")"), std::string::npos) << r.err;

    // Within the default limit the same page is read in full.
    Result fits = forum_index({"--db", (dir.path() / "db2").string(), "--json", page.string()});
    EXPECT_EQ(fits.code, 0) << fits.err;
    EXPECT_EQ(nlohmann::json::parse(fits.out)["posts_indexed"], 5);
}

TEST(NodeBudget, MarkupNestedAsDeepAsTheLimitAllowsIsReadOrRefusedNeverACrash) {
    // With a 2 MB limit (125,000 nodes): 100,000 levels fit and are read in full; 170,000 levels
    // (1.94 MB) are over the node budget, and refused with the reason.
    TempDir dir;
    const std::string limit = "2000000";
    fs::path fits = write(dir, "fits.html", thread_with(nested_divs(100000)));
    Result r = forum_index(
        {"--db", (dir.path() / "db").string(), "--json", "--max-page-size", limit, fits.string()});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["posts_indexed"], 5);

    fs::path deeper = write(dir, "deeper.html", thread_with(nested_divs(170000)));
    ASSERT_LT(fs::file_size(deeper), 2000000u);
    r = forum_index({"--db", (dir.path() / "db2").string(), "--json", "--max-page-size", limit,
                     deeper.string()});
    EXPECT_EQ(r.code, 1) << r.err;
    auto report = nlohmann::json::parse(r.out);
    ASSERT_EQ(report["failed"].size(), 1u);
    EXPECT_EQ(report["failed"][0]["reason"], "too_large");
    EXPECT_EQ(report["failed"][0]["detail"],
              "markup of more than 125000 elements, attributes and texts (one per 16 bytes of "
              "--max-page-size)");
}

}  // namespace
}  // namespace e2e
