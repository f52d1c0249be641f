#include "indexer/update/updater.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "common/schema/schema.hpp"
#include "indexer/store/test_hook.hpp"
#include "indexer/update/file_reader.hpp"
#include "indexer/update/page_worker.hpp"
#include "indexer/update/pipeline.hpp"
#include "indexer/update/progress.hpp"
#include "indexer/update/stop_signal.hpp"

namespace forum {
namespace fs = std::filesystem;

Updater::Updater(const IndexOptions& options, Report& report, IndexWriter& writer,
                 const std::string& path)
    : opt_(options),
      report_(report),
      writer_(writer),
      state_(writer.db()),
      path_(path),
      reconciler_(state_, report) {
    plan_.verify = options.verify;
    plan_.fingerprint = extraction_fingerprint(
        options.engine ? std::string(options.engine->name) : "auto",
        options.parse.utc_offset_seconds, options.parse.zone ? options.parse.zone->name() : "",
        writer.language());
}

void Updater::run() {
    writer_.recover_shards();
    state_.load_files();
    sink_ = direct_sink(writer_);
    if (writer_.sources_to_check()) {
        // Until this is committed, the index says it is to be done (sources_to_check).
        reconciler_.forget_unrecorded_sources(writer_.db(), *sink_);
        writer_.clear_sources_to_check();
        writer_.commit();
    }
    plan_.index_fingerprint = writer_.metadata(schema::kMetaExtraction);
    if (opt_.jobs > 1 && state_.files().empty() && writer_.db().get_doccount() == 0)
        sink_ = sharded_sink(writer_, path_, opt_.jobs);
    writer_.commit();  // parser threads open the index read-only: it must exist on disk
    SourceHandlers listing;
    listing.problem = [&](InputProblem&& p) { report_.add(std::move(p)); };
    Inputs inputs = list_inputs(opt_.paths, opt_.source, listing);
    for (const auto& f : inputs.files)
        seen_files_.insert(f.absolute);
    report_.files_seen += inputs.files.size();
    process(inputs.files, opt_.jobs);
    if (!stopped() && !opt_.no_delete) {
        reconciler_.drop_vanished(inputs.roots, seen_files_, *sink_, [&](size_t changes) {
            pending_ += changes;
            maybe_commit();
        });
    }
    if (!stopped()) reprocess_dirty();
    if (!stopped()) {
        writer_.set_metadata(schema::kMetaExtraction, plan_.fingerprint);
        writer_.mark_schema_current();
    }
    auto now = std::chrono::system_clock::now().time_since_epoch();
    writer_.set_metadata(
        schema::kMetaLastUpdate,
        std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now).count()));
    commit();
    sink_->finish(report_);
    report_.posts_indexed = report_.added + report_.replaced;
    // Read anew: after a merge the writer only holds the index's lock (IndexWriter).
    Xapian::doccount total = Xapian::Database(path_).get_doccount();
    report_.unchanged = total - std::min<size_t>(total, report_.posts_indexed);
    report_.interrupted = stopped();
}

void Updater::process(const std::vector<InputFile>& files, unsigned jobs) {
    files_ = &files;
    pending_files_.clear();
    Progress progress(!opt_.quiet && isatty(STDERR_FILENO), files.size());
    // The reader decides from a snapshot of the files' state: the applying side changes the
    // live one.
    const auto snapshot = state_.files();
    auto read = [&](RunFeed& feed) { read_files(files, snapshot, plan_, opt_.source, feed); };
    auto make_worker = [&](bool threaded) {
        std::optional<Xapian::Database> own;
        if (threaded) own.emplace(path_);
        return [&files, worker = PageWorker(opt_, writer_.language(), std::move(own),
                                            threaded ? nullptr : &writer_.db())](
                   ReadPage&& item) mutable -> RunItem {
            const InputFile& file = files[item.file];
            return worker.work(std::move(item), file);
        };
    };
    auto apply_item = [&](RunItem&& item) {
        apply(std::move(item));
        progress.update(files_done_, report_.pages_seen,
                        report_.added + report_.replaced + sink_->stored_uncounted());
    };
    try {
        run_pipeline<ReadPage, RunItem>(jobs, read, make_worker, apply_item);
    } catch (...) {
        progress.done();
        throw;
    }
    progress.done();
}

void Updater::apply(RunItem&& item) {
    if (stopped()) return;  // unfinished files keep their old state: the next run reads them
    std::visit([&](auto&& i) { apply_one(std::move(i)); }, std::move(item));
}

void Updater::apply_one(FileNote&& note) {
    switch (note.kind) {
        case FileNote::kUnchanged:
            ++report_.files_unchanged;
            ++files_done_;
            return;
        case FileNote::kTouched:
            state_.set_file(note.state);
            ++report_.files_unchanged;
            ++files_done_;
            return;
        case FileNote::kRead: {
            PendingFile& p = pending_files_[note.file];
            std::vector<std::string> sources = std::move(p.state.sources);
            p.state = std::move(note.state);
            p.state.sources = std::move(sources);
            p.expected = note.pages;
            p.read_done = true;
            finish_if_complete(note.file);
            return;
        }
        case FileNote::kUnreadable: {
            // Not known to be gone, only unreadable now: its posts stay. Marked failed, it is
            // read (and reported) again next run, until it can be read.
            pending_files_.erase(note.file);
            ++files_done_;
            if (const FileState* last = state_.file((*files_)[note.file].absolute)) {
                FileState kept = *last;
                kept.failed = true;
                state_.set_file(kept);
            }
            return;
        }
    }
}

void Updater::apply_one(FileProblem&& p) {
    if (describe(p.problem.problem).severity == Severity::kFailure)
        pending_files_[p.file].failed = true;
    report_.add(std::move(p.problem));
}

void Updater::apply_one(PageWork&& w) {
    PendingFile& p = pending_files_[w.file];
    ++p.received;
    p.state.sources.push_back(w.key);
    size_t failures = report_.failed.size();
    report_.absorb(std::move(w.report));
    if (report_.failed.size() > failures) p.failed = true;
    if (!w.unchanged) store_page(w);
    finish_if_complete(w.file);
}

void Updater::store_page(PageWork& w) {
    std::optional<SourceState> old = state_.source(w.key);
    SourceState now{w.name, (*files_)[w.file].absolute, w.hash, w.crawl_time, {}};
    PagePosts page{w.key, w.name, w.crawl_time, {}};
    for (auto& [id, doc] : w.docs) {
        // A post twice on one page (a broken page) is stored once.
        if (std::find(now.posts.begin(), now.posts.end(), id) != now.posts.end()) continue;
        now.posts.push_back(id);
        page.docs.emplace_back(id, std::move(doc));
    }
    sink_->put_page(std::move(page), report_);
    if (old) reconciler_.keep_only(w.key, old->posts, now.posts, *sink_);
    state_.set_source(w.key, now);
    pending_ += now.posts.size();
    maybe_commit();
}

void Updater::finish_if_complete(size_t file) {
    PendingFile& p = pending_files_[file];
    if (!p.read_done || p.received < p.expected) return;
    FileState f = std::move(p.state);
    // A file with failures is read again every run, so that they are reported until fixed.
    f.failed = p.failed;
    pending_files_.erase(file);
    ++files_done_;
    if (const FileState* last = state_.file(f.path)) {
        std::vector<std::string> before = last->sources;  // dropping them changes the state
        reconciler_.drop_sources_left(before, f.sources, *sink_);
    }
    if (reconciler_.dirty_files().count(f.path)) f.mtime = -1;
    state_.set_file(f);
    maybe_commit();
}

// Files holding a source that must supply a post again (see Reconciler::unref) are read again.
void Updater::reprocess_dirty() {
    for (int round = 0; round < 8 && !reconciler_.dirty_files().empty() && !stopped(); ++round) {
        std::vector<InputFile> files;
        for (const auto& path : reconciler_.take_dirty_files()) {
            std::error_code ec;
            auto size = fs::file_size(path, ec);
            if (ec) continue;
            auto t = fs::last_write_time(path, ec);
            auto mtime = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::file_clock::to_sys(t).time_since_epoch())
                             .count();
            files.push_back({path, path, size, mtime});
        }
        std::sort(files.begin(), files.end(),
                  [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
        process(files, 1);
    }
}

void Updater::maybe_commit() {
    if (pending_ < opt_.commit_every) return;
    commit();
    pending_ = 0;
}

void Updater::commit() {
    sink_->commit_posts();  // the posts first, then the state that names them
    writer_.commit();
    test_hook("commit");
}

}  // namespace forum
