#include "tests/fuzz/memory_file.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace forum::fuzz {

MemoryFile::MemoryFile() : fd_(memfd_create("forum-fuzz", 0)) {
    if (fd_ < 0) {
        std::perror("memfd_create");
        std::abort();
    }
}

MemoryFile::~MemoryFile() { close(fd_); }

void MemoryFile::write(std::string_view bytes) {
    if (ftruncate(fd_, 0) != 0) std::abort();
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
        if (n <= 0) std::abort();
        done += static_cast<size_t>(n);
    }
}

std::string MemoryFile::path() const { return "/proc/self/fd/" + std::to_string(fd_); }

}  // namespace forum::fuzz
