#pragma once
// What flows through an index run's pipeline (pipeline.hpp): the reader hands pages to the
// workers (ReadPage) and notes about whole files to the applying side; workers hand it PageWork.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <xapian.h>

#include "indexer/input/raw_page.hpp"
#include "indexer/input/source.hpp"
#include "indexer/report/report.hpp"
#include "indexer/store/index_state.hpp"

namespace forum {

// A page read, for a worker.
struct ReadPage {
    size_t file = 0;     // index into the run's file list
    bool again = false;  // extract it even if unchanged (see FilePlan)
    RawPage page;
};

// A worker's result for one page (source).
struct PageWork {
    size_t file = 0;
    std::string name, key, hash;
    std::int64_t crawl_time = 0;
    bool unchanged = false;  // same bytes as last time: nothing extracted
    std::vector<std::pair<std::string, Xapian::Document>> docs;  // (unique term, document)
    Report report;  // deferred: what extraction said about the page
};

// About a file as a whole.
struct FileNote {
    // kUnreadable: it could not be read (reported); what the index holds from it is kept.
    enum Kind { kUnchanged, kTouched, kRead, kUnreadable } kind;
    size_t file = 0;
    FileState state;   // kTouched: the state with its new mtime; kRead: the new size/mtime/hash
    size_t pages = 0;  // kRead: how many pages were read from it
};

struct FileProblem {
    size_t file = 0;
    InputProblem problem;
};

using RunItem = std::variant<PageWork, FileNote, FileProblem>;

}  // namespace forum
