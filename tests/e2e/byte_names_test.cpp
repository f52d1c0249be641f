// Names are bytes, not always UTF-8: a file saved by a latin-1 system (page\xe9.html), a tar
// member named so, a WARC-Target-URI with a raw 0xFF, a query typed in another charset. None may
// stop a run; JSON output shows each such byte as U+FFFD; and a file is known by its exact bytes
// from one run to the next (not read again, its posts not deleted).

#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include <gtest/gtest.h>

#include "crawl_files.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

// A page with 4 posts, a canonical link and og:url.
const fs::path kPage =
    "forum.eurodefence.example/community/threads/"
    "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html";

const std::string kReplacement = "\xef\xbf\xbd";  // U+FFFD in UTF-8

nlohmann::json index_json(const std::string& db, const std::string& path) {
    Result r = forum_index({"--db", db, "--json", path});
    EXPECT_EQ(r.code, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

TEST(ByteNames, AFileNamedInLatin1IsIndexedAndKnownByItsBytesNextRun) {
    TempDir dir;
    fs::path crawl = dir.path() / "crawl";
    fs::create_directories(crawl);
    std::ofstream(crawl / "page\xe9.html", std::ios::binary)
        << read_file(fs::path(kFixtures) / kPage);
    std::ofstream(crawl / "logo\xe9.png", std::ios::binary) << "\x89PNG\r\n";
    std::string db = (dir.path() / "db").string();

    auto report = index_json(db, crawl.string());
    EXPECT_EQ(report["added"], 4);
    EXPECT_EQ(report["skipped"]["not_html"], 1);

    report = index_json(db, crawl.string());
    EXPECT_EQ(report["files_seen"], 2);
    EXPECT_EQ(report["files_unchanged"], 2);
    EXPECT_EQ(report["pages_seen"], 0);
    EXPECT_EQ(report["deleted"], 0);
    EXPECT_EQ(report["unchanged"], 4);

    // Shown in JSON with U+FFFD where the name is not UTF-8.
    std::string shown = (crawl / ("page" + kReplacement + ".html")).string();
    Result s = forum_search({"--db", db, "--format", "jsonl", ""});
    auto hits = json_lines(s.out);
    ASSERT_EQ(hits.size(), 4u) << s.err;
    for (const auto& h : hits)
        EXPECT_EQ(h["source"], shown);
    Result x = forum_index({"extract", crawl.string()});
    EXPECT_EQ(x.code, 0) << x.err;
    auto posts = json_lines(x.out);
    ASSERT_EQ(posts.size(), 4u);
    EXPECT_EQ(posts[0]["source"], shown);

    // Renamed to another latin-1 name: the old name is found gone by its bytes, the new one read.
    fs::rename(crawl / "page\xe9.html", crawl / "page\xe8.html");
    report = index_json(db, crawl.string());
    EXPECT_EQ(report["pages_seen"], 1);
    EXPECT_EQ(report["added"], 0);
    EXPECT_EQ(report["deleted"], 0);
    report = index_json(db, crawl.string());
    EXPECT_EQ(report["files_unchanged"], 2);
    EXPECT_EQ(report["pages_seen"], 0);
    EXPECT_EQ(forum_search({"--db", db, "--count", ""}).out, "4\n");
}

TEST(ByteNames, ATarMemberNamedInLatin1IsIndexed) {
    TempDir dir;
    fs::path tar = dir.path() / "crawl.tar";
    {
        std::unique_ptr<struct archive, int (*)(struct archive*)> a(archive_write_new(),
                                                                    archive_write_free);
        archive_write_set_format_ustar(a.get());  // names as raw bytes, no pax UTF-8 header
        ASSERT_EQ(archive_write_open_filename(a.get(), tar.c_str()), ARCHIVE_OK);
        std::string data = read_file(fs::path(kFixtures) / kPage);
        std::unique_ptr<archive_entry, void (*)(archive_entry*)> e(archive_entry_new(),
                                                                   archive_entry_free);
        archive_entry_copy_pathname(e.get(), "threads/th\xe9me.html");
        archive_entry_set_size(e.get(), static_cast<la_int64_t>(data.size()));
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        ASSERT_EQ(archive_write_header(a.get(), e.get()), ARCHIVE_OK);
        archive_write_data(a.get(), data.data(), data.size());
        archive_write_close(a.get());
    }
    std::string db = (dir.path() / "db").string();
    auto report = index_json(db, tar.string());
    EXPECT_EQ(report["added"], 4);
    report = index_json(db, tar.string());
    EXPECT_EQ(report["files_unchanged"], 1);
    EXPECT_EQ(report["deleted"], 0);

    auto posts = json_lines(forum_index({"extract", tar.string()}).out);
    ASSERT_EQ(posts.size(), 4u);
    EXPECT_EQ(posts[0]["source"], tar.string() + "!threads/th" + kReplacement + "me.html");
}

TEST(ByteNames, AWarcTargetUriWithARawByteIsPercentEncoded) {
    TempDir dir;
    // Without a canonical link or og:url the page's URL is the record's target URI, and its
    // relative links resolve against it.
    std::string page = read_file(fs::path(kFixtures) / kPage);
    for (const char* tag : {"<link rel=\"canonical\"", "<meta property=\"og:url\""}) {
        size_t at = page.find(tag);
        ASSERT_NE(at, std::string::npos) << tag;
        page.erase(at, page.find('>', at) - at + 1);
    }
    WarcBuilder warc({"WARC/1.0", false, false});
    warc.response("https://forum.eurodefence.example/t/3141/\xff", page,
                  "text/html; charset=ISO-8859-1");
    fs::path file = dir.path() / "raw.warc";
    warc.write(file);
    auto report = index_json((dir.path() / "db").string(), file.string());
    EXPECT_EQ(report["added"], 4);

    Result x = forum_index({"extract", file.string()});
    EXPECT_EQ(x.code, 0) << x.err;
    auto posts = json_lines(x.out);
    ASSERT_EQ(posts.size(), 4u);
    EXPECT_EQ(posts[0]["site"], "forum.eurodefence.example");
    EXPECT_NE(x.out.find("https://forum.eurodefence.example/t/3141/%FF"), std::string::npos)
        << x.out.substr(0, 2000);
}

TEST(ByteNames, AQueryThatIsNotUtf8GetsAnAnswerNotACrash) {
    TempDir dir;
    std::string db = (dir.path() / "db").string();
    index_json(db, (fs::path(kFixtures) / kPage).string());

    Result r = forum_search({"--db", db, "--format", "json", "\xff"});
    EXPECT_EQ(r.code, 1) << r.err;  // no post holds it
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["query"], kReplacement);
    EXPECT_EQ(j["total_posts"], 0);

    r = forum_search({"--db", db, "explain", "--format", "json", "\xff"});
    EXPECT_EQ(r.code, 0) << r.err;
    j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["query"], kReplacement);
}

}  // namespace
}  // namespace e2e
