#pragma once
// Which encoding a page is in, decided the way browsers do it (BOM, then the HTTP header, then
// <meta>), with the labels browsers treat as windows-1252 mapped to it; without a declaration
// (or with one iconv does not know) bytes that are not UTF-8 are detected (charset_detect.hpp).
// A declaration is kept when a few bytes do not fit it (each becomes U+FFFD, counted) and
// abandoned when many do. UTF-16 is read from a BOM or from its bytes; declared on bytes that
// are not UTF-16, it means UTF-8.

#include <cstddef>
#include <string>
#include <string_view>

namespace forum {

struct Charset {
    std::string encoding;   // what to hand libxml2
    std::string declared;   // what the page (or header) said, lower case; empty if nothing
    bool fallback = false;  // the declaration could not be used as it was
    bool detected = false;  // nothing usable declared: `encoding` was guessed from the bytes
    size_t replaced = 0;    // bytes not valid in `encoding`, each read as U+FFFD (to_utf8)
};

Charset choose_charset(std::string_view bytes, std::string_view http_charset = {});

// The page as UTF-8: converted from the chosen charset, its stray bytes replaced with U+FFFD
// when they are at most 1 in 20 of the bytes outside ASCII (as browsers do; libxml2 would
// silently cut the tree short at the first). When more do not fit, or the bytes are valid UTF-8
// under another declaration, from the fallback: UTF-8 if the bytes are valid UTF-8, else the
// charset detected, else windows-1252, which accepts every byte. `charset` is updated to what
// was used.
std::string to_utf8(std::string_view bytes, Charset& charset);

// "ISO-8859-1", "latin1", "us-ascii" → "windows-1252"; "utf8" → "utf-8"; "utf-16", "ucs-2" →
// "utf-16le"; "sjis", "windows-31j" → "shift_jis"; "gb2312" → "gbk"; "ks_c_5601-1987" →
// "euc-kr"; others lower-cased.
std::string normalize_charset_label(std::string_view label);

// "utf-16le" or "utf-16be" when the bytes are UTF-16: by their BOM, else by NUL bytes in one
// byte of most pairs and almost none in the other; "" when not.
std::string utf16_encoding(std::string_view bytes);
// UTF-16 bytes as UTF-8 (a BOM left out; what does not decode becomes U+FFFD).
std::string utf16_to_utf8(std::string_view bytes, const std::string& encoding);

// The charset named by <meta charset> or <meta http-equiv=Content-Type> near the start, if any.
std::string declared_meta_charset(std::string_view bytes);

}  // namespace forum
