#pragma once
// WARC 1.0 and 1.1 records, read one at a time from a stream (plain, or decompressed .warc.gz).
// libarchive's WARC reader drops record types, mangles URLs and refuses WARC/1.1
// (shared/docs/tech-facts.md §4), so records are parsed here and zlib only decompresses.

#include <cstdint>
#include <string>

#include "indexer/byte_stream.hpp"

namespace forum {

struct WarcRecord {
    std::uint64_t offset = 0;  // where the record starts in the stream
    std::string version;       // "WARC/1.0", "WARC/1.1"
    std::string type;          // "response", "resource", "request", "revisit", ...
    std::string target_uri;
    std::string date;          // WARC-Date, ISO 8601
    std::string content_type;  // of the block
    std::uint64_t length = 0;  // Content-Length of the block
    std::string block;         // the content block; empty when it is over the limit
    bool over_limit = false;
};

class WarcReader {
public:
    WarcReader(ByteStream& in, size_t max_block) : in_(in), max_block_(max_block) {}

    // The next record, false at the end of the stream. When a record is damaged, returns false
    // with `error()` saying why and where; `resume()` then looks for the next record header.
    bool next(WarcRecord& record);
    const std::string& error() const { return error_; }
    bool resume();

private:
    LineReader in_;
    size_t max_block_;
    std::string error_;
    std::string pending_;  // a record header line found by resume()
    std::uint64_t pending_offset_ = 0;
};

}  // namespace forum
