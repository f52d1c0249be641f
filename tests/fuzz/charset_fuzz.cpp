// Fuzz target "charset": which encoding a page is in (BOM, HTTP charset, <meta>) and its
// conversion to UTF-8, the text libxml2 is given.
//
// Input: the page's bytes. An input starting with 0x01 first gives the HTTP Content-Type charset
// (a WARC response's), up to the next '\n'.

#include "common/core/text.hpp"
#include "indexer/input/charset.hpp"
#include "tests/fuzz/fuzz_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace forum;
    std::string_view bytes = fuzz::as_text(data, size);
    std::string_view http_charset;
    if (!bytes.empty() && bytes[0] == '\x01') {
        size_t nl = bytes.find('\n');
        http_charset = bytes.substr(1, nl == std::string_view::npos ? nl : nl - 1);
        bytes.remove_prefix(nl == std::string_view::npos ? bytes.size() : nl + 1);
    }
    normalize_charset_label(http_charset);
    declared_meta_charset(bytes);
    Charset charset = choose_charset(bytes, http_charset);
    fuzz::require(!charset.encoding.empty(), "an encoding is always chosen");
    std::string text = to_utf8(bytes, charset);
    fuzz::require(is_valid_utf8(text), "pages are converted to valid UTF-8");
    fuzz::require(!charset.encoding.empty(), "the encoding used is named");
    return 0;
}
