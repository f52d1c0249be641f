// `forum-index extract` on every fixture page must print exactly its golden file. The golden files
// are the specification of what extraction gives; scripts/update-golden rewrites them for review.

#include <cctype>
#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

// The text with the run's duration (" in 0.1 s" in the summary) left out.
std::string without_duration(std::string text) {
    for (size_t at = text.find(" in "); at != std::string::npos; at = text.find(" in ", at + 1)) {
        size_t end = at + 4;
        while (end < text.size() &&
               (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.'))
            ++end;
        if (end > at + 4 && text.compare(end, 2, " s") == 0) text.erase(at, end + 2 - at);
    }
    return text;
}

std::vector<std::string> golden_pages() {
    std::vector<std::string> pages;
    for (const auto& entry : fs::recursive_directory_iterator(kGolden)) {
        if (entry.path().extension() != ".jsonl") continue;
        std::string rel = fs::relative(entry.path(), kGolden).string();
        pages.push_back(rel.substr(0, rel.size() - 6));
    }
    std::sort(pages.begin(), pages.end());
    return pages;
}

TEST(Golden, ExtractMatchesEveryGoldenFile) {
    auto pages = golden_pages();
    ASSERT_FALSE(pages.empty());
    for (const auto& page : pages) {
        SCOPED_TRACE(page);
        ASSERT_TRUE(fs::exists(fs::path(kFixtures) / page)) << "golden file without a fixture";
        Result r = forum_index({"extract", page}, kFixtures);
        EXPECT_EQ(r.out, read_file(fs::path(kGolden) / (page + ".jsonl")));
    }
}

TEST(Golden, EveryFixturePageWithPostsHasAGoldenFile) {
    Result r = forum_index({"extract", "."}, kFixtures);
    std::set<std::string> sources;
    for (const auto& post : json_lines(r.out)) {
        sources.insert(fs::path(post["source"].get<std::string>()).lexically_normal().string());
    }
    auto pages = golden_pages();
    std::set<std::string> golden(pages.begin(), pages.end());
    EXPECT_EQ(sources, golden);
}

// `extract -j` parses on several threads and prints what one thread prints, in the same order:
// given every golden page, it prints their golden files one after the other, and the reports on
// stderr are the same lines.
TEST(Golden, ParallelExtractPrintsWhatOneThreadPrints) {
    auto pages = golden_pages();
    std::vector<std::string> one_args{"extract"}, many_args{"extract", "-j", "4"};
    std::string expected;
    for (const auto& page : pages) {
        one_args.push_back(page);
        many_args.push_back(page);
        expected += read_file(fs::path(kGolden) / (page + ".jsonl"));
    }
    Result one = forum_index(one_args, kFixtures);
    Result many = forum_index(many_args, kFixtures);
    EXPECT_EQ(many.out, expected);
    EXPECT_EQ(many.out, one.out);
    EXPECT_EQ(without_duration(many.err), without_duration(one.err));
    EXPECT_EQ(many.code, one.code);
}

}  // namespace
}  // namespace e2e
