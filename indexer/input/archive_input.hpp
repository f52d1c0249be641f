#pragma once
// Members of tar and zip archives (with any compression libarchive knows), read one at a time.

#include <cstdint>
#include <functional>
#include <string>

namespace forum {

struct ArchiveMember {
    std::string path;  // inside the archive
    std::int64_t mtime = 0;
    std::string bytes;  // empty when over the limit
    bool over_limit = false;
    std::string special;  // not a regular file: what it is ("symbolic link", "FIFO"); no bytes
};

// Calls `on_member` for every member of the archive but directories. Returns false with a one-line
// reason when the archive is damaged (members read before the damage have been delivered).
bool read_archive(const std::string& path, size_t max_member,
                  const std::function<void(ArchiveMember&&)>& on_member, std::string& error);

}  // namespace forum
