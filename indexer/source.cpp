#include "indexer/source.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "common/text.hpp"
#include "indexer/gzip.hpp"

namespace forum {
namespace fs = std::filesystem;
namespace {

constexpr size_t kSniffBytes = 4096;

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

std::int64_t mtime_seconds(const fs::path& p) {
    std::error_code ec;
    auto t = fs::last_write_time(p, ec);
    if (ec) return 0;
    auto sys = std::chrono::file_clock::to_sys(t);
    return std::chrono::duration_cast<std::chrono::seconds>(sys.time_since_epoch()).count();
}

void read_file(const fs::path& path, const SourceOptions& options, const SourceHandlers& h) {
    std::string source = path.string();
    auto fail = [&](Problem p, std::string detail = {}) {
        h.problem({source, p, std::move(detail)});
    };
    if (is_media_name(path)) return fail(Problem::kNotHtml);
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    if (ec) return fail(Problem::kUnreadable, ec.message());
    if (size == 0) return fail(Problem::kEmpty);
    if (size > options.max_page_bytes) {
        return fail(Problem::kTooLarge, std::to_string(size) + " bytes, limit " +
                                            std::to_string(options.max_page_bytes));
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(size, '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        return fail(Problem::kUnreadable, "read error");
    }
    if (is_gzip(bytes)) {
        std::string plain, error;
        if (!gunzip(bytes, options.max_page_bytes, plain, error))
            return fail(Problem::kBadGzip, error);
        if (plain.empty()) return fail(Problem::kEmpty, "gzip of nothing");
        bytes = std::move(plain);
    }
    if (!looks_like_html(bytes)) return fail(Problem::kNotHtml);
    h.page({source, std::move(bytes), mtime_seconds(path), {}, {}});
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
    std::string_view head = bytes.substr(0, kSniffBytes);
    if (head.find('\0') != std::string_view::npos) return false;
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    head = trim(head);
    if (head.empty() || head[0] != '<') return false;
    std::string lower(head);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (const char* tag : {"<!doctype html", "<html", "<head", "<body"}) {
        if (lower.find(tag) != std::string::npos) return true;
    }
    return false;
}

void read_sources(const std::vector<std::string>& paths, const SourceOptions& options,
                  const SourceHandlers& handlers) {
    for (const auto& arg : paths) {
        fs::path root(arg);
        std::error_code ec;
        auto status = fs::status(root, ec);
        if (ec || !fs::exists(status)) {
            handlers.problem({arg, Problem::kUnreadable, "no such file or directory"});
            continue;
        }
        if (!fs::is_directory(status)) {
            read_file(root, options, handlers);
            continue;
        }
        std::vector<fs::path> files;
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied,
                                            ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            std::error_code type_ec;
            if (it->is_regular_file(type_ec)) files.push_back(it->path());
        }
        if (ec) handlers.problem({arg, Problem::kUnreadable, ec.message()});
        std::sort(files.begin(), files.end());
        for (const auto& f : files)
            read_file(f, options, handlers);
    }
}

}  // namespace forum
