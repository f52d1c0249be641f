#include "indexer/store/index_state.hpp"

#include <nlohmann/json.hpp>

#include "common/core/content_hash.hpp"
#include "common/core/json_text.hpp"
#include "common/core/text.hpp"
#include "common/schema/schema.hpp"

namespace forum {
namespace {

// Names here (file paths, source names, post terms) are bytes, not always UTF-8: a file saved
// under a latin-1 name, a site known by such a directory. They identify files across runs and
// must come back byte for byte, so they are never replaced: a UTF-8 name is stored as a JSON
// string (as it always was), any other as {"hex": "..."}.
nlohmann::json name_json(const std::string& name) {
    if (is_valid_utf8(name)) return name;
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : name) {
        hex += kDigits[c >> 4];
        hex += kDigits[c & 15];
    }
    return {{"hex", std::move(hex)}};
}

std::string name_from_json(const nlohmann::json& j) {
    if (j.is_string()) return j.get<std::string>();
    const std::string& hex = j.at("hex").get_ref<const std::string&>();
    auto digit = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    std::string name;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        name += static_cast<char>(digit(hex[i]) << 4 | digit(hex[i + 1]));
    return name;
}

nlohmann::json names_json(const std::vector<std::string>& names) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& n : names)
        out.push_back(name_json(n));
    return out;
}

std::vector<std::string> names_from_json(const nlohmann::json& j) {
    std::vector<std::string> out;
    for (const auto& n : j)
        out.push_back(name_from_json(n));
    return out;
}

std::string file_key(const std::string& path) {
    return std::string(schema::kMetaFile) + hash_hex(path);
}
std::string source_meta_key(const std::string& key) {
    return std::string(schema::kMetaSource) + key;
}

FileState file_from_json(const nlohmann::json& j) {
    return {name_from_json(j.at("path")),
            j.at("size"),
            j.at("mtime"),
            j.at("hash"),
            names_from_json(j.at("sources")),
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
    nlohmann::json j = {{"path", name_json(f.path)},
                        {"size", f.size},
                        {"mtime", f.mtime},
                        {"hash", f.hash},
                        {"sources", names_json(f.sources)},
                        {"failed", f.failed},
                        {"extraction", f.extraction}};
    db_.set_metadata(file_key(f.path), json_text(j));
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
    return SourceState{name_from_json(j.at("name")), name_from_json(j.at("file")), j.at("hash"),
                       j.at("crawl_time"), names_from_json(j.at("posts"))};
}

void IndexState::set_source(const std::string& key, const SourceState& s) {
    nlohmann::json j = {{"name", name_json(s.name)},
                        {"file", name_json(s.file)},
                        {"hash", s.hash},
                        {"crawl_time", s.crawl_time},
                        {"posts", names_json(s.posts)}};
    db_.set_metadata(source_meta_key(key), json_text(j));
}

void IndexState::erase_source(const std::string& key) {
    db_.set_metadata(source_meta_key(key), "");
}

}  // namespace forum
