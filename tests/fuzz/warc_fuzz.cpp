// Fuzz target "warc": bytes read as an input file by the source reader, as forum-index reads a
// WARC: record headers, record types, HTTP responses (status, headers, chunked transfer coding,
// gzip/deflate content coding), the size limit, and resuming after a damaged record. Seeds are
// WARC files built from fixture pages (seeds.cpp).

#include "tests/fuzz/fuzz_target.hpp"
#include "tests/fuzz/source_reading.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    forum::fuzz::read_as_input_file(forum::fuzz::as_text(data, size));
    return 0;
}
