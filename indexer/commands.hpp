#pragma once
// The two things forum-index does: index pages into a Xapian database, or print their posts.

#include <string>
#include <vector>

#include "indexer/engine.hpp"
#include "indexer/page.hpp"
#include "indexer/source.hpp"

namespace forum {

struct RunOptions {
    std::vector<std::string> paths;
    const Engine* engine = nullptr;  // --engine: skip detection
    ParseOptions parse;
    SourceOptions source;
    bool json = false;     // summary as JSON on stdout
    bool verbose = false;  // also name every skipped file
};

struct IndexOptions : RunOptions {
    std::string db;
    std::string language;
};

// Both return an exit code (common/exit_codes.hpp).
int run_index(const IndexOptions& options);
int run_extract(const RunOptions& options);

}  // namespace forum
