#pragma once
// The index a server's worker thread searches: Xapian handles are not thread-safe, so each
// thread opens its own, and brings it up to date before each request — reopen() when forum-index
// committed, a fresh open when `forum-index --full` swapped another directory in (or a stub file
// was rewritten), which reopen() alone would not notice.

#include <string>
#include <vector>

#include "searcher/index.hpp"

namespace forum::http {

struct IndexSource {
    std::vector<std::string> entries;  // as --db names them
    OpenOptions open;
};

// This thread's handle on `source`, current. Throws as open_index does (Xapian errors when the
// index is missing or being swapped, ShardError, ShardListError).
SearchIndex& worker_index(const IndexSource& source);

}  // namespace forum::http
