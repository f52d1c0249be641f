#include "indexer/update/reconciler.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "common/schema/schema.hpp"
#include "indexer/input/source.hpp"

namespace forum {

void Reconciler::unref(const std::string& id, const std::string& key, PostSink& sink) {
    IndexWriter::Unref r = sink.unref(id, key);
    if (r.deleted) ++report_.deleted;
    if (r.heirs.empty()) return;
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

void Reconciler::keep_only(const std::string& key, const std::vector<std::string>& before,
                           const std::vector<std::string>& now, PostSink& sink) {
    std::unordered_set<std::string> kept(now.begin(), now.end());
    for (const auto& id : before) {
        if (!kept.count(id)) unref(id, key, sink);
    }
}

void Reconciler::drop_source(const std::string& key, PostSink& sink) {
    auto s = state_.source(key);
    if (!s) return;
    for (const auto& id : s->posts)
        unref(id, key, sink);
    state_.erase_source(key);
}

void Reconciler::drop_sources_left(const std::vector<std::string>& before,
                                   const std::vector<std::string>& now, PostSink& sink) {
    std::unordered_set<std::string> kept(now.begin(), now.end());
    for (const auto& key : before) {
        if (!kept.count(key)) drop_source(key, sink);
    }
}

void Reconciler::drop_vanished(const std::vector<std::string>& roots,
                               const std::unordered_set<std::string>& seen, PostSink& sink,
                               const std::function<void(size_t)>& changed) {
    std::vector<FileState> gone;
    for (const auto& [path, st] : state_.files()) {
        if (seen.count(path)) continue;
        // An init-capture: clang 14 (the fuzz build) cannot capture a structured binding.
        bool under_root = std::any_of(roots.begin(), roots.end(),
                                      [&file = path](const auto& r) { return is_under(file, r); });
        std::error_code ec;
        if (under_root && !std::filesystem::exists(path, ec) && !ec) gone.push_back(st);
    }
    for (const auto& st : gone) {
        for (const auto& key : st.sources)
            drop_source(key, sink);
        state_.erase_file(st.path);
        changed(st.sources.size());
    }
}

void Reconciler::forget_unrecorded_sources(const Xapian::Database& db, PostSink& sink) {
    const std::string prefix(schema::kSource);
    std::vector<std::string> keys;
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        std::string key = (*t).substr(prefix.size());
        if (!state_.source(key)) keys.push_back(std::move(key));
    }
    for (const auto& key : keys) {
        std::vector<std::string> ids;
        for (auto p = db.postlist_begin(prefix + key); p != db.postlist_end(prefix + key); ++p) {
            Xapian::Document doc = db.get_document(*p);
            auto t = doc.termlist_begin();
            t.skip_to(std::string(schema::kUnique));
            if (t != doc.termlist_end() && (*t).starts_with(schema::kUnique)) ids.push_back(*t);
        }
        for (const auto& id : ids)
            unref(id, key, sink);
    }
}

}  // namespace forum
