#pragma once
// A first build with several jobs stores its posts through one writer thread per job, each into
// its own Xapian database ("shard", beside the index in INDEX.shards/), and IndexWriter folds
// the shards into the index by Xapian's compaction at the end. One writer was what limited
// --jobs: its thread took over half of all CPU samples, mostly inside Xapian, while the parsers
// waited (bench/PROFILE.md).
//
// A post goes to the shard chosen by its unique term, so every copy of it meets the same
// IndexWriter, whose choice of the stored copy (see writer.hpp) therefore holds unchanged.
// Shards commit at every commit of the run, before the index commits the state of the pages
// they hold; a run that dies leaves committed shards that the next run folds in first.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <xapian.h>

#include "indexer/store/writer.hpp"

namespace forum {

struct ShardCounts {
    size_t added = 0;
    size_t replaced = 0;
    size_t duplicate_posts = 0;
    size_t duplicate_pages = 0;
};

class ShardWriters {
public:
    // Creates `count` empty shards in shards_path(index_path), replacing any left there.
    ShardWriters(const std::string& index_path, unsigned count, const OpenOptions& options);
    // Stops the threads; what no commit() covered is dropped.
    ~ShardWriters();
    ShardWriters(const ShardWriters&) = delete;
    ShardWriters& operator=(const ShardWriters&) = delete;

    // Queues the documents of one page (distinct unique terms), found in source `source_key`
    // named `source_name`, crawled at `crawl_time`; IndexWriter::put on the shards' threads.
    void put_page(std::vector<std::pair<std::string, Xapian::Document>> docs,
                  const std::string& source_key, const std::string& source_name,
                  std::int64_t crawl_time);

    // Returns once every shard has stored and committed all it was given. Rethrows what a
    // shard's thread failed with.
    void commit();

    // What the shards have stored so far (exact after commit()).
    ShardCounts counts() const;

private:
    struct Shard;
    void run(Shard& shard);

    std::vector<std::unique_ptr<Shard>> shards_;
    std::atomic<size_t> added_{0}, replaced_{0}, duplicate_posts_{0}, duplicate_pages_{0};
    std::mutex failure_mutex_;
    std::exception_ptr failure_;
};

}  // namespace forum
