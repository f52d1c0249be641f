#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace forum {

bool is_gzip(std::string_view bytes);

// Decompresses a gzip stream of one or more members into `out`. On a corrupt or truncated
// stream, or output beyond `max_output` bytes, returns false with a one-line reason in `error`.
bool gunzip(std::string_view in, size_t max_output, std::string& out, std::string& error);

}  // namespace forum
