#pragma once
// What a run does with each input file and page, decided from the index's last state alone: no
// I/O, so that the rules are tested as they are written (tests/unit/indexer/update/).
//
// A file unchanged since the last run (same size and mtime; with --verify, the same content hash)
// is not read. A file whose bytes are the same with a new mtime is "touched": only its new mtime
// is recorded. Any other file is read; of its pages, one whose content hash (bytes and crawl
// time) is the one last extracted is not extracted again. A file whose last reading had failures,
// or whose pages were extracted differently (another forum-index, --engine or --timezone), is
// read and extracted again in full.

#include <optional>
#include <string>

#include "indexer/input/raw_page.hpp"
#include "indexer/input/source.hpp"
#include "indexer/store/index_state.hpp"

namespace forum {

struct PlanContext {
    bool verify = false;            // compare content hashes, never sizes and mtimes
    std::string fingerprint;        // this run's extraction fingerprint
    std::string index_fingerprint;  // the index's, for file states that predate their own
};

enum class FileAction {
    kUnchanged,  // not read
    kHash,       // its hash decides: ask again with it
    kTouched,    // the same bytes: record the new size and mtime
    kRead,       // read it, page by page
};

struct FilePlan {
    FileAction action = FileAction::kRead;
    bool again = false;  // kRead: extract every page, even one whose hash is unchanged
};

// The plan for input file `in`, whose state after the last run was `last` (null: new). Without
// its content hash (`hash` null) the answer is kUnchanged or kHash; with it, kTouched or kRead.
FilePlan plan_file(const InputFile& in, const FileState* last, const std::string* hash,
                   const PlanContext& context);

// Whether a page must be extracted: it is new, its hash differs from the last one extracted,
// or its file is read `again`.
bool page_needs_extraction(const std::optional<SourceState>& last, const std::string& hash,
                           bool again);

// A page's content hash: its bytes and its crawl time (a post's date may depend on it).
std::string page_hash(const RawPage& page);

// What extracted posts depend on besides the pages: the schema, forum-index's version,
// --engine, --timezone and --lang (`engine` "auto" when detecting). When it changes, every page is
// extracted again (posts are still only replaced if they changed).
std::string extraction_fingerprint(const std::string& engine, int utc_offset_seconds,
                                   const std::string& zone, const std::string& language = {});

}  // namespace forum
