#include "indexer/store/index_dirs.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

#include "indexer/store/index_lock.hpp"
#include "indexer/store/test_hook.hpp"

namespace forum {
namespace fs = std::filesystem;

namespace {

std::string old_path(const std::string& dir) { return dir + ".old"; }

std::vector<std::string> leftover_paths(const std::string& index) {
    const std::string fresh = fresh_path(index);
    return {merged_path(index), old_path(index),    fresh,
            shards_path(fresh), merged_path(fresh), old_path(fresh)};
}

// Space the files under `path` take on disk.
std::uint64_t disk_bytes(const fs::path& path) {
    std::uint64_t total = 0;
    std::error_code ec;
    auto add = [&](const fs::path& p) {
        struct stat st;
        if (::lstat(p.c_str(), &st) == 0) total += static_cast<std::uint64_t>(st.st_blocks) * 512;
    };
    add(path);
    for (auto it = fs::recursive_directory_iterator(path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        add(it->path());
    return total;
}

std::string megabytes(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

}  // namespace

std::string shards_path(const std::string& index) { return index + ".shards"; }
std::string merged_path(const std::string& index) { return index + ".merged"; }
std::string fresh_path(const std::string& index) { return index + ".new"; }

void swap_directories(const std::string& fresh, const std::string& live) {
    if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0) return;
    const int error = errno;
    if (error != EINVAL && error != ENOSYS) {  // other than "this file system cannot"
        throw fs::filesystem_error("cannot swap", fresh, live,
                                   std::error_code(error, std::generic_category()));
    }
    const std::string old = old_path(live);
    fs::remove_all(old);
    fs::rename(live, old);
    fs::rename(fresh, live);
    fs::rename(old, fresh);
}

bool restore_interrupted_swap(const std::string& index) {
    std::error_code ec;
    const std::string old = old_path(index);
    if (fs::exists(index, ec) || !fs::is_directory(old, ec)) return true;
    if (index_locked(old)) return false;
    fs::rename(old, index, ec);  // a run restoring it at the same moment may have done it first
    return true;
}

LeftoverCleanup remove_leftovers(const std::string& index) {
    LeftoverCleanup out;
    for (const auto& path : leftover_paths(index)) {
        std::error_code ec;
        if (!fs::exists(fs::symlink_status(path, ec))) continue;
        std::uint64_t bytes = disk_bytes(path);
        fs::remove_all(path, ec);
        if (ec) {
            out.failed.push_back(path + ": " + ec.message());
            out.bytes_freed += bytes - std::min(bytes, disk_bytes(path));
        } else {
            out.removed.push_back(path);
            out.bytes_freed += bytes;
        }
    }
    return out;
}

std::string describe(const LeftoverCleanup& cleanup) {
    auto list = [](const std::vector<std::string>& paths) {
        std::string out;
        for (const auto& p : paths)
            out += (out.empty() ? "" : ", ") + p;
        return out;
    };
    std::string out;
    if (!cleanup.removed.empty())
        out = "removed " + list(cleanup.removed) + ", left by a run that did not finish (" +
              megabytes(cleanup.bytes_freed) + " freed)";
    if (!cleanup.failed.empty())
        out += (out.empty() ? "" : "; ") + std::string("cannot remove what a run that did not ") +
               "finish left: " + list(cleanup.failed);
    return out;
}

std::string leftovers_in_the_way(const std::string& index) {
    std::string out;
    for (const auto& path : leftover_paths(index)) {
        std::error_code ec;
        if (!fs::exists(fs::symlink_status(path, ec))) continue;
        if (!out.empty()) out += ", ";
        out += path + " (" + megabytes(disk_bytes(path)) + ")";
    }
    return out;
}

void remove_shards(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    std::vector<fs::path> shards;
    for (const auto& entry : fs::directory_iterator(dir))
        shards.push_back(entry.path());
    for (const auto& shard : shards) {
        fs::remove(shard / "iamglass");
        fs::remove_all(shard);
        test_hook("merge-cleanup");
    }
    fs::remove_all(dir);
}

}  // namespace forum
