#pragma once
// `forum-search stats`: what an index holds.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/index.hpp"

namespace forum {

struct IndexStats {
    Xapian::doccount posts = 0;
    std::uint64_t threads = 0;  // distinct (site, thread id): XTKEY terms
    std::uint64_t sites = 0;
    std::uint64_t forums = 0;
    std::uint64_t posters = 0;
    std::optional<std::int64_t> first_post, last_post;  // post dates, epoch seconds
    std::uint64_t bytes_on_disk = 0;
    std::optional<std::int64_t> last_update;  // when forum-index last committed
    std::string language;
    std::string schema;
    // Over several shards: each one's own (named as --db or the stub names it; a remote shard's
    // size on disk is not known here and counts 0), and the remote ones left out.
    std::string name;
    std::vector<IndexStats> shards;
    std::vector<std::string> missing_shards;
};

// `path` empty: a remote index, whose size on disk is not known.
IndexStats index_stats(const Xapian::Database& db, const std::string& path);
// With retries when a writer moves the index on; with several shards, also each one's.
IndexStats index_stats(SearchIndex& index);

}  // namespace forum
