// forum-index's update of an index: incremental by default, safe to run from cron.
//
// A file unchanged since the last run (same size and mtime, or the same content hash with
// --verify) is not read. A changed file is read; each of its sources (pages, WARC records,
// archive members) whose content hash is unchanged is not extracted again. Posts are added,
// replaced only when their text or metadata changed, and deleted when no source holds them any
// more. State and posts are committed together every --commit-every posts, so a crash leaves
// the last commit and the next run converges to what a clean build gives.

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <semaphore>
#include <system_error>
#include <thread>
#include <unordered_set>
#include <variant>

#include "common/core/content_hash.hpp"
#include "common/core/exit_codes.hpp"
#include "common/core/json_text.hpp"
#include "common/core/time_zone.hpp"
#include "common/schema/schema.hpp"
#include "indexer/store/document.hpp"
#include "indexer/store/index_dirs.hpp"
#include "indexer/store/index_lock.hpp"
#include "indexer/store/index_state.hpp"
#include "indexer/store/shard_writers.hpp"
#include "indexer/store/test_hook.hpp"
#include "indexer/store/work_queue.hpp"
#include "indexer/store/writer.hpp"
#include "indexer/update/commands.hpp"

namespace forum {
namespace fs = std::filesystem;
namespace {

volatile std::sig_atomic_t g_signal = 0;

void on_signal(int sig) { g_signal = sig; }

void catch_signals() {
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

bool stopped() { return g_signal != 0; }

// What extracted posts depend on besides the pages; when it changes (a new forum-index, another
// --engine or --timezone), every page is extracted again (posts are still only replaced if
// they changed). Kept per file, and index-wide for states that predate that.
std::string extraction_fingerprint(const IndexOptions& o) {
    return std::string(schema::kSchemaVersion) + "/" + FORUM_SEARCH_VERSION + "/" +
           std::string(o.engine ? o.engine->name : "auto") + "/" +
           std::to_string(o.parse.utc_offset_seconds) +
           (o.parse.zone ? "/" + o.parse.zone->name() : "");
}

// Progress on a terminal: files, pages/s, posts, ETA; at most twice a second.
class Progress {
public:
    Progress(bool enabled, size_t total) : enabled_(enabled), total_(total) {}
    void update(size_t files, size_t pages, size_t posts) {
        if (!enabled_) return;
        auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::milliseconds(500)) return;
        last_ = now;
        double secs = std::chrono::duration<double>(now - start_).count();
        double rate = secs > 0 ? pages / secs : 0;
        double eta = files > 0 ? secs * (static_cast<double>(total_) - files) / files : 0;
        std::fprintf(stderr, "\r%zu/%zu files · %zu pages (%.0f/s) · %zu posts · ETA %d:%02d   ",
                     files, total_, pages, rate, posts, static_cast<int>(eta) / 60,
                     static_cast<int>(eta) % 60);
        shown_ = true;
    }
    void done() {
        if (shown_) std::fprintf(stderr, "\r\033[K");
    }

private:
    bool enabled_;
    size_t total_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_{};
    bool shown_ = false;
};

// What a parser thread hands the writer for one source (page).
struct PageWork {
    size_t file = 0;  // index into the run's file list
    std::string name, key, hash;
    std::int64_t crawl_time = 0;
    bool unchanged = false;  // same bytes as last time: nothing extracted
    std::vector<std::pair<std::string, Xapian::Document>> docs;  // (unique term, document)
    Report report;  // deferred: what extraction said about the page
};

// Messages to the writer about a file as a whole.
struct FileNote {
    // kUnreadable: it could not be read (reported); what the index holds from it is kept.
    enum Kind { kUnchanged, kTouched, kRead, kUnreadable } kind;
    size_t file = 0;
    FileState state;   // kTouched: the state with its new mtime; kRead: the new size/mtime/hash
    size_t pages = 0;  // kRead: how many PageWork items follow for it
};

struct FileProblem {
    size_t file = 0;
    InputProblem problem;
};

using WriterItem = std::variant<PageWork, FileNote, FileProblem>;

// Items carry the order the reader produced them in; the writer applies them in that order, so
// a parallel run counts, reports and stores exactly what a sequential one does.
struct Sequenced {
    size_t seq;
    WriterItem item;
};

struct ReadItem {
    size_t seq;
    size_t file;
    bool again;  // failed last time, or extracted differently: extract even if unchanged
    RawPage page;
};

// Parses and extracts pages; one per thread, each with its own Xapian objects (they are not
// thread-safe) and its own read-only view of the index for the sources' last state.
class PageWorker {
public:
    PageWorker(const IndexOptions& options, const std::string& language,
               std::optional<Xapian::Database> state_db, const Xapian::Database* writer_db)
        : opt_(options),
          terms_(make_term_generator(stemmer_for(language))),
          own_db_(std::move(state_db)),
          writer_db_(writer_db) {}

    PageWork work(ReadItem&& item, const std::string& absolute_file, const std::string& file_path) {
        PageWork w;
        w.file = item.file;
        w.name = absolute_file + item.page.source.substr(file_path.size());
        w.key = schema::source_key(w.name);
        w.crawl_time = item.page.crawl_time;
        ContentHash h;
        h.update(item.page.bytes);
        h.update(std::to_string(item.page.crawl_time));
        w.hash = h.hex();
        w.report.deferred = true;
        ++w.report.pages_seen;
        std::optional<SourceState> old = last_state(w.key);
        if (old && old->hash == w.hash && !item.again) {
            w.unchanged = true;
            ++w.report.pages_unchanged;
            return w;
        }
        Page page = Page::parse(std::move(item.page), opt_.parse);
        Extraction ex = extract_reporting(page, opt_, w.report);
        for (size_t i = 0; i < ex.posts.size(); ++i) {
            std::string id = schema::unique_term(ex.posts[i]);
            Xapian::Document doc = make_document(ex.posts[i], terms_);
            if (id.empty()) {
                // Neither an id nor a thread URL and position: its place in this source.
                id = std::string(schema::kUnique) + w.key + "#" + std::to_string(i);
                doc.add_boolean_term(id);  // Xapian does not add a replace_document's term
            }
            w.docs.emplace_back(std::move(id), std::move(doc));
        }
        return w;
    }

private:
    std::optional<SourceState> last_state(const std::string& key) {
        if (!own_db_) return read_source_state(*writer_db_, key);
        for (int attempt = 0;; ++attempt) {
            try {
                return read_source_state(*own_db_, key);
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt == 3) throw;
                own_db_->reopen();
            }
        }
    }

    const IndexOptions& opt_;
    Xapian::TermGenerator terms_;
    std::optional<Xapian::Database> own_db_;
    const Xapian::Database* writer_db_;
};

class Updater {
public:
    Updater(const IndexOptions& options, Report& report, IndexWriter& writer,
            const std::string& path)
        : opt_(options), report_(report), writer_(writer), state_(writer.db()), path_(path) {}

    void run() {
        writer_.recover_shards();
        state_.load_files();
        if (writer_.sources_to_check()) forget_unrecorded_sources();
        index_fingerprint_ = writer_.metadata(schema::kMetaExtraction);
        if (opt_.jobs > 1 && state_.files().empty() && writer_.db().get_doccount() == 0)
            shards_.emplace(path_, opt_.jobs, OpenOptions{writer_.language(), {}});
        writer_.commit();  // parser threads open the index read-only: it must exist on disk
        SourceHandlers listing;
        listing.problem = [&](InputProblem&& p) { report_.add(std::move(p)); };
        Inputs inputs = list_inputs(opt_.paths, opt_.source, listing);
        for (const auto& f : inputs.files)
            seen_files_.insert(f.absolute);
        report_.files_seen += inputs.files.size();
        process(inputs.files, opt_.jobs);
        if (!stopped()) drop_vanished(inputs.roots);
        if (!stopped()) reprocess_dirty();
        if (!stopped()) {
            writer_.set_metadata(schema::kMetaExtraction, extraction_fingerprint(opt_));
            writer_.mark_schema_current();
        }
        auto now = std::chrono::system_clock::now().time_since_epoch();
        writer_.set_metadata(
            schema::kMetaLastUpdate,
            std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now).count()));
        commit();
        if (shards_) {
            ShardCounts c = shards_->counts();
            report_.added += c.added;
            report_.replaced += c.replaced;
            report_.duplicate_posts += c.duplicate_posts;
            report_.duplicate_pages += c.duplicate_pages;
            shards_.reset();
            writer_.merge_shards();
        }
        report_.posts_indexed = report_.added + report_.replaced;
        // Read anew: after a merge the writer only holds the index's lock (IndexWriter).
        Xapian::doccount total = Xapian::Database(path_).get_doccount();
        report_.unchanged = total - std::min<size_t>(total, report_.posts_indexed);
        report_.interrupted = stopped();
    }

private:
    // ---- the pipeline: a reader, `jobs` parsers, and this thread as the only writer; with one
    // job, all three in turn on this thread.

    void process(const std::vector<InputFile>& files, unsigned jobs) {
        files_ = &files;
        pending_files_.clear();
        Progress progress(!opt_.quiet && isatty(STDERR_FILENO), files.size());
        auto after_item = [&] {
            ShardCounts in_shards = shards_ ? shards_->counts() : ShardCounts{};
            progress.update(
                files_done_, report_.pages_seen,
                report_.added + report_.replaced + in_shards.added + in_shards.replaced);
        };
        // The reader decides from a snapshot of the files' state: the writer changes the live one.
        const auto snapshot = state_.files();
        if (jobs <= 1) {
            PageWorker worker(opt_, writer_.language(), std::nullopt, &writer_.db());
            auto to_writer = [&](Sequenced&& s) {
                apply(std::move(s.item));
                after_item();
            };
            auto to_parser = [&](ReadItem&& item) {
                const InputFile& f = files[item.file];
                apply(worker.work(std::move(item), f.absolute, f.path));
                after_item();
            };
            read_all(files, snapshot, to_parser, to_writer);
            progress.done();
            return;
        }
        WorkQueue<ReadItem> parse_queue(2 * jobs);
        WorkQueue<Sequenced> write_queue(4 * jobs);
        // Items read but not yet applied; bounds the writer's reordering buffer, hence memory.
        std::counting_semaphore<> in_flight(8 * jobs + 8);
        std::atomic<unsigned> parsers_left = jobs;
        std::exception_ptr failure;
        std::mutex failure_mutex;
        auto fail = [&](std::exception_ptr e) {
            std::lock_guard lock(failure_mutex);
            if (!failure) failure = e;
            parse_queue.close();
            write_queue.close();
            in_flight.release(1 << 20);  // unblock the reader
        };
        // A thread that cannot start (no memory left for its stack) fails the run as any failure
        // does: the threads already running are stopped and joined, not left to abort it.
        auto spawn = [&](auto body) {
            try {
                return std::thread(std::move(body));
            } catch (const std::system_error& e) {
                fail(std::make_exception_ptr(std::system_error(e.code(), "cannot start a thread")));
                return std::thread();
            }
        };
        std::thread reader = spawn([&] {
            try {
                read_all(
                    files, snapshot,
                    [&](ReadItem&& i) {
                        in_flight.acquire();
                        parse_queue.push(std::move(i));
                    },
                    [&](Sequenced&& i) {
                        in_flight.acquire();
                        write_queue.push(std::move(i));
                    });
            } catch (...) {
                fail(std::current_exception());
            }
            parse_queue.close();
        });
        std::vector<std::thread> parsers;
        for (unsigned n = 0; n < jobs; ++n) {
            parsers.push_back(spawn([&] {
                try {
                    PageWorker worker(opt_, writer_.language(), Xapian::Database(path_), nullptr);
                    while (auto item = parse_queue.pop()) {
                        const InputFile& f = files[item->file];
                        size_t seq = item->seq;
                        write_queue.push({seq, worker.work(std::move(*item), f.absolute, f.path)});
                    }
                } catch (...) {
                    fail(std::current_exception());
                }
                if (--parsers_left == 0) write_queue.close();
            }));
        }
        try {
            std::map<size_t, WriterItem> early;
            size_t next = 0;
            while (auto s = write_queue.pop()) {
                early.emplace(s->seq, std::move(s->item));
                for (auto it = early.find(next); it != early.end(); it = early.find(++next)) {
                    apply(std::move(it->second));
                    early.erase(it);
                    in_flight.release();
                    after_item();
                }
            }
        } catch (...) {
            fail(std::current_exception());
        }
        if (reader.joinable()) reader.join();
        for (auto& t : parsers) {
            if (t.joinable()) t.join();
        }
        progress.done();
        if (failure) std::rethrow_exception(failure);
    }

    // Reader side: decides, from the last state, which files to read, and reads them.
    template <typename ToParser, typename ToWriter>
    void read_all(const std::vector<InputFile>& files,
                  const std::unordered_map<std::string, FileState>& last, ToParser&& to_parser,
                  ToWriter&& send) {
        size_t seq = 0;
        auto to_writer = [&](WriterItem&& item) { send(Sequenced{seq++, std::move(item)}); };
        for (size_t n = 0; n < files.size() && !stopped(); ++n) {
            const InputFile& in = files[n];
            auto it = last.find(in.absolute);
            const FileState* st = it == last.end() ? nullptr : &it->second;
            bool stale = st && extracted_differently(*st);
            bool reusable = st && !stale && !st->failed && st->mtime != -1;
            if (reusable && !opt_.verify && st->size == in.size && st->mtime == in.mtime) {
                to_writer(FileNote{FileNote::kUnchanged, n, {}, 0});
                continue;
            }
            std::string hash, error;
            if (!file_hash(in.path, hash, error)) {
                to_writer(FileProblem{n, {in.path, Problem::kUnreadable, std::move(error)}});
                to_writer(FileNote{FileNote::kUnreadable, n, {}, 0});
                continue;
            }
            if (reusable && hash == st->hash) {
                // Touched, or checked with --verify: the same bytes. Remember the new mtime.
                FileState same = *st;
                same.size = in.size;
                same.mtime = in.mtime;
                to_writer(FileNote{FileNote::kTouched, n, std::move(same), 0});
                continue;
            }
            // Failures are reported again until fixed; a stale extraction is redone.
            bool again = st && (st->failed || stale);
            size_t pages = 0;
            bool unreadable = false;
            SourceHandlers handlers;
            handlers.problem = [&](InputProblem&& p) {
                if (p.problem == Problem::kUnreadable && p.source == in.path) unreadable = true;
                to_writer(FileProblem{n, std::move(p)});
            };
            handlers.page = [&](RawPage&& raw) {
                ++pages;
                to_parser(ReadItem{seq++, n, again, std::move(raw)});
            };
            read_input(in, opt_.source, handlers);
            if (unreadable && pages == 0) {
                to_writer(FileNote{FileNote::kUnreadable, n, {}, 0});
                continue;
            }
            FileState now{in.absolute, in.size, in.mtime, hash, {}, false, fingerprint_};
            to_writer(FileNote{FileNote::kRead, n, std::move(now), pages});
        }
    }

    bool extracted_differently(const FileState& st) const {
        return (st.extraction.empty() ? index_fingerprint_ : st.extraction) != fingerprint_;
    }

    // ---- writer side

    struct PendingFile {
        FileState state;
        size_t expected = 0;  // pages, once the reader has finished the file
        size_t received = 0;
        bool read_done = false;
        bool failed = false;
    };

    void apply(WriterItem&& item) {
        if (stopped()) return;  // unfinished files keep their old state: the next run reads them
        std::visit([&](auto&& i) { apply_one(std::move(i)); }, std::move(item));
    }

    void apply_one(FileNote&& note) {
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

    void apply_one(FileProblem&& p) {
        if (describe(p.problem.problem).severity == Severity::kFailure)
            pending_files_[p.file].failed = true;
        report_.add(std::move(p.problem));
    }

    void apply_one(PageWork&& w) {
        PendingFile& p = pending_files_[w.file];
        ++p.received;
        p.state.sources.push_back(w.key);
        size_t failures = report_.failed.size();
        report_.absorb(std::move(w.report));
        if (report_.failed.size() > failures) p.failed = true;
        if (!w.unchanged) store_page(w);
        finish_if_complete(w.file);
    }

    void store_page(PageWork& w) {
        std::optional<SourceState> old = state_.source(w.key);
        SourceState now{w.name, (*files_)[w.file].absolute, w.hash, w.crawl_time, {}};
        if (shards_) {
            hand_to_shards(w, now);
        } else {
            store_posts(w, now);
        }
        if (old) {
            std::unordered_set<std::string> kept(now.posts.begin(), now.posts.end());
            for (const auto& id : old->posts) {
                if (!kept.count(id)) unref(id, w.key);
            }
        }
        state_.set_source(w.key, now);
        pending_ += now.posts.size();
        maybe_commit();
    }

    // A post twice on one page (a broken page) is stored once.
    static bool listed(const SourceState& s, const std::string& id) {
        return std::find(s.posts.begin(), s.posts.end(), id) != s.posts.end();
    }

    void store_posts(PageWork& w, SourceState& now) {
        size_t elsewhere = 0;
        for (auto& [id, doc] : w.docs) {
            if (listed(now, id)) continue;
            if (tally(writer_.put(id, std::move(doc), w.key, w.name, w.crawl_time), report_.added,
                      report_.replaced, report_.duplicate_posts))
                ++elsewhere;
            now.posts.push_back(id);
        }
        if (!now.posts.empty() && elsewhere == now.posts.size()) ++report_.duplicate_pages;
    }

    // The shards count what they store (see run()).
    void hand_to_shards(PageWork& w, SourceState& now) {
        std::vector<std::pair<std::string, Xapian::Document>> docs;
        for (auto& [id, doc] : w.docs) {
            if (listed(now, id)) continue;
            now.posts.push_back(id);
            docs.emplace_back(id, std::move(doc));
        }
        shards_->put_page(std::move(docs), w.key, w.name, w.crawl_time);
    }

    void finish_if_complete(size_t file) {
        PendingFile& p = pending_files_[file];
        if (!p.read_done || p.received < p.expected) return;
        FileState f = std::move(p.state);
        // A file with failures is read again every run, so that they are reported until fixed.
        f.failed = p.failed;
        pending_files_.erase(file);
        ++files_done_;
        if (const FileState* last = state_.file(f.path)) {
            std::unordered_set<std::string> now(f.sources.begin(), f.sources.end());
            for (const auto& key : last->sources) {
                if (!now.count(key)) drop_source(key);
            }
        }
        if (dirty_files_.count(f.path)) f.mtime = -1;
        state_.set_file(f);
        maybe_commit();
    }

    void unref(const std::string& id, const std::string& key) {
        // A first build knows no earlier state, so it never takes a post from a source.
        if (shards_) throw std::logic_error("a parallel first build met source " + key + " twice");
        IndexWriter::Unref r = writer_.unref(id, key);
        if (r.deleted) ++report_.deleted;
        if (r.heirs.empty()) return;
        // The stored copy came from the source that lost the post: the best remaining source
        // (latest crawl, then first name) must be extracted again to supply it. Mark it so in the
        // state first, so that even a crash before this run re-reads it leaves the next run to.
        std::optional<SourceState> best;
        std::string best_key;
        for (const auto& k : r.heirs) {
            auto s = state_.source(k);
            if (!s) continue;
            if (!best || s->crawl_time > best->crawl_time ||
                (s->crawl_time == best->crawl_time && s->name < best->name)) {
                best = s;
                best_key = k;
            }
        }
        if (!best) return;
        best->hash.clear();
        state_.set_source(best_key, *best);
        dirty_files_.insert(best->file);
        if (const FileState* fs = state_.file(best->file)) {
            FileState dirty = *fs;
            dirty.mtime = -1;
            state_.set_file(dirty);
        }
    }

    void drop_source(const std::string& key) {
        auto s = state_.source(key);
        if (!s) return;
        for (const auto& id : s->posts)
            unref(id, key);
        state_.erase_source(key);
    }

    // Files under a named path that no longer exist: their posts go (unless --no-delete).
    // A named path that is missing altogether was reported and is left alone: an unmounted disk
    // must not empty the index. Nor does a file we cannot even stat (under a directory we may not
    // enter) count as gone: that it exists is all we cannot tell.
    void drop_vanished(const std::vector<std::string>& roots) {
        if (opt_.no_delete) return;
        std::vector<FileState> gone;
        for (const auto& [path, st] : state_.files()) {
            if (seen_files_.count(path)) continue;
            // An init-capture: clang 14 (the fuzz build) cannot capture a structured binding.
            bool under_root =
                std::any_of(roots.begin(), roots.end(),
                            [&file = path](const auto& r) { return is_under(file, r); });
            std::error_code ec;
            if (under_root && !fs::exists(path, ec) && !ec) gone.push_back(st);
        }
        for (const auto& st : gone) {
            for (const auto& key : st.sources)
                drop_source(key);
            state_.erase_file(st.path);
            pending_ += st.sources.size();
            maybe_commit();
        }
    }

    // Files holding a source that must supply a post again (see unref) are read again now.
    void reprocess_dirty() {
        for (int round = 0; round < 8 && !dirty_files_.empty() && !stopped(); ++round) {
            std::vector<InputFile> files;
            for (const auto& path : dirty_files_) {
                std::error_code ec;
                auto size = fs::file_size(path, ec);
                if (ec) continue;
                auto t = fs::last_write_time(path, ec);
                auto mtime = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::file_clock::to_sys(t).time_since_epoch())
                                 .count();
                files.push_back({path, path, size, mtime});
            }
            dirty_files_.clear();
            std::sort(files.begin(), files.end(),
                      [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
            process(files, 1);
        }
    }

    void maybe_commit() {
        if (pending_ < opt_.commit_every) return;
        commit();
        pending_ = 0;
    }

    void commit() {
        if (shards_) {
            shards_->commit();  // the posts first, then the state that names them
            test_hook("shards-committed");
        }
        writer_.commit();
        test_hook("commit");
    }

    // Shards merged from a run that died may hold posts of sources whose state that run never
    // committed (it died between the two commits). Those sources are read again as new; their
    // references go now, so that a post they no longer hold does not outlive them. Until this
    // is committed, the index says it is to be done (IndexWriter::sources_to_check).
    void forget_unrecorded_sources() {
        Xapian::WritableDatabase& db = writer_.db();
        const std::string prefix(schema::kSource);
        std::vector<std::string> keys;
        for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
            std::string key = (*t).substr(prefix.size());
            if (!state_.source(key)) keys.push_back(std::move(key));
        }
        for (const auto& key : keys) {
            std::vector<std::string> ids;
            for (auto p = db.postlist_begin(prefix + key); p != db.postlist_end(prefix + key);
                 ++p) {
                Xapian::Document doc = db.get_document(*p);
                auto t = doc.termlist_begin();
                t.skip_to(std::string(schema::kUnique));
                if (t != doc.termlist_end() && (*t).starts_with(schema::kUnique)) ids.push_back(*t);
            }
            for (const auto& id : ids)
                unref(id, key);
        }
        writer_.clear_sources_to_check();
        writer_.commit();
    }

    const IndexOptions& opt_;
    Report& report_;
    IndexWriter& writer_;
    IndexState state_;
    std::string path_;
    std::optional<ShardWriters> shards_;  // a first build with several jobs
    const std::string fingerprint_ = extraction_fingerprint(opt_);
    std::string index_fingerprint_;  // for file states without their own
    size_t pending_ = 0;
    size_t files_done_ = 0;
    const std::vector<InputFile>* files_ = nullptr;
    std::unordered_map<size_t, PendingFile> pending_files_;
    std::unordered_set<std::string> seen_files_;
    std::unordered_set<std::string> dirty_files_;
};

int finish(Report& report, const IndexOptions& options,
           std::chrono::steady_clock::time_point start) {
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!options.quiet) std::cerr << report.summary() << '\n';
    if (options.json) std::cout << json_text(report.to_json()) << '\n';
    if (report.interrupted) return exit_code::kInterruptedBase + g_signal;
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
    catch_signals();
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
    if (open.language.empty())
        open.language = live.get_metadata(std::string(schema::kMetaLanguage));
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
