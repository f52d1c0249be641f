#pragma once
// What the index knows about the inputs it was built from, kept in the index itself (Xapian user
// metadata) and written in the same commits as the posts, so that state and posts can never
// disagree: after a crash the next run sees exactly what was committed.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace forum {

struct FileState {
    std::string path;  // absolute
    std::uint64_t size = 0;
    std::int64_t mtime = 0;  // -1: must be read again (a source in it has to be re-extracted)
    std::string hash;        // of the whole file
    std::vector<std::string> sources;  // keys of the sources (pages) it held
    bool failed = false;               // it had failures: read it again next time
    // The extraction fingerprint its pages were extracted with; "" in states written before it
    // was kept per file (the index-wide one applies). Per file, so that a run interrupted after
    // an upgrade, or during a first build, resumes instead of extracting everything again.
    std::string extraction;
};

struct SourceState {
    std::string name;  // "FILE", "FILE#OFFSET", "ARCHIVE!MEMBER", with FILE absolute
    std::string file;  // absolute path of the input file it is in
    std::string hash;  // of its bytes and crawl time; "" forces re-extraction
    std::int64_t crawl_time = 0;
    std::vector<std::string> posts;  // unique terms
};

// A source's state as committed in `db` (any reader of the index may ask).
std::optional<SourceState> read_source_state(const Xapian::Database& db, const std::string& key);

class IndexState {
public:
    explicit IndexState(Xapian::WritableDatabase& db) : db_(db) {}

    // Reads every file's state at once: a no-op run over 100k files must not do 100k lookups.
    void load_files();
    const FileState* file(const std::string& path) const;
    const std::unordered_map<std::string, FileState>& files() const { return files_; }
    void set_file(const FileState& state);
    void erase_file(const std::string& path);

    std::optional<SourceState> source(const std::string& key) const;
    void set_source(const std::string& key, const SourceState& state);
    void erase_source(const std::string& key);

private:
    Xapian::WritableDatabase& db_;
    std::unordered_map<std::string, FileState> files_;  // by absolute path
};

}  // namespace forum
