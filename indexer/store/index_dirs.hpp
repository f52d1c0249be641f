#pragma once
// The directories forum-index makes beside an index INDEX. Each is used only by a run that holds
// INDEX's lock (index_lock.hpp), which is what makes it safe for the next run to remove them:
//   INDEX.shards/N  a parallel first build's shards until they are merged into the index; a run
//                   that dies leaves them for the next one to merge (they hold committed posts)
//   INDEX.merged    a shard merge's output until it is swapped in, then the old index until
//                   removed
//   INDEX.new       --full's fresh index, with its own .shards and .merged
//   X.old           X for a moment while swap_directories works without RENAME_EXCHANGE
// All but INDEX.shards are leftovers once the run that made them is gone.

#include <cstdint>
#include <string>
#include <vector>

namespace forum {

std::string shards_path(const std::string& index);
std::string merged_path(const std::string& index);
std::string fresh_path(const std::string& index);

// Swaps two directories atomically (Linux renameat2 RENAME_EXCHANGE). Where the file system
// cannot, renames one after the other through LIVE.old, leaving a moment with nothing at `live`
// (see restore_interrupted_swap); the caller holds the locks of both.
void swap_directories(const std::string& fresh, const std::string& live);

// Where `index` is missing but INDEX.old is there, a swap without RENAME_EXCHANGE was cut after
// its first rename: puts the old index back (the work of that run is redone). Returns false,
// doing nothing, while the run doing that swap is alive (it holds INDEX.old's lock).
bool restore_interrupted_swap(const std::string& index);

struct LeftoverCleanup {
    std::vector<std::string> removed;
    std::uint64_t bytes_freed = 0;
    std::vector<std::string> failed;  // "PATH: reason"
};

// Removes what runs that died or failed left beside the index (all but INDEX.shards). Call only
// while holding the index's lock: then no run is using them.
LeftoverCleanup remove_leftovers(const std::string& index);

// One line saying what was removed and how much space that freed, and what could not be removed
// and why; "" when there was nothing.
std::string describe(const LeftoverCleanup& cleanup);

// The leftovers still beside the index, with their sizes ("INDEX.new (2100.0 MB)"), for the
// message of a run that ran out of space; "" if none.
std::string leftovers_in_the_way(const std::string& index);

// Removes a directory of shards: each shard's revision file (iamglass) first, so that a removal
// cut short never leaves a shard that looks whole without being so.
void remove_shards(const std::string& dir);

}  // namespace forum
