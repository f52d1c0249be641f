#include "indexer/store/shard_writers.hpp"

#include <filesystem>
#include <functional>
#include <latch>
#include <variant>

#include "indexer/store/index_dirs.hpp"
#include "indexer/store/work_queue.hpp"

namespace forum {
namespace fs = std::filesystem;

namespace {

// One page as its posts' shards see it; the last to store a post of it decides whether the
// whole page was a duplicate.
struct PageSource {
    std::string key, name;
    std::int64_t crawl_time = 0;
    size_t posts = 0;
    std::atomic<size_t> left{0};
    std::atomic<size_t> elsewhere{0};
};

struct Put {
    std::string id;
    Xapian::Document doc;
    std::shared_ptr<PageSource> source;
};

// A commit() request: the shard commits, then counts the latch down.
using Item = std::variant<Put, std::latch*>;

// Documents waiting per shard; bounds memory while a shard is slower than the others.
constexpr size_t kQueuedPerShard = 1024;

}  // namespace

struct ShardWriters::Shard {
    Shard(const std::string& path, const OpenOptions& options)
        : writer(path, options), queue(kQueuedPerShard) {}
    IndexWriter writer;
    WorkQueue<Item> queue;
    std::thread thread;
};

ShardWriters::ShardWriters(const std::string& index_path, unsigned count,
                           const OpenOptions& options) {
    const fs::path dir = shards_path(index_path);
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (unsigned n = 0; n < count; ++n)
        shards_.push_back(std::make_unique<Shard>((dir / std::to_string(n)).string(), options));
    for (auto& shard : shards_)
        shard->thread = std::thread([this, s = shard.get()] { run(*s); });
}

ShardWriters::~ShardWriters() {
    for (auto& shard : shards_)
        shard->queue.close();
    for (auto& shard : shards_)
        shard->thread.join();
}

void ShardWriters::put_page(std::vector<std::pair<std::string, Xapian::Document>> docs,
                            const std::string& source_key, const std::string& source_name,
                            std::int64_t crawl_time) {
    if (docs.empty()) return;
    auto source = std::make_shared<PageSource>();
    source->key = source_key;
    source->name = source_name;
    source->crawl_time = crawl_time;
    source->posts = docs.size();
    source->left = docs.size();
    for (auto& [id, doc] : docs) {
        Shard& shard = *shards_[std::hash<std::string>{}(id) % shards_.size()];
        shard.queue.push(Put{std::move(id), std::move(doc), source});
    }
}

void ShardWriters::commit() {
    std::latch done(static_cast<std::ptrdiff_t>(shards_.size()));
    for (auto& shard : shards_)
        shard->queue.push(&done);
    done.wait();
    std::lock_guard lock(failure_mutex_);
    if (failure_) std::rethrow_exception(failure_);
}

ShardCounts ShardWriters::counts() const {
    return {added_, replaced_, duplicate_posts_, duplicate_pages_};
}

void ShardWriters::run(Shard& shard) {
    bool failed = false;  // after a failure, items are drained unstored; commit() reports it
    auto fail = [&] {
        std::lock_guard lock(failure_mutex_);
        if (!failure_) failure_ = std::current_exception();
        failed = true;
    };
    while (auto item = shard.queue.pop()) {
        if (auto* done = std::get_if<std::latch*>(&*item)) {
            try {
                if (!failed) shard.writer.commit();
            } catch (...) {
                fail();
            }
            (*done)->count_down();
            continue;
        }
        if (failed) continue;
        Put& put = std::get<Put>(*item);
        PageSource& source = *put.source;
        try {
            if (tally(shard.writer.put(put.id, std::move(put.doc), source.key, source.name,
                                       source.crawl_time),
                      added_, replaced_, duplicate_posts_))
                ++source.elsewhere;
        } catch (...) {
            fail();
            continue;
        }
        if (--source.left == 0 && source.elsewhere == source.posts) ++duplicate_pages_;
    }
}

}  // namespace forum
