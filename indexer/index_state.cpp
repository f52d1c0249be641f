#include "indexer/index_state.hpp"

#include <nlohmann/json.hpp>

#include "common/content_hash.hpp"
#include "common/schema.hpp"

namespace forum {
namespace {

std::string file_key(const std::string& path) {
    return std::string(schema::kMetaFile) + hash_hex(path);
}
std::string source_meta_key(const std::string& key) {
    return std::string(schema::kMetaSource) + key;
}

FileState file_from_json(const nlohmann::json& j) {
    return {j.at("path"),
            j.at("size"),
            j.at("mtime"),
            j.at("hash"),
            j.at("sources").get<std::vector<std::string>>(),
            j.value("failed", false),
            j.value("extraction", "")};
}

}  // namespace

void IndexState::load_files() {
    files_.clear();
    std::string prefix(schema::kMetaFile);
    for (auto it = db_.metadata_keys_begin(prefix); it != db_.metadata_keys_end(prefix); ++it) {
        FileState f = file_from_json(nlohmann::json::parse(db_.get_metadata(*it)));
        files_.emplace(f.path, std::move(f));
    }
}

const FileState* IndexState::file(const std::string& path) const {
    auto it = files_.find(path);
    return it == files_.end() ? nullptr : &it->second;
}

void IndexState::set_file(const FileState& f) {
    nlohmann::json j = {
        {"path", f.path},       {"size", f.size},     {"mtime", f.mtime},          {"hash", f.hash},
        {"sources", f.sources}, {"failed", f.failed}, {"extraction", f.extraction}};
    db_.set_metadata(file_key(f.path), j.dump());
    files_[f.path] = f;
}

void IndexState::erase_file(const std::string& path) {
    db_.set_metadata(file_key(path), "");  // an empty value removes the key
    files_.erase(path);
}

std::optional<SourceState> IndexState::source(const std::string& key) const {
    return read_source_state(db_, key);
}

std::optional<SourceState> read_source_state(const Xapian::Database& db, const std::string& key) {
    std::string value = db.get_metadata(source_meta_key(key));
    if (value.empty()) return std::nullopt;
    auto j = nlohmann::json::parse(value);
    return SourceState{j.at("name"), j.at("file"), j.at("hash"), j.at("crawl_time"),
                       j.at("posts").get<std::vector<std::string>>()};
}

void IndexState::set_source(const std::string& key, const SourceState& s) {
    nlohmann::json j = {{"name", s.name},
                        {"file", s.file},
                        {"hash", s.hash},
                        {"crawl_time", s.crawl_time},
                        {"posts", s.posts}};
    db_.set_metadata(source_meta_key(key), j.dump());
}

void IndexState::erase_source(const std::string& key) {
    db_.set_metadata(source_meta_key(key), "");
}

}  // namespace forum
