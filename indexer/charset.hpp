#pragma once
// Which encoding a page is in, decided the way browsers do it (BOM, then the HTTP header, then
// <meta>), with the labels browsers treat as windows-1252 mapped to it, and with a fallback when
// the declaration is missing, unknown to iconv, or contradicted by the bytes.

#include <string>
#include <string_view>

namespace forum {

struct Charset {
    std::string encoding;   // what to hand libxml2
    std::string declared;   // what the page (or header) said, lower case; empty if nothing
    bool fallback = false;  // the declaration could not be used as it was
};

Charset choose_charset(std::string_view bytes, std::string_view http_charset = {});

// "ISO-8859-1", "latin1", "us-ascii" → "windows-1252"; "utf8" → "utf-8"; others lower-cased.
std::string normalize_charset_label(std::string_view label);

// The charset named by <meta charset> or <meta http-equiv=Content-Type> near the start, if any.
std::string declared_meta_charset(std::string_view bytes);

}  // namespace forum
