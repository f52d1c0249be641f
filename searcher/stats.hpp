#pragma once
// `forum-search stats`: what an index holds.

#include <cstdint>
#include <optional>
#include <string>

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
};

IndexStats index_stats(const Xapian::Database& db, const std::string& path);
// With retries when a writer moves the index on.
IndexStats index_stats(SearchIndex& index);

}  // namespace forum
