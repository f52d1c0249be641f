#pragma once
// One index run over a writer: lists the inputs, runs the pipeline (file_reader → page_worker
// → this, in order), applies each item to the index's state and the post sink, reconciles what
// vanished, reads again what must supply a post, and commits every --commit-every posts.

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "indexer/report/report.hpp"
#include "indexer/store/index_state.hpp"
#include "indexer/store/writer.hpp"
#include "indexer/update/change_plan.hpp"
#include "indexer/update/commands.hpp"
#include "indexer/update/post_sink.hpp"
#include "indexer/update/reconciler.hpp"
#include "indexer/update/run_items.hpp"

namespace forum {

class Updater {
public:
    // Writes through `writer` to the index at `path`, counting in `report`.
    Updater(const IndexOptions& options, Report& report, IndexWriter& writer,
            const std::string& path);
    void run();

private:
    // A file whose pages are still on their way.
    struct PendingFile {
        FileState state;
        size_t expected = 0;  // pages, once the reader has finished the file
        size_t received = 0;
        bool read_done = false;
        bool failed = false;
    };

    void process(const std::vector<InputFile>& files, unsigned jobs);
    void apply(RunItem&& item);
    void apply_one(FileNote&& note);
    void apply_one(FileProblem&& p);
    void apply_one(PageWork&& w);
    void store_page(PageWork& w);
    void finish_if_complete(size_t file);
    void reprocess_dirty();
    void maybe_commit();
    void commit();

    const IndexOptions& opt_;
    Report& report_;
    IndexWriter& writer_;
    IndexState state_;
    std::string path_;
    std::unique_ptr<PostSink> sink_;
    Reconciler reconciler_;
    PlanContext plan_;
    size_t pending_ = 0;  // changes since the last commit
    size_t files_done_ = 0;
    const std::vector<InputFile>* files_ = nullptr;  // of the current pass
    std::unordered_map<size_t, PendingFile> pending_files_;
    std::unordered_set<std::string> seen_files_;
};

}  // namespace forum
