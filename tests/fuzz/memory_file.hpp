#pragma once
// Bytes as a file that lives in memory (memfd), for the code under test that reads files by path:
// the source reader (which sniffs, decompresses and streams a file) and the time zone loader.

#include <string>
#include <string_view>

namespace forum::fuzz {

class MemoryFile {
public:
    MemoryFile();
    ~MemoryFile();
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    // Replaces the file's contents.
    void write(std::string_view bytes);
    int fd() const { return fd_; }
    // A path that opens the file afresh: /proc/self/fd/N.
    std::string path() const;

private:
    int fd_ = -1;
};

}  // namespace forum::fuzz
