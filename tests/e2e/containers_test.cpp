// The same crawl in any container a crawler writes (WARC 1.0/1.1, gzip per record or whole file,
// chunked and gzip-coded HTTP bodies, tar.gz, zip, a mirror directory) must give the same posts
// and the same index; damaged inputs are each reported with a reason and the rest is indexed.

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "crawl_files.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

// Every file of the fixture crawl, in the order a directory walk visits them.
std::vector<fs::path> fixture_files() {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(kFixtures)) {
        if (e.is_regular_file()) files.push_back(fs::relative(e.path(), kFixtures));
    }
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        return (fs::path(kFixtures) / a) < (fs::path(kFixtures) / b);
    });
    return files;
}

// The URL a mirror path was saved from, as wget names files: "host/viewtopic.php@t=5" was
// "http://host/viewtopic.php?t=5" (pages without a canonical link are known by it).
std::string url_for(const fs::path& rel) {
    std::string path = rel.generic_string();
    if (size_t at = path.find('@'); at != std::string::npos) path[at] = '?';
    return "http://" + path;
}

std::string plain_bytes(const fs::path& rel) {
    std::string bytes = read_file(fs::path(kFixtures) / rel);
    if (rel.extension() == ".gz") {
        // Served as the HTML the server sent; gzip(1) is on every Debian system.
        Result r = run({"/bin/gzip", "-dc", (fs::path(kFixtures) / rel).string()});
        bytes = r.out;
    }
    return bytes;
}

std::string content_type_for(const fs::path& rel, const std::string& bytes) {
    if (rel.extension() == ".txt") return "text/plain";
    if (bytes.find("charset=\"ISO-8859-1\"") != std::string::npos)
        return "text/html; charset=ISO-8859-1";
    return "text/html; charset=UTF-8";
}

// The posts `extract` prints, without `source` (which names the container, by design).
std::vector<nlohmann::json> posts_of(const std::string& path) {
    auto posts = json_lines(forum_index({"extract", path}).out);
    for (auto& p : posts)
        p.erase("source");
    return posts;
}

std::vector<nlohmann::json> all_hits(const std::string& db, const std::string& query) {
    Result r = forum_search(
        {"--db", db, "--format", "jsonl", "--limit", "1000", "--sort", "oldest", query});
    auto hits = json_lines(r.out);
    for (auto& h : hits) {
        h.erase("source");
        h.erase("score");
    }
    std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
        return a["url"].template get<std::string>() < b["url"].template get<std::string>();
    });
    for (auto& h : hits)
        h.erase("rank");
    return hits;
}

void expect_same_index(const std::string& container) {
    TempDir dir;
    std::string plain_db = (dir.path() / "plain.db").string(),
                other_db = (dir.path() / "other.db").string();
    forum_index({"--db", plain_db, kFixtures});
    Result r = forum_index({"--db", other_db, "--json", container});
    ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
    for (const char* q :
         {"", "\"trilateral summit\"", "poster:beijingwalker", "Baisogala", "date:2023-10-05.."}) {
        SCOPED_TRACE(q);
        auto expected = all_hits(plain_db, q);
        EXPECT_FALSE(expected.empty());
        EXPECT_EQ(all_hits(other_db, q), expected);
    }
}

struct WarcCase {
    const char* name;
    WarcOptions options;
    bool chunked;
    bool gzip_coding;
};

class WarcContainers : public ::testing::TestWithParam<WarcCase> {};

fs::path build_warc(const fs::path& dir, const WarcCase& c) {
    WarcBuilder warc(c.options);
    warc.warcinfo();
    for (const auto& rel : fixture_files()) {
        std::string bytes = plain_bytes(rel);
        warc.request(url_for(rel));
        warc.response(url_for(rel), bytes, content_type_for(rel, bytes), c.chunked, c.gzip_coding);
        warc.metadata(url_for(rel));
    }
    warc.revisit(url_for("defence.pk/pdf/index.html"));
    fs::path file =
        dir / (std::string(c.name) +
               (c.options.gzip_per_record || c.options.gzip_whole_file ? ".warc.gz" : ".warc"));
    warc.write(file);
    return file;
}

TEST_P(WarcContainers, SamePostsAndSameIndexAsTheDirectory) {
    TempDir dir;
    fs::path warc = build_warc(dir.path(), GetParam());
    EXPECT_EQ(posts_of(warc.string()), posts_of(kFixtures));
    expect_same_index(warc.string());
}

TEST_P(WarcContainers, OtherRecordsAreCountedNotFailed) {
    TempDir dir;
    fs::path warc = build_warc(dir.path(), GetParam());
    Result r = forum_index({"--db", (dir.path() / "db").string(), "--json", warc.string()});
    EXPECT_EQ(r.code, 1) << r.err;  // the truncated fixture page, as in the directory
    auto report = nlohmann::json::parse(r.out);
    size_t n = fixture_files().size();
    EXPECT_EQ(report["files_seen"], 1);
    EXPECT_EQ(report["skipped"]["warc_request"], n);
    EXPECT_EQ(report["skipped"]["warc_metadata"], n);
    EXPECT_EQ(report["skipped"]["warcinfo"], 1);
    EXPECT_EQ(report["skipped"]["warc_revisit"], 1);
    EXPECT_EQ(report["skipped"]["not_html"], 1);  // robots.txt
    EXPECT_EQ(report["skipped"]["not_thread_page"], 1);
    ASSERT_EQ(report["failed"].size(), 1u);
    EXPECT_EQ(report["failed"][0]["reason"], "truncated_page");
    // A record is named by its file and its offset in the decompressed WARC.
    std::string source = report["failed"][0]["source"];
    EXPECT_TRUE(source.starts_with(warc.string() + "#")) << source;
}

INSTANTIATE_TEST_SUITE_P(
    Variants, WarcContainers,
    ::testing::Values(WarcCase{"warc10_plain", {"WARC/1.0", false, false}, false, false},
                      WarcCase{"warc11_gzip_per_record", {"WARC/1.1", true, false}, false, false},
                      WarcCase{"warc10_gzip_whole_file", {"WARC/1.0", false, true}, false, false},
                      WarcCase{"warc11_chunked_gzip_coded", {"WARC/1.1", true, false}, true, true}),
    [](const ::testing::TestParamInfo<WarcCase>& info) { return std::string(info.param.name); });

TEST(Archives, EveryKindGivesTheSameIndex) {
    for (const char* name :
         {"crawl.tar.gz", "crawl.zip", "crawl.tar", "crawl.tar.bz2", "crawl.tar.xz", "crawl.7z"}) {
        SCOPED_TRACE(name);
        TempDir dir;
        fs::path archive = dir.path() / name;
        write_archive(archive, kFixtures, fixture_files());
        EXPECT_EQ(posts_of(archive.string()), posts_of(kFixtures));
        expect_same_index(archive.string());
        Result r = forum_index({"extract", archive.string()});
        EXPECT_NE(r.out.find("\"source\":\"" + archive.string() + "!defence.pk/pdf/threads/"),
                  std::string::npos);
    }
}

TEST(Warc, ADamagedRecordIsReportedAndEverythingElseIndexed) {
    TempDir dir;
    std::string page =
        read_file(fs::path(kFixtures) /
                  "forum.eurodefence.example/community/threads/"
                  "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html");
    WarcBuilder warc({"WARC/1.1", true, false});
    warc.response("https://forum.eurodefence.example/t/3141/", page,
                  "text/html; charset=ISO-8859-1");
    warc.response("https://forum.eurodefence.example/logo.bin",
                  std::string("\x89PNG\r\n\x1a\n\0\0\0", 11),
                  "text/html");  // a binary record that claims to be HTML
    warc.response("https://forum.eurodefence.example/gone", "<html>gone</html>", "text/html", false,
                  false, 404);
    warc.truncated_response("https://forum.eurodefence.example/t/3141/page-2",
                            page.substr(0, 3000));
    fs::path file = dir.path() / "damaged.warc.gz";
    warc.write(file);
    Result r = forum_index({"--db", (dir.path() / "db").string(), "--json", file.string()});
    EXPECT_EQ(r.code, 1);
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 4);
    EXPECT_EQ(report["skipped"]["http_status"], 1);
    ASSERT_EQ(report["failed"].size(), 2u);
    EXPECT_EQ(report["failed"][0]["reason"], "not_html_as_declared");
    EXPECT_EQ(report["failed"][1]["reason"], "bad_warc");
    std::string detail = report["failed"][1]["detail"];
    EXPECT_NE(detail.find("declares"), std::string::npos) << detail;
    EXPECT_NE(detail.find("at byte "), std::string::npos) << detail;
    EXPECT_NE(r.err.find(file.string() + ": damaged WARC record"), std::string::npos) << r.err;
}

TEST(Warc, GarbageBetweenRecordsIsSkippedToTheNextRecord) {
    TempDir dir;
    std::string euro =
        read_file(fs::path(kFixtures) /
                  "forum.eurodefence.example/community/threads/"
                  "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html");
    std::string navy = plain_bytes(
        "defence.pk/pdf/threads/pakistan-navy-commissions-second-babur-class-corvette.746001/"
        "index.html.gz");
    WarcBuilder first({"WARC/1.0", false, false}), second({"WARC/1.0", false, false});
    first.response("https://forum.eurodefence.example/t/3141/", euro,
                   "text/html; charset=ISO-8859-1");
    second.response("https://defence.pk/pdf/threads/746001/", navy, "text/html");
    fs::path a = dir.path() / "a.warc", b = dir.path() / "b.warc",
             file = dir.path() / "joined.warc";
    first.write(a);
    second.write(b);
    std::ofstream(file, std::ios::binary) << read_file(a) << "garbage line\r\nmore garbage\r\n"
                                          << read_file(b);
    Result r = forum_index({"--db", (dir.path() / "db").string(), "--json", file.string()});
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 7);
    ASSERT_EQ(report["failed"].size(), 1u);
    EXPECT_EQ(report["failed"][0]["reason"], "bad_warc");
}

TEST(Warc, TheHttpCharsetWinsOverMeta) {
    TempDir dir;
    // windows-1252 bytes under a wrong <meta charset=utf-8>; the server said windows-1252.
    std::string page =
        read_file(fs::path(kFixtures) /
                  "forum.eurodefence.example/community/threads/"
                  "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html");
    size_t at = page.find("charset=\"ISO-8859-1\"");
    ASSERT_NE(at, std::string::npos);
    page.replace(at, 20, "charset=\"utf-8\"");
    WarcBuilder warc({"WARC/1.0", false, false});
    warc.response("https://forum.eurodefence.example/t/3141/", page,
                  "text/html; charset=windows-1252");
    fs::path file = dir.path() / "c.warc";
    warc.write(file);
    Result r = forum_index({"extract", file.string()});
    EXPECT_NE(r.out.find("Jürgen Müller"), std::string::npos);
    EXPECT_NE(r.out.find("“high three-digit” €300 million"), std::string::npos);
    EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
}

TEST(BadInput, EachGetsItsLineAndTheRestIsIndexed) {
    TempDir dir;
    fs::path crawl = dir.path() / "crawl";
    fs::create_directories(crawl);
    fs::path good =
        "forum.eurodefence.example/community/threads/"
        "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html";
    fs::create_directories(crawl / good.parent_path());
    fs::copy_file(fs::path(kFixtures) / good, crawl / good);
    std::string page = read_file(fs::path(kFixtures) / good);
    std::string gz = gzip_member(page);
    std::ofstream(crawl / "cut.html.gz", std::ios::binary) << gz.substr(0, gz.size() / 2);
    std::ofstream(crawl / "empty.html");
    {
        std::ofstream big(crawl / "huge.html", std::ios::binary);
        big << "<html><body>";
        std::string filler(1 << 20, 'x');
        for (int i = 0; i < 50; ++i)
            big << filler;
        big << "</body></html>";
    }
    {
        std::ofstream deep(crawl / "deep.html", std::ios::binary);
        deep << "<html><body>";
        for (int i = 0; i < 300; ++i)
            deep << "<div>";
        deep << "deep";
        for (int i = 0; i < 300; ++i)
            deep << "</div>";
        deep << "</body></html>";
    }
    Result r = forum_index({"--db", (dir.path() / "db").string(), "--json", crawl.string()});
    EXPECT_EQ(r.code, 1) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 4);
    std::map<std::string, std::string> reasons;
    for (const auto& f : report["failed"])
        reasons[fs::path(f["source"].get<std::string>()).filename()] = f["reason"];
    EXPECT_EQ(reasons, (std::map<std::string, std::string>{{"cut.html.gz", "bad_gzip"},
                                                           {"empty.html", "empty"},
                                                           {"huge.html", "too_large"}}));
    ASSERT_EQ(report["warnings"].size(), 1u);
    EXPECT_EQ(report["warnings"][0]["reason"], "deep_nesting");
    EXPECT_EQ(report["skipped"]["not_thread_page"], 1);  // the deep page, read in full
    for (const char* name : {"cut.html.gz", "empty.html", "huge.html", "deep.html"}) {
        EXPECT_NE(r.err.find(name), std::string::npos) << name << "\n" << r.err;
    }
}

TEST(Inputs, FilesFromAndExclude) {
    TempDir dir;
    fs::path list = dir.path() / "list.txt";
    std::ofstream(list) << "\n" << kFixtures << "/defence.pk/pdf/threads\n\n";
    Result r = forum_index({"--db", (dir.path() / "db").string(), "--json", "--files-from",
                            list.string(), "--exclude", "*.html", "--exclude", "*/type-055-*"});
    auto report = nlohmann::json::parse(r.out);
    // Left: page-2 of the seed thread (extensionless) and the gzip page.
    EXPECT_EQ(report["posts_indexed"], 7);
    EXPECT_EQ(report["skipped"]["excluded"], 3);  // index.html, page-2.html, the type-055 directory
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(forum_index({"--db", (dir.path() / "db").string()}).code, 2);  // nothing named at all
}

TEST(Mirrors, PagesWithoutCanonicalTakeTheirUrlFromTheLayoutOrHttrack) {
    TempDir dir;
    std::string page =
        read_file(fs::path(kFixtures) /
                  "forum.eurodefence.example/community/threads/"
                  "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html");
    for (const char* tag : {"<link rel=\"canonical\"", "<meta property=\"og:url\""}) {
        size_t at = page.find(tag);
        ASSERT_NE(at, std::string::npos) << tag;
        page.erase(at, page.find('>', at) - at + 1);
    }
    fs::path wget =
        dir.path() / "wget/forum.mirror.example/community/threads/rheinmetall.3141/index.html";
    fs::create_directories(wget.parent_path());
    std::ofstream(wget, std::ios::binary) << page;
    auto posts = json_lines(forum_index({"extract", wget.string()}).out);
    ASSERT_EQ(posts.size(), 4u);
    EXPECT_EQ(posts[0]["site"], "forum.mirror.example");
    EXPECT_EQ(posts[0]["url"],
              "http://forum.mirror.example/community/threads/"
              "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/post-3141001");

    std::string httrack = page;
    httrack.insert(httrack.find("<head>"),
                   "<!-- Mirrored from forum.httrack.example/t/3141/ by HTTrack Website Copier/3.x "
                   "[XR&CO'2014], Sat, 14 Oct 2023 06:30:00 GMT -->\n");
    fs::path saved = dir.path() / "httrack/t3141.html";
    fs::create_directories(saved.parent_path());
    std::ofstream(saved, std::ios::binary) << httrack;
    posts = json_lines(forum_index({"extract", saved.string()}).out);
    ASSERT_EQ(posts.size(), 4u);
    EXPECT_EQ(posts[0]["site"], "forum.httrack.example");
}

}  // namespace
}  // namespace e2e
