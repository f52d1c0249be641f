#pragma once
// Keeps the index's references between sources and posts true to the crawl: a post a source no
// longer holds loses that source's reference (and goes when no source holds it); a source that
// left its file, a file that vanished, and sources whose state a dead run never committed take
// their references with them. When the stored copy of a post came from the source that lost it,
// the best remaining source (latest crawl, then first name) must supply it again: its file is
// marked to be read again, in the state first, so that a crash before that still leaves the
// next run to do it.

#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "indexer/report/report.hpp"
#include "indexer/store/index_state.hpp"
#include "indexer/update/post_sink.hpp"

namespace forum {

class Reconciler {
public:
    // Deleted posts are counted in `report`.
    Reconciler(IndexState& state, Report& report) : state_(state), report_(report) {}

    // Source `key` no longer holds post `id`.
    void unref(const std::string& id, const std::string& key, PostSink& sink);

    // Source `key` held `before` and now holds `now`: the posts it lost are unreferenced.
    void keep_only(const std::string& key, const std::vector<std::string>& before,
                   const std::vector<std::string>& now, PostSink& sink);

    // The source is gone: its posts are unreferenced, its state erased.
    void drop_source(const std::string& key, PostSink& sink);

    // The file held `before` and now holds `now`: the sources it lost are dropped.
    void drop_sources_left(const std::vector<std::string>& before,
                           const std::vector<std::string>& now, PostSink& sink);

    // Files under a named root (`roots`) that the listing did not meet (`seen`) and that no
    // longer exist: their sources are dropped and their state erased. A named path that is
    // missing altogether was reported and is left alone (an unmounted disk must not empty the
    // index), and so is a file that cannot even be stat'ed (that it exists is all we cannot
    // tell). `changed(n)` is called after each file, with the number of sources it dropped.
    void drop_vanished(const std::vector<std::string>& roots,
                       const std::unordered_set<std::string>& seen, PostSink& sink,
                       const std::function<void(size_t)>& changed);

    // The sources `db` holds references of but whose state the index does not record (shards of
    // a run that died between committing its posts and their state): their references go, so
    // that a post they no longer hold does not outlive them. They are read again as new.
    void forget_unrecorded_sources(const Xapian::Database& db, PostSink& sink);

    // Files to be read again because a source in them must supply a post (see unref).
    const std::unordered_set<std::string>& dirty_files() const { return dirty_files_; }
    std::unordered_set<std::string> take_dirty_files() {
        std::unordered_set<std::string> taken;
        taken.swap(dirty_files_);
        return taken;
    }

private:
    IndexState& state_;
    Report& report_;
    std::unordered_set<std::string> dirty_files_;
};

}  // namespace forum
