#pragma once
// `forum-index --partition K/N`: which of N indexes a post belongs in, so that N machines can
// index one crawl in parallel, each into its own shard. A post goes by its thread (site + thread
// id, else the thread URL), so every page of a thread lands in one partition whatever its path;
// a post with no thread goes by the page it is on. The hash is FNV-1a of those bytes: the same
// on every run and machine (std::hash promises neither).

#include <optional>
#include <string>
#include <string_view>

#include "common/core/post.hpp"

namespace forum::schema {

struct Partition {
    unsigned index = 1;  // K, 1-based
    unsigned count = 1;  // N
};

// "K/N" with 1 <= K <= N; nullopt for anything else.
std::optional<Partition> parse_partition(std::string_view text);

// The partition (1..count) of a post found in the source keyed `source_key`.
unsigned partition_of(const Post& post, std::string_view source_key, unsigned count);

}  // namespace forum::schema
