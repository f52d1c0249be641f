#include "crawl_files.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <fstream>
#include <memory>
#include <stdexcept>

#include "harness.hpp"

namespace e2e {

std::string gzip_member(const std::string& data) {
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, data.size()) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

void WarcBuilder::record(const std::string& type, const std::string& uri,
                         const std::string& content_type, const std::string& block,
                         long long declared_length, bool separator) {
    std::string date =
        options_.version == "WARC/1.1" ? "2023-10-07T05:00:00.250000Z" : "2023-10-07T05:00:00Z";
    std::string r = options_.version + "\r\n";
    r += "WARC-Type: " + type + "\r\n";
    r += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" +
         std::to_string(100000000000 + ++serial_) + ">\r\n";
    r += "WARC-Date: " + date + "\r\n";
    if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
    if (!content_type.empty()) r += "Content-Type: " + content_type + "\r\n";
    r += "Content-Length: " +
         std::to_string(declared_length >= 0 ? declared_length
                                             : static_cast<long long>(block.size())) +
         "\r\n\r\n";
    r += block;
    if (separator) r += "\r\n\r\n";
    records_.push_back(std::move(r));
}

void WarcBuilder::warcinfo() {
    record("warcinfo", "", "application/warc-fields",
           "software: forum-search tests\r\nformat: WARC\r\n");
}

void WarcBuilder::request(const std::string& uri) {
    record("request", uri, "application/http; msgtype=request",
           "GET / HTTP/1.1\r\nHost: example\r\nUser-Agent: test\r\n\r\n");
}

namespace {

std::string http_message(const std::string& body, const std::string& content_type) {
    return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type +
           "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

void WarcBuilder::response(const std::string& uri, const std::string& body,
                           const std::string& content_type, bool chunked, bool gzip_coding,
                           int status) {
    std::string payload = gzip_coding ? gzip_member(body) : body;
    std::string head =
        "HTTP/1.1 " + std::to_string(status) + " OK\r\nContent-Type: " + content_type + "\r\n";
    if (gzip_coding) head += "Content-Encoding: gzip\r\n";
    if (chunked) {
        head += "Transfer-Encoding: chunked\r\n";
        std::string chunks;
        for (size_t pos = 0; pos < payload.size(); pos += 1000) {
            std::string piece = payload.substr(pos, 1000);
            char size[16];
            std::snprintf(size, sizeof size, "%zx", piece.size());
            chunks += std::string(size) + "\r\n" + piece + "\r\n";
        }
        payload = chunks + "0\r\n\r\n";
    } else {
        head += "Content-Length: " + std::to_string(payload.size()) + "\r\n";
    }
    record("response", uri, "application/http; msgtype=response", head + "\r\n" + payload);
}

void WarcBuilder::response_declaring(const std::string& uri, const std::string& body,
                                     const std::string& content_type, long long declared_length) {
    record("response", uri, "application/http; msgtype=response", http_message(body, content_type),
           declared_length);
}

void WarcBuilder::http_response(const std::string& uri, const std::string& message) {
    record("response", uri, "application/http; msgtype=response", message);
}

void WarcBuilder::resource(const std::string& uri, const std::string& body,
                           const std::string& content_type) {
    record("resource", uri, content_type, body);
}

void WarcBuilder::revisit(const std::string& uri) {
    record("revisit", uri, "application/http; msgtype=response",
           "HTTP/1.1 304 Not Modified\r\n\r\n");
}

void WarcBuilder::metadata(const std::string& uri) {
    record("metadata", uri, "application/warc-fields", "outlink: " + uri + "\r\n");
}

void WarcBuilder::truncated_response(const std::string& uri, const std::string& body) {
    std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body;
    record("response", uri, "application/http; msgtype=response", block,
           static_cast<long long>(block.size()) + 5000, false);
}

void WarcBuilder::write(const std::filesystem::path& file) const {
    std::string all;
    for (const auto& r : records_)
        all += options_.gzip_per_record ? gzip_member(r) : r;
    if (options_.gzip_whole_file) all = gzip_member(all);
    std::ofstream(file, std::ios::binary) << all;
}

void write_archive(const std::filesystem::path& archive, const std::filesystem::path& root,
                   const std::vector<std::filesystem::path>& files) {
    std::unique_ptr<struct archive, int (*)(struct archive*)> a(archive_write_new(),
                                                                archive_write_free);
    std::string name = archive.filename().string();
    if (name.ends_with(".zip")) {
        archive_write_set_format_zip(a.get());
    } else if (name.ends_with(".7z")) {
        archive_write_set_format_7zip(a.get());
    } else {
        archive_write_set_format_pax_restricted(a.get());
        if (name.ends_with(".gz")) archive_write_add_filter_gzip(a.get());
        if (name.ends_with(".bz2")) archive_write_add_filter_bzip2(a.get());
        if (name.ends_with(".xz")) archive_write_add_filter_xz(a.get());
    }
    if (archive_write_open_filename(a.get(), archive.c_str()) != ARCHIVE_OK) {
        throw std::runtime_error("cannot write " + archive.string());
    }
    for (const auto& f : files) {
        std::string data = read_file(root / f);
        std::unique_ptr<archive_entry, void (*)(archive_entry*)> e(archive_entry_new(),
                                                                   archive_entry_free);
        archive_entry_set_pathname(e.get(), f.c_str());
        archive_entry_set_size(e.get(), static_cast<la_int64_t>(data.size()));
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_mtime(e.get(), 1696654800, 0);
        archive_write_header(a.get(), e.get());
        archive_write_data(a.get(), data.data(), data.size());
    }
    archive_write_close(a.get());
}

}  // namespace e2e
