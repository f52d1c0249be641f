#pragma once
// WARC 1.0 and 1.1 records, read one at a time from a stream (plain, or decompressed .warc.gz).
// libarchive's WARC reader drops record types, mangles URLs and refuses WARC/1.1
// (shared/docs/tech-facts.md §4), so records are parsed here and zlib only decompresses.
//
// A record's Content-Length is checked against what follows its block: the "\r\n\r\n" that ends
// a record, or the next record, or the end of the file. When they disagree (a length too large,
// too small, or absurd), the record is reported damaged and reading resumes at the next line
// that starts a plausible record header ("WARC/1.x", then "Name: value" fields with a WARC-Type
// and a Content-Length, then a blank line) — inside the damaged record's declared bytes when it
// starts there. A block over the size limit is not held but skipped, watching for a record that
// starts inside it and checks out, so that a wrong length of 100 GB does not read the rest of
// the file: memory stays bounded by the size limit, not the file.

#include <cstdint>
#include <string>

#include "indexer/input/byte_stream.hpp"

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

    // The next record; false at the end of the stream, or with `error()` saying why and where
    // when a record is damaged (or bytes stand where a record should start). Reading then
    // resumes at the next record: call next() again until it returns false with no error.
    bool next(WarcRecord& record);
    const std::string& error() const { return error_; }

private:
    bool read_block(WarcRecord& record);
    bool skip_block(WarcRecord& record);
    bool ends_record(size_t end);
    size_t find_record_start(size_t n, bool at_line_start, bool verify);
    bool is_record_start(size_t at, bool verify);
    void resume(bool at_line_start);
    std::string stream_error();

    LookaheadReader in_;
    size_t max_block_;
    std::string error_;
    bool stream_error_told_ = false;
};

}  // namespace forum
