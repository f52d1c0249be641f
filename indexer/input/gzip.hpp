#pragma once
// zlib decompression of whole buffers: gzip files and members, and the deflate HTTP content
// coding. Output is bounded: decompression stops as soon as it passes the limit, so a small
// "bomb" that would expand to gigabytes never does.

#include <cstddef>
#include <string>
#include <string_view>

namespace forum {

enum class Inflated { kOk, kCorrupt, kTooLarge };

bool is_gzip(std::string_view bytes);

// Decompresses a gzip stream of one or more members into `out`. On a corrupt or truncated
// stream (kCorrupt), or output beyond `max_output` bytes (kTooLarge), says why in `error`.
Inflated gunzip(std::string_view in, size_t max_output, std::string& out, std::string& error);

// The same for deflate data, zlib-wrapped or raw (servers send both as "deflate").
Inflated inflate_deflate(std::string_view in, size_t max_output, std::string& out,
                         std::string& error);

}  // namespace forum
