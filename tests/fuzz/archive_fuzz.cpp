// Fuzz target "archive": compressed and archived input. The bytes go to gunzip (gzip pages and
// archive members) and, as an input file, through the source reader: gzip streams of one or many
// members, .warc.gz, and tar, zip and 7z archives through libarchive. Seeds are the fixture
// crawl's gzip page and archives and .warc.gz files built from fixture pages (seeds.cpp).

#include "indexer/input/gzip.hpp"
#include "tests/fuzz/fuzz_target.hpp"
#include "tests/fuzz/source_reading.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace forum;
    std::string_view bytes = fuzz::as_text(data, size);
    std::string plain, error;
    if (gunzip(bytes, fuzz::kMaxPageBytes, plain, error) == forum::Inflated::kOk) {
        fuzz::require(plain.size() <= fuzz::kMaxPageBytes, "gunzip keeps to its limit");
    } else {
        fuzz::require(!error.empty(), "gunzip says why it failed");
    }
    fuzz::read_as_input_file(bytes);
    return 0;
}
