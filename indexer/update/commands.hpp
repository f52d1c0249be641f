#pragma once
// The two things forum-index does: bring an index up to date with a crawl (index_command.cpp), or
// print the posts of pages (extract_command.cpp).

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "common/schema/partition.hpp"
#include "indexer/engines/engine_list.hpp"
#include "indexer/engines/extract.hpp"
#include "indexer/html/page.hpp"
#include "indexer/input/source.hpp"
#include "indexer/report/report.hpp"

namespace forum {

struct RunOptions {
    std::vector<std::string> paths;
    const Engine* engine = nullptr;  // --engine: skip detection
    ParseOptions parse;
    SourceOptions source;
    bool json = false;     // summary as JSON on stdout
    bool verbose = false;  // also name every skipped input
    bool quiet = false;    // only errors on stderr
    unsigned jobs = 1;     // parser threads (an index run's writer is one more)
};

struct IndexOptions : RunOptions {
    std::string db;
    std::string language;
    bool full = false;       // rebuild into a fresh index and swap it in when complete
    bool verify = false;     // compare content hashes, not sizes and mtimes
    bool no_delete = false;  // keep the posts of sources that vanished
    std::chrono::seconds wait_lock{0};
    size_t commit_every = 20000;                 // posts between commits
    std::optional<schema::Partition> partition;  // --partition K/N: only those threads' posts
};

// Both return an exit code (common/exit_codes.hpp).
int run_index(const IndexOptions& options);
int run_extract(const RunOptions& options);

// Parses and extracts one page, counting in `report` what it says about the page (warnings,
// not a thread page, truncated, no posts). Shared by both commands.
Extraction extract_reporting(const Page& page, const RunOptions& options, Report& report);

}  // namespace forum
