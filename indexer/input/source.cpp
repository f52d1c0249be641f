// Reading an input file into pages: what the file is comes from its bytes (HTML, gzip, WARC,
// archive), containers are read member by member.

#include "indexer/input/source.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "common/core/content_hash.hpp"
#include "common/core/dates.hpp"
#include "common/core/text.hpp"
#include "indexer/input/archive_input.hpp"
#include "indexer/input/byte_stream.hpp"
#include "indexer/input/charset.hpp"
#include "indexer/input/exclusion.hpp"
#include "indexer/input/gzip.hpp"
#include "indexer/input/http_response.hpp"
#include "indexer/input/percent_encode.hpp"
#include "indexer/input/warc.hpp"

namespace forum {
namespace fs = std::filesystem;
namespace {

constexpr size_t kSniffBytes = 4096;
constexpr size_t kMagicBytes = 512;
// A WARC record may hold a WARC (an archived crawl), read in turn; deeper nesting is refused:
// each level is read recursively and keeps a copy of its record.
constexpr int kMaxWarcNesting = 2;

// Media a crawler saves beside the pages; not worth reading to find out they are not HTML.
bool is_media_name(const fs::path& p) {
    static constexpr std::array kExt = {
        ".png",   ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".bmp", ".svg",  ".css", ".js", ".woff",
        ".woff2", ".ttf", ".eot",  ".mp4", ".webm", ".mp3", ".pdf", ".avif", ".map", ".otf"};
    std::string ext = p.extension().string();
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return std::find(kExt.begin(), kExt.end(), ext) != kExt.end();
}

bool is_warc(std::string_view head) { return head.starts_with("WARC/1."); }

bool is_archive(std::string_view head) {
    return head.starts_with("PK\x03\x04") || head.starts_with("PK\x05\x06") ||
           head.starts_with("7z\xBC\xAF\x27\x1C") || head.starts_with("BZh") ||
           head.starts_with(
               "\xFD"
               "7zXZ") ||
           head.starts_with("\x28\xB5\x2F\xFD") ||
           (head.size() > 262 && head.substr(257, 5) == "ustar");
}

bool is_html_type(std::string_view type) {
    return type.empty() || type == "text/html" || type == "application/xhtml+xml" ||
           type == "application/octet-stream" || type == "unknown/unknown";
}

class StringStream : public ByteStream {
public:
    explicit StringStream(std::string_view s) : s_(s) {}
    size_t read(char* out, size_t n) override {
        size_t take = std::min(n, s_.size() - pos_);
        std::copy_n(s_.data() + pos_, take, out);
        pos_ += take;
        return take;
    }
    const std::string& error() const override { return error_; }

private:
    std::string_view s_;
    size_t pos_ = 0;
    std::string error_;
};

class Reader {
public:
    Reader(const SourceOptions& options, const SourceHandlers& handlers)
        : opt_(options), h_(handlers) {}

    void file(const InputFile& input) {
        const std::string& source = input.path;
        fs::path p(source);
        if (is_media_name(p)) return h_.problem({source, Problem::kNotHtml, {}});
        if (input.size == 0) return fail(source, Problem::kEmpty);
        FileStream probe(source);
        if (!probe.is_open()) return fail(source, Problem::kUnreadable, probe.error());
        std::string head(kMagicBytes, '\0');
        head.resize(probe.read(head.data(), head.size()));
        if (!probe.error().empty()) return fail(source, Problem::kUnreadable, probe.error());
        if (is_gzip(head)) {
            FileStream compressed(source);
            GzipStream plain(compressed);
            std::string inner(kMagicBytes, '\0');
            inner.resize(plain.read(inner.data(), inner.size()));
            if (is_warc(inner)) return warc_file(source, true);
            if (is_archive(inner)) return archive(source);
        } else if (is_warc(head)) {
            return warc_file(source, false);
        } else if (is_archive(head)) {
            return archive(source);
        }
        if (input.size > opt_.max_page_bytes) return too_large(source, input.size);
        std::string bytes(input.size, '\0');
        FileStream in(source);
        bytes.resize(in.read(bytes.data(), bytes.size()));
        if (!in.error().empty()) return fail(source, Problem::kUnreadable, in.error());
        if (bytes.size() != input.size) {
            return fail(source, Problem::kUnreadable,
                        "read " + std::to_string(bytes.size()) + " of " +
                            std::to_string(input.size) + " bytes; it changed while being read");
        }
        content(source, std::move(bytes), input.mtime, {}, {}, false, {});
    }

private:
    // Bytes of one saved page, WARC payload or archive member.
    void content(const std::string& source, std::string bytes, std::int64_t crawl_time,
                 std::string url, std::string charset, bool declared_html,
                 const std::string& saved_as) {
        if (is_gzip(bytes)) {
            std::string plain, error;
            Inflated inflated = gunzip(bytes, opt_.max_page_bytes, plain, error);
            if (inflated == Inflated::kTooLarge) {
                return fail(source, Problem::kTooLarge,
                            "gzip data of " + std::to_string(bytes.size()) + " bytes " + error);
            }
            if (inflated != Inflated::kOk) return fail(source, Problem::kBadGzip, error);
            bytes = std::move(plain);
        }
        if (bytes.empty()) return fail(source, Problem::kEmpty);
        if (is_warc(bytes)) {
            if (warc_nesting_ == kMaxWarcNesting) {
                return fail(source, Problem::kBadWarc,
                            "a WARC inside a WARC record more than " +
                                std::to_string(kMaxWarcNesting) + " levels deep");
            }
            StringStream in(bytes);
            ++warc_nesting_;
            warc(in, source);
            --warc_nesting_;
            return;
        }
        if (!looks_like_html(bytes)) {
            return h_.problem(
                {source, declared_html ? Problem::kNotHtmlAsDeclared : Problem::kNotHtml, {}});
        }
        h_.page(
            {source, std::move(bytes), crawl_time, std::move(url), std::move(charset), saved_as});
    }

    void warc_file(const std::string& source, bool gzipped) {
        FileStream raw(source);
        if (!gzipped) return warc(raw, source);
        GzipStream plain(raw);
        warc(plain, source);
    }

    void warc(ByteStream& in, const std::string& file) {
        WarcReader reader(in, opt_.max_page_bytes);
        WarcRecord rec;
        for (;;) {
            if (!reader.next(rec)) {
                if (reader.error().empty()) return;
                fail(file, Problem::kBadWarc, reader.error());
                continue;  // the reader resumes at the next record
            }
            record(rec, file + "#" + std::to_string(rec.offset));
        }
    }

    void record(WarcRecord& rec, const std::string& source) {
        static const std::pair<std::string_view, Problem> kSkipped[] = {
            {"request", Problem::kWarcRequest},
            {"revisit", Problem::kWarcRevisit},
            {"metadata", Problem::kWarcMetadata},
            {"warcinfo", Problem::kWarcInfo}};
        if (rec.type != "response" && rec.type != "resource") {
            Problem p = Problem::kWarcOther;
            for (const auto& [type, problem] : kSkipped) {
                if (rec.type == type) p = problem;
            }
            return h_.problem({source, p, {}});
        }
        if (rec.over_limit) return too_large(source, rec.length);
        std::int64_t crawl_time = parse_iso8601(rec.date).value_or(0);
        std::string type, charset;
        if (rec.type == "response") {
            std::string block_type;
            split_content_type(rec.content_type, block_type, charset);
            if (!block_type.starts_with("application/http")) {
                return h_.problem(
                    {source, Problem::kWarcOther, "response record of type " + rec.content_type});
            }
            HttpResponse response;
            std::string error;
            if (!parse_http_response(rec.block, opt_.max_page_bytes, response, error)) {
                return fail(source, response.too_large ? Problem::kTooLarge : Problem::kBadHttp,
                            error);
            }
            if (response.status < 200 || response.status > 299) {
                return h_.problem({source, Problem::kHttpStatus, std::to_string(response.status)});
            }
            type = response.content_type;
            charset = response.charset;
            rec.block = std::move(response.body);
        } else {
            split_content_type(rec.content_type, type, charset);
        }
        if (!is_html_type(type)) return h_.problem({source, Problem::kNotHtml, type});
        content(source, std::move(rec.block), crawl_time, percent_encode_non_utf8(rec.target_uri),
                charset, type == "text/html" || type == "application/xhtml+xml", {});
    }

    void archive(const std::string& file) {
        std::string error;
        bool ok = read_archive(
            file, opt_.max_page_bytes,
            [&](ArchiveMember&& m) {
                std::string source = file + "!" + m.path;
                if (excluded(m.path)) return h_.problem({source, Problem::kExcluded, {}});
                if (!m.special.empty())
                    return h_.problem({source, Problem::kSpecialFile, std::move(m.special)});
                if (is_media_name(m.path)) return h_.problem({source, Problem::kNotHtml, {}});
                if (m.over_limit) return too_large(source, 0);
                if (m.bytes.empty()) return fail(source, Problem::kEmpty);
                content(source, std::move(m.bytes), m.mtime, {}, {}, false, m.path);
            },
            error);
        if (!ok) fail(file, Problem::kBadArchive, error);
    }

    bool excluded(const fs::path& p) const { return is_excluded(p, opt_.exclude); }

    void too_large(const std::string& source, std::uint64_t size) {
        std::string detail = size ? std::to_string(size) + " bytes, " : std::string();
        fail(source, Problem::kTooLarge, detail + "limit " + std::to_string(opt_.max_page_bytes));
    }

    void fail(const std::string& source, Problem p, std::string detail = {}) {
        h_.problem({source, p, std::move(detail)});
    }

    const SourceOptions& opt_;
    const SourceHandlers& h_;
    int warc_nesting_ = 0;  // WARC records being read that hold this WARC
};

}  // namespace

bool looks_like_html(std::string_view bytes) {
    std::string head(bytes.substr(0, kSniffBytes));
    if (std::string utf16 = utf16_encoding(head); !utf16.empty()) head = utf16_to_utf8(head, utf16);
    std::erase(head, '\0');  // a stray NUL does not make a page binary (the parser removes them)
    std::string_view start = head;
    if (start.substr(0, 3) == "\xEF\xBB\xBF") start.remove_prefix(3);
    start = trim(start);
    if (start.empty() || start[0] != '<') return false;
    std::string lower(start);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (const char* tag : {"<!doctype html", "<html", "<head", "<body"}) {
        if (lower.find(tag) != std::string::npos) return true;
    }
    return false;
}

void read_input(const InputFile& file, const SourceOptions& options,
                const SourceHandlers& handlers) {
    Reader(options, handlers).file(file);
}

bool file_hash(const std::string& path, std::string& hash, std::string& error) {
    FileStream in(path);
    ContentHash h;
    char buf[65536];
    for (size_t got; (got = in.read(buf, sizeof buf)) > 0;)
        h.update(std::string_view(buf, got));
    error = in.error();
    hash = h.hex();
    return error.empty();
}

}  // namespace forum
