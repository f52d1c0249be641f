#include "indexer/input/archive_input.hpp"

#include <cerrno>
#include <memory>
#include <new>

#include <archive.h>
#include <archive_entry.h>

namespace forum {
namespace {

struct ArchiveFree {
    void operator()(struct archive* a) const { archive_read_free(a); }
};

constexpr size_t kBlock = 65536;

const char* special_kind(mode_t type) {
    switch (type) {
        case AE_IFLNK:
            return "symbolic link";
        case AE_IFIFO:
            return "FIFO";
        case AE_IFSOCK:
            return "socket";
        case AE_IFCHR:
            return "character device";
        case AE_IFBLK:
            return "block device";
        default:
            return "unknown file type";
    }
}

}  // namespace

bool read_archive(const std::string& path, size_t max_member,
                  const std::function<void(ArchiveMember&&)>& on_member, std::string& error) {
    std::unique_ptr<struct archive, ArchiveFree> a(archive_read_new());
    if (!a) throw std::bad_alloc();
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_7zip(a.get());
    archive_read_support_format_cpio(a.get());
    if (archive_read_open_filename(a.get(), path.c_str(), kBlock) != ARCHIVE_OK) {
        if (archive_errno(a.get()) == ENOMEM) throw std::bad_alloc();
        error = archive_error_string(a.get()) ? archive_error_string(a.get()) : "cannot open";
        return false;
    }
    struct archive_entry* entry = nullptr;
    for (;;) {
        int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF) return true;
        if (rc == ARCHIVE_FATAL) {
            if (archive_errno(a.get()) == ENOMEM) throw std::bad_alloc();
            const char* msg = archive_error_string(a.get());
            error = msg ? msg : "corrupt archive";
            return false;
        }
        auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) continue;
        ArchiveMember m;
        const char* name = archive_entry_pathname(entry);
        m.path = name ? name : "";
        m.mtime = archive_entry_mtime(entry);
        if (type != AE_IFREG) {
            m.special = special_kind(type);
            on_member(std::move(m));
            continue;
        }
        char buf[kBlock];
        for (;;) {
            la_ssize_t got = archive_read_data(a.get(), buf, sizeof buf);
            if (got < 0) {
                if (archive_errno(a.get()) == ENOMEM) throw std::bad_alloc();
                const char* msg = archive_error_string(a.get());
                error = m.path + ": " + (msg ? msg : "read error");
                return false;
            }
            if (got == 0) break;
            if (m.bytes.size() + static_cast<size_t>(got) > max_member) {
                m.over_limit = true;
                m.bytes.clear();
                m.bytes.shrink_to_fit();
                archive_read_data_skip(a.get());
                break;
            }
            m.bytes.append(buf, static_cast<size_t>(got));
        }
        on_member(std::move(m));
    }
}

}  // namespace forum
