#pragma once
// Bytes in a charset → UTF-8, decoding as browsers do: a byte that is not valid in the charset
// becomes U+FFFD and decoding goes on, so one stray byte costs one character, not the page.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace forum {

struct Decoded {
    std::string text;     // UTF-8
    size_t replaced = 0;  // bytes not valid in the charset, each now one U+FFFD
};

// Through iconv; nothing when iconv does not know `encoding`. "utf-8" is decoded here (glibc's
// iconv lets code points above U+10FFFF through).
std::optional<Decoded> decode_to_utf8(std::string_view bytes, const std::string& encoding);

void append_utf8(std::string& out, unsigned code_point);

}  // namespace forum
