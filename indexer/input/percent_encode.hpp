#pragma once

#include <string>
#include <string_view>

namespace forum {

// A URL from outside the page's text (a WARC header, a file name, an HTTrack comment) may hold
// bytes that are not UTF-8; each of those becomes %XX, as a browser would send it, so that the URL
// is text and still names the same resource.
std::string percent_encode_non_utf8(std::string_view url);

}  // namespace forum
