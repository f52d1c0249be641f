#pragma once
// Sources: the files and directories named on the command line, read into pages. Directories are
// walked recursively in byte order of their paths, so every run sees pages in the same order.
// Gzip is recognised by its magic bytes, whatever the name; files that are not HTML are reported
// (not read, for known media types).

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "indexer/problem.hpp"
#include "indexer/raw_page.hpp"

namespace forum {

struct SourceOptions {
    size_t max_page_bytes = 64u << 20;  // larger pages (after decompression) are refused
};

struct SourceHandlers {
    std::function<void(RawPage&&)> page;
    std::function<void(InputProblem&&)> problem;
};

void read_sources(const std::vector<std::string>& paths, const SourceOptions& options,
                  const SourceHandlers& handlers);

// Whether bytes look like an HTML document (a tag near the start, no NUL bytes).
bool looks_like_html(std::string_view bytes);

}  // namespace forum
