#pragma once
// Sequential byte streams over large inputs (a WARC can be many gigabytes): a file, or the gzip
// decompression of another stream (all members, so that per-record .warc.gz works). Memory stays
// bounded by the buffer, whatever the input size.

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include <zlib.h>

namespace forum {

class ByteStream {
public:
    virtual ~ByteStream() = default;
    // Reads up to n bytes; returns 0 at the end or on an error (see error()).
    virtual size_t read(char* out, size_t n) = 0;
    // Empty unless reading failed (a truncated gzip, an I/O error).
    virtual const std::string& error() const = 0;
};

class FileStream : public ByteStream {
public:
    explicit FileStream(const std::string& path);
    bool is_open() const { return file_ != nullptr; }
    size_t read(char* out, size_t n) override;
    const std::string& error() const override { return error_; }

private:
    struct Closer {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, Closer> file_;
    std::string error_;
};

class GzipStream : public ByteStream {
public:
    explicit GzipStream(ByteStream& compressed);
    ~GzipStream() override;
    GzipStream(const GzipStream&) = delete;
    GzipStream& operator=(const GzipStream&) = delete;
    size_t read(char* out, size_t n) override;
    const std::string& error() const override { return error_; }

private:
    ByteStream& in_;
    z_stream zs_{};
    char buf_[65536];
    bool ended_ = false;  // the current member is complete
    bool done_ = false;   // no more input
    std::string error_;
};

// Buffers a stream so that a reader can look ahead before it consumes (a WARC header, whether a
// record ends where its Content-Length says) and put bytes back. Memory holds what was looked at.
class LookaheadReader {
public:
    explicit LookaheadReader(ByteStream& in) : in_(in) {}
    // The bytes ahead, at least n of them unless the stream ends first; valid until the next call.
    std::string_view peek(size_t n);
    // Exactly n bytes appended to `out` (fewer only at the end of the stream).
    size_t bytes(std::string& out, size_t n);
    // Skips n bytes; returns how many there were.
    std::uint64_t skip(std::uint64_t n);
    // Puts bytes back in front of what is ahead: they are read again, from offset() - size.
    void unread(std::string_view bytes);
    std::uint64_t offset() const { return offset_; }
    const std::string& error() const { return in_.error(); }

private:
    bool fill();
    ByteStream& in_;
    std::string buf_;
    size_t pos_ = 0;
    std::uint64_t offset_ = 0;  // bytes consumed so far
};

}  // namespace forum
