#include "searcher/http/worker_index.hpp"

#include <sys/stat.h>

#include <optional>

namespace forum::http {
namespace {

// What identifies the entries on disk: a --full swap exchanges directories (a new inode at the
// path), a rewritten stub is a new file.
std::vector<long long> disk_identity(const std::vector<std::string>& entries) {
    std::vector<long long> id;
    for (const std::string& e : entries) {
        struct stat st {};
        if (stat(e.c_str(), &st) != 0) {
            id.insert(id.end(), {-1, -1, -1});
            continue;
        }
        id.insert(id.end(), {static_cast<long long>(st.st_dev), static_cast<long long>(st.st_ino),
                             S_ISDIR(st.st_mode) ? 0 : static_cast<long long>(st.st_mtime)});
    }
    return id;
}

struct WorkerHandle {
    std::optional<SearchIndex> index;
    std::vector<long long> identity;
};

}  // namespace

SearchIndex& worker_index(const IndexSource& source) {
    thread_local WorkerHandle handle;
    std::vector<long long> now = disk_identity(source.entries);
    if (handle.index && now == handle.identity) {
        try {
            reopen(*handle.index);
            return *handle.index;
        } catch (const Xapian::Error&) {
            handle.index.reset();  // opened afresh below
        }
    }
    handle.index.reset();
    handle.index = open_index(source.entries, source.open);
    handle.identity = std::move(now);
    return *handle.index;
}

}  // namespace forum::http
