#pragma once
// Where a run's posts go: straight into the index through its one IndexWriter, or, in a first
// build with several jobs, into shards that the writer folds in at the end (shard_writers.hpp).
// The run hands every page's posts to one sink and never asks which it is.

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "indexer/report/report.hpp"
#include "indexer/store/writer.hpp"

namespace forum {

// A page's documents, by unique term (distinct), found in source `key` named `name`.
struct PagePosts {
    std::string key, name;
    std::int64_t crawl_time = 0;
    std::vector<std::pair<std::string, Xapian::Document>> docs;
};

class PostSink {
public:
    virtual ~PostSink() = default;

    // Stores the page's posts; what is counted at once is counted in `report`.
    virtual void put_page(PagePosts&& page, Report& report) = 0;

    // Source `key` no longer holds post `id`.
    virtual IndexWriter::Unref unref(const std::string& id, const std::string& key) = 0;

    // Makes the posts durable before the index commits the state that names them.
    virtual void commit_posts() = 0;

    // Posts stored but not counted in a report yet (for progress).
    virtual size_t stored_uncounted() const = 0;

    // At the end of the run, after the last commit: counts what is left to count into `report`
    // and brings everything into the index.
    virtual void finish(Report& report) = 0;
};

// Every post through `writer`, counted as it is stored.
std::unique_ptr<PostSink> direct_sink(IndexWriter& writer);

// A first build on `jobs` threads: shards beside the index at `index_path`, merged by `writer`
// at the end. A first build knows no earlier state, so nothing is ever unreferenced.
std::unique_ptr<PostSink> sharded_sink(IndexWriter& writer, const std::string& index_path,
                                       unsigned jobs);

}  // namespace forum
