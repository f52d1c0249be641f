// The reconciler on an in-memory Xapian database: which references go, which source must supply
// a post again, and which files count as vanished. The sink records what it is asked to
// unreference and answers as the index would.

#include "indexer/update/reconciler.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "common/schema/schema.hpp"

namespace forum {
namespace {

namespace fs = std::filesystem;

class RecordingSink : public PostSink {
public:
    void put_page(PagePosts&&, Report&) override {}
    IndexWriter::Unref unref(const std::string& id, const std::string& key) override {
        unrefs.emplace_back(id, key);
        auto it = answers.find(id);
        return it == answers.end() ? IndexWriter::Unref{} : it->second;
    }
    void commit_posts() override {}
    size_t stored_uncounted() const override { return 0; }
    void finish(Report&) override {}

    std::map<std::string, IndexWriter::Unref> answers;        // by post id
    std::vector<std::pair<std::string, std::string>> unrefs;  // (id, key)
};

class ReconcilerTest : public ::testing::Test {
protected:
    void source(const std::string& key, const std::string& file, std::int64_t crawl_time,
                std::vector<std::string> posts, const std::string& name = "") {
        state_.set_source(
            key, {name.empty() ? file : name, file, "hash-" + key, crawl_time, std::move(posts)});
    }
    void file(const std::string& path, std::vector<std::string> sources) {
        state_.set_file({path, 10, 1700000000, "fh", std::move(sources), false, "x"});
    }
    using Unrefs = std::vector<std::pair<std::string, std::string>>;

    Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
    IndexState state_{db_};
    Report report_;
    Reconciler reconciler_{state_, report_};
    RecordingSink sink_;
};

TEST_F(ReconcilerTest, PostsASourceLostAreUnreferencedAndCounted) {
    sink_.answers["Qb"] = {true, {}};
    reconciler_.keep_only("k1", {"Qa", "Qb", "Qc"}, {"Qa", "Qc", "Qd"}, sink_);
    EXPECT_EQ(sink_.unrefs, (Unrefs{{"Qb", "k1"}}));
    EXPECT_EQ(report_.deleted, 1u);
}

TEST_F(ReconcilerTest, LatestCrawlOfTheRemainingSourcesMustSupplyThePost) {
    file("/c/old.html", {"kold"});
    file("/c/new.html", {"knew"});
    source("kold", "/c/old.html", 100, {"Qa"});
    source("knew", "/c/new.html", 200, {"Qa"});
    sink_.answers["Qa"] = {false, {"kold", "knew"}};
    reconciler_.unref("Qa", "klost", sink_);
    EXPECT_EQ(report_.deleted, 0u);
    EXPECT_EQ(reconciler_.dirty_files(), (std::unordered_set<std::string>{"/c/new.html"}));
    EXPECT_EQ(state_.source("knew")->hash, "");  // extracted again even if unchanged
    EXPECT_EQ(state_.source("kold")->hash, "hash-kold");
    // In the state first: a crash before the file is read again leaves the next run to read it.
    EXPECT_EQ(state_.file("/c/new.html")->mtime, -1);
    EXPECT_EQ(state_.file("/c/old.html")->mtime, 1700000000);
}

TEST_F(ReconcilerTest, OnATieTheFirstNameSupplies) {
    file("/c/x.warc", {"k1", "k2"});
    source("k1", "/c/x.warc", 100, {"Qa"}, "/c/x.warc#900");
    source("k2", "/c/x.warc", 100, {"Qa"}, "/c/x.warc#1200");
    sink_.answers["Qa"] = {false, {"k1", "k2"}};
    reconciler_.unref("Qa", "klost", sink_);
    EXPECT_EQ(state_.source("k2")->hash, "");  // "#1200" sorts before "#900"
    EXPECT_EQ(state_.source("k1")->hash, "hash-k1");
}

TEST_F(ReconcilerTest, HeirsWithoutStateMarkNothing) {
    sink_.answers["Qa"] = {false, {"kunknown"}};
    reconciler_.unref("Qa", "klost", sink_);
    EXPECT_TRUE(reconciler_.dirty_files().empty());
}

TEST_F(ReconcilerTest, SourcesLeftByAFileAreDropped) {
    source("k1", "/c/a.warc", 100, {"Qa", "Qb"});
    source("k2", "/c/a.warc", 100, {"Qc"});
    reconciler_.drop_sources_left({"k1", "k2"}, {"k2", "k3"}, sink_);
    EXPECT_EQ(sink_.unrefs, (Unrefs{{"Qa", "k1"}, {"Qb", "k1"}}));
    EXPECT_FALSE(state_.source("k1"));
    EXPECT_TRUE(state_.source("k2"));
}

TEST_F(ReconcilerTest, OnlyFilesGoneFromUnderANamedRootVanish) {
    fs::path root = fs::temp_directory_path() / ("reconciler_test_" + std::to_string(getpid()));
    fs::create_directories(root);
    std::ofstream(root / "here.html") << "<html>";
    std::string here = (root / "here.html").string(), gone = (root / "gone.html").string();
    std::string elsewhere = "/nowhere-named/gone.html";
    file(here, {"khere"});
    file(gone, {"kgone"});
    file(elsewhere, {"kelsewhere"});
    source("khere", here, 1, {"Q1"});
    source("kgone", gone, 1, {"Q2"});
    source("kelsewhere", elsewhere, 1, {"Q3"});
    std::vector<size_t> changes;
    // Not met by this listing (say, excluded), yet present: not vanished.
    reconciler_.drop_vanished({root.string()}, {}, sink_, [&](size_t n) { changes.push_back(n); });
    EXPECT_EQ(sink_.unrefs, (Unrefs{{"Q2", "kgone"}}));
    EXPECT_EQ(changes, std::vector<size_t>{1});
    EXPECT_FALSE(state_.file(gone));
    EXPECT_TRUE(state_.file(here));
    EXPECT_TRUE(state_.file(elsewhere));
    fs::remove_all(root);
}

TEST_F(ReconcilerTest, ReferencesOfSourcesWithoutStateAreForgotten) {
    auto post = [&](const std::string& id, std::vector<std::string> keys) {
        Xapian::Document doc;
        doc.add_boolean_term(id);
        for (const auto& k : keys)
            doc.add_boolean_term(std::string(schema::kSource) + k);
        db_.add_document(doc);
    };
    post("Qa", {"krecorded", "kdead"});
    post("Qb", {"kdead"});
    post("Qc", {"krecorded"});
    source("krecorded", "/c/a.html", 1, {"Qa", "Qc"});
    reconciler_.forget_unrecorded_sources(db_, sink_);
    EXPECT_EQ(sink_.unrefs, (Unrefs{{"Qa", "kdead"}, {"Qb", "kdead"}}));
}

}  // namespace
}  // namespace forum
