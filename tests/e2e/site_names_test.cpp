// A page without a canonical link, og:url or a host in its path names its site after the folder
// it was saved in: never an absolute local path (which printed the disk's layout in every hit and
// changed when the crawl moved).

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "crawl_files.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

// The eurodefence thread with nothing in it that names its site.
std::string page_without_url() {
    std::string page =
        read_file(fs::path(kFixtures) /
                  "forum.eurodefence.example/community/threads/"
                  "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html");
    for (const char* tag : {"<link rel=\"canonical\"", "<meta property=\"og:url\""}) {
        size_t at = page.find(tag);
        if (at == std::string::npos)
            throw std::runtime_error(std::string("fixture changed: ") + tag);
        page.erase(at, page.find('>', at) - at + 1);
    }
    return page;
}

std::string site_of_posts(const std::vector<nlohmann::json>& posts) {
    if (posts.size() != 4) return "posts: " + std::to_string(posts.size());
    for (const auto& p : posts) {
        if (p["site"] != posts[0]["site"]) return "sites differ";
    }
    return posts[0]["site"].is_string() ? posts[0]["site"].get<std::string>() : "null";
}

TEST(SiteNames, APageWithoutAUrlIsNamedForItsFolder) {
    TempDir dir;
    fs::path saved = dir.path() / "my saved threads/rheinmetall.html";
    fs::create_directories(saved.parent_path());
    std::ofstream(saved, std::ios::binary) << page_without_url();

    EXPECT_EQ(site_of_posts(json_lines(forum_index({"extract", saved.string()}).out)),
              "my saved threads");
    // Named relative to the working directory, the same name.
    EXPECT_EQ(site_of_posts(json_lines(
                  forum_index({"extract", "my saved threads/rheinmetall.html"}, dir.str()).out)),
              "my saved threads");
    EXPECT_EQ(site_of_posts(json_lines(forum_index({"extract", "rheinmetall.html"},
                                                   (dir.path() / "my saved threads").string())
                                           .out)),
              "my saved threads");

    // It is the name searches and facets print, and `site:` finds.
    const std::string db = (dir.path() / "db").string();
    ASSERT_EQ(forum_index({"--db", db, "--quiet", saved.string()}).code, 0);
    Result r = forum_search({"--db", db, "--format", "json", "--facet", "site", "Baisogala"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["hits"][0]["site"], "my saved threads");
    EXPECT_EQ(j["facets"]["site"][0]["value"], "my saved threads");
    EXPECT_EQ(forum_search({"--db", db, "--count", "site:\"my saved threads\""}).out, "4\n");
}

TEST(SiteNames, AnArchiveMemberIsNamedForItsFolderInTheArchive) {
    TempDir dir;
    fs::path root = dir.path() / "root";
    fs::create_directories(root / "board-backup");
    std::ofstream(root / "board-backup/rheinmetall.html", std::ios::binary) << page_without_url();
    std::ofstream(root / "top.html", std::ios::binary) << page_without_url();
    fs::create_directories(dir.path() / "archives");
    fs::path tar = dir.path() / "archives/crawl.tar.gz";
    write_archive(tar, root, {"board-backup/rheinmetall.html"});
    EXPECT_EQ(site_of_posts(json_lines(forum_index({"extract", tar.string()}).out)),
              "board-backup");
    // At the archive's root: the archive's folder.
    fs::path top = dir.path() / "archives/top.zip";
    write_archive(top, root, {"top.html"});
    EXPECT_EQ(site_of_posts(json_lines(forum_index({"extract", top.string()}).out)), "archives");
}

}  // namespace
}  // namespace e2e
