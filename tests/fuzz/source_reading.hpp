#pragma once
// Bytes read as forum-index reads an input file (indexer/source.hpp): shared by the targets whose
// inputs are files of several kinds (WARC, gzip, archives), with the source reader's promises
// checked on what it delivers.

#include <string_view>

namespace forum::fuzz {

// Smaller than forum-index's default (32 MiB), so that a bomb costs the fuzzer little time; the
// limit is checked the same way whatever its value.
inline constexpr size_t kMaxPageBytes = 1u << 20;

// Reads `bytes` as one input file: sniffing, gzip, WARC records, HTTP responses, archives.
void read_as_input_file(std::string_view bytes);

}  // namespace forum::fuzz
