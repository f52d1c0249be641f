#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace forum {

// Larger pages (and WARC records, archive members), decompressed, are refused: --max-page-size.
constexpr std::size_t kDefaultMaxPageBytes = 32u << 20;

// Bytes of one saved page as a source yields them, before any parsing.
struct RawPage {
    std::string source;           // the file (or container member) it came from
    std::string bytes;            // decompressed
    std::int64_t crawl_time = 0;  // when it was saved: the file's mtime (or the WARC date)
    std::string url;              // the URL it was fetched from, when the container knows it
    std::string http_charset;     // the charset of the HTTP Content-Type, when known
    std::string saved_as;         // the path it was saved under, when not `source` (members)
};

}  // namespace forum
