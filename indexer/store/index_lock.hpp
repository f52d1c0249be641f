#pragma once
// Taking an index for writing. Xapian allows one writer per database: a WritableDatabase holds an
// fcntl lock on INDEX/flintlock, released when it closes or the process dies. Every directory
// forum-index makes beside the index (index_dirs.hpp) is used only while holding that lock.

#include <chrono>
#include <stdexcept>
#include <string>

#include <xapian.h>

namespace forum {

// Another forum-index (another writer) holds the index (exit 75).
struct IndexBusy : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Opens the index for writing (creating it), waiting up to `wait` for another writer's lock.
// Throws IndexBusy when another writer still holds it then; std::system_error with the OS's
// reason when the index cannot be written at all (permissions, a read-only file system), at once
// and not after `wait`; Xapian::DatabaseLockError when the lock fails for another reason (a file
// system without locks).
Xapian::WritableDatabase open_locked(const std::string& path, std::chrono::seconds wait);

// Whether a writer (in this process or another) holds the lock of the index at `path`.
bool index_locked(const std::string& path);

}  // namespace forum
