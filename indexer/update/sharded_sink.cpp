#include <optional>
#include <stdexcept>

#include "indexer/store/shard_writers.hpp"
#include "indexer/store/test_hook.hpp"
#include "indexer/update/post_sink.hpp"

namespace forum {
namespace {

class ShardedSink : public PostSink {
public:
    ShardedSink(IndexWriter& writer, const std::string& index_path, unsigned jobs)
        : writer_(writer),
          shards_(std::in_place, index_path, jobs, OpenOptions{writer.language(), {}}) {}

    // The shards count what they store (see finish()).
    void put_page(PagePosts&& page, Report&) override {
        shards_->put_page(std::move(page.docs), page.key, page.name, page.crawl_time);
    }

    IndexWriter::Unref unref(const std::string&, const std::string& key) override {
        throw std::logic_error("a parallel first build met source " + key + " twice");
    }

    void commit_posts() override {
        shards_->commit();
        test_hook("shards-committed");
    }

    size_t stored_uncounted() const override {
        ShardCounts c = shards_->counts();
        return c.added + c.replaced;
    }

    void finish(Report& report) override {
        ShardCounts c = shards_->counts();
        report.added += c.added;
        report.replaced += c.replaced;
        report.duplicate_posts += c.duplicate_posts;
        report.duplicate_pages += c.duplicate_pages;
        shards_.reset();
        writer_.merge_shards();
    }

private:
    IndexWriter& writer_;
    std::optional<ShardWriters> shards_;  // reset before the merge: it stops their threads
};

}  // namespace

std::unique_ptr<PostSink> sharded_sink(IndexWriter& writer, const std::string& index_path,
                                       unsigned jobs) {
    return std::make_unique<ShardedSink>(writer, index_path, jobs);
}

}  // namespace forum
