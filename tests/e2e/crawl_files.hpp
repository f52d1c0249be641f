#pragma once
// Test-side writers of the containers crawlers produce (WARC, tar, zip), built from fixture pages,
// so that the indexer's readers are checked against files whose every byte the test chose.

#include <filesystem>
#include <string>
#include <vector>

namespace e2e {

std::string gzip_member(const std::string& data);

struct WarcOptions {
    std::string version = "WARC/1.0";
    bool gzip_per_record = false;  // the usual .warc.gz
    bool gzip_whole_file = false;
};

class WarcBuilder {
public:
    explicit WarcBuilder(WarcOptions options) : options_(std::move(options)) {}

    void warcinfo();
    void request(const std::string& uri);
    // An HTTP response record; the body is sent as given unless chunked/gzip is asked for.
    void response(const std::string& uri, const std::string& body, const std::string& content_type,
                  bool chunked = false, bool gzip_coding = false, int status = 200);
    void resource(const std::string& uri, const std::string& body, const std::string& content_type);
    void revisit(const std::string& uri);
    void metadata(const std::string& uri);
    // A record whose Content-Length promises more bytes than the file holds (must be last).
    void truncated_response(const std::string& uri, const std::string& body);
    // A response record written in full (block and separator) under a wrong Content-Length.
    void response_declaring(const std::string& uri, const std::string& body,
                            const std::string& content_type, long long declared_length);
    // A response record whose block is this HTTP message, byte for byte.
    void http_response(const std::string& uri, const std::string& message);

    void write(const std::filesystem::path& file) const;

private:
    void record(const std::string& type, const std::string& uri, const std::string& content_type,
                const std::string& block, long long declared_length = -1, bool separator = true);
    WarcOptions options_;
    std::vector<std::string> records_;
    int serial_ = 0;
};

// An archive holding `files` (paths relative to `root`), its kind by the file name: .zip, .7z,
// else a tar (.tar, .tar.gz, .tar.bz2, .tar.xz).
void write_archive(const std::filesystem::path& archive, const std::filesystem::path& root,
                   const std::vector<std::filesystem::path>& files);

}  // namespace e2e
