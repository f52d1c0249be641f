#include "indexer/store/index_lock.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>
#include <thread>

#include "indexer/store/index_dirs.hpp"

namespace forum {
namespace fs = std::filesystem;

namespace {

// Xapian reports a lock file it cannot open as a DatabaseLockError, which would read as "another
// writer has it" (and a script would retry for ever); and a directory it cannot write fails only
// at the first commit, after all the work. Ask the OS first. (access() answers for root too: a
// read-only file system, or a process without CAP_DAC_OVERRIDE.)
void check_writable(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;  // to be created: Xapian names what fails
    auto check = [](const fs::path& p, int mode) {
        if (::access(p.c_str(), mode) == 0) return;
        int error = errno;
        throw std::system_error(error, std::generic_category(), "cannot write to " + p.string());
    };
    check(dir, W_OK | X_OK);
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.is_regular_file(ec)) check(entry.path(), W_OK);
    }
}

// A run killed while it was creating an index leaves glass tables without the revision file
// (iamglass) that Xapian writes last; nothing was committed, yet every later open fails. Remove
// those tables, but only while holding the index's lock, so a creation in progress elsewhere is
// never disturbed. (Xapian's lock is an fcntl lock on flintlock; an open-file-description lock
// conflicts with it.)
void discard_unfinished_index(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec) || fs::exists(dir / "iamglass", ec)) return;
    int fd = ::open((dir / "flintlock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) return;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    if (::fcntl(fd, F_OFD_SETLK, &lock) == 0 && !fs::exists(dir / "iamglass", ec)) {
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (entry.path().extension() == ".glass") fs::remove(entry.path(), ec);
        }
    }
    ::close(fd);  // releases the lock
}

}  // namespace

bool index_locked(const std::string& path) {
    int fd = ::open((fs::path(path) / "flintlock").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    // The byte Xapian locks. An OFD query sees both OFD locks and the classic ones Xapian's
    // fallback takes in a child process.
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_len = 1;
    bool held = ::fcntl(fd, F_OFD_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

Xapian::WritableDatabase open_locked(const std::string& path, std::chrono::seconds wait) {
    auto deadline = std::chrono::steady_clock::now() + wait;
    bool free_yet_refused = false;
    for (;;) {
        // False while another run is between the renames of a swap: nothing is at `path`, and
        // Xapian would create an empty index there.
        if (restore_interrupted_swap(path)) {
            check_writable(path);
            discard_unfinished_index(path);
            try {
                return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
            } catch (const Xapian::DatabaseLockError&) {
                if (!index_locked(path)) {
                    // Nobody holds it: released in between (try again), or locking itself fails
                    // here (Xapian's message says why).
                    if (free_yet_refused) throw;
                    free_yet_refused = true;
                    continue;
                }
            }
        }
        free_yet_refused = false;
        if (std::chrono::steady_clock::now() >= deadline)
            throw IndexBusy(path + " is being written by another forum-index");
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
}

}  // namespace forum
