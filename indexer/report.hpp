#pragma once
// What an indexing (or extract) run did, for people on stderr and for scripts as JSON.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/problem.hpp"

namespace forum {

struct Report {
    size_t files_seen = 0;       // input files examined (an archive or a WARC counts once)
    size_t pages_seen = 0;       // HTML pages parsed
    size_t thread_pages = 0;     // pages an engine recognised
    size_t posts_indexed = 0;    // distinct posts written (or printed)
    size_t duplicate_posts = 0;  // posts met again in this run, stored once
    size_t duplicate_pages = 0;  // pages whose every post had been met already
    size_t cut_posts = 0;        // posts left out because the file ends inside them
    std::map<Problem, size_t> skipped;
    std::vector<InputProblem> failed;
    std::vector<InputProblem> warnings;
    double seconds = 0;
    bool verbose = false;  // name every skipped input on stderr too

    // Counts the problem. Failures and warnings are printed to stderr at once, one line each.
    void add(InputProblem problem);
    bool any_failed() const { return !failed.empty(); }

    std::string summary(const char* verb) const;  // "indexed 27 posts from 8 pages (...) in 0.1 s"
    nlohmann::ordered_json to_json() const;
};

}  // namespace forum
