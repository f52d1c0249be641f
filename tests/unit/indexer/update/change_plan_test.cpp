// The change plan decides from the files' last state alone which files are read and which pages
// are extracted again; it does no I/O, so the states are written here as the index keeps them.

#include "indexer/update/change_plan.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

constexpr const char* kRun = "v9/auto/0";

class ChangePlan : public ::testing::Test {
protected:
    const FileState* stored(FileState last) {
        last_ = std::move(last);
        return &last_;
    }

    static FileState last_run(std::string hash = "h1") {
        return {"/crawl/a.html", 100, 1700000000, std::move(hash), {"k1"}, false, kRun};
    }

    FilePlan plan(const InputFile& in, const FileState* last, const std::string* hash) {
        return plan_file(in, last, hash, context_);
    }

    FileState last_;
    PlanContext context_{false, kRun, ""};
    InputFile same_{"a.html", "/crawl/a.html", 100, 1700000000};
};

TEST_F(ChangePlan, NewFileIsHashedThenRead) {
    std::string hash = "h1";
    EXPECT_EQ(plan(same_, nullptr, nullptr).action, FileAction::kHash);
    FilePlan p = plan(same_, nullptr, &hash);
    EXPECT_EQ(p.action, FileAction::kRead);
    EXPECT_FALSE(p.again);
}

TEST_F(ChangePlan, SameSizeAndMtimeIsNotRead) {
    EXPECT_EQ(plan(same_, stored(last_run()), nullptr).action, FileAction::kUnchanged);
}

TEST_F(ChangePlan, VerifyHashesEveryFile) {
    context_.verify = true;
    const FileState* last = stored(last_run());
    EXPECT_EQ(plan(same_, last, nullptr).action, FileAction::kHash);
    std::string same = "h1", other = "h2";
    EXPECT_EQ(plan(same_, last, &same).action, FileAction::kTouched);
    EXPECT_EQ(plan(same_, last, &other).action, FileAction::kRead);
}

TEST_F(ChangePlan, TouchedFileKeepsItsPages) {
    const FileState* last = stored(last_run());
    InputFile touched = same_;
    touched.mtime += 60;
    EXPECT_EQ(plan(touched, last, nullptr).action, FileAction::kHash);
    std::string same = "h1";
    EXPECT_EQ(plan(touched, last, &same).action, FileAction::kTouched);
}

TEST_F(ChangePlan, ChangedFileIsReadPageByPage) {
    const FileState* last = stored(last_run());
    InputFile grown = same_;
    grown.size = 120;
    std::string other = "h2";
    FilePlan p = plan(grown, last, &other);
    EXPECT_EQ(p.action, FileAction::kRead);
    EXPECT_FALSE(p.again);  // its unchanged pages are not extracted again
}

TEST_F(ChangePlan, FailedFileIsReadAndExtractedAgain) {
    FileState failed = last_run();
    failed.failed = true;
    const FileState* last = stored(failed);
    EXPECT_EQ(plan(same_, last, nullptr).action, FileAction::kHash);
    std::string same = "h1";
    FilePlan p = plan(same_, last, &same);
    EXPECT_EQ(p.action, FileAction::kRead);
    EXPECT_TRUE(p.again);
}

TEST_F(ChangePlan, FileMarkedToSupplyAPostIsRead) {
    FileState dirty = last_run();
    dirty.mtime = -1;
    const FileState* last = stored(dirty);
    EXPECT_EQ(plan(same_, last, nullptr).action, FileAction::kHash);
    std::string same = "h1";
    FilePlan p = plan(same_, last, &same);
    EXPECT_EQ(p.action, FileAction::kRead);
    EXPECT_FALSE(p.again);  // only the page whose hash was cleared is extracted
}

TEST_F(ChangePlan, OtherExtractionIsRedone) {
    FileState before = last_run();
    before.extraction = "v9/xenforo2/0";
    const FileState* last = stored(before);
    EXPECT_EQ(plan(same_, last, nullptr).action, FileAction::kHash);
    std::string same = "h1";
    FilePlan p = plan(same_, last, &same);
    EXPECT_EQ(p.action, FileAction::kRead);
    EXPECT_TRUE(p.again);
}

TEST_F(ChangePlan, StateWithoutItsOwnExtractionUsesTheIndexWide) {
    FileState old = last_run();
    old.extraction.clear();
    const FileState* last = stored(old);
    context_.index_fingerprint = kRun;
    EXPECT_EQ(plan(same_, last, nullptr).action, FileAction::kUnchanged);
    context_.index_fingerprint = "v8/auto/0";
    EXPECT_EQ(plan(same_, last, nullptr).action, FileAction::kHash);
}

TEST(PagePlan, OnlyNewOrChangedPagesOrFilesReadAgainAreExtracted) {
    SourceState last{"/crawl/a.html", "/crawl/a.html", "h1", 1700000000, {"Qa"}};
    EXPECT_TRUE(page_needs_extraction(std::nullopt, "h1", false));
    EXPECT_FALSE(page_needs_extraction(last, "h1", false));
    EXPECT_TRUE(page_needs_extraction(last, "h2", false));
    EXPECT_TRUE(page_needs_extraction(last, "h1", true));
    last.hash.clear();  // a source that must supply a post again
    EXPECT_TRUE(page_needs_extraction(last, "h1", false));
}

TEST(PagePlan, HashCoversBytesAndCrawlTime) {
    RawPage a{"a.html", "<html>", 1700000000, {}, {}, {}};
    RawPage later = a;
    later.crawl_time += 1;
    RawPage edited = a;
    edited.bytes += " ";
    EXPECT_EQ(page_hash(a), page_hash(RawPage(a)));
    EXPECT_NE(page_hash(a), page_hash(later));
    EXPECT_NE(page_hash(a), page_hash(edited));
}

TEST(ExtractionFingerprint, ChangesWithEngineAndZone) {
    std::string base = extraction_fingerprint("auto", 0, "");
    EXPECT_NE(base, extraction_fingerprint("xenforo2", 0, ""));
    EXPECT_NE(base, extraction_fingerprint("auto", 18000, ""));
    EXPECT_NE(base, extraction_fingerprint("auto", 0, "Europe/Moscow"));
    EXPECT_NE(base, extraction_fingerprint("auto", 0, "", "ru"));  // --lang restems every page
    EXPECT_EQ(base, extraction_fingerprint("auto", 0, ""));
}

}  // namespace
}  // namespace forum
