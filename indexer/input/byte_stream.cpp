#include "indexer/input/byte_stream.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>

namespace forum {
namespace {

constexpr size_t kChunk = 65536;

}  // namespace

FileStream::FileStream(const std::string& path) {
    // Opened without waiting and read only if it is a regular file: a FIFO put where a listed
    // file was must not hang the run.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        error_ = std::strerror(errno);
        return;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        error_ = "not a regular file";
    } else if (::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
        error_ = std::strerror(errno);
    } else {
        file_.reset(::fdopen(fd, "rb"));
        if (!file_) error_ = std::strerror(errno);
    }
    if (!file_) ::close(fd);
}

size_t FileStream::read(char* out, size_t n) {
    if (!file_) return 0;
    size_t got = std::fread(out, 1, n, file_.get());
    if (got < n && std::ferror(file_.get())) error_ = std::strerror(errno);
    return got;
}

GzipStream::GzipStream(ByteStream& compressed) : in_(compressed) {
    int rc = inflateInit2(&zs_, 16 + MAX_WBITS);
    if (rc == Z_MEM_ERROR) throw std::bad_alloc();  // out of memory is no damage of the input
    if (rc != Z_OK) error_ = "zlib initialisation failed";
}

GzipStream::~GzipStream() { inflateEnd(&zs_); }

size_t GzipStream::read(char* out, size_t n) {
    if (!error_.empty() || done_ || n == 0) return 0;
    zs_.next_out = reinterpret_cast<Bytef*>(out);
    zs_.avail_out = static_cast<uInt>(n);
    while (zs_.avail_out == n) {
        if (zs_.avail_in == 0) {
            size_t got = in_.read(buf_, sizeof buf_);
            if (got == 0) {
                if (!in_.error().empty()) {
                    error_ = in_.error();
                } else if (!ended_) {
                    error_ = "truncated gzip stream";
                }
                done_ = true;
                break;
            }
            zs_.next_in = reinterpret_cast<Bytef*>(buf_);
            zs_.avail_in = static_cast<uInt>(got);
        }
        if (ended_) {
            // Another member follows (per-record .warc.gz); anything else is trailing garbage,
            // which gzip itself ignores too.
            if (*zs_.next_in != 0x1f) {
                done_ = true;
                break;
            }
            inflateReset(&zs_);
            ended_ = false;
        }
        int rc = inflate(&zs_, Z_NO_FLUSH);
        if (rc == Z_MEM_ERROR) throw std::bad_alloc();
        if (rc == Z_STREAM_END) {
            ended_ = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            error_ = std::string("corrupt gzip stream: ") + (zs_.msg ? zs_.msg : "inflate error");
            break;
        }
    }
    return n - zs_.avail_out;
}

bool LookaheadReader::fill() {
    // Dropping what was consumed moves what is still ahead, which can be a whole record looked
    // at: only done once the consumed part is the larger, so that each byte moves O(1) times.
    if (pos_ > 0 && pos_ >= buf_.size() - pos_) {
        buf_.erase(0, pos_);
        pos_ = 0;
    }
    size_t old = buf_.size();
    buf_.resize(old + kChunk);
    size_t got = in_.read(buf_.data() + old, kChunk);
    buf_.resize(old + got);
    return got > 0;
}

std::string_view LookaheadReader::peek(size_t n) {
    while (buf_.size() - pos_ < n && fill()) {
    }
    return std::string_view(buf_).substr(pos_);
}

size_t LookaheadReader::bytes(std::string& out, size_t n) {
    size_t done = 0;
    while (done < n) {
        if (pos_ >= buf_.size() && !fill()) break;
        size_t take = std::min(n - done, buf_.size() - pos_);
        out.append(buf_, pos_, take);
        pos_ += take;
        done += take;
    }
    offset_ += done;
    return done;
}

std::uint64_t LookaheadReader::skip(std::uint64_t n) {
    std::uint64_t done = 0;
    while (done < n) {
        if (pos_ >= buf_.size() && !fill()) break;
        size_t take = static_cast<size_t>(std::min<std::uint64_t>(n - done, buf_.size() - pos_));
        pos_ += take;
        done += take;
    }
    offset_ += done;
    return done;
}

void LookaheadReader::unread(std::string_view bytes) {
    buf_.replace(0, pos_, bytes);
    pos_ = 0;
    offset_ -= bytes.size();
}

}  // namespace forum
