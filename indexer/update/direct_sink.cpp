#include "indexer/update/post_sink.hpp"

namespace forum {
namespace {

class DirectSink : public PostSink {
public:
    explicit DirectSink(IndexWriter& writer) : writer_(writer) {}

    void put_page(PagePosts&& page, Report& report) override {
        size_t elsewhere = 0;
        for (auto& [id, doc] : page.docs) {
            if (tally(writer_.put(id, std::move(doc), page.key, page.name, page.crawl_time),
                      report.added, report.replaced, report.duplicate_posts))
                ++elsewhere;
        }
        if (!page.docs.empty() && elsewhere == page.docs.size()) ++report.duplicate_pages;
    }

    IndexWriter::Unref unref(const std::string& id, const std::string& key) override {
        return writer_.unref(id, key);
    }

    void commit_posts() override {}  // the index's own commit holds them

    size_t stored_uncounted() const override { return 0; }

    void finish(Report&) override {}

private:
    IndexWriter& writer_;
};

}  // namespace

std::unique_ptr<PostSink> direct_sink(IndexWriter& writer) {
    return std::make_unique<DirectSink>(writer);
}

}  // namespace forum
