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
#include <unordered_set>

#include "common/content_hash.hpp"
#include "common/exit_codes.hpp"
#include "common/schema.hpp"
#include "indexer/commands.hpp"
#include "indexer/index_state.hpp"
#include "indexer/writer.hpp"

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
// they changed).
std::string extraction_fingerprint(const IndexOptions& o) {
    return std::string(schema::kSchemaVersion) + "/" + FORUM_SEARCH_VERSION + "/" +
           std::string(o.engine ? o.engine->name : "auto") + "/" +
           std::to_string(o.parse.utc_offset_seconds);
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

class Updater {
public:
    Updater(const IndexOptions& options, Report& report, IndexWriter& writer)
        : opt_(options), report_(report), writer_(writer), state_(writer.db()) {}

    void run() {
        state_.load_files();
        force_ = writer_.metadata(schema::kMetaExtraction) != extraction_fingerprint(opt_);
        SourceHandlers listing;
        listing.problem = [&](InputProblem&& p) { report_.add(std::move(p)); };
        Inputs inputs = list_inputs(opt_.paths, opt_.source, listing);
        Progress progress(!opt_.quiet && isatty(STDERR_FILENO), inputs.files.size());
        for (const auto& file : inputs.files) {
            if (stopped()) break;
            ++report_.files_seen;
            process_file(file);
            progress.update(report_.files_seen, report_.pages_seen,
                            report_.added + report_.replaced);
        }
        progress.done();
        if (!stopped()) drop_vanished(inputs.roots);
        if (!stopped()) reprocess_dirty();
        if (!stopped()) writer_.set_metadata(schema::kMetaExtraction, extraction_fingerprint(opt_));
        auto now = std::chrono::system_clock::now().time_since_epoch();
        writer_.set_metadata(
            schema::kMetaLastUpdate,
            std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now).count()));
        writer_.commit();
        report_.posts_indexed = report_.added + report_.replaced;
        Xapian::doccount total = writer_.db().get_doccount();
        report_.unchanged = total - std::min<size_t>(total, report_.posts_indexed);
        report_.interrupted = stopped();
    }

private:
    void process_file(const InputFile& in) {
        seen_files_.insert(in.absolute);
        const FileState* st = state_.file(in.absolute);
        bool reusable = st && !force_ && !st->failed && st->mtime != -1;
        if (reusable && !opt_.verify && st->size == in.size && st->mtime == in.mtime) {
            return unchanged_file(*st);
        }
        std::string hash = file_hash(in.path);
        if (reusable && hash == st->hash) {
            // Touched, or checked with --verify: the same bytes. Remember the new mtime.
            FileState same = *st;
            same.size = in.size;
            same.mtime = in.mtime;
            state_.set_file(same);
            return unchanged_file(same);
        }
        FileState f{in.absolute, in.size, in.mtime, hash, {}, false};
        size_t failures = report_.failed.size();
        SourceHandlers handlers;
        handlers.problem = [&](InputProblem&& p) { report_.add(std::move(p)); };
        bool again = st && st->failed;  // its failures are reported again, so extract again
        handlers.page = [&](RawPage&& raw) { process_page(std::move(raw), in, f, again); };
        read_input(in, opt_.source, handlers);
        if (stopped()) return;  // its state is not written: the next run reads it again
        // A file with failures is read again every run, so that they are reported until fixed.
        f.failed = report_.failed.size() > failures;
        if (st) {
            std::unordered_set<std::string> now(f.sources.begin(), f.sources.end());
            for (const auto& key : st->sources) {
                if (!now.count(key)) drop_source(key);
            }
        }
        if (dirty_files_.count(f.path)) f.mtime = -1;
        state_.set_file(f);
        maybe_commit();
    }

    void unchanged_file(const FileState&) { ++report_.files_unchanged; }

    void process_page(RawPage&& raw, const InputFile& in, FileState& f, bool again) {
        if (stopped()) return;
        std::string name = in.absolute + raw.source.substr(in.path.size());
        std::string key = schema::source_key(name);
        f.sources.push_back(key);
        ContentHash h;
        h.update(raw.bytes);
        h.update(std::to_string(raw.crawl_time));
        std::string hash = h.hex();
        ++report_.pages_seen;
        std::optional<SourceState> old = state_.source(key);
        if (old && old->hash == hash && !force_ && !again) {
            ++report_.pages_unchanged;
            return;
        }
        std::int64_t crawl_time = raw.crawl_time;
        Page page = Page::parse(std::move(raw), opt_.parse);
        Extraction ex = extract_reporting(page, opt_, report_);
        SourceState now{name, in.absolute, hash, crawl_time, {}};
        size_t elsewhere = 0;
        for (size_t i = 0; i < ex.posts.size(); ++i) {
            std::string id = schema::unique_term(ex.posts[i]);
            if (id.empty()) id = std::string(schema::kUnique) + key + "#" + std::to_string(i);
            if (std::find(now.posts.begin(), now.posts.end(), id) != now.posts.end()) continue;
            switch (writer_.put(id, ex.posts[i], key, name, crawl_time)) {
                case PutResult::kAdded:
                    ++report_.added;
                    break;
                case PutResult::kReplaced:
                    ++report_.replaced;
                    break;
                case PutResult::kUnchanged:
                    break;
                case PutResult::kAlsoElsewhere:
                    ++report_.duplicate_posts;
                    ++elsewhere;
                    break;
            }
            now.posts.push_back(id);
        }
        if (!now.posts.empty() && elsewhere == now.posts.size()) ++report_.duplicate_pages;
        if (old) {
            std::unordered_set<std::string> kept(now.posts.begin(), now.posts.end());
            for (const auto& id : old->posts) {
                if (!kept.count(id)) unref(id, key);
            }
        }
        state_.set_source(key, now);
        pending_ += now.posts.size();
        maybe_commit();
    }

    void unref(const std::string& id, const std::string& key) {
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
    // must not empty the index.
    void drop_vanished(const std::vector<std::string>& roots) {
        if (opt_.no_delete) return;
        std::vector<FileState> gone;
        for (const auto& [path, st] : state_.files()) {
            if (seen_files_.count(path)) continue;
            bool under_root = std::any_of(roots.begin(), roots.end(),
                                          [&](const std::string& r) { return is_under(path, r); });
            std::error_code ec;
            if (under_root && !fs::exists(path, ec)) gone.push_back(st);
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
            std::unordered_set<std::string> files;
            files.swap(dirty_files_);
            for (const auto& path : files) {
                std::error_code ec;
                auto size = fs::file_size(path, ec);
                if (ec) continue;
                auto t = fs::last_write_time(path, ec);
                auto mtime = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::file_clock::to_sys(t).time_since_epoch())
                                 .count();
                process_file({path, path, size, mtime});
            }
        }
    }

    void maybe_commit() {
        if (pending_ < opt_.commit_every) return;
        writer_.commit();
        pending_ = 0;
    }

    const IndexOptions& opt_;
    Report& report_;
    IndexWriter& writer_;
    IndexState state_;
    bool force_ = false;
    size_t pending_ = 0;
    std::unordered_set<std::string> seen_files_;
    std::unordered_set<std::string> dirty_files_;
};

// Swaps two directories atomically (Linux renameat2 RENAME_EXCHANGE); where the file system
// cannot, renames one after the other, leaving a moment with no index at `live`.
void swap_in(const std::string& fresh, const std::string& live) {
    if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0) return;
    std::string old = live + ".old";
    fs::remove_all(old);
    fs::rename(live, old);
    fs::rename(fresh, live);
    fs::rename(old, fresh);
}

int finish(Report& report, const IndexOptions& options,
           std::chrono::steady_clock::time_point start) {
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!options.quiet) std::cerr << report.summary() << '\n';
    if (options.json) std::cout << report.to_json().dump() << '\n';
    if (report.interrupted) return exit_code::kInterruptedBase + g_signal;
    return report.any_failed() ? exit_code::kSomeInputFailed : exit_code::kIndexed;
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
        Updater(options, report, writer).run();
        return finish(report, options, start);
    }
    // --full: hold the live index (its lock keeps other writers out), build a fresh one beside
    // it, and swap it in only when complete; readers see the old index or the new, never half.
    // The live index is only held for its lock, never written: a commit from it after the swap
    // would land in the fresh index's directory.
    Xapian::WritableDatabase live = open_locked(options.db, options.wait_lock);
    if (open.language.empty())
        open.language = live.get_metadata(std::string(schema::kMetaLanguage));
    std::string fresh = options.db + ".new";
    fs::remove_all(fresh);  // a --full that crashed left it; we hold the lock, so it is ours
    {
        IndexWriter writer(fresh, open);
        Updater(options, report, writer).run();
    }
    if (report.interrupted) {
        fs::remove_all(fresh);
        return finish(report, options, start);
    }
    swap_in(fresh, options.db);
    live.close();
    fs::remove_all(fresh);  // the old index, now under the fresh name
    return finish(report, options, start);
}

}  // namespace forum
