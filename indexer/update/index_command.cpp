// forum-index's update of an index: incremental by default, safe to run from cron.
//
// A file unchanged since the last run (same size and mtime, or the same content hash with
// --verify) is not read. A changed file is read; each of its sources (pages, WARC records,
// archive members) whose content hash is unchanged is not extracted again (change_plan.hpp).
// Posts are added, replaced only when their text or metadata changed, and deleted when no source
// holds them any more (reconciler.hpp). State and posts are committed together every
// --commit-every posts, so a crash leaves the last commit and the next run converges to what a
// clean build gives. The run itself is updater.hpp; this file opens the index, or builds a fresh
// one beside it for --full and swaps it in.

#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>
#include <system_error>

#include "common/core/exit_codes.hpp"
#include "common/core/json_text.hpp"
#include "common/schema/schema.hpp"
#include "indexer/store/index_dirs.hpp"
#include "indexer/store/index_lock.hpp"
#include "indexer/store/test_hook.hpp"
#include "indexer/store/writer.hpp"
#include "indexer/update/commands.hpp"
#include "indexer/update/stop_signal.hpp"
#include "indexer/update/updater.hpp"

namespace forum {
namespace fs = std::filesystem;
namespace {

int finish(Report& report, const IndexOptions& options,
           std::chrono::steady_clock::time_point start) {
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!options.quiet) std::cerr << report.summary() << '\n';
    if (options.json) std::cout << json_text(report.to_json()) << '\n';
    if (report.interrupted) return exit_code::kInterruptedBase + stop_signal();
    return report.any_failed() ? exit_code::kSomeInputFailed : exit_code::kIndexed;
}

// Removes what runs that did not finish left beside the index, and says so: we hold the index's
// lock, so no run is using them.
void clear_leftovers(const std::string& db, bool quiet) {
    LeftoverCleanup cleanup = remove_leftovers(db);
    std::string line = describe(cleanup);
    if (!line.empty() && (!quiet || !cleanup.failed.empty()))
        std::cerr << "forum-index: " << line << '\n';
}

// A --full that failed or was interrupted gives back the space its fresh index took at once.
void discard_fresh(const std::string& fresh) {
    std::error_code ec;
    for (const auto& dir : {fresh, shards_path(fresh), merged_path(fresh)})
        fs::remove_all(dir, ec);
}

}  // namespace

int run_index(const IndexOptions& options) {
    auto start = std::chrono::steady_clock::now();
    catch_stop_signals();
    Report report;
    report.indexing = true;
    report.verbose = options.verbose;
    report.quiet = options.quiet;
    OpenOptions open{options.language, options.wait_lock};
    if (!options.full) {
        IndexWriter writer(options.db, open);
        clear_leftovers(options.db, options.quiet);
        Updater(options, report, writer, options.db).run();
        return finish(report, options, start);
    }
    // --full: hold the live index (its lock keeps other writers out), build a fresh one beside
    // it, and swap it in only when complete; readers see the old index or the new, never half.
    // The live index is only held for its lock, never written: a commit from it after the swap
    // would land in the fresh index's directory.
    Xapian::WritableDatabase live = open_locked(options.db, options.wait_lock);
    clear_leftovers(options.db, options.quiet);
    const std::string fresh = fresh_path(options.db);
    // The fresh index's writer is kept across the swap for its lock, as `live` is for the old
    // index's: whatever is at the index's path is locked at every moment, so no other writer
    // takes it, and no run removes INDEX.new as a leftover while this one still uses it.
    std::optional<IndexWriter> writer;
    try {
        writer.emplace(fresh, open);
        writer->supersede_shards(shards_path(options.db));
        Updater(options, report, *writer, fresh).run();
    } catch (...) {
        writer.reset();
        discard_fresh(fresh);
        throw;
    }
    if (report.interrupted) {
        writer.reset();
        discard_fresh(fresh);
        return finish(report, options, start);
    }
    test_hook("full-before-swap");
    swap_directories(fresh, options.db);
    test_hook("full-after-swap");
    remove_shards(shards_path(options.db));  // the old index's, superseded
    fs::remove_all(fresh);                   // the old index, now under the fresh name
    return finish(report, options, start);
}

}  // namespace forum
