#pragma once
// What an indexing (or extract) run did, for people on stderr and for scripts as JSON.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/report/problem.hpp"

namespace forum {

struct Report {
    bool indexing = false;             // an index run (else extract)
    size_t files_seen = 0;             // input files examined (an archive or a WARC counts once)
    size_t files_unchanged = 0;        // of those, unchanged since the last run: not read
    size_t pages_seen = 0;             // HTML pages parsed
    size_t pages_unchanged = 0;        // pages read but unchanged: not extracted again
    size_t thread_pages = 0;           // pages an engine recognised
    size_t posts_indexed = 0;          // posts printed (extract), or added + replaced (index)
    size_t added = 0;                  // posts new to the index
    size_t replaced = 0;               // posts whose text or metadata changed
    size_t deleted = 0;                // posts no source holds any more
    size_t unchanged = 0;              // posts in the index this run left as they were
    size_t duplicate_posts = 0;        // posts also held by another source, stored once
    size_t duplicate_pages = 0;        // pages whose every post is also held by another source
    size_t cut_posts = 0;              // posts left out because the file ends inside them
    size_t other_partition_posts = 0;  // --partition: posts of threads other partitions hold
    bool interrupted = false;          // stopped by SIGINT/SIGTERM after committing
    std::map<Problem, size_t> skipped;
    std::vector<InputProblem> failed;
    std::vector<InputProblem> warnings;
    std::vector<InputProblem> pending;  // when deferred
    double seconds = 0;
    bool verbose = false;   // name every skipped input on stderr too
    bool quiet = false;     // print failures only
    bool deferred = false;  // collect problems unprinted and uncounted, for absorb()

    // Counts the problem. Failures (and warnings, unless quiet) are printed to stderr at once,
    // one line each.
    void add(InputProblem problem);
    bool any_failed() const { return !failed.empty(); }

    // Adds another report's counts and problems (printing them now): a worker thread collects
    // into a deferred report, the thread that owns stderr absorbs it.
    void absorb(Report&& other);

    std::string summary() const;  // a line for people, with the reasons' tallies after it
    nlohmann::ordered_json to_json() const;
};

}  // namespace forum
